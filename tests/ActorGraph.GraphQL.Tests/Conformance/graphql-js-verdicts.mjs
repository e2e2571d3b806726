#!/usr/bin/env node
// Runs graphql-js (the reference implementation, version pinned in package-lock.json) over a whole corpus
// in one process. Reads {schemas: {name: sdl}, documents: [{name, schema, text}]} as JSON on stdin and
// prints {version, introspectionQuery, introspection: {schema: result}, verdicts: {document: verdict}}.
import * as graphql from 'graphql';

const {
  buildSchema, assertValidSchema, parse, validate, specifiedRules, GraphQLError,
  getIntrospectionQuery, graphqlSync, version,
} = graphql;

// "Operation Type Existence" (September 2025, §5.2.1.1) is not in graphql-js 16: the same check, written
// here as graphql-js 17's KnownOperationTypesRule words it: one error per operation, at the operation.
function operationTypeExistence(context) {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
      }
    },
  };
}

// The specification's rules: graphql-js's specified rules without its recommended (non-spec) ones.
const recommended = new Set(graphql.recommendedRules ?? []);
const rules = [operationTypeExistence, ...specifiedRules.filter((rule) => !recommended.has(rule))];

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const describe = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map((l) => `${l.line}:${l.column}`),
});

function verdictOf(schema, text) {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    if (error instanceof GraphQLError) return { outcome: 'syntax', errors: [describe(error)] };
    throw error;
  }
  try {
    const errors = validate(schema, document, rules);
    return { outcome: errors.length === 0 ? 'valid' : 'invalid', errors: errors.map(describe) };
  } catch (error) {
    return { outcome: 'crash', errors: [{ message: String(error?.message ?? error), locations: [] }] };
  }
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const schemas = {};
const introspection = {};
for (const [name, sdl] of Object.entries(input.schemas)) {
  schemas[name] = buildSchema(sdl);
  assertValidSchema(schemas[name]);
  const result = graphqlSync({ schema: schemas[name], source: introspectionQuery });
  if (result.errors) throw new Error(`introspection of ${name} failed: ${result.errors.map((e) => e.message).join('; ')}`);
  introspection[name] = result.data;
}

const verdicts = {};
for (const document of input.documents) {
  verdicts[document.name] = verdictOf(schemas[document.schema], document.text);
}

process.stdout.write(JSON.stringify({ version, introspectionQuery, introspection, verdicts }));
