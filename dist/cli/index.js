#!/usr/bin/env node
import * as __WEBPACK_EXTERNAL_MODULE__undici_stand_in_js_a619f432__ from "./undici-stand-in.js";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6375);

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Wr: () => (/* binding */ suggestCommand),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_shared_words_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(964);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(776);



/** A mistake on the command line: one line naming it, then where to get help; exit code 2. */
class UsageError extends Error {
    command;
    constructor(message, 
    /** The command whose `--help` to point at. */
    command) {
        super(message);
        this.command = command;
        this.name = 'UsageError';
    }
}
/**
 * Parses a command's arguments by its table of options (the one `--help` prints). Unknown
 * options are named with the nearest known one ("did you mean '--gate'?"); a lone `-` is
 * a positional (standard input).
 */
function parseCommandArgs(command, args, table, maxPositionals) {
    rejectUnknownOptions(command, args, table);
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parserOptions */ .qA)(table), allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(plainParseError(error), command);
    }
    if (parsed.positionals.length > maxPositionals) {
        throw new UsageError(`unexpected argument '${parsed.positionals[maxPositionals]}'`, command);
    }
    return parsed;
}
function rejectUnknownOptions(command, args, options) {
    const longs = Object.keys(options);
    const shorts = Object.values(options).flatMap((option) => (option.short ? [option.short] : []));
    for (const arg of args) {
        if (arg === '--')
            return;
        if (arg === '-' || !arg.startsWith('-'))
            continue;
        if (arg.startsWith('--')) {
            const name = arg.slice(2).split('=')[0];
            if (longs.includes(name))
                continue;
            const guess = (0,_core_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(name, longs);
            throw new UsageError(`Unknown option '--${name}' for ${command}${guess ? ` (did you mean '--${guess}'?)` : ''}`, command);
        }
        // A cluster of short flags: -vg NAME; the first letter decides.
        const letter = arg[1];
        if (!shorts.includes(letter))
            throw new UsageError(`Unknown option '-${letter}' for ${command}`, command);
    }
}
/** Node's parseArgs messages, shortened to what the user typed and what is missing. */
function plainParseError(error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const option = /'(-\w), (--[\w-]+)/.exec(message) ?? /'(--[\w-]+)/.exec(message);
        const name = option ? (option[2] ?? option[1]) : 'an option';
        return message.includes('argument missing') ? `option '${name}' needs a value` : `option '${name}' takes no value`;
    }
    return message.split('.')[0] ?? message;
}
/** The command nearest to a mistyped one. */
function suggestCommand(word, commands) {
    const guess = (0,_core_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(word, commands);
    return guess ? ` (did you mean '${guess}'?)` : '';
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ EXIT_READY),
/* harmony export */   f6: () => (/* binding */ EXIT_NOT_READY),
/* harmony export */   jL: () => (/* binding */ EXIT_INVALID)
/* harmony export */ });
const EXIT_READY = 0;
const EXIT_NOT_READY = 1;
const EXIT_INVALID = 2;


/***/ }),

/***/ 6375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __nccwpck_require__(9130);
// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __nccwpck_require__(3025);
;// CONCATENATED MODULE: ./src/version.ts
/**
 * The version `readiness-gate --version` prints. Kept here rather than read from package.json
 * at run time so the bundle answers the same wherever it is installed; a unit test keeps it
 * equal to package.json's version.
 */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __nccwpck_require__(5285);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./src/cli/help.ts


