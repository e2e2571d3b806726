// Regenerates expected-type-system-errors.json with graphql-js (npm graphql 16.15.0):
//   NODE_PATH=<node_modules holding graphql> node generate-expected.js > expected-type-system-errors.json
const fs = require('fs');
const path = require('path');
const { parse, buildASTSchema, validateSchema } = require('graphql');
const { validateSDL } = require('graphql/validation/validate');

const text = fs.readFileSync(path.join(__dirname, 'type-system-cases.graphql'), 'utf8');
const cases = text.split(/^# case: /m).slice(1).map((chunk) => {
  const newline = chunk.indexOf('\n');
  return { name: chunk.slice(0, newline).trim(), sdl: chunk.slice(newline + 1) };
});
const describe = (errors) => errors.map((e) => ({ message: e.message, locations: (e.locations || []).map((l) => [l.line, l.column]) }));
const results = cases.map(({ name, sdl }) => {
  const document = parse(sdl);
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) return { name, sdl, stage: 'document', errors: describe(sdlErrors) };
  const schemaErrors = validateSchema(buildASTSchema(document, { assumeValidSDL: true }));
  return { name, sdl, stage: 'schema', errors: describe(schemaErrors) };
});
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
