#!/usr/bin/env node
// Usage: node audit.mjs URL -> prints a JSON array of graphql-http's server audit results:
// [{ "id", "name", "level" (MUST | SHOULD | MAY), "passed", "reason" }]
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const results = [];
for (const audit of serverAudits({ url })) {
  let passed = false;
  let reason;
  try {
    const result = await audit.fn();
    passed = result.status === 'ok';
    reason = result.reason;
    await result.response?.body?.cancel?.().catch(() => {});
  } catch (e) {
    reason = `fatal: ${e?.cause?.message ?? e?.message ?? String(e)}`;
  }
  results.push({ id: audit.id, name: audit.name, level: audit.name.split(' ')[0], passed, reason: reason ?? null });
}
process.stdout.write(JSON.stringify(results));
