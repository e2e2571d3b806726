#!/usr/bin/env node
// Usage: node server.mjs PORT SDL_FILE DATA_FILE -> serves graphql-js through graphql-http at /graphql
// and prints "listening PORT" once ready. Port 0 picks a free port.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [port, sdlFile, dataFile] = process.argv.slice(2);
const schema = buildSchema(readFileSync(sdlFile, 'utf8'));
const data = JSON.parse(readFileSync(dataFile, 'utf8'));
const byId = (items, key = 'id') => new Map(items.map((x) => [x[key], x]));
const actors = byId(data.actors);
const countries = byId(data.countries, 'code');
const documents = byId(data.documents);
const relationshipsBySource = new Map();
for (const r of data.relationships) {
  if (!relationshipsBySource.has(r.sourceId)) relationshipsBySource.set(r.sourceId, []);
  relationshipsBySource.get(r.sourceId).push(r);
}

const resolvers = {
  Query: { actor: (_, { id }) => actors.get(id) ?? null },
  Actor: {
    country: (a) => (a.countryCode == null ? null : countries.get(a.countryCode)),
    relationships: (a, { first }) => (relationshipsBySource.get(a.id) ?? []).slice(0, first),
  },
  Relationship: { target: (r) => actors.get(r.targetId) },
  Evidence: { document: (e) => documents.get(e.documentId) },
};
for (const [typeName, fields] of Object.entries(resolvers)) {
  for (const [fieldName, resolve] of Object.entries(fields)) {
    schema.getType(typeName).getFields()[fieldName].resolve = resolve;
  }
}

const handler = createHandler({ schema });
const server = createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else res.writeHead(404).end();
});
server.listen(Number(port), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
