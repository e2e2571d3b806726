import { graphql } from './api';
import type { ActorSummary, ViewEdge, ViewGraph } from './model';
import { neighbourhoodQuery } from './queries';

interface NeighbourhoodData {
  neighbourhood: {
    truncated: boolean;
    nodes: { id: string; label: string; kind: string; depth: number }[];
    edges: (Omit<ViewEdge, 'relationshipId'> & { relationship: { id: string } })[];
  };
}

/** The actor's neighbourhood as a view: its relationships and the actors at their other ends. */
export async function loadNeighbourhood(actor: ActorSummary, depth: number): Promise<ViewGraph> {
  const { neighbourhood } = await graphql<NeighbourhoodData>(neighbourhoodQuery, { ids: [actor.id], depth });
  return {
    title: `Neighbourhood of ${actor.name} (depth ${depth}${neighbourhood.truncated ? ', truncated' : ''})`,
    nodes: neighbourhood.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind, centre: n.depth === 0 })),
    edges: neighbourhood.edges.map(({ relationship, ...edge }) => ({ ...edge, relationshipId: relationship.id })),
    highlighted: new Set(),
    layout: 'rings',
  };
}
