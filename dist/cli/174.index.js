export const id = 174;
export const ids = [174];
export const modules = {

/***/ 5174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ evaluateFile),
/* harmony export */   Tj: () => (/* binding */ repositoryFromGitRemote),
/* harmony export */   zt: () => (/* binding */ onlineClient)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_links_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9104);
/* harmony import */ var _core_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7208);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5285);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5817);
/* harmony import */ var _service_evaluator_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6250);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9141);









async function evaluateFile(request, io) {
    const { file, repo } = request;
    let repository = repo === undefined ? undefined : (0,_core_links_links_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRepository */ .SU)(repo);
    if (repo !== undefined && !repository)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--repo '${repo}' is not owner/name`);
    const text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readTextFile */ .Gu)(file, { stdin: io.stdin, maxBytes: _core_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MANIFEST_BYTES */ .ZJ, what: 'manifest' });
    const manifest = (0,_core_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .eE)(text, (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .displayName */ .QC)(file), { serverHost: (0,_core_links_links_js__WEBPACK_IMPORTED_MODULE_2__/* .serverHost */ .Ez)(request.serverUrl) });
    const github = onlineClient(io, request.serverUrl);
    if (github || request.remoteOffline)
        repository ??= await repositoryFromGitRemote();
    if (github && !repository)
        io.stderr.write('readiness-gate: no --repo and no GitHub remote: #N links cannot be verified\n');
    const warn = (message) => io.stderr.write(`readiness-gate: ${message}\n`);
    const evaluator = new _service_evaluator_js__WEBPACK_IMPORTED_MODULE_5__/* .PlanEvaluator */ .h({
        gate: request.gate ?? _defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_GATE */ .s,
        today: request.today ?? (0,_service_evaluator_js__WEBPACK_IMPORTED_MODULE_5__/* .todayUtc */ .O)(),
        ...(request.moment ? { moment: request.moment } : {}),
        warn,
        ...(repository ? { repository } : {}),
        ...(github ? { github } : {}),
    });
    return { report: await evaluator.evaluate(manifest), manifest };
}
/**
 * A client when GITHUB_TOKEN is set; without one the CLI works offline. The token goes
 * only to the API of the server whose links count (`--server-url`, else GITHUB_SERVER_URL).
 */
function onlineClient(io, serverUrl) {
    const token = io.env.GITHUB_TOKEN;
    if (!token)
        return undefined;
    const server = serverUrl ?? 'https://github.com';
    const urls = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .apiUrlsFor */ .Il)(server, { api: io.env.GITHUB_API_URL, graphql: io.env.GITHUB_GRAPHQL_URL });
    if (!urls) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`GITHUB_API_URL or GITHUB_GRAPHQL_URL names another host than the server ${server}: the token is not sent there. ` +
            "Set them for the same GitHub, or leave them out to use that server's API.");
    }
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createClient */ .UU)({ token, ...urls, warn: (message) => io.stderr.write(`readiness-gate: ${message}\n`) });
}
/** owner/name from the `origin` remote, when it is a GitHub-style URL. */
async function repositoryFromGitRemote() {
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['config', '--get', 'remote.origin.url']);
        return (0,_core_links_links_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryFromRemoteUrl */ .mO)(stdout);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Tl: () => (/* binding */ writeTextFile)
/* harmony export */ });
/* unused harmony export STDIN_NAME */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9130);
/* harmony import */ var _core_shared_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(964);




/** The name errors use for standard input. */
const STDIN_NAME = '<stdin>';
/** The path a file argument names, or standard input for `-`. */
function displayName(file) {
    return file === '-' ? STDIN_NAME : file;
}
/**
 * Reads a text file, or standard input for `-`. A file that cannot be read is a
 * `ConfigError` of one line ("nope.yml no such file"), never a stack trace. Files larger
 * than `maxBytes` are refused before they are read.
 */
async function readTextFile(file, options = {}) {
    if (file === '-')
        return readStdin(options.stdin ?? process.stdin, options.maxBytes, options.what);
    try {
        if (options.maxBytes !== undefined) {
            const { size, isFile } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
            if (isFile && size > options.maxBytes)
                throw tooLarge(file, size, options.maxBytes, options.what);
        }
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL)
            throw error;
        throw new _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL({ file, message: readProblem(error) });
    }
}
async function readStdin(stdin, maxBytes, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stdin) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
        size += buffer.length;
        if (maxBytes !== undefined && size > maxBytes)
            throw tooLarge(STDIN_NAME, size, maxBytes, what, true);
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function tooLarge(file, size, maxBytes, what = 'file', atLeast = false) {
    return new _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL({
        file,
        message: `is ${atLeast ? 'over ' : ''}${(0,_core_shared_words_js__WEBPACK_IMPORTED_MODULE_3__/* .thousands */ .oh)(atLeast ? maxBytes : size)} bytes \u2014 a ${what} may be at most ${(0,_core_shared_words_js__WEBPACK_IMPORTED_MODULE_3__/* .thousands */ .oh)(maxBytes)} bytes (1 MiB, the most GitHub's contents API serves)`,
    });
}
/** Writes a file; a path that cannot be written is a one-line `ConfigError`. */
async function writeTextFile(path, text) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
    }
    catch (error) {
        const code = error.code;
        const message = code === 'ENOENT'
            ? `cannot be written: the directory '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)}' does not exist`
            : code === 'EISDIR'
                ? 'cannot be written: it is a directory'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'cannot be written: permission denied'
                    : code === 'EROFS'
                        ? 'cannot be written: read-only file system'
                        : `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
        throw new _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL({ file: path, message });
    }
}
function readProblem(error) {
    switch (error.code) {
        case 'ENOENT':
            return 'no such file';
        case 'EISDIR':
            return 'is a directory, not a file';
        case 'EACCES':
        case 'EPERM':
            return 'cannot be read: permission denied';
        case 'ENOTDIR':
            return 'no such file (a part of the path is not a directory)';
        default: {
            const code = error.code;
            return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
        }
    }
}


/***/ }),

/***/ 6637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ readFreezes),
/* harmony export */   Ru: () => (/* binding */ localInstant),
/* harmony export */   mS: () => (/* binding */ openings),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* unused harmony exports LONGEST_WINDOW_DAYS, durationMs */
/* harmony import */ var croner__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5814);
/* harmony import */ var _shared_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(964);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9290);
/**
 * The freeze windows of a manifest (`freezes`), checked and placed: fixed ones (`from`,
 * `until`) and recurring ones (`every`, a cron expression for when each window opens, and
 * `for`, how long it stays open). Local times are read in the window's IANA time zone by
 * croner, which takes daylight saving from the platform's `Intl`; nothing here counts days
 * or hours of a calendar by hand.
 */



const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** The longest a window may stay open: longer is a mistake in a date, or a freeze no one will lift. */
const LONGEST_WINDOW_DAYS = 90;
const DURATION_UNIT_MS = { m: MINUTE_MS, h: HOUR_MS, d: DAY_MS };
/** `67h` as milliseconds of elapsed time. */
function durationMs(text) {
    return Number(text.slice(0, -1)) * DURATION_UNIT_MS[text.slice(-1)];
}
/** The instant a local time (YYYY-MM-DDTHH:MM[:SS]) names in a time zone; croner settles DST gaps and repeats. */
function localInstant(local, timezone) {
    return new croner__WEBPACK_IMPORTED_MODULE_0__/* .CronDate */ .LV(local.length === 16 ? `${local}:00` : local, timezone).getTime();
}
/** The cron of a recurring window, five fields as GitHub's `schedule` writes them, read in its zone. */
function openings(every, timezone) {
    return new croner__WEBPACK_IMPORTED_MODULE_0__/* .Cron */ .l4(every, { mode: '5-part', timezone });
}
/** Whether the platform knows the IANA time zone. */
function knownTimeZone(timezone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: timezone });
        return true;
    }
    catch {
        return false;
    }
}
/** Checks every window of `freezes`; the valid ones are returned, the others are problems at their lines. */
function readFreezes(data, map, gates) {
    const windows = [];
    const problems = [];
    (Array.isArray(data.freezes) ? data.freezes : []).forEach((freeze, f) => {
        // A window of the wrong shape has been reported by the schema: its times cannot be read.
        if (!_manifest_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .freezeSchema */ .Nq.safeParse(freeze, { jitless: true }).success)
            return;
        const at = (...path) => map.valueAt(['freezes', f, ...path]);
        const say = (position, message) => problems.push(map.problem(position, message));
        const before = problems.length;
        const owner = `freeze window '${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(freeze.name)}'`;
        const timezone = freeze.timezone ?? 'UTC';
        if (!knownTimeZone(timezone))
            say(at('timezone'), unknownTimeZone(timezone));
        // An empty list would hold no gate at all: a window that can never freeze anything.
        if (freeze.gates?.length === 0)
            say(at('gates'), `${owner} lists no gate in 'gates' \u2014 leave 'gates' out to hold every gate, or name the gates it holds`);
        (freeze.gates ?? []).forEach((gate, g) => {
            if (gates.includes(gate))
                return;
            const guess = (0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(gate, gates);
            say(at('gates', g), `${owner} names gate '${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(gate)}'${guess ? ` (did you mean '${guess}'?)` : ''}, which does not exist \u2014 gates are ${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .listSomeInWords */ .VR)(gates, 'and')}`);
        });
        const schedule = problems.length === before ? readSchedule(freeze, owner, timezone, (path, message) => say(at(path), message)) : undefined;
        if (!schedule || problems.length > before)
            return;
        windows.push({
            name: freeze.name,
            timezone,
            schedule,
            line: at().line,
            ...(freeze.gates ? { gates: freeze.gates } : {}),
            ...(freeze.override ? { overrideLabel: freeze.override.label } : {}),
        });
    });
    return { windows, problems };
}
function readSchedule(freeze, owner, timezone, say) {
    const fixed = freeze.from !== undefined || freeze.until !== undefined;
    const recurring = freeze.every !== undefined || freeze.for !== undefined;
    if (fixed === recurring) {
        say('', `${owner} needs either 'from' and 'until' (a fixed window) or 'every' and 'for' (a recurring one)${fixed ? ', not both' : ''}`);
        return undefined;
    }
    const pair = fixed ? ['from', 'until'] : ['every', 'for'];
    const missing = pair.find((key) => freeze[key] === undefined);
    if (missing) {
        say('', `${owner} is missing '${missing}': a ${fixed ? 'fixed' : 'recurring'} window needs both '${pair[0]}' and '${pair[1]}'`);
        return undefined;
    }
    return fixed
        ? fixedSchedule(freeze.from, freeze.until, owner, timezone, say)
        : recurringSchedule(freeze.every, freeze.for, owner, timezone, say);
}
function fixedSchedule(from, until, owner, timezone, say) {
    const opens = localInstant(from, timezone);
    const closes = localInstant(until, timezone);
    if (closes <= opens) {
        say('until', `'until' ${until} is not after 'from' ${from} in ${owner} \u2014 a window closes after it opens`);
        return undefined;
    }
    if (closes - opens > LONGEST_WINDOW_DAYS * DAY_MS) {
        say('until', `${owner} is open ${Math.ceil((closes - opens) / DAY_MS)} days \u2014 at most ${LONGEST_WINDOW_DAYS}: shorten it, or split it into windows`);
        return undefined;
    }
    return { kind: 'fixed', from, until };
}
function recurringSchedule(every, duration, owner, timezone, say) {
    const problem = cronProblem(every, timezone);
    if (problem) {
        say('every', `bad cron '${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(every)}' for 'every' in ${owner} \u2014 ${problem}`);
        return undefined;
    }
    const length = durationMs(duration);
    if (length > LONGEST_WINDOW_DAYS * DAY_MS) {
        say('for', `${owner} stays open ${duration} \u2014 at most ${LONGEST_WINDOW_DAYS} days (${LONGEST_WINDOW_DAYS}d)`);
        return undefined;
    }
    const chain = longestChain(every, length);
    if (chain && (chain.unbroken || chain.longest > LONGEST_WINDOW_DAYS * DAY_MS)) {
        const how = chain.unbroken
            ? `opens again before it closes at each of the ${OPENINGS_CHECKED} openings looked at, so it would not close`
            : `would stay open ${Math.ceil(chain.longest / DAY_MS)} days at a stretch`;
        say('for', `${owner} stays open ${duration} and ${how} \u2014 at most ${LONGEST_WINDOW_DAYS} days: make 'for' shorter than the time between openings`);
        return undefined;
    }
    return { kind: 'recurring', every, durationMs: length, duration };
}
/** Openings looked at for windows that run into each other: past 90 days of a daily cron, two years of a weekly one. */
const OPENINGS_CHECKED = 120;
/** A fixed start, so that the same manifest always gets the same answer. */
const CHECKED_FROM = new Date(Date.UTC(2024, 0, 1));
/**
 * The longest stretch the window stays open when openings come before it closes (they chain:
 * weekdays at 09:00 for 25 hours is open Monday to Saturday), and whether it never closed
 * among the openings looked at.
 */
function longestChain(every, durationMs) {
    // At a fixed offset: a zone's daylight saving moves an opening by an hour at most, and
    // reading the openings through a zone costs the start-up three times as much.
    const runs = new croner__WEBPACK_IMPORTED_MODULE_0__/* .Cron */ .l4(every, { mode: '5-part', utcOffset: 0 }).nextRuns(OPENINGS_CHECKED, CHECKED_FROM).map((run) => run.getTime());
    if (runs.length < 2)
        return undefined;
    let [start, until, longest, breaks] = [runs[0], runs[0] + durationMs, 0, 0];
    for (const run of runs.slice(1)) {
        if (run > until)
            [start, breaks] = [run, breaks + 1];
        until = Math.max(until, run + durationMs);
        longest = Math.max(longest, until - start);
    }
    return { longest, unbroken: breaks === 0 && runs.length === OPENINGS_CHECKED };
}
const CRON_FIELDS = 'five fields: minute hour day-of-month month day-of-week, as in "0 14 * * 5"';
/** Why croner rejects a cron expression, in a line; undefined when it is one that opens. */
function cronProblem(every, timezone) {
    // croner also takes an ISO date as a one-off: a fixed window is written with from and until.
    if (/^\d{4}-\d\d-\d\d/.test(every.trim()))
        return `expected ${CRON_FIELDS}; a fixed window takes 'from' and 'until'`;
    try {
        const cron = openings(every, timezone);
        // A date that never comes (30 February): the window would never open.
        if (cron.nextRun(new Date(0)) === null)
            return 'it names no date that exists, so the window would never open';
        return undefined;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^CronPattern: /, '') : String(error);
        return `${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(reason, 120)}; expected ${CRON_FIELDS}`;
    }
}
function unknownTimeZone(timezone) {
    const guess = (0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(timezone, Intl.supportedValuesOf('timeZone'));
    return `unknown time zone '${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(timezone)}'${guess ? ` (did you mean '${guess}'?)` : ''} \u2014 use an IANA name such as Europe/Berlin, America/New_York or UTC`;
}


/***/ }),

/***/ 9104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Ap: () => (/* binding */ parseLink),
/* harmony export */   Ez: () => (/* binding */ serverHost),
/* harmony export */   R5: () => (/* binding */ LinkStates),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Z0: () => (/* binding */ distinctTargets),
/* harmony export */   aM: () => (/* binding */ isSatisfiedState),
/* harmony export */   je: () => (/* binding */ targetName),
/* harmony export */   mO: () => (/* binding */ repositoryFromRemoteUrl),
/* harmony export */   n2: () => (/* binding */ isSatisfied),
/* harmony export */   td: () => (/* binding */ MAX_ISSUE_NUMBER)
/* harmony export */ });
/** GitHub numbers issues and pull requests from 1 to 2\u00b3\u00b9\u22121 (a GraphQL Int). */
const MAX_ISSUE_NUMBER = 2 ** 31 - 1;
/** GitHub's owner and repository names: letters, digits, `.`, `_` and `-`. */
const NAME = '[A-Za-z0-9_.-]+';
const SHORT_REF = new RegExp(`^(?:(${NAME})/(${NAME}))?#(\\d+)$`);
const URL_REF = new RegExp(`^https?://([^/\\s]+)/(${NAME})/(${NAME})/(issues|pull|pulls)/(\\d+)(?:[/?#].*)?$`);
const REPOSITORY = new RegExp(`^(${NAME})/(${NAME})$`);
/** `owner/name` at the end of a git remote URL, e.g. git@github.com:acme/api.git */
const REMOTE_REPOSITORY = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/;
function parseLink(raw) {
    const text = raw.trim();
    const short = SHORT_REF.exec(text);
    if (short) {
        const [, owner, repo, number] = short;
        return withNumber(owner && repo ? { owner, repo } : undefined, number, 'any');
    }
    const url = URL_REF.exec(text);
    if (url) {
        const [, host, owner, repo, path, number] = url;
        const ref = withNumber({ owner: owner, repo: repo }, number, path === 'issues' ? 'issue' : 'pull');
        return ref && { ...ref, host: host.toLowerCase() };
    }
    return undefined;
}
/** Numbers past GitHub's range still parse, so that the manifest can say what is wrong with them. */
function withNumber(repository, digits, kind) {
    const number = digits.length > 16 ? Infinity : Number(digits);
    if (number < 1)
        return undefined;
    return repository ? { repository, number, kind } : { number, kind };
}
/** The host of a server URL such as GITHUB_SERVER_URL, lower-cased; github.com when unset. */
function serverHost(serverUrl) {
    if (!serverUrl)
        return 'github.com';
    try {
        return new URL(serverUrl).host.toLowerCase();
    }
    catch {
        return serverUrl.toLowerCase();
    }
}
/** The issue or pull request a link points at; `#N` needs the repository it is read in. */
function targetOf(ref, defaultRepository) {
    const repository = ref.repository ?? defaultRepository;
    return repository ? { owner: repository.owner, repo: repository.repo, number: ref.number } : undefined;
}
/** `owner/repo#N` as GitHub writes it. */
function targetName(target) {
    return `${target.owner}/${target.repo}#${target.number}`;
}
function sameRepository(a, b) {
    return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
/**
 * Link states by target. GitHub names are case-insensitive, so `ACME/Api#4` and
 * `acme/api#4` are one entry. The index is private: targets go in and come out typed.
 */
class LinkStates {
    byTarget = new Map();
    static of(entries) {
        const states = new LinkStates();
        for (const [target, status] of entries)
            states.set(target, status);
        return states;
    }
    get(target) {
        return this.byTarget.get(indexOf(target));
    }
    has(target) {
        return this.byTarget.has(indexOf(target));
    }
    set(target, status) {
        this.byTarget.set(indexOf(target), status);
    }
    addAll(other) {
        for (const [index, status] of other.byTarget)
            this.byTarget.set(index, status);
    }
    get size() {
        return this.byTarget.size;
    }
}
function indexOf(target) {
    return targetName(target).toLowerCase();
}
/** Distinct targets, in first-seen order, compared as GitHub does (case-insensitively). */
function distinctTargets(targets) {
    const seen = new Map();
    for (const target of targets)
        if (!seen.has(indexOf(target)))
            seen.set(indexOf(target), target);
    return [...seen.values()];
}
function parseRepository(text) {
    const match = REPOSITORY.exec(text.trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** `owner/name` from a git remote URL (`https://host/acme/api.git`, `git@host:acme/api`). */
function repositoryFromRemoteUrl(url) {
    const match = REMOTE_REPOSITORY.exec(url.trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function isSatisfiedState(state) {
    return state === 'merged' || state === 'completed';
}
/** Merged, or closed as completed with none of its sub-issues still open. */
function isSatisfied(status) {
    return isSatisfiedState(status.state) && (status.subIssues?.open ?? 0) === 0;
}


/***/ }),

/***/ 633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   v: () => (/* binding */ manifestTooLarge)
/* harmony export */ });
/* harmony import */ var _shared_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(964);

/**
 * GitHub's contents API serves files of up to 1 MiB; a manifest may not be larger. Apart from
 * manifest.ts so that the action's first reads, which refuse a larger file, load no parser.
 */
const MAX_MANIFEST_BYTES = 1024 * 1024;
function manifestTooLarge(bytes) {
    return (`is ${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(bytes)} bytes \u2014 a manifest may be at most 1 MiB ` +
        `(${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(MAX_MANIFEST_BYTES)} bytes), the most GitHub's contents API serves; split long notes out or trim the plan`);
}


/***/ }),

