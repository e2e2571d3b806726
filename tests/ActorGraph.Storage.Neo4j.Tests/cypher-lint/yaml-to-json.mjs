// Parses a YAML file (docker-compose.yml) with the 'yaml' package and prints it as JSON, or fails with the parse error.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const [file] = process.argv.slice(2);
process.stdout.write(JSON.stringify(parse(readFileSync(file, 'utf8'), { strict: true, uniqueKeys: true })));
