import './style.css';
import { graphql } from './api';
import { renderLegend, TypeColours } from './colours';
import { DateWindow } from './dateWindow';
import { renderEdgeList } from './edgeList';
import { EvidencePanel } from './evidencePanel';
import { download, updateExportLinks } from './exports';
import { GraphView } from './graphView';
import type { ActorSummary, ViewEdge, ViewGraph, VocabularyEntry } from './model';
import { loadNeighbourhood } from './neighbourhood';
import { findPaths, renderTypeChoices } from './pathFinder';
import { startupQuery } from './queries';
import { renderResults, searchActors } from './search';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const neighbourhoodDepth = 1;

async function start(): Promise<void> {
  const { vocabulary, stats } = await graphql<{ vocabulary: VocabularyEntry[]; stats: { earliestDate: string | null; latestDate: string | null } }>(startupQuery);
  const colours = new TypeColours(vocabulary);
  const evidence = new EvidencePanel(byId('evidence'));
  const exportLinks = { graphml: byId<HTMLAnchorElement>('export-graphml'), gexf: byId<HTMLAnchorElement>('export-gexf'), cytoscape: byId<HTMLAnchorElement>('export-cytoscape') };
  let current: ViewGraph = { title: '', nodes: [], edges: [], highlighted: new Set(), layout: 'rings' };
  let centreKeys: string[] = [];

  const openEdge = (edge: ViewEdge) => {
    graph.select(edge.id);
    evidence.show(edge.relationshipId).catch((e: Error) => evidence.showError(e.message));
  };
  const graph = new GraphView(byId('graph'), colours, openEdge);
  (window as unknown as { actorGraphExplorer: unknown }).actorGraphExplorer = { cy: graph.cy };

  const refresh = () => {
    const visible = graph.filter(dates.from, dates.to);
    renderEdgeList(byId('edge-list'), visible, current.nodes, colours, openEdge);
    renderLegend(byId('legend'), [...new Set(visible.map((e) => e.type))].sort(), colours, vocabulary);
    updateExportLinks(exportLinks, centreKeys, neighbourhoodDepth, { from: dates.from, to: dates.to });
  };
  const dates = new DateWindow(byId('window-from'), byId('window-to'), byId('window-from-label'), byId('window-to-label'), refresh);
  if (stats.earliestDate && stats.latestDate) dates.setRange(stats.earliestDate, stats.latestDate);

  const show = (view: ViewGraph, keys: string[]) => {
    current = view;
    centreKeys = keys;
    byId('graph-title').textContent = view.title;
    graph.show(view);
    refresh();
  };

  const openActor = async (actor: ActorSummary) => {
    byId('graph-title').textContent = `Loading the neighbourhood of ${actor.name}…`;
    show(await loadNeighbourhood(actor, neighbourhoodDepth), [actor.key]);
  };

  byId<HTMLFormElement>('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = byId<HTMLInputElement>('search-input').value.trim();
    const status = byId('search-status');
    if (!text) {
      status.textContent = 'Type a name or an alias.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const { totalCount, actors } = await searchActors(text);
      status.textContent = `${totalCount} actor${totalCount === 1 ? '' : 's'} match "${text}".`;
      renderResults(byId('search-results'), actors, (actor) => openActor(actor).catch((e: Error) => (status.textContent = e.message)));
      byId('search-results').querySelector('button')?.focus();
    } catch (e) {
      status.textContent = (e as Error).message;
    }
  });

  renderTypeChoices(byId('path-types'), vocabulary);
  byId<HTMLFormElement>('path-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = byId('path-status');
    status.textContent = 'Searching chains…';
    try {
      const result = await findPaths({
        from: byId<HTMLInputElement>('path-from').value,
        to: byId<HTMLInputElement>('path-to').value,
        types: [...byId('path-types').querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value),
        maxLength: Number(byId<HTMLInputElement>('path-max').value),
        timeRespecting: byId<HTMLInputElement>('path-time').checked,
        window: { from: dates.from, to: dates.to },
      });
      status.textContent = result.chains.length ? `${result.chains.length} chain${result.chains.length === 1 ? '' : 's'} found${result.truncated ? ' (search truncated)' : ''}.` : 'No chain found.';
      byId('path-results').replaceChildren(...result.chains.map((chain) => Object.assign(document.createElement('li'), { textContent: chain })));
      if (result.chains.length) show(result.view, []);
    } catch (e) {
      status.textContent = (e as Error).message;
    }
  });

  byId('export-png').addEventListener('click', () => download(graph.png(), 'actorgraph.png'));
  refresh();
  document.body.dataset.ready = 'true';
}

start().catch((e: Error) => {
  byId('graph-title').textContent = `The explorer could not start: ${e.message}`;
});