/***/ 7208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZJ: () => (/* reexport */ limits/* MAX_MANIFEST_BYTES */.Z),
  Ie: () => (/* reexport */ dependenciesFirst),
  qg: () => (/* reexport */ noBlockingPhase),
  eE: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: MAX_ALIAS_VALUES, MAX_PROBLEMS, manifestTooLarge

// EXTERNAL MODULE: ./src/core/shared/errors.ts
var shared_errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./node_modules/brace-expansion/dist/esm/index.js + 1 modules
var esm = __webpack_require__(9540);
// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/core/manifest/problems.ts

/** The most characters of a link or pattern a problem quotes: a 10,000-character value is not a readable line. */
const LONGEST_QUOTED = 200;
/** The first problems of a manifest are listed, the rest counted: a report stays readable. */
const MAX_PROBLEMS = 50;
/** At most `MAX_PROBLEMS` of the problems, the others (of `total`) counted. */
function manifestError(problems, total = problems.length) {
    const listed = problems.slice(0, MAX_PROBLEMS);
    return new shared_errors/* ConfigError */.xL(listed, { omitted: total - listed.length });
}
/** Characters that would break a problem's one line or rewrite it in a terminal: written as escapes. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * A message that quotes the manifest's values, kept on one line: a value may hold line
 * breaks or control characters (`"a\nb"`), which a report, a log or an annotation would
 * otherwise print as they are \u2014 a second line that looks like another problem.
 */
function printable(message) {
    return message.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/manifest/plain-yaml.ts
/**
 * A reader for the plain YAML most manifests are written in, many times faster than the
 * `yaml` library, which it stands in front of: a whole document that is a block mapping or
 * sequence, its collections indented with spaces, plain and quoted one-line scalars,
 * one-line flow lists and flow mappings, and comments. A value it reads is the value `yaml` reads (the core schema of YAML 1.2), at
 * the same offset; anything else it declines \u2014 `undefined` \u2014 and the caller asks `yaml`,
 * which then also words any mistake. Declining is always safe, so the reader declines
 * whatever it is not certain of: anchors, tags, block scalars, numbers other than small
 * integers, empty values, escapes beyond JSON's, a scalar continued on the next line,
 * duplicate keys, keys `yaml` would read as null or a boolean or refuse as too long,
 * directives and document markers, nesting deeper than any plan needs, and every
 * indentation it does not expect.
 */
/** Thrown inside the reader to decline; never escapes it. */
class Decline extends Error {
}
function decline() {
    throw new Decline();
}
/** Characters that `yaml` may treat otherwise than as plain text in a line: declined (a CR only as part of CRLF). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNUSUAL_CHARACTERS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]|\r(?!\n)/;
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** What the core schema reads as a number; only small decimal integers are read here. */
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const SMALL_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/** `yaml` refuses longer implicit keys. */
const MAX_KEY_LENGTH = 1024;
/** Manifests nest about five deep; far deeper, `yaml` runs out of stack and says so. */
const MAX_DEPTH = 64;
/** Indicators a plain scalar may not start with (`-`, `?`, `:` declined too, for simplicity). */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/** Escapes JSON and YAML's double-quoted scalars read alike. */
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;
/** The block mapping or block sequence that the document `text` consists of, or undefined when `yaml` must read it. */
function readPlainDocument(text) {
    if (UNUSUAL_CHARACTERS.test(text))
        return undefined;
    try {
        const lines = new Lines(text);
        const first = lines.next();
        if (!first)
            return undefined;
        const node = lines.dashAt(first) ? readSequence(lines, first.indent) : readMapping(lines, first.indent, first);
        return lines.next() ? undefined : node;
    }
    catch (error) {
        if (error instanceof Decline || error instanceof RangeError)
            return undefined;
        throw error;
    }
}
/** The text's lines with content, in order; blank and comment-only lines are skipped. */
class Lines {
    text;
    at = 0;
    peeked;
    /** How many collections the line being read is inside. */
    depth = 0;
    constructor(text) {
        this.text = text;
    }
    next() {
        if (this.peeked)
            return this.peeked;
        while (this.at < this.text.length) {
            const start = this.at;
            const newline = this.text.indexOf('\n', start);
            this.at = newline === -1 ? this.text.length : newline + 1;
            // A line's content ends before its line break, CRLF or LF.
            const end = newline === -1 ? this.text.length : this.text[newline - 1] === '\r' ? newline - 1 : newline;
            let indent = 0;
            while (this.text.charCodeAt(start + indent) === 32)
                indent++;
            if (start + indent < end && this.text[start + indent] !== '#')
                return (this.peeked = { start, indent, end });
        }
        return undefined;
    }
    /** Moves past the line `next` returned. */
    take() {
        this.peeked = undefined;
    }
    /** Whether the line holds a sequence entry at its indentation: `- ` or a lone `-`. */
    dashAt(line, column = line.start + line.indent) {
        return this.text[column] === '-' && (column + 1 === line.end || this.text[column + 1] === ' ');
    }
}
/** A block sequence whose dashes are at `indent`, from the next line on. */
function readSequence(lines, indent) {
    if (++lines.depth > MAX_DEPTH)
        decline();
    const items = [];
    let line = lines.next();
    const start = line ? line.start + indent : 0;
    while (line && line.indent === indent && lines.dashAt(line)) {
        items.push(readEntry(lines, line, line.start + indent + 1, indent, 'dash'));
        line = lines.next();
    }
    if (line && line.indent > indent)
        decline();
    lines.depth--;
    return { value: items.map((item) => item.value), start, items };
}
/**
 * The value that starts at `column` of `line`, after the `- ` of an entry of a sequence
 * indented `indent` or after the `key:` of a mapping whose keys are at `indent`: on the line
 * itself, or the block on the lines below.
 */
function readEntry(lines, line, column, indent, after) {
    const at = skipSpaces(lines.text, column, line.end);
    if (at === line.end || lines.text[at] === '#') {
        lines.take();
        return readNestedBlock(lines, indent, after);
    }
    if (after === 'dash' && startsMapping(lines.text, at, line.end))
        return readMapping(lines, at - line.start, line);
    const node = readInline(lines.text, at, line.end);
    lines.take();
    const next = lines.next();
    // A deeper line would continue a plain scalar, or be a mistake: `yaml` knows which.
    if (next && next.indent > indent)
        decline();
    return node;
}
/** The block below a `key:` or `-` with nothing after it on its line. */
function readNestedBlock(lines, indent, after) {
    const line = lines.next();
    // An empty value: `yaml` places its null.
    if (!line || line.indent < indent || (line.indent === indent && after === 'dash'))
        decline();
    if (line.indent === indent) {
        // A list under a key may sit at the key's own indentation.
        if (!lines.dashAt(line))
            decline();
        return readSequence(lines, indent);
    }
    if (lines.dashAt(line))
        return readSequence(lines, line.indent);
    if (!startsMapping(lines.text, line.start + line.indent, line.end))
        decline();
    return readMapping(lines, line.indent, line);
}
/** Whether a `key:` followed by a space or the end of the line starts at `at`. */
function startsMapping(text, at, end) {
    return colonAfterKey(text, at, end) !== undefined;
}
/** The offset of the `:` of a `key:` (followed by a space or the line's end) starting at `at`. */
function colonAfterKey(text, at, end) {
    KEY.lastIndex = at;
    if (!KEY.test(text))
        return undefined;
    const colon = KEY.lastIndex;
    return text[colon] === ':' && (colon + 1 === end || text[colon + 1] === ' ') ? colon : undefined;
}
/** A block mapping whose keys are at column `indent`, the first on `first` (maybe after a `- `). */
function readMapping(lines, indent, first) {
    if (++lines.depth > MAX_DEPTH)
        decline();
    const entries = [];
    const value = {};
    const start = first.start + indent;
    let line = first;
    let column = start;
    while (line) {
        const colon = colonAfterKey(lines.text, column, line.end) ?? decline();
        const key = lines.text.slice(column, colon);
        checkKey(key, value);
        const node = readEntry(lines, line, colon + 1, indent, 'key');
        entries.push(Object.assign(node, { key, keyStart: column }));
        value[key] = node.value;
        line = lines.next();
        if (!line || line.indent < indent)
            break;
        if (line.indent > indent)
            decline();
        column = line.start + indent;
    }
    lines.depth--;
    return { value, start, entries };
}
/** A key is read as written only when it is a string `yaml` would not resolve, refuse or find twice. */
function checkKey(key, mapping) {
    if (Object.hasOwn(mapping, key) || key === '__proto__' || key.length > MAX_KEY_LENGTH || NULL.test(key) || BOOLEAN.test(key))
        decline();
}
function skipSpaces(text, at, end) {
    while (at < end && text[at] === ' ')
        at++;
    return at;
}
/** A scalar, flow list or flow mapping that starts at `at` and fills its line (a comment aside). */
function readInline(text, at, end) {
    const read = readFlowValue(text, at, end, 'block');
    const rest = skipSpaces(text, read.end, end);
    if (rest < end && !(text[rest] === '#' && rest > read.end))
        decline();
    return read.node;
}
/** One value starting at `at`: in `block` context a plain scalar runs to the comment or the line's end. */
function readFlowValue(text, at, end, context) {
    const first = text[at];
    if (first === '"')
        return readDoubleQuoted(text, at, end);
    if (first === "'")
        return readSingleQuoted(text, at, end);
    if (first === '[')
        return readFlowList(text, at, end);
    if (first === '{' && context === 'block')
        return readFlowMapping(text, at, end);
    return readPlain(text, at, end, context);
}
function readDoubleQuoted(text, at, end) {
    let close = at + 1;
    while (close < end && text[close] !== '"')
        close += text[close] === '\\' ? 2 : 1;
    if (close >= end)
        decline();
    const inner = text.slice(at + 1, close);
    // Without a backslash the text is the value: control characters were declined with the document.
    if (!inner.includes('\\'))
        return { node: { value: inner, start: at }, end: close + 1 };
    if (inner.replace(JSON_ESCAPES, '').includes('\\'))
        decline();
    return { node: { value: JSON.parse(`"${inner}"`), start: at }, end: close + 1 };
}
function readSingleQuoted(text, at, end) {
    let close = at + 1;
    for (;;) {
        close = text.indexOf("'", close);
        if (close === -1 || close >= end)
            decline();
        if (text[close + 1] !== "'")
            break;
        close += 2;
    }
    return { node: { value: text.slice(at + 1, close).replaceAll("''", "'"), start: at }, end: close + 1 };
}
/** A plain scalar, resolved as the core schema resolves it. */
function readPlain(text, at, end, context) {
    if (at >= end || INDICATORS.includes(text[at]))
        decline();
    let stop = at;
    while (stop < end && !endsPlain(text, stop, context))
        stop++;
    let last = stop;
    while (text[last - 1] === ' ')
        last--;
    const source = text.slice(at, last);
    if (source.includes(': ') || source.endsWith(':'))
        decline();
    return { node: { value: resolvePlain(source), start: at }, end: last };
}
function endsPlain(text, at, context) {
    const c = text[at];
    if (c === '#' && text[at - 1] === ' ')
        return true;
    if (context === 'block')
        return false;
    if (c === '[' || c === '{')
        decline();
    return c === ',' || c === ']' || c === '}';
}
function resolvePlain(source) {
    if (NULL.test(source))
        return null;
    if (BOOLEAN.test(source))
        return source[0] === 't' || source[0] === 'T';
    if (!NUMBER.test(source))
        return source;
    if (!SMALL_INTEGER.test(source))
        decline();
    return Number(source);
}
/** `[a, "b"]` on one line, of scalars only. */
function readFlowList(text, at, end) {
    const items = [];
    let next = skipSpaces(text, at + 1, end);
    if (text[next] === ']')
        return { node: { value: [], start: at, items }, end: next + 1 };
    for (;;) {
        if (text[next] === '[' || text[next] === '{')
            decline();
        const read = readFlowValue(text, next, end, 'flow');
        items.push(read.node);
        next = skipSpaces(text, read.end, end);
        if (text[next] === ']')
            return { node: { value: items.map((item) => item.value), start: at, items }, end: next + 1 };
        if (text[next] !== ',')
            decline();
        next = skipSpaces(text, next + 1, end);
        if (text[next] === ']')
            decline(); // a trailing comma
    }
}
/** `{ key: value, \u2026 }` on one line, the values scalars or flow lists of scalars. */
function readFlowMapping(text, at, end) {
    const value = {};
    const node = { value, start: at, entries: [] };
    let next = skipSpaces(text, at + 1, end);
    if (text[next] === '}')
        return { node, end: next + 1 };
    for (;;) {
        const colon = colonAfterKey(text, next, end) ?? decline();
        const key = text.slice(next, colon);
        checkKey(key, value);
        const read = readFlowValue(text, skipSpaces(text, colon + 1, end), end, 'flow');
        node.entries.push(Object.assign(read.node, { key, keyStart: next }));
        value[key] = read.node.value;
        next = skipSpaces(text, read.end, end);
        if (text[next] === '}')
            return { node, end: next + 1 };
        if (text[next] !== ',')
            decline();
        next = skipSpaces(text, next + 1, end);
        if (text[next] === '}')
            decline();
    }
}

;// CONCATENATED MODULE: ./src/core/manifest/positions.ts


/**
 * Where the values and keys of a manifest are, as lines and columns. Whichever parser read
 * the document \u2014 the plain reader or `yaml` \u2014 answers for all of it: their offsets agree,
 * so a position does not depend on which one it came from.
 */
class SourceMap {
    file;
    lines;
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    position(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    /** The position of the value at `path`, else of its nearest existing parent. */
    valueAt(path) {
        for (let depth = path.length; depth >= 0; depth--) {
            const start = this.valueStart(depth === path.length ? path : path.slice(0, depth));
            if (start !== undefined)
                return this.position(start);
        }
        return { line: 1, column: 1 };
    }
    /** The position of the key `key` in the mapping at `path`, else of the mapping. */
    keyAt(path, key) {
        const start = this.keyStart(path, key);
        return start === undefined ? this.valueAt(path) : this.position(start);
    }
    /** A problem at `position`; the values the message quotes are written on one line. */
    problem(position, message, fix) {
        return { file: this.file, line: position.line, column: position.column, message: printable(message), ...(fix ? { fix } : {}) };
    }
}
/** Positions in a document `yaml` parsed. */
class YamlSourceMap extends SourceMap {
    doc;
    constructor(file, doc, lines) {
        super(file, lines);
        this.doc = doc;
    }
    valueStart(path) {
        return this.doc.getIn(path, true)?.range?.[0];
    }
    keyStart(path, key) {
        const node = this.doc.getIn(path, true);
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        const pair = node.items.find((entry) => (0,dist/* isScalar */.jn)(entry.key) && String(entry.key.value) === key);
        return pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key.range?.[0] : undefined;
    }
}
/** Positions in a document the plain reader read (see `plain-yaml.ts`). */
class PlainSourceMap extends SourceMap {
    root;
    constructor(file, root, source) {
        super(file, lineCounter(source));
        this.root = root;
    }
    valueStart(path) {
        return this.nodeAt(path)?.start;
    }
    keyStart(path, key) {
        return this.nodeAt(path)?.entries?.find((entry) => entry.key === key)?.keyStart;
    }
    /** As `Document.getIn` finds it: a value of a mapping by its key, an entry of a list by its index. */
    nodeAt(path) {
        let node = this.root;
        for (const step of path)
            node = typeof step === 'number' ? node?.items?.[step] : node?.entries?.find((entry) => entry.key === step);
        return node;
    }
}
/**
 * Lines as `yaml` counts them: one starts after each line feed. Counted from the text, not
 * by the parser as it reads: a scalar token it gives up on can span a line feed it never
 * reports, and every position after it would be on a line too early.
 */
function lineCounter(source) {
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1))
        lines.addNewLine(at + 1);
    return lines;
}

;// CONCATENATED MODULE: ./src/core/manifest/read.ts






/** How many values YAML aliases may add to the manifest; beyond that it is an alias bomb. */
const MAX_ALIAS_VALUES = 100_000;
const TOO_DEEP = 'YAML syntax error: collections nest too deeply to read';
/**
 * Reads the whole document: the plain reader reads most manifests many times faster, and
 * wherever it is not certain it declines and `yaml` reads the document again from the
 * start, so that data, positions and every syntax message come from one parser.
 */
function readManifestText(source, file) {
    const plain = readPlainDocument(source);
    if (plain)
        return { map: new PlainSourceMap(file, plain, source), raw: plain.value };
    const map = readYaml(source, file);
    return { map, raw: readData(map) };
}
function readYaml(source, file) {
    const lines = lineCounter(source);
    let doc;
    try {
        // A key that is a collection (`? [a]`) makes yaml emit a process warning on the run's
        // stderr as it builds the data; the schema reports that key as the manifest's mistake.
        doc = (0,dist/* parseDocument */.Tp)(source, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    }
    catch (error) {
        // The parser recurses into nested collections: thousands of `[` exhaust the stack.
        if (!(error instanceof RangeError))
            throw error;
        throw new shared_errors/* ConfigError */.xL({ file, line: 1, column: 1, message: TOO_DEEP });
    }
    const map = new YamlSourceMap(file, doc, lines);
    const tooDeep = doc.errors.find((error) => /call stack/i.test(error.message));
    if (tooDeep)
        throw new shared_errors/* ConfigError */.xL(map.problem(map.position(tooDeep.pos[0]), TOO_DEEP));
    const errors = [...doc.errors, ...withinStack(map, () => duplicateKeys(doc))].sort((a, b) => a.pos[0] - b.pos[0]);
    if (errors.length > 0) {
        const listed = errors.slice(0, MAX_PROBLEMS).map((error) => {
            const { message, fix } = yamlMessage(error);
            return map.problem(map.position(error.pos[0]), message, fix);
        });
        throw manifestError(listed, errors.length);
    }
    const bomb = withinStack(map, () => aliasBomb(doc));
    if (bomb?.range) {
        const message = `YAML aliases expand the manifest by more than ${(0,words/* thousands */.oh)(MAX_ALIAS_VALUES)} values here (an alias bomb?) \u2014 write the values out instead`;
        throw new shared_errors/* ConfigError */.xL(map.problem(map.position(bomb.range[0]), message));
    }
    return map;
}
/**
 * The keys a mapping repeats, as yaml's own `uniqueKeys` reports them (scalars equal in
 * value). yaml compares each key with every earlier one, which took minutes on a mapping
 * of 121,000 keys under the size cap; a set per mapping makes the same test in one pass.
 */
function duplicateKeys(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const { key } of map.items) {
                // yaml compares with ===: NaN equals nothing, not even itself.
                if (!(0,dist/* isScalar */.jn)(key) || Number.isNaN(key.value))
                    continue;
                if (seen.has(key.value))
                    found.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [key.range?.[0] ?? 0, key.range?.[1] ?? 0] });
                seen.add(key.value);
            }
        },
    });
    return found;
}
/**
 * Runs a step that recurses into the document's nesting; nesting the parser accepted can
 * still be too deep for it, and that is the manifest's problem, not a crash.
 */
