// Finishes `npm run build`: makes the CLI executable and regenerates the shipped JSON Schema
// from the same definition the CLI validates with.
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';

chmodSync('dist/cli/index.js', 0o755);
const schema = execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' });
writeFileSync('schema/readiness.schema.json', schema);
