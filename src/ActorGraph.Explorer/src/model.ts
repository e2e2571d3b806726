/** An actor as the explorer lists it. */
export interface ActorSummary {
  id: string;
  key: string;
  name: string;
  aliases: string[];
  kind: string;
  country: string | null;
  degree: number;
}

/** A node of the graph view. */
export interface ViewNode {
  id: string;
  label: string;
  kind: string;
  centre: boolean;
}

/** An edge of the graph view: one relationship. */
export interface ViewEdge {
  id: string;
  relationshipId: string;
  source: string;
  target: string;
  type: string;
  label: string;
  start: string;
  end: string;
  modality: string;
  confidence: number;
  weight: number;
}

/** What the graph view shows. */
export interface ViewGraph {
  title: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Edges drawn emphasised (the chains of a path search). */
  highlighted: Set<string>;
  /** Rings around the centre for a neighbourhood; ranks from the first actor for chains. */
  layout: 'rings' | 'chains';
}

/** A relationship type of the vocabulary. */
export interface VocabularyEntry {
  code: string;
  label: string;
  description: string;
  symmetric: boolean;
}