function withinStack(map, step) {
    try {
        return step();
    }
    catch (error) {
        if (!(error instanceof RangeError) || !/call stack/i.test(error.message))
            throw error;
        throw new shared_errors/* ConfigError */.xL(map.problem({ line: 1, column: 1 }, TOO_DEEP));
    }
}
/**
 * The alias at which the values that aliases repeat first pass `MAX_ALIAS_VALUES`, if any.
 * One pass in document order, each anchor's size counted once, so nine lines of nested
 * aliases (a billion values) cost microseconds, not the run's memory.
 */
function aliasBomb(doc) {
    const anchorSizes = new Map();
    let added = 0;
    let found;
    const size = (node) => {
        if (found)
            return 0;
        let total = 1;
        if ((0,dist/* isAlias */.Vj)(node)) {
            total = anchorSizes.get(node.source) ?? 1;
            added += total - 1;
            if (added > MAX_ALIAS_VALUES)
                found = node;
        }
        else if ((0,dist/* isCollection */.P3)(node)) {
            for (const item of node.items)
                total += size(item);
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            total = size(node.key) + size(node.value);
        }
        const anchor = node?.anchor;
        if (anchor)
            anchorSizes.set(anchor, total);
        return total;
    };
    size(doc.contents);
    return found;
}
/** The document as plain data, for the schema. */
function readData(map) {
    let raw;
    try {
        // `aliasBomb` has counted the aliases; yaml's own count is a second line of defence.
        raw = withinStack(map, () => map.doc.toJS({ maxAliasCount: MAX_ALIAS_VALUES }));
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        throw new shared_errors/* ConfigError */.xL(map.problem(firstAliasPosition(map), `YAML error: ${error.message}`));
    }
    if (raw === null || raw === undefined)
        throw new shared_errors/* ConfigError */.xL(map.problem({ line: 1, column: 1 }, 'the manifest is empty'));
    return raw;
}
/** Where the first alias is: the likely place of an error in resolving aliases. */
function firstAliasPosition(map) {
    let at = { line: 1, column: 1 };
    (0,dist/* visit */.YR)(map.doc, {
        Alias(_key, node) {
            if (node.range)
                at = map.position(node.range[0]);
            return dist/* visit */.YR.BREAK;
        },
    });
    return at;
}
function yamlMessage(error) {
    const firstLine = error.message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')
        // yaml quotes the token it stopped at, which may be a whole long scalar.
        .replace(/: "(.*)"$/, (_, token) => `: "${(0,words/* shorten */.ml)(token, LONGEST_QUOTED)}"`);
    if (error.code === 'BAD_SCALAR_START' || /reserved character [@`]/.test(firstLine)) {
        return { message: `YAML syntax error: ${firstLine} \u2014 quote the value`, fix: 'owner: "@alice"' };
    }
    return { message: `YAML syntax error: ${firstLine}` };
}

// EXTERNAL MODULE: ./src/core/manifest/schema.ts
var schema = __webpack_require__(9290);
;// CONCATENATED MODULE: ./src/core/manifest/schema-issues.ts


/** Turns one zod issue into a plain sentence a maintainer can act on. */
function describeIssue(issue, root) {
    const path = issue.path;
    const key = path[path.length - 1];
    const subject = {
        path,
        keyName: typeof key === 'string' ? key : 'entry',
        value: valueAtPath(root, path),
        owner: describeOwner(path.slice(0, -1), root),
        root,
    };
    switch (issue.code) {
        case 'unrecognized_keys':
            return unknownKey(issue.keys[0], subject);
        case 'invalid_type':
            return wrongType(issue.expected, subject);
        case 'invalid_value':
            return unknownValue(issue.values.map(String), subject);
        case 'invalid_format':
            return badFormat(issue.format, subject);
        case 'too_small':
            return {
                message: Array.isArray(subject.value)
                    ? `'${subject.keyName}' must list at least one entry`
                    : `'${subject.keyName}' in ${subject.owner} must not be empty`,
            };
        case 'too_big':
            return tooBig(issue.maximum, subject);
        case 'invalid_union':
            return subject.keyName === 'phases'
                ? { message: `${subject.owner} must select phases as 'blocking', 'all' or a list of phase ids` }
                : { message: `invalid ${subject.keyName} in ${subject.owner}` };
        case 'invalid_key':
            if (issue.issues.some((inner) => inner.code === 'too_big') && typeof key === 'string') {
                return { message: `gate name ${show(key)} is ${(0,words/* thousands */.oh)(key.length)} characters long \u2014 at most ${schema/* LIMITS */.b1.idLength}` };
            }
            return { message: `invalid gate name ${show(key)} \u2014 use only letters, digits, '.', '_' and '-'` };
        default:
            return { message: `${subject.keyName} in ${subject.owner}: ${issue.message}` };
    }
}
function tooBig(maximum, { keyName, value, owner }) {
    const most = (0,words/* thousands */.oh)(Number(maximum));
    if (Array.isArray(value)) {
        return { message: `'${keyName}' in ${owner} lists ${(0,words/* thousands */.oh)(value.length)} entries \u2014 at most ${most}` };
    }
    const length = typeof value === 'string' ? (0,words/* thousands */.oh)(value.length) : 'too many';
    const what = keyName === 'entry' ? `an entry in ${owner}` : `'${keyName}' in ${owner}`;
    return { message: `${what} is ${length} characters long \u2014 at most ${most}` };
}
/**
 * A misspelt key is one mistake, not two: where an unknown key is the near miss of a
 * required key that is missing beside it ('titel' for 'title'), only the unknown key is
 * reported, with its "did you mean".
 */
function withoutMissingMisspelt(issues, root) {
    const meant = new Set();
    for (const issue of issues) {
        if (issue.code !== 'unrecognized_keys')
            continue;
        const path = issue.path;
        for (const key of issue.keys) {
            const guess = (0,words/* closest */.kp)(key, knownKeysAt(path));
            if (guess)
                meant.add(JSON.stringify([...path, guess]));
        }
    }
    if (meant.size === 0)
        return [...issues];
    const missing = (issue) => issue.code === 'invalid_type' && valueAtPath(root, issue.path) === undefined;
    return issues.filter((issue) => !(missing(issue) && meant.has(JSON.stringify(issue.path))));
}
function unknownKey(unknown, subject) {
    const known = knownKeysAt(subject.path);
    const guess = (0,words/* closest */.kp)(unknown, known);
    return {
        key: unknown,
        message: `unknown key '${(0,words/* shorten */.ml)(unknown)}' in ${describeOwner(subject.path, subject.root)}` +
            (guess ? ` (did you mean '${guess}'?)` : ` \u2014 expected ${(0,words/* listInWords */.Dq)(known, 'or')}`),
    };
}
function wrongType(expected, subject) {
    const { path, keyName, value, owner } = subject;
    if (value === undefined) {
        if (keyName === 'reason' && path[path.length - 2] === 'waiver')
            return { message: `${owner} needs a reason` };
        return { message: `${owner} is missing the required key '${keyName}'` };
    }
    const quote = expected === 'string' ? ' (quote it)' : '';
    return { message: `${nameOf(subject)} must be ${article(expected)}, not ${typeName(value)}${quote}` };
}
/** "'title' in task 'P0.1'", "phase #3" or "entry 2 of 'requires' in phase 'P1'": what a path ends in. */
function nameOf({ path, keyName, owner, root }) {
    const last = path[path.length - 1];
    if (typeof last !== 'number')
        return `'${keyName}' in ${owner}`;
    const list = path[path.length - 2];
    return typeof list === 'string' && WHAT_BY_KEY[list] ? describeOwner(path, root) : `entry ${last + 1} of '${String(list)}' in ${owner}`;
}
function unknownValue(values, { keyName, value, owner }) {
    // A literal (`version: 1`) reports a missing key as a wrong value, not as a missing one.
    if (value === undefined)
        return { message: `${owner} is missing the required key '${keyName}'` };
    if (keyName === 'version')
        return { message: `unsupported version ${show(value)} \u2014 expected 1` };
    const guess = typeof value === 'string' ? (0,words/* closest */.kp)(value, values) : undefined;
    return {
        message: `unknown ${keyName} ${show(value)} \u2014 expected ${(0,words/* listInWords */.Dq)(values, 'or')}${guess ? ` (did you mean '${guess}'?)` : ''}`,
    };
}
function badFormat(format, { keyName, value, owner }) {
    if (format === 'date') {
        return { message: `bad date ${show(value)} for '${keyName}' in ${owner} \u2014 expected a real date as YYYY-MM-DD` };
    }
    if (format === 'datetime') {
        return { message: `bad time ${show(value)} for '${keyName}' in ${owner} \u2014 expected a real local time as YYYY-MM-DDTHH:MM, without an offset` };
    }
    if (keyName === 'for') {
        return { message: `bad duration ${show(value)} for 'for' in ${owner} \u2014 expected elapsed time as minutes, hours or days: 30m, 67h, 2d` };
    }
    if (keyName === 'id' || keyName === 'entry' || keyName === 'requires') {
        return { message: `invalid id ${show(value)} \u2014 use only letters, digits, '.', '_' and '-'` };
    }
    return { message: `invalid ${keyName} ${show(value)} in ${owner}` };
}
const WHAT_BY_KEY = {
    phases: 'phase',
    tasks: 'task',
    acceptance: 'acceptance item',
    gates: 'gate',
    freezes: 'freeze window',
};
/** "task 'P0.1'" or "phase #3": how to name the object a path ends in. */
function describeOwner(path, root) {
    let node = root;
    let what = 'manifest';
    path.forEach((step, i) => {
        node = node?.[step];
        const parentKey = path[i - 1];
        if (typeof step === 'number' && typeof parentKey === 'string' && WHAT_BY_KEY[parentKey]) {
            // Freeze windows are known by their names, everything else by its id.
            const id = node?.[parentKey === 'freezes' ? 'name' : 'id'];
            what = typeof id === 'string' ? `${WHAT_BY_KEY[parentKey]} '${(0,words/* shorten */.ml)(id)}'` : `${WHAT_BY_KEY[parentKey]} #${step + 1}`;
        }
        else if (parentKey === 'gates' && typeof step === 'string') {
            what = `gate '${(0,words/* shorten */.ml)(step)}'`;
        }
        else if (step === 'waiver') {
            what = `the waiver of ${what}`;
        }
    });
    return what;
}
function knownKeysAt(path) {
    if (path.length === 0)
        return schema/* KNOWN_KEYS */.B.manifest;
    if (path[path.length - 1] === 'waiver')
        return schema/* KNOWN_KEYS */.B.waiver;
    if (path[path.length - 2] === 'gates')
        return schema/* KNOWN_KEYS */.B.gate;
    if (path[0] === 'freezes')
        return path[path.length - 1] === 'override' ? schema/* KNOWN_KEYS */.B.override : schema/* KNOWN_KEYS */.B.freeze;
    if (path.length === 2)
        return schema/* KNOWN_KEYS */.B.phase;
    return schema/* KNOWN_KEYS */.B.item;
}
function valueAtPath(root, path) {
    let node = root;
    for (const step of path)
        node = node?.[step];
    return node;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
function show(value) {
    if (typeof value === 'string')
        return `'${(0,words/* shorten */.ml)(value)}'`;
    try {
        return (0,words/* shorten */.ml)(JSON.stringify(value) ?? String(value));
    }
    catch {
        // An alias inside the node it names (`phases: &a` \u2026 `*a`) makes a value that contains itself.
        return 'a value that contains itself (an alias to a node around it)';
    }
}
const EXPECTED_NAMES = {
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    number: 'a number',
};
function article(expected) {
    return EXPECTED_NAMES[expected] ?? expected;
}

;// CONCATENATED MODULE: ./src/core/manifest/shape.ts




/** Stands for an id, link or pattern of the wrong type: the schema has reported it already. */
const UNREADABLE = '\u0000unreadable';
/** The manifest's data checked against the schema; with shape errors, what of it can still be checked. */
function validateShape(map, raw) {
    // Zod's JIT pays off over many parses; a run parses one manifest, so skip compiling.
    const parsed = withinStack(map, () => schema/* manifestSchema */.rc.safeParse(raw, { jitless: true }));
    if (parsed.success)
        return { data: parsed.data, problems: [], total: 0 };
    const issues = withoutMissingMisspelt(parsed.error.issues, raw);
    // Only the problems that will be listed are located and put in words.
    const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => {
        const described = describeIssue(issue, raw);
        const path = issue.path;
        return map.problem(issuePosition(map, path, issue.code, described.key), described.message);
    });
    return { data: salvage(raw), problems, total: issues.length };
}
/**
 * What of a manifest with shape errors can still be checked, so that every mistake is
 * reported in one pass: the entries keep their places (and so their lines), and values of
 * the wrong type become UNREADABLE, which the later steps pass over.
 */
function salvage(raw) {
    const object = (value) => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
    // Past the schema's limits a value is as unreadable as one of the wrong type.
    const text = (value, max = schema/* LIMITS */.b1.idLength) => (typeof value === 'string' && value.length <= max ? value : UNREADABLE);
    const texts = (value, max) => (Array.isArray(value) ? value.slice(0, schema/* LIMITS */.b1.linksPerItem).map((v) => text(v, max)) : undefined);
    const items = (value) => (Array.isArray(value) ? value : []).map((entry) => ({
        ...object(entry),
        id: text(object(entry).id),
        links: texts(object(entry).links, schema/* LIMITS */.b1.textLength) ?? [],
    }));
    const phases = (Array.isArray(object(raw).phases) ? object(raw).phases : []).map((entry) => {
        const phase = object(entry);
        return {
            ...phase,
            id: text(phase.id),
            blocking: phase.blocking === true,
            requires: texts(phase.requires) ?? [],
            // Not a list: the schema has said so; the checks of patterns have nothing to read.
            paths: texts(phase.paths, schema/* LIMITS */.b1.textLength),
            tasks: items(phase.tasks),
            acceptance: items(phase.acceptance),
        };
    });
    const gates = Object.fromEntries(Object.entries(object(object(raw).gates)).map(([name, gate]) => {
        const selection = object(gate).phases;
        return [name, { phases: selection === 'blocking' || selection === 'all' ? selection : (texts(selection) ?? 'all') }];
    }));
    return { ...object(raw), phases, gates };
}
/** Where a schema issue points: the key it is about, else the value. */
function issuePosition(map, path, code, key) {
    if (key)
        return map.keyAt(path, key);
    // A bad key of a record (a gate's name): zod's path ends in the key itself.
    if (code === 'invalid_key' && path.length > 0)
        return map.keyAt(path.slice(0, -1), String(path[path.length - 1]));
    return map.valueAt(path);
}

;// CONCATENATED MODULE: ./src/core/manifest/cross-checks.ts




/**
 * The checks across fields of a manifest of the right shape: unique ids, phases that
 * `requires` and gates name, gates that select something, `paths` that can match, and no
 * cycle in `requires`. Values the schema found unreadable are passed over.
 */
/** Each task or acceptance item with its path in the document. */
function* itemsWithPaths(data) {
    for (const [p, phase] of data.phases.entries()) {
        for (const list of ['tasks', 'acceptance']) {
            for (const [i, item] of phase[list].entries())
                yield { item, path: ['phases', p, list, i] };
        }
    }
}
function indexIds(data, map) {
    const phasePositions = new Map();
    const itemPositions = new Map();
    const problems = [];
    const record = (positions, id, at, what) => {
        if (id === UNREADABLE)
            return;
        const first = positions.get(id);
        if (first)
            problems.push(map.problem(at, `duplicate ${what} id '${id}' (first used at line ${first.line})`));
        else
            positions.set(id, at);
    };
    data.phases.forEach((phase, p) => record(phasePositions, phase.id, map.valueAt(['phases', p, 'id']), 'phase'));
    for (const { item, path } of itemsWithPaths(data))
        record(itemPositions, item.id, map.valueAt([...path, 'id']), 'task');
    return { phasePositions, itemPositions, problems };
}
/** Gates that select nothing would pass whatever the plan says: nothing is ready by default. */
function checkGateSelections(data, map) {
    const hasBlocking = data.phases.some((phase) => phase.blocking);
    return Object.entries(data.gates ?? {}).flatMap(([name, gate]) => {
        const at = map.valueAt(['gates', name, 'phases']);
        if (Array.isArray(gate.phases) && gate.phases.length === 0) {
            return [map.problem(at, `gate '${name}' selects no phase \u2014 list the phases it needs, e.g. phases: [P0], or use 'blocking' or 'all'`)];
        }
        if (gate.phases === 'blocking' && !hasBlocking)
            return [map.problem(at, noBlockingPhase(name))];
        return [];
    });
}
function noBlockingPhase(gate) {
    return (`gate '${gate}' selects the blocking phases, but no phase is marked 'blocking: true', so it would pass on nothing \u2014 ` +
        `mark the phases that must be complete with 'blocking: true', or give the gate a list: gates: { ${gate}: { phases: [P0] } }`);
}
/** `paths` that no pull request could ever touch would skip their phase on every pull request. */
function checkPaths(data, map) {
    return data.phases.flatMap((phase, p) => {
        if (phase.paths === undefined)
            return [];
        if (phase.paths.length === 0) {
            return [
                map.problem(map.valueAt(['phases', p, 'paths']), `'paths' of phase '${phase.id}' is empty, so no pull request could touch it \u2014 list globs such as 'deploy/prod/**', or remove 'paths' to gate the phase on every pull request`),
            ];
        }
        return phase.paths.flatMap((pattern, i) => {
            const message = patternProblem(pattern);
            return message ? [map.problem(map.valueAt(['phases', p, 'paths', i]), message)] : [];
        });
    });
}
/**
 * The most globs one pattern may stand for once its braces are expanded: every one is
 * matched against every changed file, and `{a,b}` groups multiply (seventeen of them make
 * 131,072). Far more than a real pattern needs; bench/ measures the cost at this bound.
 */