const COMMANDS = ['check', 'import', 'render', 'doctor', 'schema', 'help'];
const USAGE = `Usage:
  readiness-gate check [manifest] ${(0,options/* usageOptions */.G7)(options/* CHECK_OPTIONS */.m5)}
  readiness-gate import FILE.md ${(0,options/* usageOptions */.G7)(options/* IMPORT_OPTIONS */.R4)}
  readiness-gate render [manifest] ${(0,options/* usageOptions */.G7)(options/* RENDER_OPTIONS */.uw)}
  readiness-gate doctor ${(0,options/* usageOptions */.G7)(options/* DOCTOR_OPTIONS */.px)}
  readiness-gate schema
  readiness-gate help [command]
  readiness-gate --version

The manifest defaults to ${defaults/* DEFAULT_MANIFEST_PATH */.e}; '-' reads it from standard input.
Exit codes: 0 ready, 1 not ready, 2 invalid manifest, file or usage.
'readiness-gate <command> --help' tells more about a command.
`;
const ONLINE = `Online: with GITHUB_TOKEN set, links are verified against GitHub (#N in the
repository of --repo, else of the git remote 'origin'). The token goes to the API
of --server-url (else GITHUB_SERVER_URL, else github.com): /api/v3 on an
Enterprise Server, unless GITHUB_API_URL and GITHUB_GRAPHQL_URL name it on the
same host. Without a token, declared statuses are used and every link is
reported unverified.`;
const COMMAND_HELP = {
    check: `Usage: readiness-gate check [manifest] [options]

Evaluates the manifest (default ${defaults/* DEFAULT_MANIFEST_PATH */.e}, '-' for standard input)
and prints where the gate stands.

Options:
${(0,options/* optionLines */.rQ)(options/* CHECK_OPTIONS */.m5)}

${ONLINE}

Exit codes: 0 ready, 1 not ready, 2 invalid manifest, file or usage.
`,
    import: `Usage: readiness-gate import FILE.md [-o readiness.yml]

Converts a Markdown readiness document (task lists, status tables, priority
tiers) into a manifest, with comments where a choice was guessed. '-' reads the
document from standard input.

Options:
${(0,options/* optionLines */.rQ)(options/* IMPORT_OPTIONS */.R4)}

Exit codes: 0 imported, 2 no task found, or a file that cannot be read or written.
`,
    render: `Usage: readiness-gate render [manifest] [options]

Writes the tracking document: the verdict, a phase overview, dependencies, and a
table of tasks per phase with owners, due dates, links and notes. The same
manifest and link states give the same bytes, so the document can be committed
and checked for drift.

Options:
${(0,options/* optionLines */.rQ)(options/* RENDER_OPTIONS */.uw)}

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
${(0,options/* optionLines */.rQ)(options/* DOCTOR_OPTIONS */.px)}

Exit codes: 0 enforced, 1 findings (each with its fix) or rules GitHub would not
show, 2 usage or no token.
`,
    schema: `Usage: readiness-gate schema

Prints the JSON Schema of the manifest, for editors and validators.

Options:
${(0,options/* optionLines */.rQ)(options/* SCHEMA_OPTIONS */.nq)}
`,
    help: `Usage: readiness-gate help [command]

Shows the usage of every command, or the help of one.
`,
};

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
;// CONCATENATED MODULE: ./src/cli/main.ts






async function main(argv, io) {
    const [command, ...rest] = argv;
    try {
        if (command === '--version' || command === '-V') {
            io.stdout.write(`${VERSION}\n`);
            return cli_io/* EXIT_READY */.bP;
        }
        if (command === undefined) {
            io.stderr.write(USAGE);
            return cli_io/* EXIT_INVALID */.jL;
        }
        if (command === 'help' || command === '--help' || command === '-h')
            return help(rest, io);
        if (!isCommand(command)) {
            if (command.startsWith('-'))
                throw new cli_args/* UsageError */.eb(`Unknown option '${command}'${(0,cli_args/* suggestCommand */.Wr)(command, ['--help', '--version'])}`);
            throw new cli_args/* UsageError */.eb(`unknown command '${command}'${(0,cli_args/* suggestCommand */.Wr)(command, COMMANDS)}`);
        }
        if (wantsHelp(rest)) {
            io.stdout.write(COMMAND_HELP[command]);
            return cli_io/* EXIT_READY */.bP;
        }
        return await run(command, rest, io);
    }
    catch (error) {
        return reportError(error, io);
    }
}
/**
 * Each command loads its own code when it runs: `import` never pays for the HTTP client,
 * nor `check` for the Markdown parser.
 */
