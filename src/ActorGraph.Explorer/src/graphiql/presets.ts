import readme from '../../../../README.md?raw';

/** A tab GraphiQL opens with. */
export interface Preset {
  query: string;
}

// The first tab: what the graph holds, before the README's questions.
const overview = `# ActorGraph: what the graph holds and its relationship vocabulary.
query Overview {
  stats { actors relationships evidence documents earliestDate latestDate }
  vocabulary(category: INTERACTION) { code label symmetric cameoCodes ploverCategory }
}
`;

/** "### 3. How does the United States reach Hamas? (...)" becomes "HowDoesTheUnitedStatesReachHamas". */
function operationName(heading: string): string {
  const words = heading.replace(/\(.*?\)/g, '').match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('').slice(0, 48);
  return /^[A-Za-z]/.test(name) ? name : 'Example' + name;
}

/**
 * The README's example queries (its graphql code blocks, mutations left out), after an overview tab. Each is headed
 * by its README question and named after it, so GraphiQL's tabs say which question they answer.
 */
export function presets(): Preset[] {
  const examples = [...readme.matchAll(/```graphql\r?\n([\s\S]*?)```/g)].flatMap((match) => {
    const block = match[1].trim();
    if (/^(#.*\n\s*)*mutation\b/.test(block)) return [];
    const headings = [...readme.slice(0, match.index).matchAll(/^#{1,6}\s+(.+)$/gm)];
    const heading = headings.length ? headings[headings.length - 1][1].replace(/^\d+\.\s*/, '') : 'Example';
    const named = block.startsWith('{') ? `query ${operationName(heading)} ${block}` : block;
    return [{ query: `# ${heading}\n${named}\n` }];
  });
  return [{ query: overview }, ...examples];
}
