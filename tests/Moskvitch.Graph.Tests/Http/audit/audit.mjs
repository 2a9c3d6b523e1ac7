// Runs graphql-http's server audits (the GraphQL over HTTP spec's MUST, SHOULD and MAY rules) against a running
// GraphQL endpoint and prints one JSON object per audit, one a line:
//   {"id":"…","name":"MUST …","requirement":"MUST","status":"ok"|"notice"|"warn"|"error","reason":"…","httpStatus":400,"contentType":"…"}
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Exits 0 when every audit ran (whatever their results), 2 on wrong usage, 1 when an audit could not run at all.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <GraphQL endpoint URL>');
  process.exit(2);
}

let fatal = false;
for (const audit of serverAudits({ url })) {
  const requirement = audit.name.split(' ', 1)[0];
  let line;
  try {
    const result = await audit.fn();
    line = { id: result.id, name: result.name, requirement, status: result.status };
    if (result.status !== 'ok') {
      line.reason = result.reason;
      line.httpStatus = result.response?.status;
      line.contentType = result.response?.headers?.get('content-type') ?? null;
    }
  } catch (error) {
    // graphql-http throws only when an audit cannot run (e.g. the server is unreachable).
    fatal = true;
    line = { id: audit.id, name: audit.name, requirement, status: 'error', reason: `audit threw: ${error?.stack ?? error}` };
  }
  process.stdout.write(JSON.stringify(line) + '\n');
}

process.exit(fatal ? 1 : 0);