async function run(command, args, io) {
    switch (command) {
        case 'check':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(102), __nccwpck_require__.e(932), __nccwpck_require__.e(174), __nccwpck_require__.e(241)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1241))).checkCommand(args, io);
        case 'import':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(193), __nccwpck_require__.e(897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4897))).importCommand(args, io);
        case 'render':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(102), __nccwpck_require__.e(932), __nccwpck_require__.e(174), __nccwpck_require__.e(50)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7050))).renderCommand(args, io);
        case 'doctor':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(102), __nccwpck_require__.e(932), __nccwpck_require__.e(273), __nccwpck_require__.e(174), __nccwpck_require__.e(989)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7989))).doctorCommand(args, io);
        case 'schema':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(102), __nccwpck_require__.e(939), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6323))).schemaCommand(args, io);
    }
}
function isCommand(word) {
    return word !== 'help' && COMMANDS.includes(word);
}
/** `--help` or `-h` anywhere before a `--`. */
function wantsHelp(args) {
    const end = args.indexOf('--');
    return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
function help(args, io) {
    const [topic, extra] = args;
    if (extra !== undefined)
        throw new cli_args/* UsageError */.eb(`unexpected argument '${extra}'`, 'help');
    if (topic === undefined || topic === '--help' || topic === '-h') {
        io.stdout.write(USAGE);
        return cli_io/* EXIT_READY */.bP;
    }
    if (!COMMANDS.includes(topic)) {
        throw new cli_args/* UsageError */.eb(`unknown command '${topic}'${(0,cli_args/* suggestCommand */.Wr)(topic, COMMANDS)}`);
    }
    io.stdout.write(COMMAND_HELP[topic]);
    return cli_io/* EXIT_READY */.bP;
}
/** Every user mistake is one line per problem (sorted by line) and exit code 2; bugs are thrown. */
function reportError(error, io) {
    if (error instanceof cli_args/* UsageError */.eb) {
        const helpCommand = error.command ? `readiness-gate ${error.command} --help` : 'readiness-gate --help';
        io.stderr.write(`readiness-gate: ${(0,markdown/* terminalLine */.tL)(error.message)}\nSee '${helpCommand}'.\n`);
        return cli_io/* EXIT_INVALID */.jL;
    }
    if (error instanceof errors/* ConfigError */.xL) {
        // Problems quote the manifest, whose text must not reach the terminal as escape sequences.
        io.stderr.write([...(0,errors/* sortedProblems */.ET)(error.problems), ...(0,errors/* omittedProblems */.zh)(error)].map((problem) => (0,markdown/* terminalLine */.tL)((0,errors/* formatProblem */.Vw)(problem))).join('\n') + '\n');
        return cli_io/* EXIT_INVALID */.jL;
    }
    if (isApiError(error)) {
        io.stderr.write(`readiness-gate: GitHub API request failed (${error.status}): ${(0,markdown/* terminalLine */.tL)(error.message.split('\n')[0] ?? '')}\n`);
        return cli_io/* EXIT_INVALID */.jL;
    }
    throw error;
}
/** An HTTP error from the GitHub API (bad token, no access, outage), not a bug. */
function isApiError(error) {
    return error instanceof Error && typeof error.status === 'number';
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ usageOptions),
/* harmony export */   R4: () => (/* binding */ IMPORT_OPTIONS),
/* harmony export */   m5: () => (/* binding */ CHECK_OPTIONS),
/* harmony export */   nq: () => (/* binding */ SCHEMA_OPTIONS),
/* harmony export */   px: () => (/* binding */ DOCTOR_OPTIONS),
/* harmony export */   qA: () => (/* binding */ parserOptions),
/* harmony export */   rQ: () => (/* binding */ optionLines),
/* harmony export */   uw: () => (/* binding */ RENDER_OPTIONS),
/* harmony export */   y4: () => (/* binding */ CHECK_FORMATS)
/* harmony export */ });
/* unused harmony export COMMAND_OPTIONS */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5285);
/**
 * Each command's options, once: the parser is built from these tables and `--help` is
 * printed from them, so an option cannot be accepted without being documented, nor the
 * other way round.
 */

