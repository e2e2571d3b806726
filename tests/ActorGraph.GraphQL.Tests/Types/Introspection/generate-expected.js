// Regenerates expected-introspection.json with graphql-js (npm graphql 16.15.0):
//   node generate-expected.js > expected-introspection.json
// run from this folder with `graphql` resolvable (e.g. NODE_PATH pointing at a node_modules holding it).
const fs = require('fs');
const path = require('path');
const { buildSchema, graphqlSync, getIntrospectionQuery } = require('graphql');

const schema = buildSchema(fs.readFileSync(path.join(__dirname, 'introspection-schema.graphql'), 'utf8'));
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const result = graphqlSync({ schema, source: query });
process.stdout.write(JSON.stringify({ query, result }, null, 2) + '\n');