const MAX_PATTERN_EXPANSION = 64;
function patternProblem(pattern) {
    if (pattern === UNREADABLE)
        return undefined;
    const relative = pattern.replace(/^(?:\.\/|\/)+/, '');
    if (relative !== pattern) {
        return `paths pattern '${(0,words/* shorten */.ml)(pattern, LONGEST_QUOTED)}' can never match: changed files are named from the repository root, without a leading '/' or './' \u2014 write '${(0,words/* shorten */.ml)(relative, LONGEST_QUOTED)}'`;
    }
    // minimatch expands braces with the same library: what is counted here is what it would match.
    if (pattern.includes('{') && (0,esm/* expand */.fT)(pattern, { max: MAX_PATTERN_EXPANSION + 1 }).length > MAX_PATTERN_EXPANSION) {
        return (`paths pattern '${(0,words/* shorten */.ml)(pattern, LONGEST_QUOTED)}' stands for more than ${MAX_PATTERN_EXPANSION} globs once its {\u2026} alternatives are expanded \u2014 ` +
            'write fewer alternatives, or split it into several patterns');
    }
    return undefined;
}
/** Unknown phase ids in `requires` and in gates. */
function checkReferences(data, phasePositions, map) {
    const phaseIds = [...phasePositions.keys()];
    const phaseList = (0,words/* listSomeInWords */.VR)(phaseIds, 'and');
    const problems = [];
    const unknownPhase = (id) => {
        // Past the problems that will be listed, a suggestion would be work for nothing.
        const guess = problems.length < MAX_PROBLEMS ? (0,words/* closest */.kp)(id, phaseIds) : undefined;
        return `unknown phase '${id}'${guess ? ` (did you mean '${guess}'?)` : ''} \u2014 phases are ${phaseList}`;
    };
    data.phases.forEach((phase, p) => {
        phase.requires.forEach((required, r) => {
            if (required !== UNREADABLE && !phasePositions.has(required)) {
                problems.push(map.problem(map.valueAt(['phases', p, 'requires', r]), `requires ${unknownPhase(required)}`));
            }
        });
    });
    for (const [name, gate] of Object.entries(data.gates ?? {})) {
        if (!Array.isArray(gate.phases))
            continue;
        gate.phases.forEach((id, i) => {
            if (id !== UNREADABLE && !phasePositions.has(id)) {
                problems.push(map.problem(map.valueAt(['gates', name, 'phases', i]), `gate '${name}' selects ${unknownPhase(id)}`));
            }
        });
    }
    return problems;
}
function checkCycles(data, map) {
    const cycle = findCycle(data.phases);
    if (!cycle)
        return [];
    const start = data.phases.findIndex((phase) => phase.id === cycle[0]);
    const at = data.phases[start].requires.indexOf(cycle[1]);
    return [map.problem(map.valueAt(['phases', start, 'requires', at]), `cycle in requires: ${cycle.join(' \u2192 ')}`)];
}
/** A `requires` cycle as a list of ids that starts and ends with the same id. */
function findCycle(phases) {
    return walkRequires(phases).cycle;
}
/**
 * Phase ids, each after every phase it requires, so that a phase's requirements can be
 * judged before it without recursion. Only for manifests without cycles (validated).
 */
function dependenciesFirst(phases) {
    return walkRequires(phases).order;
}
/**
 * Walks `requires` depth first on a stack of its own, since a chain of 20,000 phases
 * would exhaust the call stack: the ids in dependency order, or the first cycle found.
 */
function walkRequires(phases) {
    const requires = new Map(phases.map((phase) => [phase.id, phase.requires]));
    const state = new Map();
    const order = [];
    for (const phase of phases) {
        if (state.has(phase.id))
            continue;
        state.set(phase.id, 'open');
        const trail = [phase.id];
        const nextRequirement = [0];
        while (trail.length > 0) {
            const depth = trail.length - 1;
            const id = trail[depth];
            const required = requires.get(id) ?? [];
            const index = nextRequirement[depth];
            if (index >= required.length) {
                state.set(id, 'done');
                order.push(id);
                trail.pop();
                nextRequirement.pop();
                continue;
            }
            nextRequirement[depth] = index + 1;
            const child = required[index];
            const seen = state.get(child);
            if (seen === 'open')
                return { order, cycle: [...trail.slice(trail.indexOf(child)), child] };
            if (seen === undefined && requires.has(child)) {
                state.set(child, 'open');
                trail.push(child);
                nextRequirement.push(0);
            }
        }
    }
    return { order };
}

// EXTERNAL MODULE: ./src/core/links/links.ts
var links = __webpack_require__(9104);
;// CONCATENATED MODULE: ./src/core/manifest/link-checks.ts





/** The links of each task or acceptance item, parsed, and the ones that could never be verified. */
function parseItemLinks(data, map, serverHost) {
    const itemLinks = new Map();
    const problems = [];
    for (const { item, path } of itemsWithPaths(data)) {
        const parsed = [];
        (item.links ?? []).forEach((raw, l) => {
            if (raw === UNREADABLE)
                return;
            const ref = (0,links/* parseLink */.Ap)(raw);
            const mistake = ref ? linkMistake(raw, ref, serverHost) : unrecognisedLink(raw);
            if (mistake)
                problems.push(map.problem(map.valueAt([...path, 'links', l]), mistake));
            else
                parsed.push({ raw, ref: ref });
        });
        if (!itemLinks.has(item.id))
            itemLinks.set(item.id, parsed);
    }
    return { itemLinks, problems };
}
function unrecognisedLink(raw) {
    return `unrecognised link '${(0,words/* shorten */.ml)(raw, LONGEST_QUOTED)}' \u2014 expected #N, owner/repo#N or an issue or pull request URL`;
}
/** A link that parses but can never be verified: another host, or a number GitHub cannot have. */
function linkMistake(raw, ref, serverHost) {
    if (ref.host !== undefined && ref.host !== serverHost) {
        return (`link '${(0,words/* shorten */.ml)(raw, LONGEST_QUOTED)}' is not on ${serverHost}, the GitHub this run verifies links on \u2014 ` +
            `link the issue or pull request on ${serverHost}, or write it as owner/repo#N`);
    }
    if (ref.number > links/* MAX_ISSUE_NUMBER */.td) {
        return `link '${(0,words/* shorten */.ml)(raw, LONGEST_QUOTED)}' has a number past GitHub's range (1 to ${links/* MAX_ISSUE_NUMBER */.td}) \u2014 is it an issue's id rather than its number?`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/manifest/limits.ts
var limits = __webpack_require__(633);
// EXTERNAL MODULE: ./src/core/freezes/windows.ts
var windows = __webpack_require__(6637);
;// CONCATENATED MODULE: ./src/core/manifest/manifest.ts









/**
 * The manifest stage: text in, a validated manifest with its positions out. Its steps, in
 * order: `read.ts` (the whole document as data and positions, see `plain-yaml.ts`),
 * `shape.ts` (the schema), `cross-checks.ts` and `link-checks.ts`.
 */



/** Parses and validates a manifest; every mistake is a `ConfigError` with its position. */
function parseManifest(source, file, options = {}) {
    checkSize(source, file, options.maxBytes ?? limits/* MAX_MANIFEST_BYTES */.Z);
    const { map, raw } = readManifestText(source, file);
    const shape = validateShape(map, raw);
    const { data } = shape;
    const ids = indexIds(data, map);
    const links = parseItemLinks(data, map, options.serverHost ?? 'github.com');
    // `merge` and `release` are built in (see verdict/evaluate.ts); a manifest adds its own.
    const freezes = (0,windows/* readFreezes */.Ds)(data, map, [...new Set(['merge', 'release', ...Object.keys(data.gates ?? {})])]);
    const problems = [
        ...shape.problems,
        ...ids.problems,
        ...links.problems,
        ...checkReferences(data, ids.phasePositions, map),
        ...checkGateSelections(data, map),
        ...checkPaths(data, map),
        ...freezes.problems,
    ];
    if (problems.length === 0)
        problems.push(...checkCycles(data, map));
    if (problems.length > 0)
        throw manifestError(problems, problems.length - shape.problems.length + shape.total);
    return {
        file,
        data,
        phasePositions: ids.phasePositions,
        itemPositions: ids.itemPositions,
        itemLinks: links.itemLinks,
        milestonePositions: new Map(data.phases.flatMap((phase, p) => (phase.milestone === undefined ? [] : [[phase.id, map.valueAt(['phases', p, 'milestone'])]]))),
        // A manifest of the right shape has `gates` in its data exactly when the key is written.
        gatesPosition: data.gates === undefined ? { line: 1, column: 1 } : map.keyAt([], 'gates'),
        phasesPosition: map.keyAt([], 'phases'),
        lineCount: lineCount(source),
        freezes: freezes.windows,
    };
}
function lineCount(source) {
    let lines = 1;
    for (let at = source.indexOf('\n'); at >= 0 && at < source.length - 1; at = source.indexOf('\n', at + 1))
        lines++;
    return lines;
}
function checkSize(source, file, maxBytes) {
    // A character takes one to three bytes in UTF-8: count the bytes only when it matters.
    if (source.length * 3 <= maxBytes)
        return;
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes <= maxBytes)
        return;
    throw new shared_errors/* ConfigError */.xL({ file, message: (0,limits/* manifestTooLarge */.v)(bytes) });
}


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   Nq: () => (/* binding */ freezeSchema),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* unused harmony export TASK_STATUSES */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9396);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3759);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3102);
// Zod Mini: the same validation core as classic Zod, without the method-chaining layer,
// which keeps the action's bundle and start-up small.

/**
 * The one definition of the manifest format. Validation, the TypeScript types and the
 * shipped JSON Schema (`schema/readiness.schema.json`) all come from here.
 */
const TASK_STATUSES = ['todo', 'in-progress', 'blocked', 'done'];
/** A copy of `schema` that carries a description into the JSON Schema. */
function described(schema, description) {
    const copy = schema.clone();
    zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .globalRegistry */ .fd.add(copy, { description });
    return copy;
}
/**
 * Limits that keep a hostile or mistaken manifest from costing the run minutes or
 * gigabytes; generous for any plan a team writes by hand.
 */
const LIMITS = {
    idLength: 100,
    textLength: 10_000,
    linksPerItem: 100,
    /** GitHub's own limit on a milestone's title. */
    milestoneTitleLength: 255,
};
/** GitHub numbers milestones, issues and pull requests as GraphQL Ints. */
const MAX_GRAPHQL_INT = 2 ** 31 - 1;
const ID_PATTERN = /^[A-Za-z0-9._-]+$/;
// The length is checked first and stops the checks: a 30,000-character id is reported once.
const idString = () => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.idLength, { abort: true }), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(ID_PATTERN));
const id = described(idString(), `Identifier: letters, digits, ".", "_" or "-"; at most ${LIMITS.idLength} characters.`);
const isoDate = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .date */ .p6(), 'ISO date, YYYY-MM-DD.');
const text = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.textLength));
const anyText = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.textLength));
const waiver = described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    reason: described(text, 'Why the task may be left undone. Required.'),
    'approved-by': described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'Who accepted the risk.'),
    expires: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(isoDate), 'Last day the waiver counts; without it the waiver never expires.'),
}), 'The task counts as satisfied until the waiver expires.');
const item = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: described(id, 'Unique across the whole manifest.'),
    title: text,
    status: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(TASK_STATUSES)), 'Declared status. Without links it defaults to todo; with links it may be left out and is decided by them.'),
    owner: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'Free text or @handle.'),
    due: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(isoDate),
    links: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(anyText).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.linksPerItem))), `Issues and pull requests: "#12", "owner/repo#45" or their URLs; at most ${LIMITS.linksPerItem}.`),
    waiver: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(waiver),
    notes: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(anyText),
});
const phase = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: described(id, 'Unique among phases.'),
    name: text,
    blocking: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), false), 'Incomplete blocking phases fail the built-in gates.'),
    requires: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id), []), 'Phases that must be complete before this one counts as complete.'),
    owner: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text),
    due: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(isoDate),
    paths: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text)), 'Minimatch globs: on a pull request the phase is gated only if the PR changes a matching file.'),
    milestone: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.milestoneTitleLength)), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._positive */ .NC(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(MAX_GRAPHQL_INT))])), "A milestone of this repository, by title or number: its issues and pull requests are items of the phase, and its due date the phase's default due."),
    notes: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(anyText),
    tasks: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item), []),
    acceptance: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item), []), 'Acceptance items, shaped like tasks; the phase needs them too.'),
});
const gate = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    phases: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('blocking'), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('all'), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id)]), '"blocking", "all", or a list of phase ids.'),
});
const localTime = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ local: true }), "Local time in the window's time zone, YYYY-MM-DDTHH:MM (seconds optional), without an offset.");
const freezeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: described(text, 'What the window is called in the report.'),
    from: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(localTime), 'A fixed window: when it opens (inclusive).'),
    until: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(localTime), 'A fixed window: when it closes (exclusive).'),
    every: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'A recurring window: a five-field cron expression for when each window opens.'),
    for: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(/^[1-9][0-9]{0,5}[mhd]$/))), 'A recurring window: how long it stays open, elapsed time: 30m, 67h, 2d.'),
    timezone: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'IANA time zone the times are read in (daylight saving included); default UTC.'),
    gates: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(idString())), 'The gates the window holds; default every gate.'),
    override: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ label: described(text, 'A pull request carrying this label passes the window.') })), 'How a pull request may pass the window.'),
});
const manifestSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), 'The JSON Schema of this file, for editors; ignored by readiness-gate.'),
    version: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    title: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'Heading of the PR comment and the job summary.'),
    phases: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(phase).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1)),
    freezes: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(freezeSchema)), 'Windows in which a gate is not ready, whatever the plan says.'),
    gates: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(idString(), gate)), 'Named selections of phases. Built in: merge and release (both the blocking phases).'),
})
    .register(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .globalRegistry */ .fd, { title: 'readiness-gate manifest' });
/** The keys each kind of mapping accepts, for "unknown key" messages and typo suggestions. */
const KNOWN_KEYS = {
    // `$schema` is for editors; suggesting it for a typo would only confuse.
    manifest: Object.keys(manifestSchema.def.shape).filter((key) => !key.startsWith('$')),
    phase: Object.keys(phase.def.shape),
    item: Object.keys(item.def.shape),
    waiver: Object.keys(waiver.def.shape),
    gate: Object.keys(gate.def.shape),
    freeze: Object.keys(freezeSchema.def.shape),
    override: ['label'],
};


/***/ }),

/***/ 8355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e_: () => (/* binding */ needsAttention),
/* harmony export */   fh: () => (/* binding */ completedByThisPullRequest),
/* harmony export */   m3: () => (/* binding */ isGated)
/* harmony export */ });
/** An item a maintainer should look at: unsatisfied, contradicted, overdue, or with a hint. */
function needsAttention(task) {
    return !task.satisfied || task.drift || task.hint !== undefined || task.overdue || Boolean(task.waiver?.expired);
}
/** Whether the gate judges this phase: selected, and not skipped for its `paths`. */
function isGated(phase) {
    return phase.selected && !phase.skipped;
}
/**
 * Whether this link counts as satisfied only because of the pull request under evaluation:
 * it is that pull request, or an issue the pull request closes when it merges.
 */
function completedByThisPullRequest(link) {
    return link.satisfied && link.completedByThisPullRequest !== undefined;
}


/***/ }),

/***/ 5817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $K: () => (/* binding */ QUERIES_AT_ONCE),
  Il: () => (/* binding */ apiUrlsFor),
  UU: () => (/* binding */ createClient)
});

// UNUSED EXPORTS: REST_HEADERS, graphqlUrlFor

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 22 modules
var dist_src = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/github/clock.ts
/** setTimeout's ceiling: a longer delay overflows and fires at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => timer(ms, signal),
};
function timer(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(handle);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const handle = setTimeout(done, Math.min(Math.max(0, ms), LONGEST_TIMER_MS));
        signal?.addEventListener('abort', done, { once: true });
    });
}
/**
 * A clock whose time runs `1 / scale` times faster than real time: every wait and every
 * time limit shrinks by `scale`, and `now()` moves on to match, so durations measured
 * with it stay consistent. Messages still speak in the product's own seconds.
 */
function acceleratedClock(scale) {
    const origin = Date.now();
    return {
        now: () => origin + (Date.now() - origin) / scale,
        sleep: (ms, signal) => timer(ms * scale, signal),
    };
}
/**
 * The environment variable that speeds up the GitHub layer's time, for tests of the
 * bundled action (a child process, where no clock can be injected): `0.01` makes a
 * one-minute wait last 0.6 s and the run's 4-minute limit 2.4 s. Only values between 0
 * and 1 count; anything else leaves real time.
 */
const TIME_SCALE_VARIABLE = 'READINESS_GATE_TIME_SCALE';
/**
 * The environment variable that sets the run's clock to another instant (ISO 8601 with `Z` or
 * an offset), from which it runs on: what a run would say then, e.g. inside a freeze window.
 * Tests of the bundled action set it; anything that does not parse as a time leaves real time.
 */
const NOW_VARIABLE = 'READINESS_GATE_NOW';
/** The run's clock, built once per run: real time, or the time scale and start time set for tests. */
function systemClock(env = process.env) {
    const scale = Number(env[TIME_SCALE_VARIABLE]);
    const clock = scale > 0 && scale < 1 ? acceleratedClock(scale) : realClock;
    const start = env[NOW_VARIABLE] ? Date.parse(env[NOW_VARIABLE]) : NaN;
    if (Number.isNaN(start))
        return clock;
    const offset = start - clock.now();
    return { now: () => clock.now() + offset, sleep: (ms, signal) => clock.sleep(ms, signal) };
}

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/github/http.ts
/**
 * Why not Octokit's default, Node's global `fetch`: it ignores the runner's HTTPS_PROXY and
 * NO_PROXY unless NODE_USE_ENV_PROXY is set (whether to honour them by default is still open
 * in nodejs/node#57872), and it loads Node's internal undici on the first request, which a
 * cold start of two or three requests pays for (README, Performance: the cold start).
 * Retire this when `fetch` honours the proxy variables by default and bench/coldstart.ts
 * shows no difference.
 */





/**
 * The largest answer read, unzipped. GitHub's largest here (a page of changed files with their
 * patches, a 1 MiB manifest in base64) is a few megabytes; a broken or hostile server, or a
 * small gzip that unzips to gigabytes, must not take the runner's memory.
 */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
/** An answer past `MAX_ANSWER_BYTES`: the server did answer, and asking again would not help. */
class AnswerTooLarge extends Error {
    constructor(maxBytes) {
        super(`answered with more than ${(0,words/* thousands */.oh)(maxBytes)} bytes, which is more than any answer GitHub gives here`);
    }
}
/** The redirects followed, on the same origin only: the token goes nowhere else. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * `fetch` for Octokit over Node's own `http`/`https`, which Node has ready at start-up;
 * a `fetch` of a bundled HTTP stack costs a cold run more time to load and warm up than
 * its two or three requests take. Connections are kept alive, answers may come gzipped,
 * and the runner's proxy (HTTPS_PROXY, NO_PROXY) is honoured through the Actions
 * toolkit's agent.
 */
function nodeFetch(maxAnswerBytes = MAX_ANSWER_BYTES) {
    const agents = new Map();
    const agentFor = (url) => {
        let agent = agents.get(url.origin);
        if (!agent) {
            agent = new lib/* HttpClient */.Qq('readiness-gate', [], { keepAlive: true }).getAgent(url.href);
            agents.set(url.origin, agent);
        }
        return agent;
    };
    return async (url, init = {}) => {
        let target = new URL(url);
        let request = init;
        for (let hops = 0;; hops++) {
            const answer = await send(target, request, agentFor(target), maxAnswerBytes);
            const location = answer.headers.get('location');
            if (!REDIRECTS.has(answer.status) || !location || hops === MAX_REDIRECTS)
                return answer;
            const next = new URL(location, target);
            if (next.origin !== target.origin)
                return answer;
            await answer.text();
            // As fetch does: a 303, or a 301/302 after a POST, is followed with a GET.
            const asGet = answer.status === 303 || ((answer.status === 301 || answer.status === 302) && request.method === 'POST');
            if (asGet)
                request = { ...request, method: 'GET', body: undefined };
            target = next;
        }
    };
}
/**
 * One request, answered in full: the body is read before the answer is handed on. Octokit
 * turns a body that fails to read into empty data, not an error \u2014 a connection cut halfway
 * must fail the request (and be retried), never pass for an empty answer.
 */
