import readme from '../../../../README.md?raw';

/** A tab GraphiQL opens with. */
export interface Preset {
  query: string;
}

// A first tab for a README without examples, and the first tab before the README's.
const overview = `# ActorGraph: what the graph holds and its relationship vocabulary.
query Overview {
  stats { actors relationships evidence documents earliestDate latestDate }
  vocabulary(category: INTERACTION) { code label symmetric cameoCodes ploverCategory }
}
`;

/** The README's example queries (its graphql code blocks, mutations left out), after an overview tab. */
export function presets(): Preset[] {
  const blocks = [...readme.matchAll(/```graphql\r?\n([\s\S]*?)```/g)].map((match) => match[1].trim() + '\n');
  const queries = blocks.filter((block) => !/^\s*(#.*\n\s*)*mutation\b/.test(block));
  return [{ query: overview }, ...queries.map((query) => ({ query }))];
}