const HELP = { type: 'boolean', short: 'h', help: ['show this help'] };
const GATE = { type: 'string', short: 'g', value: 'NAME', usage: '--gate NAME' };
const REPO = { type: 'string', value: 'OWNER/NAME', usage: '--repo owner/name' };
const SERVER_URL = {
    type: 'string',
    value: 'URL',
    usage: '--server-url URL',
    help: ['the GitHub that links point to (default: GITHUB_SERVER_URL,', 'else https://github.com); a link to another host is an error'],
};
/** What `check --format` prints. */
const CHECK_FORMATS = ['text', 'json', 'markdown'];
const CHECK_OPTIONS = {
    gate: { ...GATE, help: [`the gate to evaluate (default: ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GATE */ .s})`] },
    format: {
        type: 'string',
        short: 'f',
        value: 'FORMAT',
        usage: `--format ${CHECK_FORMATS.join('|')}`,
        help: ['text (default), json (the full report) or markdown'],
    },
    repo: { ...REPO, help: ['the repository #N links refer to'] },
    'server-url': SERVER_URL,
    verbose: { type: 'boolean', short: 'v', usage: '--verbose', help: ['list every item of every phase, not only what needs attention'] },
    at: {
        type: 'string',
        value: 'TIME',
        usage: '--at TIME',
        help: [
            'judge freeze windows, waivers and due dates at TIME:',
            "2026-12-24T10:00 in each window's zone, or with Z",
            'or an offset that instant (default: now)',
        ],
    },
    help: HELP,
};
const IMPORT_OPTIONS = {
    output: { type: 'string', short: 'o', value: 'FILE', usage: '-o readiness.yml', help: ['write the manifest to FILE instead of standard output'] },
    explain: {
        type: 'boolean',
        usage: '--explain',
        help: ['print to stderr, source line by source line, the', 'task each list item and table row became, or why', 'it is not one'],
    },
    help: HELP,
};
const RENDER_OPTIONS = {
    output: { type: 'string', short: 'o', value: 'FILE', usage: '-o READINESS.md', help: ['write to FILE instead of standard output'] },
    gate: { ...GATE, help: [`the gate whose verdict the document states (default: ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GATE */ .s})`] },
    repo: { ...REPO, help: ['the repository #N links refer to (default: the git remote)'] },
    'server-url': SERVER_URL,
    check: {
        type: 'boolean',
        usage: '--check',
        help: ['compare with FILE (default READINESS.md) instead of', 'writing it: exit 1 when it differs from what the', 'manifest renders'],
    },
    help: HELP,
};
const SCHEMA_OPTIONS = { help: HELP };
const DOCTOR_OPTIONS = {
    repo: { ...REPO, help: ['the repository to check (default: the git remote)'] },
    branch: { type: 'string', value: 'NAME', usage: '--branch NAME', help: ['the branch whose rules count (default: the default branch)'] },
    gate: { ...GATE, help: ['only the workflows that run this gate (default: every one)'] },
    'server-url': SERVER_URL,
    help: HELP,
};
/** The options of every command that takes any. */
const COMMAND_OPTIONS = {
    check: CHECK_OPTIONS,
    import: IMPORT_OPTIONS,
    render: RENDER_OPTIONS,
    doctor: DOCTOR_OPTIONS,
    schema: SCHEMA_OPTIONS,
};
function parserOptions(table) {
    const entries = Object.entries(table).map(([name, row]) => [name, { type: row.type, ...(row.short ? { short: row.short } : {}) }]);
    return Object.fromEntries(entries);
}
/** Where the descriptions start in `--help`, counted from the left column's start. */
const DESCRIPTION_COLUMN = 22;
/** The `Options:` lines of a command's help: "  -g, --gate NAME       the gate to evaluate". */
function optionLines(table) {
    const indent = ' '.repeat(2 + DESCRIPTION_COLUMN);
    const lines = Object.entries(table).flatMap(([name, row]) => {
        const flag = `${row.short ? `-${row.short}, ` : '    '}--${name}${row.value ? ` ${row.value}` : ''}`;
        const [first = '', ...rest] = row.help;
        const left = flag.length < DESCRIPTION_COLUMN ? flag.padEnd(DESCRIPTION_COLUMN) : `${flag} `;
        return [`  ${left}${first}`, ...rest.map((line) => `${indent}${line}`)];
    });
    return lines.join('\n');
}
/** A command's options as its one-line usage shows them: "[--gate NAME] [--verbose]". */
function usageOptions(table) {
    return Object.values(table)
        .flatMap((row) => (row.usage ? [`[${row.usage}]`] : []))
        .join(' ');
}