function send(url, init, agent, maxBytes) {
    return new Promise((resolve, reject) => {
        const headers = { 'accept-encoding': 'gzip', ...init.headers };
        const options = { method: init.method ?? 'GET', headers, agent, ...(init.signal ? { signal: init.signal } : {}) };
        const onAnswer = (message) => {
            readBody(message, init.signal, maxBytes).then((body) => resolve(answerOf(url, message, body)), reject);
        };
        const request = url.protocol === 'https:' ? (0,external_node_https_.request)(url, options, onAnswer) : (0,external_node_http_.request)(url, options, onAnswer);
        request.on('error', reject);
        request.end(init.body);
    });
}
function answerOf(url, message, body) {
    return {
        status: message.statusCode ?? 0,
        statusText: message.statusMessage ?? '',
        url: url.href,
        headers: new AnswerHeaders(message),
        text: () => Promise.resolve(body.toString('utf8')),
        arrayBuffer: () => Promise.resolve(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)),
    };
}
/** The whole body, unzipped; fails when the connection breaks, the signal aborts first, or it passes `maxBytes`. */
function readBody(message, signal, maxBytes) {
    return new Promise((resolve, reject) => {
        const gzipped = /^\s*(x-)?gzip\s*$/i.test(String(message.headers['content-encoding'] ?? ''));
        const stream = gzipped ? message.pipe((0,external_node_zlib_.createGunzip)()) : message;
        const chunks = [];
        let bytes = 0;
        const fail = (error) => {
            message.destroy();
            if (stream !== message)
                stream.destroy();
            reject(error instanceof Error ? error : new Error(String(error)));
        };
        if (signal?.aborted)
            return fail(signal.reason);
        signal?.addEventListener('abort', () => fail(signal.reason), { once: true });
        message.on('error', fail);
        message.on('close', () => {
            if (!message.complete)
                fail(new Error('the connection closed before the answer was complete'));
        });
        if (stream !== message)
            stream.on('error', fail);
        stream.on('data', (chunk) => {
            bytes += chunk.length;
            if (bytes > maxBytes)
                fail(new AnswerTooLarge(maxBytes));
            else
                chunks.push(chunk);
        });
        stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
/** The answer's headers as `fetch`'s `Headers`: lower-case names, repeated ones joined. */
class AnswerHeaders {
    entries;
    constructor(message) {
        this.entries = Object.entries(message.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]);
    }
    get(name) {
        return this.entries.find(([key]) => key === name.toLowerCase())?.[1] ?? null;
    }
    [Symbol.iterator]() {
        return this.entries[Symbol.iterator]();
    }
}

;// CONCATENATED MODULE: ./src/github/retries.ts
/**
 * Retries, time limits and pacing for GitHub API requests, as GitHub documents them:
 * server errors and GraphQL's own transient failures are retried with backoff and
 * jitter; rate limits in every form are waited out when they reset within a minute, and
 * end the run with the reset time when they do not; every request has a time limit for
 * its whole answer, body included; and the run as a whole has a deadline, so it ends by
 * itself whatever the server does. All waiting goes through an injected `Clock`.
 *
 * In place of @octokit/plugin-retry and @octokit/plugin-throttling; why, and when to retire
 * it, is said beside `Octokit` in client.ts.
 */


/** Server errors are tried again this often, after about 1 s, 2 s and 4 s. */
const SERVER_ERROR_RETRIES = 3;
/** Rate limits are waited out this often before the run gives up. */
const RATE_LIMIT_RETRIES = 3;
/** No single wait is longer: a limit that resets later ends the run instead. */
const LONGEST_WAIT_MS = 60_000;
/** The whole answer to one request, headers and body, must arrive within this. */
const REQUEST_TIMEOUT_MS = 30_000;
/** A client sends nothing after this long, so a run ends well within 5 minutes. */
const RUN_DEADLINE_MS = 240_000;
const BACKOFF_MS = 1000;
/** GitHub asks for at least a minute when a rate limit names no wait. */
const UNNAMED_LIMIT_WAIT_MS = 60_000;
/** The latest time a Date can hold; header values beyond it are clamped to it. */
const LATEST_EPOCH_MS = 8.64e15;
function header(failure, name) {
    const value = failure.headers?.[name];
    return value === undefined ? undefined : String(value).trim();
}
function failureKind(failure) {
    if (isRateLimit(failure))
        return 'rate-limit';
    if (failure.noAnswer || failure.graphql === 'transient' || (failure.status ?? 0) >= 500)
        return 'transient';
    return 'final';
}
function isRateLimit(failure) {
    if (failure.graphql === 'rate-limited' || failure.status === 429)
        return true;
    if (failure.status !== 403)
        return false;
    // A 403 for a missing permission carries none of these.
    return header(failure, 'x-ratelimit-remaining') === '0' || header(failure, 'retry-after') !== undefined || /rate limit/i.test(failure.message);
}
/**
 * How long a rate limit asks to wait: `retry-after` (seconds or a date), else until one
 * second past `x-ratelimit-reset` when the limit is spent, else a minute. Absurd values
 * are clamped, never passed on to a timer.
 */
function rateLimitWaitMs(failure, now) {
    const retryAfter = header(failure, 'retry-after');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter))
        return Math.min(Number(retryAfter) * 1000, LATEST_EPOCH_MS - now);
    const retryAt = retryAfter === undefined ? NaN : Date.parse(retryAfter);
    if (Number.isFinite(retryAt))
        return Math.max(0, retryAt - now);
    const reset = header(failure, 'x-ratelimit-reset');
    if (header(failure, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
        return Math.max(0, Math.min(Number(reset) * 1000, LATEST_EPOCH_MS) - now) + 1000;
    }
    return UNNAMED_LIMIT_WAIT_MS;
}
/**
 * Whether and when to try a failed request again. `now` is ms since the epoch; `random`
 * in [0, 1) spreads the waits so runs that failed together do not retry together.
 */
function retryDecision(failure, attempt, now, random = Math.random) {
    const kind = failureKind(failure);
    if (kind === 'rate-limit') {
        if (attempt >= RATE_LIMIT_RETRIES)
            return { retry: false };
        const waitMs = rateLimitWaitMs(failure, now);
        if (waitMs > LONGEST_WAIT_MS)
            return { retry: false, resetAt: now + waitMs };
        return { retry: true, waitMs: Math.min(LONGEST_WAIT_MS, Math.round(waitMs + random() * 1000)), rateLimited: true };
    }
    if (kind === 'transient' && attempt < SERVER_ERROR_RETRIES) {
        return { retry: true, waitMs: Math.round(BACKOFF_MS * 2 ** attempt * (0.5 + random())), rateLimited: false };
    }
    return { retry: false };
}
/**
 * Sends a request until it succeeds or a failure is final. `attempt` gets a signal that
 * aborts when the attempt's time is up; it must report failures as outcomes, not throw.
 */
async function sendWithRetries(attempt, options) {
    const { clock } = options;
    for (let n = 0;; n++) {
        const outcome = await attemptWithTimeLimit(attempt, options);
        if ('value' in outcome)
            return outcome.value;
        const { failure } = outcome;
        const now = clock.now();
        const kind = failureKind(failure);
        const decision = kind === 'transient' && !options.repeatable ? { retry: false } : retryDecision(failure, n, now, options.random);
        if (!decision.retry)
            throw finalError(failure, kind, n + 1, decision.resetAt, options);
        if (now + decision.waitMs >= options.deadlineAt)
            throw deadlineError(failure, options);
        if (decision.rateLimited) {
            options.warn(`GitHub rate limit hit on ${options.what}; retrying in ${Math.ceil(decision.waitMs / 1000)} s.`);
        }
        await clock.sleep(decision.waitMs);
    }
}
const TIMED_OUT = Symbol('timed out');
async function attemptWithTimeLimit(attempt, options) {
    const { clock } = options;
    const remaining = options.deadlineAt - clock.now();
    if (remaining <= 0)
        throw deadlineError({ message: 'was not sent' }, options);
    const limit = Math.min(options.requestTimeoutMs, remaining);
    const abort = new AbortController();
    const finished = new AbortController();
    const timer = clock.sleep(limit, finished.signal).then(() => {
        if (finished.signal.aborted)
            return undefined;
        abort.abort(new Error('time limit reached'));
        return TIMED_OUT;
    });
    const answer = attempt(abort.signal);
    // An attempt given up on may still settle later; nothing waits for it then.
    answer.catch(() => { });
    try {
        const result = await Promise.race([answer, timer]);
        if (result !== TIMED_OUT && result !== undefined)
            return result;
        const failure = { message: `did not answer in full within ${duration(limit)}`, noAnswer: 'timeout' };
        if (limit < options.requestTimeoutMs)
            throw deadlineError(failure, options);
        return { failure };
    }
    finally {
        finished.abort();
    }
}
function finalError(failure, kind, attempts, resetAt, options) {
    const headers = failure.headers ? { headers: failure.headers } : {};
    if (kind === 'rate-limit') {
        const status = failure.status ?? 403;
        const message = resetAt === undefined
            ? `GitHub's rate limit still held after ${attempts - 1} waits (${options.what})`
            : `GitHub's rate limit resets ${(0,github_errors/* describeReset */.xv)(resetAt, options.clock.now())}; ` +
                `the run waits at most ${duration(LONGEST_WAIT_MS)}: re-run the job after that (${options.what})`;
        return new github_errors/* GitHubError */.y_(message, status, 'rate-limit', { ...headers, ...(resetAt === undefined ? {} : { resetAt }) });
    }
    const tries = attempts > 1 ? ` (tried ${attempts} times)` : '';
    const unsure = kind === 'transient' && !options.repeatable;
    const message = `${options.what} ${failure.message}${tries}${unsure ? '; not sent again, as GitHub may have stored it' : ''}`;
    return new github_errors/* GitHubError */.y_(message, failure.status ?? 0, reasonOf(failure), { ...headers, ...(unsure ? { mayHaveLanded: true } : {}) });
}
function deadlineError(failure, options) {
    return new github_errors/* GitHubError */.y_(`stopped at the run's time limit of ${duration(options.deadlineMs)}: ${options.what} ${failure.message}`, failure.status ?? 0, 'deadline', { mayHaveLanded: !options.repeatable && failureKind(failure) === 'transient' });
}
function reasonOf(failure) {
    if (failure.noAnswer)
        return failure.noAnswer;
    return failure.graphql ? 'graphql' : 'http';
}
/** "30 s", "4 min". */
function duration(ms) {
    return ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.max(1, Math.round(ms / 1000))} s`;
}
/**
 * Runs at most `concurrency` tasks at once, in the order they come, starting each at least
 * `gapMs` after the previous start \u2014 all but the first `unpaced` tasks, which start as soon
 * as a slot is free.
 */
class Limiter {
    concurrency;
    gapMs;
    clock;
    unpaced;
    active = 0;
    waiting = [];
    lastStart = -Infinity;
    started = 0;
    constructor(concurrency, gapMs, clock = realClock, unpaced = 0) {
        this.concurrency = concurrency;
        this.gapMs = gapMs;
        this.clock = clock;
        this.unpaced = unpaced;
    }
    async run(task) {
        if (this.active < this.concurrency)
            this.active++;
        // A finishing task hands its slot straight to the next waiting one.
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        try {
            const start = ++this.started <= this.unpaced ? this.clock.now() : Math.max(this.clock.now(), this.lastStart + this.gapMs);
            this.lastStart = start;
            const wait = start - this.clock.now();
            if (wait > 0)
                await this.clock.sleep(wait);
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

;// CONCATENATED MODULE: ./src/github/client.ts





/**
 * What every REST request asks for: GitHub's current media type and the API version the
 * requests were written against, so a new default version cannot change an answer.
 */
const REST_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
/** GITHUB_GRAPHQL_URL when set; else derived: Enterprise Server serves /api/graphql beside /api/v3. */
function graphqlUrlFor(apiUrl, explicit) {
    return explicit || `${apiUrl.replace(/\/api\/v3\/?$/, '/api')}/graphql`;
}
/**
 * The API a GitHub server answers on: github.com's at api.github.com, GHE.com's at
 * api.<subdomain>.ghe.com, an Enterprise Server's at /api/v3 on its own host. An API URL
 * given explicitly must belong to the same server, or a token meant for one would go to
 * the other: that is refused (undefined), never guessed.
 */
function apiUrlsFor(serverUrl, explicit) {
    const server = parseUrl(serverUrl);
    if (!server)
        return undefined;
    const dotCom = server.hostname === 'github.com' || server.hostname.endsWith('.ghe.com');
    const derived = dotCom ? `${server.protocol}//api.${server.host}` : `${server.origin}/api/v3`;
    const apiUrl = (explicit.api || derived).replace(/\/$/, '');
    const graphqlUrl = graphqlUrlFor(apiUrl, explicit.graphql);
    const belongs = (url) => [server.host, `api.${server.host}`].includes(parseUrl(url)?.host ?? '');
    return belongs(apiUrl) && belongs(graphqlUrl) ? { apiUrl, graphqlUrl } : undefined;
}
/** `URL.parse` of Node 22, on the CLI's older Nodes too. */
function parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
/**
 * GraphQL queries in flight at once: far below GitHub's limit of 100 concurrent requests,
 * and each query costs 1 point, so the points per minute stay well inside the secondary
 * limits. Measured at 50 ms latency with 10,000 links (`npm run bench`).
 */
const QUERIES_AT_ONCE = 8;
/** The writes a client sends before it spaces them a second apart: a pull-request run's comment and status. */
const MUTATIONS_UNPACED = 2;
function createClient(options) {
    const rest = new dist_src/* Octokit */.E({
        auth: options.token,
        baseUrl: options.apiUrl,
        userAgent: 'readiness-gate',
        request: { fetch: nodeFetch(options.maxAnswerBytes) },
        // Failed requests surface as errors where they are handled; the request log stays quiet.
        log: { debug: () => { }, info: () => { }, warn: options.warn, error: () => { } },
    });
    const clock = options.clock ?? systemClock();
    const deadlineMs = options.deadlineMs ?? RUN_DEADLINE_MS;
    const deadlineAt = clock.now() + deadlineMs;
    const origins = new Set([new URL(options.apiUrl).origin, new URL(options.graphqlUrl).origin]);
    // GitHub asks for mutations one at a time, and a second apart when there are many, and
    // for few requests at once. A run's own two (its comment, then its status) go in turn at
    // once; a refresh's many writes are paced from the third on.
    const mutations = new Limiter(1, 1000, clock, MUTATIONS_UNPACED);
    const queries = new Limiter(QUERIES_AT_ONCE, 0, clock);
    const usage = { reads: 0, writes: 0, queries: 0 };
    rest.hook.wrap('request', async (request, endpoint) => {
        const method = endpoint.method.toUpperCase();
        const url = new URL(rest.request.endpoint.parse(endpoint).url, options.apiUrl);
        // The token goes to GitHub only: a next-page link to another host is not followed.
        if (!origins.has(url.origin))
            throw refusedOrigin(url, options.apiUrl);
        const isQuery = url.href === new URL(options.graphqlUrl).href;
        if (!isQuery)
            Object.assign(endpoint.headers, REST_HEADERS);
        usage[isQuery ? 'queries' : method === 'GET' || method === 'HEAD' ? 'reads' : 'writes']++;
        const send = () => sendWithRetries((signal) => attempt(async () => request(withSignal(endpoint, signal)), isQuery), {
            clock,
            deadlineAt,
            deadlineMs,
            requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
            repeatable: isRepeatable(method, url, isQuery, endpoint),
            what: `${method} ${url.pathname}`,
            warn: options.warn,
            ...(options.random ? { random: options.random } : {}),
        });
        if (isQuery)
            return queries.run(send);
        if (method !== 'GET' && method !== 'HEAD')
            return mutations.run(send);
        return send();
    });
    return {
        rest: rest.rest,
        paginate: rest.paginate,
        usage: () => ({ ...usage }),
        async graphql(query, variables) {
            // Posted to GITHUB_GRAPHQL_URL as given, so Enterprise Server layouts need no guessing.
            const response = await rest.request({ method: 'POST', url: options.graphqlUrl, query, ...(variables ? { variables } : {}) });
            const body = response.data;
            return { data: body.data ?? null, errors: body.errors ?? [] };
        },
    };
}
/**
 * The hooks inside this one read the options object they were first given, not the one
 * passed on: the attempt's abort signal goes into that object itself.
 */
function withSignal(endpoint, signal) {
    endpoint.request = { ...endpoint.request, signal };
    return endpoint;
}
/**
 * Whether a request may be sent again after a failure it may have survived: reads,
 * GraphQL queries, and writes whose repetition changes nothing (an edit, a delete, a
 * commit status, of which GitHub keeps the latest per context). Creating a comment is
 * not: its caller checks whether it landed before sending it again.
 */
function isRepeatable(method, url, isQuery, endpoint) {
    if (isQuery)
        return !(typeof endpoint.query === 'string' && /^\s*mutation\b/.test(endpoint.query));
    if (method !== 'POST')
        return true;
    return /\/repos\/[^/]+\/[^/]+\/statuses\/[^/]+$/.test(url.pathname);
}
/** One attempt, its failures reported as outcomes for the retry loop. */
async function attempt(send, isQuery) {
    try {
        const response = await send();
        const failure = isQuery ? graphqlFailure(response) : undefined;
        return failure ? { failure } : { value: response };
    }
    catch (error) {
        return { failure: failureOf(error) };
    }
}
function failureOf(error) {
    const { response, message, cause } = error;
    if (response) {
        const summary = (0,github_errors/* answerSummary */.H$)(response.data);
        return {
            status: response.status,
            message: `answered ${response.status}${summary ? `: ${summary}` : ''}`,
            ...(response.headers ? { headers: response.headers } : {}),
        };
    }
    // Not retried: the same answer would come again.
    const tooLarge = [error, cause].find((e) => e instanceof AnswerTooLarge);
    if (tooLarge)
        return { message: tooLarge.message };
    // The toolkit's proxy agent says what the proxy answered only in its message, under a generic code.
    if (cause?.message?.startsWith('tunneling socket')) {
        return { message: `could not be reached through the proxy (${(0,github_errors/* oneLine */.TN)(cause.message, 100)})`, noAnswer: 'network' };
    }
    const detail = cause?.code ?? cause?.message ?? message ?? String(error);
    return { message: `could not be reached (${(0,github_errors/* oneLine */.TN)(detail, 100)})`, noAnswer: 'network' };
}
/** GraphQL answers 200 for its own failures: a rate limit, or a query that failed on GitHub's side. */
function graphqlFailure(response) {
    const body = response.data;
    const common = { status: response.status, headers: response.headers };
    if (!body || typeof body !== 'object') {
        return { ...common, message: `answered without a GraphQL result: ${(0,github_errors/* answerSummary */.H$)(body) || 'an empty body'}`, graphql: 'transient' };
    }
    const errors = body.errors ?? [];
    // GitHub has answered both spellings.
    const limited = errors.find((error) => error.type === 'RATE_LIMITED' || error.type === 'RATE_LIMIT');
    if (limited)
        return { ...common, message: `answered with a rate limit: ${(0,github_errors/* oneLine */.TN)(limited.message ?? 'RATE_LIMITED')}`, graphql: 'rate-limited' };
    const transient = body.data == null ? errors.find(isTransientGraphqlError) : undefined;
    if (transient)
        return { ...common, message: `failed on GitHub's side: ${(0,github_errors/* oneLine */.TN)(transient.message ?? transient.type ?? '')}`, graphql: 'transient' };
    return undefined;
}
const TRANSIENT_GRAPHQL_TYPES = new Set(['INTERNAL', 'SERVICE_UNAVAILABLE', 'TIMEOUT']);
function isTransientGraphqlError(error) {
    return TRANSIENT_GRAPHQL_TYPES.has(error.type ?? '') || /something went wrong while executing your query|timed? ?out/i.test(error.message ?? '');
}
function refusedOrigin(url, apiUrl) {
    return new github_errors/* GitHubError */.y_(`refused to send the token to ${url.origin}: GitHub's answer pointed the next page outside GITHUB_API_URL (${new URL(apiUrl).origin}); pagination stays on the API's host`, 0, 'refused');
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ answerSummary),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   xv: () => (/* binding */ describeReset),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* unused harmony exports mayHaveLanded, forbiddenCause, isForkPullRequest */
/**
 * Errors from the GitHub API as a maintainer should read them: one line, naming the
 * request and what GitHub said (never an HTML page), and for a 403 its cause.
 */
