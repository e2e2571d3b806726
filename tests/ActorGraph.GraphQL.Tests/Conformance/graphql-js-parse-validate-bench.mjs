#!/usr/bin/env node
// Throughput of graphql-js parse + validate (the specification's rules) on given documents, for the
// benchmark runner's "graphql-validation" benchmark. Reads {sdl, documents, seconds} as JSON on stdin and
// prints {version, node, introspectionQuery, documentsPerSecond, valid} where the introspection query is added to
// the documents measured (so the C# side measures the very same set).
import { buildSchema, parse, validate, specifiedRules, getIntrospectionQuery, version } from 'graphql';
import * as graphql from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const recommended = new Set(graphql.recommendedRules ?? []);
const rules = specifiedRules.filter((rule) => !recommended.has(rule));
const schema = buildSchema(input.sdl);
const introspectionQuery = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
const documents = [...input.documents, introspectionQuery];

const runOnce = () => {
  let valid = 0;
  for (const text of documents) {
    if (validate(schema, parse(text), rules).length === 0) valid++;
  }
  return valid;
};

// Warm-up, then as many passes as fit in the measured time.
const warmUntil = performance.now() + 1000;
while (performance.now() < warmUntil) runOnce();
let passes = 0;
let valid = 0;
const start = performance.now();
const end = start + input.seconds * 1000;
while (performance.now() < end) {
  valid = runOnce();
  passes++;
}
const elapsed = (performance.now() - start) / 1000;

process.stdout.write(JSON.stringify({ version, node: process.version, introspectionQuery, documentsPerSecond: (passes * documents.length) / elapsed, valid }));
