import { graphql } from './api';
import type { ViewEdge, ViewGraph, VocabularyEntry } from './model';
import { pathsQuery } from './queries';
import { resolveActor } from './search';

// Chains of mediation and contact rather than the direct negotiation edges between the two ends.
const defaultTypes = new Set(['MEDIATES', 'PRESSURES', 'COMMUNICATES_WITH', 'MEETS']);

interface PathStepData {
  forward: boolean;
  relationship: {
    id: string;
    type: string;
    typeInfo: { label: string };
    modality: string;
    confidence: number;
    evidenceCount: number;
    period: { start: string; end: string } | null;
    effectiveDate: string;
    source: { id: string };
    target: { id: string };
  };
}

interface PathData {
  length: number;
  start: string;
  end: string;
  actors: { id: string; name: string; kind: string }[];
  steps: PathStepData[];
}

export interface PathSearchRequest {
  from: string;
  to: string;
  types: string[];
  maxLength: number;
  timeRespecting: boolean;
  window: { from: string; to: string };
}

/** Fills the type checkboxes from the vocabulary, the chain-forming types ticked. */
export function renderTypeChoices(fieldset: HTMLFieldSetElement, vocabulary: VocabularyEntry[]): void {
  const legend = fieldset.querySelector('legend');
  fieldset.replaceChildren(
    ...(legend ? [legend] : []),
    ...vocabulary.map((entry) => {
      const label = document.createElement('label');
      label.className = 'type-choice';
      label.title = entry.description;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = entry.code;
      box.checked = defaultTypes.has(entry.code);
      label.append(box, ` ${entry.code}`);
      return label;
    }),
  );
}

function toEdge(step: PathStepData): ViewEdge {
  const r = step.relationship;
  return {
    id: r.id,
    relationshipId: r.id,
    source: r.source.id,
    target: r.target.id,
    type: r.type,
    label: r.typeInfo.label,
    start: r.period?.start ?? r.effectiveDate,
    end: r.period?.end ?? r.effectiveDate,
    modality: r.modality,
    confidence: r.confidence,
    weight: r.evidenceCount,
  };
}

/** Searches chains between two actors; returns them as text lines and as a view with every chain highlighted. */
export async function findPaths(request: PathSearchRequest): Promise<{ chains: string[]; view: ViewGraph; truncated: boolean }> {
  const [from, to] = await Promise.all([resolveActor(request.from), resolveActor(request.to)]);
  const { paths } = await graphql<{ paths: { truncated: boolean; paths: PathData[] } }>(pathsQuery, {
    from: from.id,
    to: to.id,
    types: request.types.length ? request.types : null,
    maxLength: request.maxLength,
    timeRespecting: request.timeRespecting,
    window: request.window,
  });
  const nodes = new Map<string, { id: string; label: string; kind: string; centre: boolean }>();
  const edges = new Map<string, ViewEdge>();
  const chains = paths.paths.map((path) => {
    path.actors.forEach((a) => nodes.set(a.id, { id: a.id, label: a.name, kind: a.kind, centre: a.id === from.id || a.id === to.id }));
    path.steps.forEach((step) => edges.set(step.relationship.id, toEdge(step)));
    const names = path.actors.map((a) => a.name);
    const links = path.steps.map((s, i) => `${names[i]} —[${s.relationship.type}${s.forward ? ' →' : ' ←'}]— `).join('');
    return `${links}${names[names.length - 1]} (${path.start} to ${path.end})`;
  });
  return {
    chains,
    truncated: paths.truncated,
    view: {
      title: `Chains from ${from.name} to ${to.name}`,
      nodes: [...nodes.values()],
      edges: [...edges.values()],
      highlighted: new Set(edges.keys()),
      layout: 'chains',
    },
  };
}
