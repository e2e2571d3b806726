import { graphql } from './api';
import type { ActorSummary } from './model';
import { searchActorsQuery } from './queries';

/** Asks the API for actors whose names or aliases match the words typed. */
export async function searchActors(text: string): Promise<{ totalCount: number; actors: ActorSummary[] }> {
  const { actors } = await graphql<{ actors: { totalCount: number; nodes: ActorSummary[] } }>(searchActorsQuery, { search: text });
  return { totalCount: actors.totalCount, actors: actors.nodes };
}

/** The actor a typed name most plausibly means: an exact name or alias first, else the best-connected match. */
export async function resolveActor(text: string): Promise<ActorSummary> {
  const wanted = text.trim().toLowerCase();
  const { actors } = await searchActors(text);
  const exact = actors.find((a) => a.name.toLowerCase() === wanted || a.aliases.some((alias) => alias.toLowerCase() === wanted));
  const actor = exact ?? actors[0];
  if (!actor) throw new Error(`No actor matches "${text}".`);
  return actor;
}

/** Lists search results as buttons; the aliases shown explain why an actor matched. */
export function renderResults(list: HTMLElement, actors: ActorSummary[], onOpen: (actor: ActorSummary) => void): void {
  list.replaceChildren(
    ...actors.map((actor) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'actor-button';
      button.dataset.key = actor.key;
      const name = document.createElement('strong');
      name.textContent = actor.name;
      const details = document.createElement('small');
      const aliases = actor.aliases.length ? ` · also ${actor.aliases.join(', ')}` : '';
      details.textContent = `${actor.kind.toLowerCase().replaceAll('_', ' ')}${actor.country ? ' · ' + actor.country : ''} · ${actor.degree} relationships${aliases}`;
      button.append(name, details);
      button.addEventListener('click', () => onOpen(actor));
      item.append(button);
      return item;
    }),
  );
}