class GitHubError extends Error {
    status;
    reason;
    details;
    name = 'GitHubError';
    constructor(message, 
    /** The HTTP status; 0 when no answer came. */
    status, reason, details = {}) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.details = details;
    }
}
/** True when a failed write may have been stored all the same (a 5xx, a timeout, a lost connection). */
function mayHaveLanded(error) {
    return error instanceof GitHubError && error.details.mayHaveLanded === true;
}
const LONGEST_DETAIL = 200;
/**
 * What an error answer says, in one line: the `message` of a JSON body, the title of an
 * HTML page (a proxy's 502 page), or the first words of plain text.
 */
function answerSummary(body) {
    let text = '';
    if (body && typeof body === 'object') {
        const { message } = body;
        text = typeof message === 'string' ? message : '';
    }
    else if (typeof body === 'string') {
        text = /<(!doctype|html|head|body)\b/i.test(body) ? htmlTitle(body) : body;
    }
    return oneLine(text);
}
function htmlTitle(page) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(page) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(page);
    return title?.[1]?.trim() ? `${decodeEntities(title[1].trim())} (an HTML page)` : 'an HTML page';
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '\u00b7' };
function decodeEntities(text) {
    return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name) => {
        if (name[0] !== '#')
            return ENTITIES[name.toLowerCase()] ?? entity;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 31 && code < 0x110000 && (code < 0x7f || code > 0x9f) ? String.fromCodePoint(code) : '';
    });
}
function oneLine(text, longest = LONGEST_DETAIL) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > longest ? `${flat.slice(0, longest - 1)}\u2026` : flat;
}
/** "2026-11-24 21:21 UTC (in 27 h 47 min)", or plain words for a time past any calendar. */
function describeReset(resetAt, now) {
    const date = new Date(resetAt);
    if (!Number.isFinite(date.getTime()))
        return 'at a time too far away to name';
    const minutes = Math.max(1, Math.ceil((resetAt - now) / 60_000));
    const span = minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${Math.floor(minutes / 1440)} days`;
    return `at ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC (in ${span})`;
}
/**
 * Why GitHub refused a request with 403 (or a rate limit with 429), in a sentence for a
 * warning, or undefined when the error is not such a refusal. `permission` names what the
 * workflow must grant, e.g. `pull-requests: write`; `fork` says the run is for a pull
 * request from a fork, whose token GitHub makes read-only.
 */
function forbiddenCause(error, options) {
    const status = error?.status;
    if (error instanceof GitHubError && error.reason === 'rate-limit')
        return `${error.message}.`;
    if (status !== 403)
        return undefined;
    const message = error instanceof Error ? error.message : '';
    if (/rate limit/i.test(message))
        return `GitHub's rate limit for this token is spent (${oneLine(message)}).`;
    if (options.fork) {
        return `a pull request from a fork gets a read-only token, so GitHub refused the write (\`${options.permission}\` is not granted to forks).`;
    }
    return `the token lacks the \`${options.permission}\` permission (GitHub: ${oneLine(message) || 'forbidden'}); grant it in the workflow's \`permissions\`.`;
}
/** A pull request whose head is in another repository than its base: GitHub gives its runs a read-only token. */
function isForkPullRequest(payload) {
    const pull = payload
        ?.pull_request;
    if (!pull)
        return false;
    const head = pull.head?.repo?.full_name;
    const base = pull.base?.repo?.full_name;
    // A deleted fork has no head repository.
    return pull.head?.repo === null || (head !== undefined && base !== undefined && head.toLowerCase() !== base.toLowerCase());
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ PlanEvaluator),
  O: () => (/* binding */ todayUtc)
});

// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/core/links/links.ts
var links_links = __webpack_require__(9104);
// EXTERNAL MODULE: ./src/core/manifest/manifest.ts + 8 modules
var manifest_manifest = __webpack_require__(7208);
;// CONCATENATED MODULE: ./src/core/verdict/link-status.ts
/**
 * The state of one link as the verdict sees it: GitHub's answer, or `unverified` offline,
 * with the pull request under evaluation counted as merged and the issues it closes as
 * completed.
 */

/** `reported`: the state GitHub gave with a listing (a milestone's items), rather than from the link states. */
function linkStatus(target, hintedKind, context, reported) {
    if (context.links === 'offline')
        return { kind: hintedKind, state: 'unverified' };
    if (!target)
        return { kind: hintedKind, state: 'unknown', detail: 'no repository to resolve #N against' };
    const status = reported ?? context.links.get(target) ?? { kind: hintedKind, state: 'unknown', detail: 'not resolved' };
    if (status.state === 'open' && isPullRequestUnderEvaluation(target, context)) {
        return { ...status, kind: 'pull', state: 'merged', detail: 'this pull request completes it', completedByThisPullRequest: 'merging' };
    }
    if (status.state === 'open' && status.kind === 'issue' && isClosedByPullRequest(target, context)) {
        return { ...status, state: 'completed', detail: 'this pull request closes it', completedByThisPullRequest: 'closing' };
    }
    return status;
}
/** An issue the pull request closes when merged counts as completed, as the PR itself counts as merged. */
function isClosedByPullRequest(target, context) {
    if (context.pullRequest?.closedUnmerged)
        return false;
    const closes = context.pullRequest?.closes ?? [];
    return closes.some((closed) => closed.number === target.number && (0,links_links/* sameRepository */.RB)(closed, target));
}
/** The pull request being evaluated counts as merged: merging it completes what it links. */
function isPullRequestUnderEvaluation(target, context) {
    const { pullRequest, repository } = context;
    if (pullRequest?.closedUnmerged)
        return false;
    return pullRequest !== undefined && repository !== undefined && target.number === pullRequest.number && (0,links_links/* sameRepository */.RB)(target, repository);
}

;// CONCATENATED MODULE: ./src/core/links/milestones.ts
/** The one key of a milestone reference: a number and a title that looks like one stay apart. */
function milestoneKey(ref) {
    return typeof ref === 'number' ? `number:${ref}` : `title:${ref}`;
}
/** A milestone reference in words: "milestone 'v2.0 beta'", "milestone #3". */
function milestoneName(ref) {
    return typeof ref === 'number' ? `milestone #${ref}` : `milestone '${ref}'`;
}

// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
;// CONCATENATED MODULE: ./src/core/verdict/reasons.ts
/**
 * The verdict's words for a link's state: the reasons it gives for an item, which the
 * views and annotations quote as they are.
 */


/** One link's state as a sentence: "acme/api#12 is still open". */
function describeLink(link) {
    const name = link.name;
    if ((0,policy/* completedByThisPullRequest */.fh)(link)) {
        return link.completedByThisPullRequest === 'merging' ? `${name} is this pull request` : `${name} is closed by this pull request when it merges`;
    }
    if ((0,links_links/* isSatisfiedState */.aM)(link.state) && link.subIssues && link.subIssues.open > 0) {
        return `${name} is closed, but ${link.subIssues.open} of its ${link.subIssues.total} sub-issues are still open`;
    }
    switch (link.state) {
        case 'open':
            return `${name} is still open`;
        case 'not_planned':
            return `${name} was closed as not planned`;
        case 'duplicate':
            return `${name} was closed as a duplicate`;
        case 'closed_unmerged':
            return `${name} was closed without being merged`;
        case 'unknown':
            return `${name} could not be read${link.detail ? ` (${link.detail})` : ''}`;
        case 'unverified':
            return `${name} is not verified`;
        case 'merged':
            return `${name} is merged`;
        case 'completed':
            return `${name} is completed`;
    }
}

;// CONCATENATED MODULE: ./src/core/verdict/milestone.ts
/**
 * A phase's milestone in the verdict: each issue and pull request of it is an item judged
 * like a link; those dropped from its scope are listed apart and do not block; the phase
 * cannot be complete while the milestone is unverified, unread, cut short or empty.
 */





/** Closed, but not done: the item has left the milestone's scope. */
const DROPPED_STATES = new Set(['not_planned', 'duplicate', 'closed_unmerged']);
/** The phase's milestone judged; a milestone GitHub does not have is a mistake at its line. */
function judgeMilestone(manifest, phase, context) {
    const ref = phase.milestone;
    if (ref === undefined)
        return undefined;
    const unjudged = (state, blocks, detail) => ({
        report: { ref, state, total: 0, closed: 0, dropped: [], blocks, ...(detail ? { detail } : {}) },
        tasks: [],
    });
    if (context.links === 'offline')
        return unjudged('unverified', `${milestoneName(ref)} is not verified (offline)`);
    const lookup = context.milestones?.get(milestoneKey(ref));
    if (!lookup)
        return unjudged('unknown', `${milestoneName(ref)} could not be read`);
    if (!lookup.found && !lookup.missing)
        return unjudged('unknown', `${milestoneName(ref)} could not be read (${lookup.detail})`, lookup.detail);
    if (!lookup.found)
        throw missingMilestone(manifest, phase, context);
    return judgeFound(lookup, ref, context, manifest.milestonePositions.get(phase.id)?.line);
}
/** `line`: the manifest's `milestone:` line, where its items' drift is annotated. */
function judgeFound(milestone, ref, context, line) {
    const links = milestone.items.map(({ target, status }) => {
        const standing = linkStatus(target, status.kind, context, status);
        const name = (0,links_links/* targetName */.je)(target);
        return { ref: `#${target.number}`, key: name.toLowerCase(), name, ...standing, satisfied: (0,links_links/* isSatisfied */.n2)(standing) };
    });
    const dropped = links.filter((link) => DROPPED_STATES.has(link.state));
    const inScope = links.filter((link) => !DROPPED_STATES.has(link.state));
    const closedWithOpenItems = milestone.state === 'closed';
    const tasks = inScope.map((link) => ({
        ...milestoneTask(link, closedWithOpenItems ? milestone.title : undefined),
        ...(line !== undefined ? { line } : {}),
    }));
    const read = milestone.items.length;
    const blocks = read < milestone.total
        ? `GitHub listed ${read} of the ${milestone.total} issues and pull requests of ${milestoneName(ref)}, so it counts as incomplete`
        : inScope.length === 0
            ? `${milestoneName(ref)} has no items yet`
            : undefined;
    const report = {
        ref,
        state: milestone.state,
        title: milestone.title,
        number: milestone.number,
        url: milestone.url,
        ...(milestone.due ? { due: milestone.due } : {}),
        total: inScope.length,
        closed: tasks.filter((task) => task.satisfied).length,
        dropped,
        ...(read < milestone.total ? { cutShort: true } : {}),
        ...(blocks ? { blocks } : {}),
    };
    return { report, tasks };
}
/** One issue or pull request of the milestone as an item; an open one in a closed milestone is drift. */
function milestoneTask(link, closedMilestone) {
    const drift = closedMilestone !== undefined && !link.satisfied && link.state === 'open';
    const reason = drift ? `in milestone '${closedMilestone}', which is closed, but ${describeLink(link)}` : describeLink(link);
    return {
        id: `#${link.name.split('#').pop()}`,
        kind: 'milestone',
        title: link.title ?? link.name,
        status: link.satisfied ? 'done' : link.kind === 'pull' && link.state === 'open' ? 'in-progress' : 'todo',
        satisfied: link.satisfied,
        reason,
        drift,
        overdue: false,
        links: [link],
    };
}
function missingMilestone(manifest, phase, context) {
    const at = manifest.milestonePositions.get(phase.id) ?? manifest.phasePositions.get(phase.id) ?? { line: 1, column: 1 };
    const repository = context.repository ? `${context.repository.owner}/${context.repository.repo}` : 'this repository';
    const how = typeof phase.milestone === 'number' ? 'its number is the last part of its page\u2019s address' : 'titles must match exactly';
    return new errors/* ConfigError */.xL({
        file: manifest.file,
        ...at,
        message: `${milestoneName(phase.milestone)} of phase '${phase.id}' does not exist in ${repository} \u2014 name one of its milestones by title or number (${how}), or remove 'milestone'`,
    });
}

// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
// EXTERNAL MODULE: ./src/core/freezes/windows.ts
var freezes_windows = __webpack_require__(6637);
;// CONCATENATED MODULE: ./src/core/freezes/moment.ts

/** How far ahead a window that will open is mentioned. */
const LOOKAHEAD_MS = 7 * freezes_windows/* DAY_MS */.sO;
/** More openings than this in a row, each before the last closes, are not followed further. */
const LONGEST_CHAIN = 500;
/** The windows that concern `gate` at `moment`: open, passed by a label, or opening within the week. */
function freezesAt(windows, gate, moment, labels = []) {
    return windows.flatMap((window) => {
        if (window.gates && !window.gates.includes(gate))
            return [];
        const at = 'instant' in moment ? moment.instant : (0,freezes_windows/* localInstant */.Ru)(moment.local, window.timezone);
        const span = windowAround(window, at);
        if (!span)
            return [];
        const base = {
            name: window.name,
            at: iso(at),
            from: iso(span.from),
            until: iso(span.until),
            timezone: window.timezone,
            line: window.line,
            ...(window.overrideLabel ? { overrideLabel: window.overrideLabel } : {}),
        };
        if (span.from > at)
            return [{ ...base, state: 'upcoming' }];
        const label = window.overrideLabel?.toLowerCase();
        const passed = label === undefined ? undefined : labels.find((one) => one.name.toLowerCase() === label);
        if (!passed)
            return [{ ...base, state: 'open' }];
        return [{ ...base, state: 'overridden', ...(passed.addedAt ? { overriddenSince: passed.addedAt } : {}) }];
    });
}
/** Whether any window that is open holds the gate (no label passes it). */
function holdsGate(freezes) {
    return freezes.some((freeze) => freeze.state === 'open');
}
/** Whether a manifest's windows need the labels of the pull request: one that has an override label is open for the gate. */
function needsLabels(windows, gate, moment) {
    return freezesAt(windows.filter((window) => window.overrideLabel !== undefined), gate, moment).some((freeze) => freeze.state === 'open');
}
/** The window open at `at` (from inclusive, until exclusive), else the next one opening within the week. */
function windowAround(window, at) {
    const { schedule, timezone } = window;
    if (schedule.kind === 'fixed') {
        const from = (0,freezes_windows/* localInstant */.Ru)(schedule.from, timezone);
        const until = (0,freezes_windows/* localInstant */.Ru)(schedule.until, timezone);
        return at < until && from - at <= LOOKAHEAD_MS ? { from, until } : undefined;
    }
    const cron = (0,freezes_windows/* openings */.mS)(schedule.every, timezone);
    // The last opening at or before `at`: croner counts a run in the reference's own second, so 1 ms past it.
    const [last] = cron.previousRuns(1, new Date(at + 1));
    if (last && last.getTime() + schedule.durationMs > at)
        return { from: last.getTime(), until: closing(cron, last.getTime(), schedule.durationMs) };
    const next = cron.nextRun(new Date(at));
    if (!next || next.getTime() - at > LOOKAHEAD_MS)
        return undefined;
    return { from: next.getTime(), until: closing(cron, next.getTime(), schedule.durationMs) };
}
/** When a window that opened at `from` closes: later openings before it closes keep it open. */
function closing(cron, from, durationMs) {
    let until = from + durationMs;
    let next = cron.nextRun(new Date(from));
    for (let step = 0; next && next.getTime() <= until && step < LONGEST_CHAIN; step++) {
        until = Math.max(until, next.getTime() + durationMs);
        next = cron.nextRun(next);
    }
    return until;
}
function iso(instant) {
    return new Date(instant).toISOString();
}

;// CONCATENATED MODULE: ./src/core/verdict/evaluate.ts