/***/ }),

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ sortedProblems),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zh: () => (/* binding */ omittedProblems)
/* harmony export */ });
/* unused harmony exports problemText, problemPlace, listedProblems */
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(964);

/** The problem in words, with its fix after it. */
function problemText(problem) {
    return problem.fix ? `${problem.message}, e.g. ${problem.fix}` : problem.message;
}
/** `file:line:col`, or the file alone for a problem not tied to a place in it. */
function problemPlace(problem) {
    return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}
function formatProblem(problem) {
    return `${problemPlace(problem)} ${problemText(problem)}`;
}
/**
 * A mistake the user can fix (bad manifest, unknown gate, missing file).
 * Everything else that is thrown is a bug and is reported as one.
 */
class ConfigError extends Error {
    /** The problems listed, each with its place. */
    problems;
    /**
     * Problems found but not listed: a manifest with thousands of mistakes lists the first
     * ones and counts the rest, in the file of the last one listed.
     */
    omitted;
    constructor(problems, counts = {}) {
        const list = Array.isArray(problems) ? problems : [problems];
        const omitted = counts.omitted ?? 0;
        super([...list, ...omissionLine(list, omitted)].map(formatProblem).join('\n'));
        this.name = 'ConfigError';
        this.problems = list;
        this.omitted = omitted;
    }
    /** Every problem found, listed or not. */
    get total() {
        return this.problems.length + this.omitted;
    }
}
/**
 * The line that counts the problems left out ("and 2,950 more problems"), for views that
 * list problems one per line; none when nothing was left out.
 */
function omittedProblems(error) {
    return omissionLine(error.problems, error.omitted);
}
/** The problems as every view lists them: each listed one, then the count of the others. */
function listedProblems(error) {
    return [...error.problems, ...omittedProblems(error)];
}
function omissionLine(listed, omitted) {
    if (omitted <= 0)
        return [];
    return [{ file: listed.at(-1)?.file ?? '', message: `and ${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(omitted)} more problems` }];
}
/** Problems in reading order: by file, then line and column; those without a place last. */
function sortedProblems(problems) {
    const place = (problem) => [problem.line ?? Infinity, problem.column ?? 0];
    return problems
        .map((problem, index) => ({ problem, index }))
        .sort((a, b) => {
        if (a.problem.file !== b.problem.file)
            return a.index - b.index;
        const [lineA, columnA] = place(a.problem);
        const [lineB, columnB] = place(b.problem);
        return lineA - lineB || columnA - columnB || a.index - b.index;
    })
        .map(({ problem }) => problem);
}


/***/ }),

/***/ 964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ listInWords),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   VR: () => (/* binding */ listSomeInWords),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   oh: () => (/* binding */ thousands)
/* harmony export */ });
/* unused harmony exports LONGEST_SUGGESTED_WORD, editDistance */
/** "a, b or c" */
function listInWords(items, conjunction) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
/**
 * Like `listInWords`, but a long list names its first `shown` entries and counts the rest
 * ("P0, P1, P2 and 2,997 more"): a message must stay a line, whatever the manifest holds.
 */
function listSomeInWords(items, conjunction, shown = 10) {
    if (items.length <= shown)
        return listInWords(items, conjunction);
    return `${items.slice(0, shown).join(', ')} ${conjunction} ${thousands(items.length - shown)} more`;
}
/** Text from a manifest quoted in a message: long values are cut to their first characters. */
function shorten(text, longest = 60) {
    return text.length > longest ? `${text.slice(0, longest - 1)}\u2026` : text;
}
/**
 * Typos are suggested only for words of up to this many characters: longer ones are not
 * typed by hand, and comparing them would cost time for nothing.
 */
