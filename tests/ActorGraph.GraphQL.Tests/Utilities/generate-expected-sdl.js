// Regenerates expected-printed-schema.graphql with graphql-js's printSchema (npm graphql 16.15.0):
//   NODE_PATH=<node_modules holding graphql> node generate-expected-sdl.js > expected-printed-schema.graphql
const fs = require('fs');
const path = require('path');
const { buildSchema, printSchema } = require('graphql');

const sdl = fs.readFileSync(path.join(__dirname, '../Types/Introspection/introspection-schema.graphql'), 'utf8');
process.stdout.write(printSchema(buildSchema(sdl)));