const BUILT_IN_GATES = { merge: 'blocking', release: 'blocking' };
/** Gates that judge the whole plan, whatever a pull request touches. */
const GATES_IGNORING_PATHS = new Set(['release']);
function gateNames(manifest) {
    return [...new Set([...Object.keys(BUILT_IN_GATES), ...Object.keys(manifest.data.gates ?? {})])];
}
/** Every distinct issue or pull request the manifest links to. */
function linkTargets(manifest, repository) {
    const targets = [...manifest.itemLinks.values()].flatMap((links) => links.flatMap(({ ref }) => (0,links_links/* targetOf */.$r)(ref, repository) ?? []));
    return (0,links_links/* distinctTargets */.Z0)(targets);
}
/** Whether any item links to this issue or pull request. */
function linksTo(manifest, target, repository) {
    return linkTargets(manifest, repository).some((linked) => linked.number === target.number && sameRepository(linked, target));
}
/** Whether any phase has `paths`, i.e. whether a pull request's changed files matter. */
function usesPaths(manifest) {
    return manifest.data.phases.some((phase) => phase.paths !== undefined);
}
/** The phases with `paths` that one of the changed files matches. */
function phasesTouched(manifest, changedFiles, compile) {
    const compiled = new Map();
    const matcherOf = (pattern) => compiled.get(pattern) ?? compiled.set(pattern, compile(pattern)).get(pattern);
    const touched = manifest.data.phases.filter((phase) => {
        const matchers = phase.paths?.map(matcherOf) ?? [];
        return matchers.length > 0 && changedFiles.some((file) => matchers.some((matches) => matches(file)));
    });
    return new Set(touched.map((phase) => phase.id));
}
function evaluate(manifest, context) {
    const selected = selectedPhaseIds(manifest, context.gate);
    const milestones = new Map(manifest.data.phases.map((phase) => [phase.id, judgeMilestone(manifest, phase, context)]));
    const itemsByPhase = new Map(manifest.data.phases.map((phase) => [phase.id, [...evaluateItems(manifest, phase, context), ...(milestones.get(phase.id)?.tasks ?? [])]]));
    const complete = phaseCompleteness(manifest.data.phases, itemsByPhase, (id) => milestones.get(id)?.report.blocks === undefined);
    const honoursPaths = context.pullRequest !== undefined && !GATES_IGNORING_PATHS.has(context.gate);
    const phases = manifest.data.phases.map((phase) => ({
        ...phaseReport(phase, itemsByPhase.get(phase.id), complete, context.today, milestones.get(phase.id)),
        selected: selected.has(phase.id),
        skipped: honoursPaths && phase.paths !== undefined && !touches(context.pullRequest, phase.id),
        ...optional({ line: manifest.phasePositions.get(phase.id)?.line }),
    }));
    return summarize(phases, manifest, context);
}
function touches(pullRequest, phaseId) {
    return pullRequest.touchedPhases === 'all' || pullRequest.touchedPhases.has(phaseId);
}
function selectedPhaseIds(manifest, gate) {
    const selection = Object.hasOwn(manifest.data.gates ?? {}, gate)
        ? manifest.data.gates[gate].phases
        : Object.hasOwn(BUILT_IN_GATES, gate)
            ? BUILT_IN_GATES[gate]
            : undefined;
    if (selection === undefined)
        throw unknownGate(manifest, gate);
    const phases = manifest.data.phases;
    if (selection === 'all')
        return new Set(phases.map((phase) => phase.id));
    if (selection === 'blocking') {
        const blocking = phases.filter((p) => p.blocking).map((p) => p.id);
        // A gate of the manifest's own is checked when it is parsed; a built-in one only when used.
        if (blocking.length === 0)
            throw new errors/* ConfigError */.xL({ file: manifest.file, ...manifest.phasesPosition, message: (0,manifest_manifest/* noBlockingPhase */.qg)(gate) });
        return new Set(blocking);
    }
    return new Set(selection);
}
function unknownGate(manifest, gate) {
    const names = gateNames(manifest);
    const guess = (0,words/* closest */.kp)(gate, names);
    return new errors/* ConfigError */.xL({
        file: manifest.file,
        ...manifest.gatesPosition,
        message: `unknown gate '${gate}'${guess ? ` (did you mean '${guess}'?)` : ''} \u2014 this manifest defines ${(0,words/* listInWords */.Dq)(names, 'and')}`,
    });
}
function evaluateItems(manifest, phase, context) {
    const evaluateItem = (item, kind) => {
        const links = (manifest.itemLinks.get(item.id) ?? []).map((link) => linkReport(link, context));
        const line = manifest.itemPositions.get(item.id)?.line;
        return {
            id: item.id,
            kind,
            title: item.title,
            ...withSubIssueHint(judgeItem(item, links, context.today), links),
            links,
            ...optional({ owner: item.owner, due: item.due, notes: item.notes, line }),
        };
    };
    return [...phase.tasks.map((item) => evaluateItem(item, 'task')), ...phase.acceptance.map((item) => evaluateItem(item, 'acceptance'))];
}
function linkReport({ raw, ref }, context) {
    const target = (0,links_links/* targetOf */.$r)(ref, context.repository);
    const hintedKind = ref.kind === 'any' ? 'unknown' : ref.kind;
    const status = linkStatus(target, hintedKind, context);
    const name = target ? (0,links_links/* targetName */.je)(target) : `#${ref.number}`;
    return { ref: raw, key: name.toLowerCase(), name, ...status, satisfied: (0,links_links/* isSatisfied */.n2)(status) };
}
/** Whether each phase is complete: its items satisfied and every phase it requires complete. */
function phaseCompleteness(phases, itemsByPhase, milestoneAllows) {
    const phasesById = new Map(phases.map((phase) => [phase.id, phase]));
    const complete = new Map();
    // `requires` has no cycles (validated), so this memoised recursion terminates.
    const isComplete = (id) => {
        const known = complete.get(id);
        if (known !== undefined)
            return known;
        const items = itemsByPhase.get(id);
        const result = items.length > 0 && items.every((item) => item.satisfied) && milestoneAllows(id) && phasesById.get(id).requires.every(isComplete);
        complete.set(id, result);
        return result;
    };
    // Requirements first, so each call finds them known: a long chain cannot exhaust the stack.
    for (const id of (0,manifest_manifest/* dependenciesFirst */.Ie)(phases))
        isComplete(id);
    return complete;
}
function phaseReport(phase, tasks, complete, today, milestone) {
    const isComplete = complete.get(phase.id);
    // The milestone's due date is the phase's, unless the manifest gives one.
    const due = phase.due ?? milestone?.report.due;
    return {
        id: phase.id,
        name: phase.name,
        blocking: phase.blocking,
        complete: isComplete,
        completion: tasks.length === 0 ? 0 : percent(tasks.filter((t) => t.satisfied).length, tasks.length),
        requires: phase.requires,
        unmetRequires: phase.requires.filter((id) => !complete.get(id)),
        empty: tasks.length === 0,
        overdue: !isComplete && isPast(due, today),
        tasks,
        ...optional({ owner: phase.owner, due, milestone: milestone?.report }),
    };
}
function summarize(phases, manifest, context) {
    const gated = phases.filter(policy/* isGated */.m3);
    const gatedItems = gated.flatMap((phase) => phase.tasks);
    const allItems = phases.flatMap((phase) => phase.tasks);
    const incompletePhases = gated.filter((phase) => !phase.complete).map((phase) => phase.id);
    const satisfied = gatedItems.filter((item) => item.satisfied).length;
    const freezes = freezesOf(manifest, context);
    return {
        ready: incompletePhases.length === 0 && !(freezes && holdsGate(freezes)),
        gate: context.gate,
        title: manifest.data.title ?? 'Production readiness',
        incompletePhases,
        // 0/0 is 100% only when nothing is missing (every phase skipped), never beside "not ready".
        completion: gatedItems.length === 0 && incompletePhases.length > 0 ? 0 : percent(satisfied, gatedItems.length),
        verified: context.links !== 'offline',
        today: context.today,
        ...(context.repository ? { repository: { owner: context.repository.owner, repo: context.repository.repo } } : {}),
        skippedPhases: phases.filter((phase) => phase.selected && phase.skipped).map((phase) => phase.id),
        caveats: [...(context.caveats ?? []), ...milestoneCaveats(gated), ...(gated.length === 0 ? [EVERY_PHASE_SKIPPED] : [])],
        counts: {
            items: gatedItems.length,
            satisfied,
            drift: allItems.filter((item) => item.drift).length,
            overdue: allItems.filter((item) => item.overdue).length,
            expiredWaivers: allItems.filter((item) => item.waiver?.expired).length,
            dropped: phases.reduce((dropped, phase) => dropped + (phase.milestone?.dropped.length ?? 0), 0),
        },
        phases,
        ...(freezes ? { frozen: holdsGate(freezes), freezes } : {}),
    };
}
/** A milestone listing GitHub cut short, or could not give, limits the verdict's grounds: say so. */
function milestoneCaveats(gated) {
    return gated.flatMap((phase) => {
        const milestone = phase.milestone;
        if (!milestone?.blocks || !(milestone.state === 'unknown' || milestone.cutShort))
            return [];
        return [`${milestone.blocks}: phase ${phase.id} is not complete`];
    });
}
/** The freeze windows that concern the gate, for a manifest that has any. */
function freezesOf(manifest, context) {
    if (manifest.freezes.length === 0 || !context.moment)
        return undefined;
    return freezesAt(manifest.freezes, context.gate, context.moment, context.pullRequest?.labels);
}
const EVERY_PHASE_SKIPPED = 'every phase this gate selects was skipped: the pull request changes no file that their `paths` match, so there is nothing to gate';
/** The rules of "How status is decided" for one task or acceptance item. */
function judgeItem(item, links, today) {
    const evidence = {
        all: links,
        unverified: links.filter((link) => link.state === 'unverified'),
        failing: links.filter((link) => link.state !== 'unverified' && !link.satisfied),
    };
    const waiver = waiverReport(item, today);
    const base = { status: impliedStatus(item.status, evidence), ...optional({ declaredStatus: item.status, waiver }) };
    const verdict = (satisfied, reason, extra = {}) => ({
        ...base,
        satisfied,
        reason,
        drift: false,
        overdue: !satisfied && isPast(item.due, today),
        ...extra,
    });
    if (waiver && !waiver.expired) {
        return verdict(true, `waived: ${waiver.reason}${waiver.expires ? ` (until ${waiver.expires})` : ''}`);
    }
    const expiredNote = waiver?.expired ? ` (waiver expired on ${waiver.expires})` : '';
    const failures = evidence.failing.map(describeLink).join('; ');
    if (item.status === 'done') {
        // An unreadable link is not drift: nothing says the declared status is wrong.
        if (failures)
            return verdict(false, `marked done, but ${failures}${expiredNote}`, { drift: evidence.failing.some((l) => l.state !== 'unknown') });
        if (evidence.unverified.length > 0)
            return verdict(true, 'done (declared; links not verified)');
        return verdict(true, links.length > 0 ? 'done; every link is closed' : 'done');
    }
    if (item.status === undefined && links.length > 0) {
        if (failures)
            return verdict(false, `${failures}${expiredNote}`);
        if (evidence.unverified.length > 0)
            return verdict(false, `links not verified and no status declared${expiredNote}`);
        return verdict(true, 'every link is closed');
    }
    const reason = `${item.status ?? 'no status and no links, so todo'}${expiredNote}`;
    const allLinksDone = links.length > 0 && evidence.unverified.length === 0 && evidence.failing.length === 0;
    return verdict(false, reason, allLinksDone ? { hint: `every link is closed: mark ${item.id} done` } : {});
}
/** An open issue whose sub-issues are all closed is probably done: say so. */
function withSubIssueHint(judgement, links) {
    const finished = links.filter((l) => l.state === 'open' && l.subIssues && l.subIssues.total > 0 && l.subIssues.closed === l.subIssues.total);
    if (finished.length === 0 || judgement.hint)
        return judgement;
    return { ...judgement, hint: `every sub-issue of ${finished.map((l) => l.name).join(', ')} is closed: close it if the work is done` };
}
/** The declared status, else what the links imply. */
function impliedStatus(declared, evidence) {
    if (declared)
        return declared;
    const allSatisfied = evidence.all.length > 0 && evidence.failing.length === 0 && evidence.unverified.length === 0;
    if (allSatisfied)
        return 'done';
    return evidence.all.some((link) => link.satisfied) ? 'in-progress' : 'todo';
}
function waiverReport(item, today) {
    if (!item.waiver)
        return undefined;
    return {
        reason: item.waiver.reason,
        expired: isPast(item.waiver.expires, today),
        ...optional({ approvedBy: item.waiver['approved-by'], expires: item.waiver.expires }),
    };
}
function isPast(date, today) {
    return date !== undefined && date < today;
}
function percent(part, whole) {
    return whole === 0 ? 100 : Math.floor((part * 100) / whole);
}
/** Drops undefined values, so reports carry only the fields that apply. */
function optional(fields) {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./src/core/verdict/paths.ts
/**
 * minimatch, loaded on first use: only runs whose manifest has `paths` on a pull request
 * need it, and leaving it out of the start-up path keeps the cold start short. Each pattern
 * is compiled (its braces expanded) once, not once per file.
 */
async function loadPathMatcher() {
    const { Minimatch } = await __webpack_require__.e(/* import() */ 273).then(__webpack_require__.bind(__webpack_require__, 5273));
    return (pattern) => {
        const glob = new Minimatch(pattern, { dot: true });
        return (file) => glob.match(file);
    };
}

;// CONCATENATED MODULE: ./src/github/files.ts
/** GitHub lists at most this many files of a pull request, however many it changes. */
const LISTED_FILES_LIMIT = 3000;
/** The files a pull request changes, for phase `paths`, and whether GitHub listed them all. */
async function listChangedFiles(client, repository, pullNumber, expected) {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repository, pull_number: pullNumber, per_page: 100 });
    const changed = Math.max(expected ?? 0, files.length);
    // A renamed file counts under both names: moving a file out of a path touches that path.
    const names = files.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]));
    return { names, changed, complete: files.length < LISTED_FILES_LIMIT && files.length >= changed };
}

// EXTERNAL MODULE: ./src/github/client.ts + 3 modules
var github_client = __webpack_require__(5817);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/links.ts



/** Links per GraphQL query: GitHub handles this many aliases comfortably, at 1 point a query. */
const LINKS_PER_QUERY = 100;
/** Sub-issues GitHub lets one issue have; one page of them is every one. */
const SUB_ISSUES_PER_ISSUE = 100;
/**
 * Resolves issues and pull requests to their state in batched GraphQL queries, many links
 * per request and grouped by repository. A link GitHub cannot resolve (missing, no
 * access) comes back `unknown` with the reason; it never fails the others.
 */
async function resolveLinks(client, wanted, options) {
    const batches = batchesOf((0,links_links/* distinctTargets */.Z0)(wanted));
    const dialect = serverDialect(client);
    const session = { client, dialect, options };
    const results = new links_links/* LinkStates */.R5();
    let next = 0;
    const worker = async () => {
        while (next < batches.length)
            results.addAll(await resolveBatch(session, batches[next++]));
    };
    await Promise.all(Array.from({ length: Math.min(github_client/* QUERIES_AT_ONCE */.$K, batches.length) }, worker));
    return results;
}
/** What the server turned out to support, remembered for the rest of the run. */
const dialects = new WeakMap();
/** What this client's server can be asked, as learnt so far: milestones are read in the same dialect. */
function serverDialect(client) {
    const dialect = dialects.get(client) ?? { duplicates: true, subIssues: true };
    dialects.set(client, dialect);
    return dialect;
}
/** Sorting keeps one repository's links together, so each query names few repositories. */
function batchesOf(targets) {
    // Plain code-unit order: a locale collator costs start-up time and adds nothing here.
    // Each target's repository is lowered once, not at every comparison (thousands of links).
    const keyed = targets.map((target) => ({ target, repository: `${target.owner}/${target.repo}`.toLowerCase() }));
    keyed.sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : a.target.number - b.target.number));
    const sorted = keyed.map(({ target }) => target);
    const batches = [];
    for (let i = 0; i < sorted.length; i += LINKS_PER_QUERY)
        batches.push(sorted.slice(i, i + LINKS_PER_QUERY));
    return batches;
}
// `state` is aliased per type: IssueState and PullRequestState may not share a name.
function nodeFields(dialect) {
    const reason = dialect.duplicates ? 'stateReason(enableDuplicate: true)' : 'stateReason';
    const subIssues = dialect.subIssues ? ' subIssuesSummary { total completed }' : '';
    return (`__typename ... on Issue { issueState: state ${reason} title url${subIssues} } ` + '... on PullRequest { pullState: state merged title url }');
}
/**
 * One query for a batch. The repositories and numbers go in as variables, and the fields
 * as one fragment: every batch of the same shape (so many repositories of so many links)
 * sends the same short text, which the server parses and validates as it did before.
 */
function buildQuery(batch, dialect) {
    const aliases = new Map();
    const variables = {};
    const declarations = [];
    const parts = groupByRepository(batch).map((targets, r) => {
        variables[`o${r}`] = targets[0].owner;
        variables[`n${r}`] = targets[0].repo;
        declarations.push(`$o${r}: String!, $n${r}: String!`);
        const items = targets.map((target, i) => {
            aliases.set(`r${r}.i${i}`, target);
            variables[`r${r}i${i}`] = target.number;
            declarations.push(`$r${r}i${i}: Int!`);
            return `i${i}: issueOrPullRequest(number: $r${r}i${i}) { ...Link }`;
        });
        return `r${r}: repository(owner: $o${r}, name: $n${r}) { ${items.join(' ')} }`;
    });
    const query = `query ReadinessLinks(${declarations.join(', ')}) { ${parts.join(' ')} } fragment Link on IssueOrPullRequest { ${nodeFields(dialect)} }`;
    return { query, variables, aliases };
}
/** The targets of each repository, in their order; repositories in order of first appearance. */
function groupByRepository(batch) {
    const byRepository = new Map();
    for (const target of batch) {
        const name = `${target.owner}/${target.repo}`.toLowerCase();
        const group = byRepository.get(name);
        if (group)
            group.push(target);
        else
            byRepository.set(name, [target]);
    }
    return [...byRepository.values()];
}
async function resolveBatch(session, batch) {
    const { query, variables, aliases } = buildQuery(batch, session.dialect);
    let answer;
    try {
        answer = await session.client.graphql(query, variables);
    }
    catch (error) {
        // GitHub gave up on the whole batch (a 502/504 or its own time-out, after retries):
        // smaller queries usually get through, so the batch is halved, not failed.
        if (batch.length === 1 || !timedOutOnGitHub(error))
            throw error;
        return splitBatch(session, batch);
    }
    const { data, errors } = answer;
    const located = errors.filter((error) => error.path && error.path.length > 0);
    if (!data && located.length === 0)
        return resolveRejectedBatch(session, batch, errors);
    const results = new links_links/* LinkStates */.R5();
    const needDetails = [];
    for (const [path, target] of aliases) {
        const [repositoryAlias, itemAlias] = path.split('.');
        const node = data?.[repositoryAlias]?.[itemAlias] ?? null;
        const status = node ? statusOf(node) : unreadable(errorAt(located, path));
        if (needsSubIssueCount(status))
            needDetails.push(target);
        results.set(target, status);
    }
    await countOpenSubIssues(session.client, needDetails, results);
    return results;
}
/**
 * GitHub rejected the whole query. A server without `enableDuplicate` is asked again
 * without it; otherwise one bad link must not lose the others, so the batch is split until
 * the link that fails is alone, and only that one is `unknown`.
 */
async function resolveRejectedBatch(session, batch, errors) {
    const message = errors.map((e) => e.message).join('; ') || 'no data';
    if (dropUnsupportedFields(session, message))
        return resolveBatch(session, batch);
    if (batch.length === 1) {
        return links_links/* LinkStates */.R5.of([[batch[0], { kind: 'unknown', state: 'unknown', detail: `GitHub rejected the query for it: ${oneLine(message)}` }]]);
    }
    return splitBatch(session, batch);
}
/** Resolves a batch as two halves, each split further if it fails again. */
async function splitBatch(session, batch) {
    const half = Math.ceil(batch.length / 2);
    const [first, second] = await Promise.all([resolveBatch(session, batch.slice(0, half)), resolveBatch(session, batch.slice(half))]);
    first.addAll(second);
    return first;
}
/** A query that failed for its size on GitHub's side: a gateway error, GraphQL's own failure, or no answer in time. */
function timedOutOnGitHub(error) {
    if (!(error instanceof github_errors/* GitHubError */.y_))
        return false;
    return error.reason === 'graphql' || error.reason === 'timeout' || (error.reason === 'http' && [502, 503, 504].includes(error.status));
}
/**
 * Older servers reject `stateReason(enableDuplicate:)` and `subIssuesSummary`: stop asking
 * for what the message names, say so once, and report whether anything was dropped.
 */
function dropUnsupportedFields(session, message) {
    const { dialect, options } = session;
    let dropped = false;
    if (dialect.duplicates && /enableDuplicate/.test(message)) {
        dialect.duplicates = false;
        dropped = true;
        options.warn('This GitHub server cannot say which issues were closed as duplicates (stateReason(enableDuplicate:) is not supported); ' +
            'they are reported as not planned. Both stay unsatisfied.');
    }
    if (dialect.subIssues && /subIssuesSummary/.test(message)) {
        dialect.subIssues = false;
        dropped = true;
        options.warn('This GitHub server does not know sub-issues; linked issues are judged by their own state alone.');
    }
    return dropped;
}
function errorAt(located, path) {
    return (located.find((error) => error.path.join('.') === path) ??
        located.find((error) => error.path.length === 1 && path.startsWith(`${error.path[0]}.`)));
}
function statusOf(node) {
    const common = { title: node.title, url: node.url };
    if (node.__typename === 'PullRequest') {
        const state = node.merged || node.pullState === 'MERGED' ? 'merged' : node.pullState === 'OPEN' ? 'open' : 'closed_unmerged';
        return { kind: 'pull', state, ...common };
    }
    const summary = node.subIssuesSummary;
    // Until counted (see countOpenSubIssues), every sub-issue not completed counts as open.
    const subIssues = summary && summary.total > 0 ? { subIssues: { total: summary.total, closed: summary.completed, open: summary.total - summary.completed } } : {};
    if (node.issueState === 'OPEN')
        return { kind: 'issue', state: 'open', ...common, ...subIssues };
    // Issues closed before GitHub recorded reasons have none; they were closed as done.
    const state = node.stateReason === 'NOT_PLANNED' ? 'not_planned' : node.stateReason === 'DUPLICATE' ? 'duplicate' : 'completed';
    return { kind: 'issue', state, ...common, ...subIssues };
}
/**
 * GitHub's summary counts completed sub-issues; a sub-issue closed as not planned is not
 * completed, yet not open either. For closed issues whose summary leaves that open, one
 * more query counts the sub-issues that are really still open. Only a whole listing may
 * lower the summary's count: past the first page, the open ones may all be on the next.
 */
