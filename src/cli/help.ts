import { DEFAULT_MANIFEST_PATH } from '../defaults.js';
import { CHECK_OPTIONS, DOCTOR_OPTIONS, IMPORT_OPTIONS, optionLines, RENDER_OPTIONS, SCHEMA_OPTIONS, usageOptions } from './options.js';

export const COMMANDS = ['check', 'import', 'render', 'doctor', 'schema', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const USAGE = `Usage:
  readiness-gate check [manifest] ${usageOptions(CHECK_OPTIONS)}
  readiness-gate import FILE.md ${usageOptions(IMPORT_OPTIONS)}
  readiness-gate render [manifest] ${usageOptions(RENDER_OPTIONS)}
  readiness-gate doctor ${usageOptions(DOCTOR_OPTIONS)}
  readiness-gate schema
  readiness-gate help [command]
  readiness-gate --version

The manifest defaults to ${DEFAULT_MANIFEST_PATH}; '-' reads it from standard input.
Exit codes: 0 ready, 1 not ready, 2 invalid manifest, file or usage.
'readiness-gate <command> --help' tells more about a command.
`;

const ONLINE = `Online: with GITHUB_TOKEN set, links are verified against GitHub (#N in the
repository of --repo, else of the git remote 'origin'). The token goes to the API
of --server-url (else GITHUB_SERVER_URL, else github.com): /api/v3 on an
Enterprise Server, unless GITHUB_API_URL and GITHUB_GRAPHQL_URL name it on the
same host. Without a token, declared statuses are used and every link is
reported unverified.`;

export const COMMAND_HELP: Record<CommandName, string> = {
  check: `Usage: readiness-gate check [manifest] [options]

Evaluates the manifest (default ${DEFAULT_MANIFEST_PATH}, '-' for standard input)
and prints where the gate stands.

Options:
${optionLines(CHECK_OPTIONS)}

${ONLINE}

Exit codes: 0 ready, 1 not ready, 2 invalid manifest, file or usage.
`,
  import: `Usage: readiness-gate import FILE.md [-o readiness.yml]

Converts a Markdown readiness document (task lists, status tables, priority
tiers) into a manifest, with comments where a choice was guessed. '-' reads the
document from standard input.

Options:
${optionLines(IMPORT_OPTIONS)}

Exit codes: 0 imported, 2 no task found, or a file that cannot be read or written.
`,
  render: `Usage: readiness-gate render [manifest] [options]

Writes the tracking document: the verdict, a phase overview, dependencies, and a
table of tasks per phase with owners, due dates, links and notes. The same
manifest and link states give the same bytes, so the document can be committed
and checked for drift.

Options:
${optionLines(RENDER_OPTIONS)}

${ONLINE}
With live states the document also names the day it was rendered.

Exit codes: 0 written or up to date, 1 out of date (--check), 2 invalid manifest,
file or usage.
`,
  doctor: `Usage: readiness-gate doctor [options]

Checks that the gate is enforced, with GITHUB_TOKEN: that a rule of the branch
requires the readiness/<gate> status or the check of the job that runs the
gate, that a required merge queue finds merge_group among the workflow's
triggers, that no path filter keeps a required check from some pull requests,
and that the manifest has a code owner. Reads the rules (contents: read), the
workflows that use readiness-gate and CODEOWNERS; writes nothing.

Options:
${optionLines(DOCTOR_OPTIONS)}

Exit codes: 0 enforced, 1 findings (each with its fix) or rules GitHub would not
show, 2 usage or no token.
`,
  schema: `Usage: readiness-gate schema

Prints the JSON Schema of the manifest, for editors and validators.

Options:
${optionLines(SCHEMA_OPTIONS)}
`,
  help: `Usage: readiness-gate help [command]

Shows the usage of every command, or the help of one.
`,
};
