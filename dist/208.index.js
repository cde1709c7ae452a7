export const id = 208;
export const ids = [208];
export const modules = {

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

/***/ 7208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ALIAS_VALUES: () => (/* reexport */ MAX_ALIAS_VALUES),
  MAX_MANIFEST_BYTES: () => (/* reexport */ limits/* MAX_MANIFEST_BYTES */.Z),
  MAX_PROBLEMS: () => (/* reexport */ MAX_PROBLEMS),
  dependenciesFirst: () => (/* reexport */ dependenciesFirst),
  manifestTooLarge: () => (/* reexport */ limits/* manifestTooLarge */.v),
  noBlockingPhase: () => (/* reexport */ noBlockingPhase),
  parseManifest: () => (/* binding */ parseManifest)
});

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


/***/ })

};
