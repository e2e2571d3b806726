// Checks Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// Input on stdin: {"labels": [...], "relationshipTypes": [...], "statements": [{"name": ..., "text": ...}]}.
// Output on stdout: one entry per statement with every diagnostic except "parameter not defined"
// (parameters are supplied at run time, the linter cannot know them).
import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const input = JSON.parse(readFileSync(0, 'utf8'));
const schema = {
  labels: input.labels,
  relationshipTypes: input.relationshipTypes,
  defaultLanguage: 'CYPHER 5',
};

const results = input.statements.map(({ name, text }) => {
  const { diagnostics } = lintCypherQuery(text, schema);
  return {
    name,
    diagnostics: diagnostics.filter(isNotParamError).map((d) => ({
      severity: d.severity === 1 ? 'error' : 'warning',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});

process.stdout.write(JSON.stringify(results));
