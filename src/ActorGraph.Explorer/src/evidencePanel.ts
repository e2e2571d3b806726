import { graphql } from './api';
import { evidenceQuery } from './queries';

interface EvidenceRelationship {
  id: string;
  type: string;
  label: string;
  date: string | null;
  effectiveDate: string;
  reportedOn: string;
  modality: string;
  attribution: string | null;
  confidence: number;
  place: string | null;
  source: { name: string };
  target: { name: string };
  evidence: {
    quote: string;
    start: number;
    end: number;
    document: { title: string; publisher: string | null; publishedOn: string; url: string | null; text: string };
  }[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function facts(relationship: EvidenceRelationship): HTMLDListElement {
  const list = element('dl', undefined, 'facts');
  const rows: [string, string][] = [
    ['Type', relationship.type],
    ['Date', relationship.date ?? `${relationship.effectiveDate} (reported)`],
    ['Modality', relationship.modality],
    ['Attribution', relationship.attribution ?? 'not attributed'],
    ['Confidence', relationship.confidence.toFixed(2)],
  ];
  if (relationship.place) rows.push(['Place', relationship.place]);
  for (const [term, value] of rows) {
    list.append(element('dt', term), element('dd', value));
  }
  return list;
}

/** The document text with the quote marked at its stored offsets. */
function highlightedText(text: string, start: number, end: number): HTMLElement {
  const body = element('div', undefined, 'document-text');
  body.tabIndex = 0;
  body.setAttribute('aria-label', 'Document text');
  const mark = element('mark', text.slice(start, end));
  body.append(text.slice(0, start), mark, text.slice(end));
  return body;
}

/** Shows the evidence of one relationship: the quote inside its document, attribution, modality, date, confidence. */
export class EvidencePanel {
  constructor(private readonly panel: HTMLElement) {}

  async show(relationshipId: string): Promise<void> {
    this.panel.replaceChildren(element('h2', 'Evidence'), element('p', 'Loading…', 'hint'));
    const { relationship } = await graphql<{ relationship: EvidenceRelationship | null }>(evidenceQuery, { id: relationshipId });
    if (!relationship) {
      this.panel.replaceChildren(element('h2', 'Evidence'), element('p', 'This relationship no longer exists.', 'error'));
      return;
    }
    const heading = element('h2', relationship.label);
    heading.id = 'evidence-title';
    const parts: HTMLElement[] = [heading, facts(relationship)];
    relationship.evidence.forEach((evidence, index) => {
      const item = element('article', undefined, 'evidence-item');
      const doc = evidence.document;
      const source = element('p', undefined, 'source');
      const title = doc.url ? Object.assign(element('a', doc.title), { href: doc.url, rel: 'noreferrer' }) : element('span', doc.title);
      source.append(`Passage ${index + 1} of ${relationship.evidence.length}: `, title, ` — ${doc.publisher ?? 'unknown publisher'}, ${doc.publishedOn}`);
      item.append(source, element('blockquote', evidence.quote, 'quote'), highlightedText(doc.text, evidence.start, evidence.end));
      parts.push(item);
    });
    this.panel.replaceChildren(...parts);
    this.panel.querySelectorAll('mark').forEach((mark) => mark.scrollIntoView({ block: 'center' }));
    this.panel.scrollTop = 0;
  }

  showError(message: string): void {
    this.panel.replaceChildren(element('h2', 'Evidence'), element('p', message, 'error'));
  }
}
