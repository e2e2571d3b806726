#!/usr/bin/env node
// Usage: node run.mjs CASES_JSON  -> prints a JSON array with graphql-js's response to each case.
// A case is {"query", "variables", "operationName"}; each runs against a fresh copy of data.json.
import { readFileSync } from 'node:fs';
import { buildSchema, graphql } from 'graphql';
import { createRoot } from './resolvers.mjs';

const here = new URL('.', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', here), 'utf8'));
const dataText = readFileSync(new URL('data.json', here), 'utf8');
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function attach(data) {
  const { resolvers, typeOf } = createRoot(data);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      type.getFields()[fieldName].resolve = resolve;
    }
  }
  for (const name of ['Node', 'Named', 'SearchResult']) {
    schema.getType(name).resolveType = typeOf;
  }
}

const results = [];
for (const c of cases) {
  attach(JSON.parse(dataText));
  const result = await graphql({
    schema,
    source: c.query,
    variableValues: c.variables ?? undefined,
    operationName: c.operationName ?? undefined,
  });
  results.push(JSON.parse(JSON.stringify(result)));
}
process.stdout.write(JSON.stringify(results));