/**
 * A closed issue whose summary counts sub-issues not completed: some of them may be closed as
 * not planned, which the summary cannot tell apart from open ones.
 */
function needsSubIssueCount(status) {
    return status.subIssues !== undefined && status.state !== 'open' && status.subIssues.closed < status.subIssues.total;
}
async function countOpenSubIssues(client, targets, results) {
    if (targets.length === 0)
        return;
    const parts = targets.map((t, i) => `s${i}: repository(owner: ${JSON.stringify(t.owner)}, name: ${JSON.stringify(t.repo)}) { issue(number: ${t.number}) { subIssues(first: ${SUB_ISSUES_PER_ISSUE}) { pageInfo { hasNextPage } nodes { state } } } }`);
    const { data } = await client.graphql(`query ReadinessSubIssues { ${parts.join(' ')} }`);
    targets.forEach((target, i) => {
        const listing = data?.[`s${i}`]?.issue?.subIssues;
        const status = results.get(target);
        // Without a whole answer the summary's cautious count stands: not completed counts as open.
        if (!listing || listing.pageInfo.hasNextPage || !status?.subIssues)
            return;
        const open = listing.nodes.filter((node) => node.state === 'OPEN').length;
        results.set(target, { ...status, subIssues: { ...status.subIssues, open, closed: status.subIssues.total - open } });
    });
}
function unreadable(error) {
    const detail = error?.type === 'NOT_FOUND'
        ? 'not found, or the token cannot read it'
        : error?.type === 'FORBIDDEN'
            ? 'the token may not read it'
            : oneLine(error?.message ?? 'GitHub returned nothing for it');
    return { kind: 'unknown', state: 'unknown', detail };
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 199)}\u2026` : flat;
}

;// CONCATENATED MODULE: ./src/github/milestones.ts




/**
 * The milestones a manifest's phases name, with every issue and pull request of each, in
 * batched GraphQL: one query for all of them and their first 100 issues and 100 pull
 * requests, sent beside the link query; then one query per further page for all the
 * milestones that have more. No request per item. A listing that stops short (GitHub fails
 * on a later page, or more pages than `MAX_PAGE_ROUNDS`) leaves fewer items than GitHub's
 * count, which the verdict reads as incomplete: it fails closed.
 */
/** Items per page: GitHub's largest. */
const PAGE = 100;
/** Milestones whose title contains the one asked for, read to find the one titled exactly so. */
const TITLE_MATCHES = 20;
/** Pages read after the first: 5,000 issues and 5,000 pull requests per milestone, far past any release. */
const MAX_PAGE_ROUNDS = 50;
async function readMilestones(client, repository, refs, options) {
    const results = new Map();
    if (refs.length === 0)
        return results;
    const session = { client, dialect: serverDialect(client), options };
    let answer;
    for (;;) {
        const { query, variables } = milestonesQuery(repository, refs, nodeFields(session.dialect));
        try {
            answer = await client.graphql(query, variables);
        }
        catch (error) {
            const detail = `GitHub did not answer: ${error instanceof Error ? error.message : String(error)}`;
            for (const ref of refs)
                results.set(milestoneKey(ref), { found: false, missing: false, detail });
            return results;
        }
        const message = answer.errors.map((e) => e.message).join('; ');
        // A server that lacks a field is asked again without it, as for links.
        if (!answer.data && dropUnsupportedFields(session, message))
            continue;
        break;
    }
    if (!answer.data?.repository) {
        const detail = (0,github_errors/* oneLine */.TN)(answer.errors.map((e) => e.message).join('; ') || 'GitHub returned nothing for it');
        for (const ref of refs)
            results.set(milestoneKey(ref), { found: false, missing: false, detail });
        return results;
    }
    const found = [];
    refs.forEach((ref, i) => {
        const lookup = lookupOf(ref, answer.data?.repository?.[`m${i}`] ?? null, milestones_errorAt(answer.errors, `m${i}`));
        if ('node' in lookup)
            found.push({ key: milestoneKey(ref), node: lookup.node, items: itemsOf(repository, lookup.node) });
        else
            results.set(milestoneKey(ref), lookup);
    });
    await readFurtherPages(client, repository, found, nodeFields(session.dialect));
    await countMilestoneSubIssues(client, found);
    for (const { key, node, items } of found)
        results.set(key, milestoneFound(node, items));
    return results;
}
function milestonesQuery(repository, refs, linkFields) {
    const variables = { owner: repository.owner, name: repository.repo };
    const declarations = ['$owner: String!', '$name: String!'];
    const parts = refs.map((ref, i) => {
        variables[`r${i}`] = ref;
        if (typeof ref === 'number') {
            declarations.push(`$r${i}: Int!`);
            return `m${i}: milestone(number: $r${i}) { ...Milestone }`;
        }
        declarations.push(`$r${i}: String!`);
        return `m${i}: milestones(query: $r${i}, first: ${TITLE_MATCHES}) { pageInfo { hasNextPage } nodes { ...Milestone } }`;
    });
    const items = `totalCount pageInfo { hasNextPage endCursor } nodes { number ...Link }`;
    const query = `query ReadinessMilestones(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${parts.join(' ')} } } ` +
        `fragment Milestone on Milestone { number title url state dueOn issues(first: ${PAGE}) { ${items} } pullRequests(first: ${PAGE}) { ${items} } } ` +
        `fragment Link on IssueOrPullRequest { ${linkFields} }`;
    return { query, variables };
}
/** The milestone an answer names: by number, or the one titled exactly as written among those whose title contains it. */
function lookupOf(ref, answer, error) {
    if (error && error.type !== 'NOT_FOUND')
        return { found: false, missing: false, detail: (0,github_errors/* oneLine */.TN)(error.message) };
    if (answer === null)
        return error || typeof ref === 'number' ? { found: false, missing: true } : unread('no answer');
    if (!('nodes' in answer))
        return { node: answer };
    const exact = answer.nodes.find((node) => node?.title === ref) ?? undefined;
    if (exact)
        return { node: exact };
    const folded = answer.nodes.filter((node) => node?.title.toLowerCase() === String(ref).toLowerCase());
    if (folded.length === 1)
        return { node: folded[0] };
    // Past the titles read, the one wanted may still be there: that is no proof it is missing.
    if (answer.pageInfo.hasNextPage)
        return unread(`more than ${TITLE_MATCHES} milestones have titles containing it`);
    return { found: false, missing: true };
}
function unread(detail) {
    return { found: false, missing: false, detail };
}
function itemsOf(repository, node) {
    return [...(node.issues?.nodes ?? []), ...(node.pullRequests?.nodes ?? [])].flatMap((item) => item ? [{ target: { ...repository, number: item.number }, status: statusOf(item) }] : []);
}
/** Milestone items, as links, count only the sub-issues still open: one query for those whose summary cannot say. */
async function countMilestoneSubIssues(client, found) {
    const items = found.flatMap((entry) => entry.items);
    const need = items.filter((item) => needsSubIssueCount(item.status));
    if (need.length === 0)
        return;
    const states = links_links/* LinkStates */.R5.of(need.map((item) => [item.target, item.status]));
    await countOpenSubIssues(client, need.map((item) => item.target), states);
    for (const item of need)
        item.status = states.get(item.target) ?? item.status;
}
function milestoneFound(node, items) {
    return {
        found: true,
        number: node.number,
        title: node.title,
        url: node.url,
        state: node.state === 'CLOSED' ? 'closed' : 'open',
        // GitHub keeps the due date as a time at the start of that day: the date is what was set.
        ...(node.dueOn ? { due: node.dueOn.slice(0, 10) } : {}),
        items,
        total: node.issues.totalCount + node.pullRequests.totalCount,
    };
}
/**
 * The pages after the first, one query per round for every milestone that has more. A page
 * GitHub does not give ends that listing: its items stay fewer than its count.
 */
async function readFurtherPages(client, repository, found, linkFields) {
    let cursors = found.flatMap((entry) => nextCursors(entry, entry.node));
    for (let round = 0; cursors.length > 0 && round < MAX_PAGE_ROUNDS; round++) {
        const variables = { owner: repository.owner, name: repository.repo };
        const declarations = ['$owner: String!', '$name: String!'];
        const parts = cursors.map((cursor, i) => {
            variables[`n${i}`] = cursor.entry.node.number;
            variables[`a${i}`] = cursor.after;
            declarations.push(`$n${i}: Int!`, `$a${i}: String!`);
            const items = `totalCount pageInfo { hasNextPage endCursor } nodes { number ...Link }`;
            return `p${i}: milestone(number: $n${i}) { ${cursor.connection}(first: ${PAGE}, after: $a${i}) { ${items} } }`;
        });
        const query = `query ReadinessMilestonePages(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${parts.join(' ')} } } ` +
            `fragment Link on IssueOrPullRequest { ${linkFields} }`;
        const { data } = await client.graphql(query, variables).catch(() => ({ data: null }));
        cursors = cursors.flatMap((cursor, i) => {
            const page = data?.repository?.[`p${i}`]?.[cursor.connection];
            if (!page)
                return [];
            cursor.entry.items.push(...itemsOf(repository, { issues: emptyConnection, pullRequests: emptyConnection, [cursor.connection]: page }));
            return nextCursors(cursor.entry, { [cursor.connection]: page });
        });
    }
}
const emptyConnection = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };
function nextCursors(entry, node) {
    return ['issues', 'pullRequests'].flatMap((connection) => {
        const info = node[connection]?.pageInfo;
        return info?.hasNextPage && info.endCursor ? [{ entry, connection, after: info.endCursor }] : [];
    });
}
function milestones_errorAt(errors, alias) {
    return errors.find((error) => error.path?.[0] === 'repository' && error.path[1] === alias);
}

;// CONCATENATED MODULE: ./src/github/pulls.ts
/** How many closing references are read; a pull request rarely closes more. */
const CLOSING_REFERENCES_READ = 100;
/** The fields of `closingIssuesReferences` every query of them asks for. */
const closingFields = 'totalCount nodes { number repository { name owner { login } } }';
function closingTargets(references) {
    return references.nodes.flatMap((node) => (node ? [{ owner: node.repository.owner.login, repo: node.repository.name, number: node.number }] : []));
}
/**
 * The issues GitHub will close when the pull request merges (its closing keywords, such as
 * "Fixes #12"). Undefined when GitHub could not say: then the pull request closes nothing
 * for the evaluation, which can only leave it less ready, never wrongly ready.
 */
async function closingIssues(client, repository, number) {
    const query = `query ReadinessClosingIssues { repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ` +
        `pullRequest(number: ${number}) { closingIssuesReferences(first: ${CLOSING_REFERENCES_READ}) { ${closingFields} } } } }`;
    const { data } = await client.graphql(query);
    const references = data?.repository?.pullRequest?.closingIssuesReferences;
    return references ? closingTargets(references) : undefined;
}

;// CONCATENATED MODULE: ./src/github/labels.ts
/** Pull requests per query: two small connections each, far inside GitHub's limits. */
const PULLS_PER_QUERY = 50;
/** Labels and label events read per pull request; a pull request rarely carries more. */
const LABELS_READ = 100;
/**
 * The labels of each pull request, with when each was last added. A pull request GitHub
 * did not answer for has no entry: no label passes a window for it.
 */
async function readPullRequestLabels(client, repository, numbers) {
    const labels = new Map();
    const batches = [];
    for (let start = 0; start < numbers.length; start += PULLS_PER_QUERY)
        batches.push(numbers.slice(start, start + PULLS_PER_QUERY));
    await Promise.all(batches.map(async (batch) => {
        const { data } = await client.graphql(labelQuery(repository, batch));
        for (const number of batch) {
            const pull = data?.repository?.[`pr${number}`];
            if (pull?.labels?.nodes)
                labels.set(number, labelsOf(pull));
        }
    }));
    return labels;
}
function labelQuery(repository, numbers) {
    const fields = `labels(first: ${LABELS_READ}) { nodes { name } } ` +
        `timelineItems(itemTypes: [LABELED_EVENT], last: ${LABELS_READ}) { nodes { ... on LabeledEvent { createdAt label { name } } } }`;
    const pulls = numbers.map((number) => `pr${number}: pullRequest(number: ${number}) { ${fields} }`).join(' ');
    return `query ReadinessLabels { repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ${pulls} } }`;
}
/** Each label on the pull request, with the time of the latest event that added it. */
function labelsOf(pull) {
    const added = new Map();
    for (const event of pull.timelineItems?.nodes ?? []) {
        const name = event?.label?.name.toLowerCase();
        // Oldest first: a later event that added the label again is the one that counts.
        if (name && event?.createdAt)
            added.set(name, event.createdAt);
    }
    return (pull.labels?.nodes ?? []).flatMap((label) => {
        if (!label)
            return [];
        const addedAt = added.get(label.name.toLowerCase());
        return [{ name: label.name, ...(addedAt ? { addedAt } : {}) }];
    });
}

;// CONCATENATED MODULE: ./src/service/evaluator.ts
/**
 * The one evaluation path for the action and the CLI alike: manifest \u2192 link targets \u2192
 * link states from GitHub (or none offline) \u2192 pull-request scope \u2192 verdict.
 */











/** Today's date as GitHub's runners and the manifest write it: YYYY-MM-DD in UTC. */
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/**
 * Evaluates manifests against GitHub. Link states are fetched once per run and shared by
 * every evaluation, so a refresh of many pull requests asks for each link once.
 */
class PlanEvaluator {
    options;
    links = new links_links/* LinkStates */.R5();
    /** Milestones read so far, by `milestoneKey`: read with the links, once per run. */
    milestones = new Map();
    /** Labels of pull requests, read once each, only while a window that a label passes is open. */
    labels = new Map();
    constructor(options) {
        this.options = options;
    }
    async evaluate(manifest, pullRequest) {
        const { gate, today, repository, moment } = this.options;
        const [links, milestones, scope] = await Promise.all([
            this.linkStates(manifest),
            this.milestoneStates([manifest]),
            pullRequest ? this.pullRequestScope(manifest, pullRequest) : undefined,
        ]);
        return evaluate(manifest, {
            gate,
            today,
            ...(moment ? { moment } : {}),
            links,
            ...(milestones ? { milestones } : {}),
            ...(repository ? { repository } : {}),
            ...(scope ? { pullRequest: scope.scope, caveats: scope.caveats } : {}),
        });
    }
    /**
     * Resolves the links of several manifests at once, before they are evaluated side by
     * side: evaluations running together would each ask for the links none has yet.
     */
    async resolveLinksOf(manifests) {
        if (!this.options.github)
            return;
        const all = [...manifests];
        await Promise.all([this.linkStates(all), this.milestoneStates(all)]);
    }
    /** The milestones the manifests' phases name, read beside their links (one batched query, see milestones.ts). */
    async milestoneStates(manifests) {
        const { github, repository } = this.options;
        if (!github || !repository)
            return undefined;
        const refs = manifests.flatMap((manifest) => manifest.data.phases.flatMap((phase) => (phase.milestone === undefined ? [] : [phase.milestone])));
        const missing = [...new Map(refs.map((ref) => [milestoneKey(ref), ref])).entries()].filter(([key]) => !this.milestones.has(key));
        if (missing.length > 0) {
            const read = await readMilestones(github, repository, missing.map(([, ref]) => ref), { warn: this.options.warn });
            for (const [key, lookup] of read)
                this.milestones.set(key, lookup);
        }
        return this.milestones;
    }
    /** Reads, in batched queries, the labels of the pull requests whose plans have a window open that a label passes. */
    resolveLabelsOf(pulls) {
        const wanted = pulls.filter((pull) => !this.labels.has(pull.number) && this.wantsLabels(pull.manifest)).map((pull) => pull.number);
        const { github, repository } = this.options;
        if (wanted.length === 0 || !github || !repository)
            return;
        const reading = readPullRequestLabels(github, repository, wanted);
        // Not a swallowed error: each pull request's evaluation awaits its entry and fails on it.
        reading.catch(() => { });
        for (const number of wanted)
            this.labels.set(number, reading.then((all) => all.get(number)));
    }
    wantsLabels(manifest) {
        const { gate, moment } = this.options;
        return manifest.freezes.length > 0 && moment !== undefined && needsLabels(manifest.freezes, gate, moment);
    }
    /** The labels of the pull request, when a window a label passes is open; no request otherwise. */
    async labelsOf(manifest, number) {
        if (!this.labels.has(number))
            this.resolveLabelsOf([{ number, manifest }]);
        const labels = await this.labels.get(number);
        if (this.labels.has(number) && !labels)
            this.options.warn(`Could not read the labels of pull request #${number}: no label passes a freeze window for it.`);
        return labels;
    }
    async linkStates(manifest) {
        const { github, repository } = this.options;
        if (!github)
            return 'offline';
        const targets = Array.isArray(manifest) ? manifest.flatMap((one) => linkTargets(one, repository)) : linkTargets(manifest, repository);
        const missing = targets.filter((target) => !this.links.has(target));
        if (missing.length > 0)
            this.links.addAll(await resolveLinks(github, missing, { warn: this.options.warn }));
        return this.links;
    }
    /**
     * What the verdict needs to know of a pull request: the phases its changed files touch
     * (listed only when phases have `paths`) and the issues it closes when merged.
     */
    async pullRequestScope(manifest, pullRequest) {
        const { github, repository } = this.options;
        const { number } = pullRequest;
        if (!github || !repository)
            return { scope: { number, touchedPhases: new Set() }, caveats: [] };
        const [touched, closes, labels] = await Promise.all([
            this.touchedPhases(manifest, pullRequest),
            this.closes(manifest, pullRequest),
            this.labelsOf(manifest, number),
        ]);
        const scope = {
            number,
            touchedPhases: touched.phases,
            ...(closes ? { closes } : {}),
            ...(labels ? { labels } : {}),
            ...(pullRequest.closedUnmerged ? { closedUnmerged: true } : {}),
        };
        return { scope, caveats: touched.caveats };
    }
    async touchedPhases(manifest, pullRequest) {
        const { github, repository } = this.options;
        if (!usesPaths(manifest))
            return { phases: new Set(), caveats: [] };
        const [files, matches] = await Promise.all([
            pullRequest.files ?? listChangedFiles(github, repository, pullRequest.number, pullRequest.changedFiles),
            loadPathMatcher(),
        ]);
        if (files.complete)
            return { phases: phasesTouched(manifest, files.names, matches), caveats: [] };
        // Fail closed: an unlisted file could match any phase's paths.
        const caveat = `GitHub lists at most ${(0,words/* thousands */.oh)(LISTED_FILES_LIMIT)} of the files a pull request changes, and #${pullRequest.number} changes ` +
            `${(0,words/* thousands */.oh)(files.changed)} files: every phase with \`paths\` counts as touched`;
        return { phases: 'all', caveats: [caveat] };
    }
    /** Only a manifest that links to issues, or takes a milestone's, can be completed by closing them. */
    async closes(manifest, pullRequest) {
        const { github, repository, warn } = this.options;
        const { number } = pullRequest;
        const milestones = manifest.data.phases.some((phase) => phase.milestone !== undefined);
        if (!milestones && linkTargets(manifest, repository).length === 0)
            return undefined;
        const closes = await (pullRequest.closes ?? closingIssues(github, repository, number));
        if (!closes)
            warn(`Could not read which issues pull request #${number} closes; issues it would close count as still open.`);
        return closes;
    }
}


/***/ })

};