const LONGEST_SUGGESTED_WORD = 64;
/** The candidate nearest to `word` by edit distance, if it is near enough to be a typo. */
function closest(word, candidates) {
    if (word.length > LONGEST_SUGGESTED_WORD)
        return undefined;
    const tolerance = Math.max(1, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best;
    let bestDistance = tolerance + 1;
    for (const candidate of candidates) {
        // Lengths that differ by more than the tolerance cannot be near enough.
        if (Math.abs(candidate.length - word.length) >= bestDistance)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/**
 * Edit distance where swapping two neighbouring letters ("titel") counts as one edit,
 * kept in three rows; gives up with `limit + 1` as soon as every entry of a row is
 * beyond `limit`, since the distance can only grow from there.
 */
function editDistance(a, b, limit = Infinity) {
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let rowBest = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, beforePrevious[j - 2] + 1);
            }
            row.push(best);
            if (best < rowBest)
                rowBest = best;
        }
        if (rowBest > limit)
            return limit + 1;
        beforePrevious = previous;
        previous = row;
    }
    return previous[b.length];
}
/** "1 item", "3 items" */
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/**
 * "12,345": the number with thousands separators, as `toLocaleString('en-US')` writes an
 * integer, without the first call's loading of the ICU number formats, which costs a run
 * tens of milliseconds.
 */
function thousands(n) {
    return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}


/***/ }),

/***/ 3025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ issueUrl),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   MN: () => (/* binding */ issueLink),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   dP: () => (/* binding */ ownerText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   n5: () => (/* binding */ referenceText),
/* harmony export */   tL: () => (/* binding */ terminalLine),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports stripControls, GITHUB_SERVER_URL */
const ZERO_WIDTH_SPACE = '\u200b';
/**
 * C0 and C1 control characters other than tab and newline, and the bidirectional
 * overrides that make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Terminal escape sequences: CSI (`ESC [ \u2026 m`, cursor moves), OSC (`ESC ] 0;title BEL`,
 * hyperlinks), DCS/SOS/PM/APC strings, and two-character escapes.
 */
const ESCAPE_SEQUENCES = 
// eslint-disable-next-line no-control-regex
/\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
/**
 * Every character that a step of `escapeMarkdown` removes, replaces or escapes (controls and
 * escape sequences included), and `gh-` before a digit: text without any comes out unchanged.
 */
// eslint-disable-next-line no-control-regex
const MAY_NEED_ESCAPING = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069&<>\\`*_~[\]|!@#]|gh-\d/i;
/** Text with escape sequences and control characters removed; newlines and tabs are kept. */
function stripControls(text) {
    return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}
/** One line of text for a terminal: no escapes, no controls, no line breaks of its own. */
function terminalLine(text) {
    return stripControls(text.replace(/\r?\n|\r/g, ' ')).replace(/\t/g, ' ');
}
function escapeMarkdown(text) {
    // Most titles hold none of it: a report of thousands of rows skips the nine passes below.
    if (!MAY_NEED_ESCAPING.test(text))
        return text;
    return (stripControls(text)
        .replace(/\n|\t/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_~[\]|!])/g, '\\$1')
        // A zero-width space keeps GitHub from linking users, teams and issues.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`));
}
const PLAIN_CODE = /^[\w.-]+$/;
/** Inline code that cannot be broken out of, whatever backticks the text holds. */
function codeSpan(text) {
    // Ids, the most of them, need no fence wider than one backtick and nothing taken out.
    if (PLAIN_CODE.test(text))
        return `\`${text}\``;
    const flat = stripControls(text).replace(/\n|\t/g, ' ').replace(/\|/g, '\u2758');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Shortens long text at a word boundary, so one entry cannot dominate a table. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${space > max * 0.6 ? cut.slice(0, space) : cut}\u2026`;
}
const GITHUB_SERVER_URL = 'https://github.com';
const NAME = '[A-Za-z0-9_.-]+';
const LINK_NAME = new RegExp(`^(${NAME})/(${NAME})#(\\d+)$`);
const ISSUE_PATH = new RegExp(`^/(${NAME})/(${NAME})/(issues|pull)/(\\d+)$`);
/**
 * The page of a linked issue or pull request: the URL GitHub reported for it when that is
 * an https page of exactly this issue, else one built on `serverUrl`. Never anything a
 * manifest wrote itself, so a link cannot point at `javascript:` or at another host.
 * Undefined for `#N` when the repository is not known.
 */
function issueUrl(link, serverUrl = GITHUB_SERVER_URL) {
    const name = LINK_NAME.exec(link.name);
    if (!name)
        return undefined;
    const [, owner, repo, number] = name;
    const base = httpsBase(serverUrl) ?? GITHUB_SERVER_URL;
    const built = `${base}/${owner}/${repo}/${link.kind === 'pull' ? 'pull' : 'issues'}/${number}`;
    // GitHub mostly reports the very page built here, which the check below would give back as it is.
    if (link.url === built)
        return built;
    return (link.url ? reportedUrl(link.url, owner, repo, number) : undefined) ?? built;
}
function reportedUrl(url, owner, repo, number) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.search || parsed.hash)
        return undefined;
    const path = ISSUE_PATH.exec(parsed.pathname);
    if (!path || path[4] !== number)
        return undefined;
    if (path[1].toLowerCase() !== owner.toLowerCase() || path[2].toLowerCase() !== repo.toLowerCase())
        return undefined;
    return `${parsed.origin}${parsed.pathname}`;
}
/** The last server URL read, and its base: a view asks for the same one for every owner and link. */
let lastBase;
/** `https://host[:port]` of a server URL, or undefined when it is not a plain https origin. */
function httpsBase(serverUrl) {
    if (lastBase?.serverUrl !== serverUrl)
        lastBase = { serverUrl, base: readHttpsBase(serverUrl) };
    return lastBase.base;
}
function readHttpsBase(serverUrl) {
    try {
        const parsed = new URL(serverUrl);
        return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed.origin : undefined;
    }
    catch {
        return undefined;
    }
}
/** A link reference as link text: the validated `owner/repo#N`, with Markdown's characters escaped. */
function referenceText(name) {
    return stripControls(name).replace(/([\\`*_~[\]|!<>&])/g, '\\$1');
}
/**
 * A Markdown link to a linked issue or pull request, or its reference as plain text when
 * its page is not known. The text is `owner/repo#N`, plus the issue's title when given.
 */
function issueLink(link, options = {}) {
    const url = issueUrl(link, options.serverUrl);
    const text = referenceText(link.name) + (options.title ? ` ${escapeMarkdown(options.title)}` : '');
    return url ? `[${text}](${url})` : text;
}
const HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:\/([A-Za-z0-9_.-]{1,100}))?$/;
/**
 * An owner as written: a single `@user` or `@org/team` becomes a link to its page (text
 * inside a link does not notify anyone); anything else is escaped text.
 */
function ownerText(owner, serverUrl = GITHUB_SERVER_URL) {
    const handle = HANDLE.exec(owner.trim());
    if (!handle)
        return escapeMarkdown(owner);
    const base = httpsBase(serverUrl) ?? GITHUB_SERVER_URL;
    const [, login, team] = handle;
    const url = team ? `${base}/orgs/${login}/teams/${team}` : `${base}/${login}`;
    return `[${referenceText(owner.trim())}](${url})`;
}
/**
 * Text inside an HTML element of a Markdown view (a `<summary>`), where Markdown is not
 * read: HTML escaped, and mentions and references kept from linking as in `escapeMarkdown`.
 */
function htmlText(text) {
    return stripControls(text)
        .replace(/\n|\t/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}


/***/ }),

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ DEFAULT_MANIFEST_PATH),
/* harmony export */   s: () => (/* binding */ DEFAULT_GATE)
/* harmony export */ });
const DEFAULT_MANIFEST_PATH = '.github/readiness.yml';
/** The gate evaluated when none is named: the action's `gate` input and the CLI's `--gate`. */
const DEFAULT_GATE = 'merge';


/***/ }),

/***/ 4025:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["ProxyAgent"]: () => (__WEBPACK_EXTERNAL_MODULE__undici_stand_in_js_a619f432__.ProxyAgent) });

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
