export const id = 929;
export const ids = [929];
export const modules = {

/***/ 4929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
;// CONCATENATED MODULE: ./src/core/views/freeze-words.ts
/**
 * `relative: false` leaves out "(in 5 days)", for a commit status: a description that changes
 * with the clock would be rewritten on every refresh, not only when a window opens or closes.
 */
function freezeWords(report, options = { relative: true }) {
    const freezes = report.freezes ?? [];
    const open = freezes.filter((freeze) => freeze.state === 'open');
    const first = open[0];
    const more = open.length > 1 ? ` and ${open.length - 1} more ${open.length === 2 ? 'window' : 'windows'}` : '';
    const when = first && options.relative ? ` (${relative(first.at, first.until)})` : '';
    return {
        ...(first ? { headline: `frozen \u2014 ${first.name} until ${localTime(first.until, first.timezone)}${when}${more}` } : {}),
        notes: freezes.filter((freeze) => freeze.state !== 'open').map(note),
    };
}
function note(freeze) {
    const until = `until ${localTime(freeze.until, freeze.timezone)}`;
    if (freeze.state === 'overridden') {
        const since = freeze.overriddenSince ? `, there since ${localTime(freeze.overriddenSince, freeze.timezone)}` : '';
        return `${freeze.name} is open ${until}, but this pull request carries its label ${freeze.overrideLabel}${since}: it passes`;
    }
    return `${freeze.name} opens ${localTime(freeze.from, freeze.timezone)} (${relative(freeze.at, freeze.from)}), ${until}`;
}
/** "Mon 4 Jan 09:00 CET": the instant as the window's zone shows it. */
function localTime(instant, timezone) {
    const parts = new Intl.DateTimeFormat('en-GB', { ...FIELDS, timeZone: timezone }).formatToParts(new Date(instant));
    const part = (type) => parts.find((one) => one.type === type)?.value ?? '';
    return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')} ${zoneName(instant, part('timeZoneName'), timezone)}`;
}
const FIELDS = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
};
/**
 * The zone's abbreviation: British English names European zones (CET, BST), American English
 * American ones (EST, PDT); where neither has one, the offset (GMT+9) stays.
 */
function zoneName(instant, british, timezone) {
    if (!/^GMT[+-]/.test(british))
        return british;
    const american = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'short' })
        .formatToParts(new Date(instant))
        .find((one) => one.type === 'timeZoneName')?.value;
    return american && !/^GMT[+-]/.test(american) ? american : british;
}
let relativeFormat;
/** "in 5 days", "in 3 hours", "in 20 minutes": from the judged moment to `then`. */
function relative(from, then) {
    const minutes = (Date.parse(then) - Date.parse(from)) / 60_000;
    const format = (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'always' }));
    if (minutes < 60)
        return format.format(Math.max(1, Math.ceil(minutes)), 'minute');
    if (minutes < 48 * 60)
        return format.format(Math.round(minutes / 60), 'hour');
    return format.format(Math.round(minutes / (24 * 60)), 'day');
}

;// CONCATENATED MODULE: ./src/core/views/render-report.ts




/** GitHub rejects comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** GitHub rejects a step summary larger than 1 MiB. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const REASON_MAX = 300;
const LINK_TITLE_MAX = 60;
const LINKS_SHOWN = 10;
/** Phase ids named in the headline; the table names the rest. */
const HEADLINE_IDS = 20;
/**
 * Shapes tried in turn until the report fits: first the per-phase item lists shrink (the
 * longest lists first, as every list is cut to the same length), then the phase table keeps
 * only the gate's incomplete phases, fewer and fewer of them. The heading and the headline
 * are always there.
 */
const SHAPES = [
    ...[Infinity, 500, 200, 100, 50, 20, 10, 5, 3].map((tasks) => ({ tasks, sections: Infinity, phaseRows: Infinity, titleMax: 200 })),
    ...[3, 2, 1].map((tasks) => ({ tasks, sections: Infinity, phaseRows: Infinity, titleMax: 80 })),
    ...[50, 20, 10, 5, 0].map((sections) => ({ tasks: 1, sections, phaseRows: Infinity, titleMax: 80 })),
    ...[2000, 1000, 500, 200, 100, 50, 20, 10, 5].map((phaseRows) => ({ tasks: 0, sections: 0, phaseRows, titleMax: 60 })),
];
function renderMarkdownReport(report, options, limit) {
    // Shapes with more table rows than could possibly fit are not worth rendering.
    const lists = listedItems(report, options).map(({ tasks }) => tasks.length);
    const first = Math.max(0, SHAPES.findIndex((shape) => rowCount(report, lists, shape) * MIN_ROW <= limit.max));
    const full = renderShape(report, options, SHAPES[first]);
    if (limit.measure(full) <= limit.max)
        return full;
    // Each shape is no larger than the one before it: search for the first that fits.
    let low = first + 1;
    let high = SHAPES.length - 1;
    let fitting;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const text = renderShape(report, options, SHAPES[middle]);
        if (limit.measure(text) <= limit.max) {
            fitting = text;
            high = middle - 1;
        }
        else {
            low = middle + 1;
        }
    }
    return fitting ?? hardTruncate(renderShape(report, options, SHAPES[SHAPES.length - 1]), options, limit);
}
/** The fewest characters a table row can take: `| \`x\` | \u2026 |` with its cells. */
const MIN_ROW = 30;
/** How many item rows and phase rows a shape shows at least, without rendering it. */
function rowCount(report, lists, shape) {
    const phaseRows = shape.phaseRows === Infinity ? report.phases.length : Math.min(shape.phaseRows, report.phases.length);
    return lists.slice(0, shape.sections).reduce((rows, tasks) => rows + Math.min(tasks, shape.tasks), phaseRows);
}
/**
 * The phases that get a section of items, with the items it lists: every item, or for the
 * comment those that need attention, in the gate's phases or marked done against their links.
 */
function listedItems(report, options) {
    const lists = [];
    for (const phase of report.phases) {
        const tasks = options.detail === 'all' ? phase.tasks : phase.tasks.filter(policy/* needsAttention */.e_);
        if (tasks.length === 0)
            continue;
        if (options.detail === 'problems' && !(0,policy/* isGated */.m3)(phase) && !tasks.some((t) => t.drift))
            continue;
        lists.push({ phase, tasks });
    }
    return lists;
}
const measureCharacters = (text) => text.length;
const measureBytes = (text) => Buffer.byteLength(text, 'utf8');
/** The last resort: cut at a line, keeping the heading and headline, and say so. */
function hardTruncate(text, options, limit) {
    const note = `\n\n_The report was cut to fit GitHub\u2019s size limit${options.detail === 'problems' ? '; the job summary shows more' : ''}._\n`;
    let keep = text.length;
    while (keep > 0 && limit.measure(text.slice(0, keep) + note) > limit.max)
        keep = Math.floor(keep * 0.9);
    return text.slice(0, text.lastIndexOf('\n', keep) + 1) + note;
}
function renderShape(report, options, shape) {
    const lines = [];
    const icon = report.ready ? '\u2705' : '\u274c';
    const freeze = freezeWords(report);
    const verdict = report.ready ? 'ready' : freeze.headline ? (0,markdown/* escapeMarkdown */.FV)(freeze.headline) : 'not ready';
    lines.push(`### ${icon} ${(0,markdown/* escapeMarkdown */.FV)(report.title)}: ${(0,markdown/* codeSpan */.SS)(report.gate)} gate is ${verdict}`, '');
    lines.push(headline(report) + freeze.notes.map((note) => `\n\n> \u2744\ufe0f ${(0,markdown/* escapeMarkdown */.FV)(note)}`).join(''), '');
    lines.push(...phaseTable(report, shape), '');
    let hiddenTasks = 0;
    for (const [section, { phase, tasks }] of listedItems(report, options).entries()) {
        const shown = section < shape.sections ? tasks.slice(0, shape.tasks) : [];
        hiddenTasks += tasks.length - shown.length;
        if (shown.length === 0)
            continue;
        lines.push(`#### ${present/* PHASE_LOOK */.qZ[(0,present/* phaseState */.RI)(phase)].icon} ${(0,markdown/* codeSpan */.SS)(phase.id)} ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(phase.name, shape.titleMax))}`, '');
        lines.push(...taskTable(shown, shape, options), '');
        if (shown.length < tasks.length) {
            lines.push(`_${tasks.length - shown.length} more of ${tasks.length} items in ${(0,markdown/* escapeMarkdown */.FV)(phase.id)} not shown._`, '');
        }
    }
    if (hiddenTasks > 0)
        lines.push(leftOutNote(hiddenTasks, options), '');
    if (options.footer)
        lines.push(options.footer, '');
    return lines.join('\n');
}
/** Says how much was left out, and only points where more is really shown. */
function leftOutNote(hidden, options) {
    const where = options.detail === 'problems' ? ' The job summary shows more.' : ' `readiness-gate check --verbose` on the manifest lists every item.';
    return `_To stay within GitHub\u2019s size limit, ${hidden} items were left out.${where}_`;
}
function phaseTable(report, shape) {
    const rows = ['| Phase | Name | Blocking | Status | Items |', '|---|---|---|---|---|'];
    const row = (phase) => `| ${(0,markdown/* codeSpan */.SS)(phase.id)} | ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(phase.name, shape.titleMax))} | ${phase.blocking ? 'yes' : 'no'} | ${phaseStatus(phase)} | ${(0,present/* satisfiedCount */.IQ)(phase)}/${phase.tasks.length} (${phase.completion}%) |`;
    if (shape.phaseRows === Infinity)
        return [...rows, ...report.phases.map(row)];
    // Too many phases for one table: the gate's incomplete phases are the ones that matter.
    const incomplete = report.phases.filter((phase) => (0,policy/* isGated */.m3)(phase) && !phase.complete);
    const shown = incomplete.slice(0, shape.phaseRows);
    const hidden = report.phases.length - shown.length;
    const hiddenIncomplete = incomplete.length - shown.length;
    const which = hiddenIncomplete > 0 ? ` (${hiddenIncomplete} of them incomplete)` : ' (complete, skipped or not in the gate)';
    return [...rows, ...shown.map(row), ...(hidden > 0 ? ['', `_${hidden} more phases not shown${which}._`] : [])];
}
function headline(report) {
    const parts = [`**${report.completion}%** of the gate\u2019s items are satisfied (${report.counts.satisfied}/${report.counts.items})`];
    if (report.incompletePhases.length > 0)
        parts.push(`incomplete: ${idList(report.incompletePhases)}`);
    if (report.skippedPhases.length > 0)
        parts.push(`skipped (${present/* SKIPPED_BECAUSE */.qs}): ${idList(report.skippedPhases)}`);
    const completes = (0,present/* completedByThisPullRequestWords */.QE)(report);
    if (completes)
        parts.push(`\ud83d\udfe3 ${(0,markdown/* escapeMarkdown */.FV)(completes)}`);
    if (report.counts.drift > 0)
        parts.push(`\u26a0\ufe0f ${report.counts.drift} marked done but contradicted by their links`);
    if (report.counts.overdue > 0)
        parts.push(`\u23f0 ${report.counts.overdue} overdue`);
    if (report.counts.expiredWaivers > 0)
        parts.push(`${report.counts.expiredWaivers} expired waivers`);
    if (!report.verified)
        parts.push('links not verified (offline)');
    const caveats = report.caveats.map((caveat) => `\n\n> \u26a0\ufe0f ${(0,markdown/* escapeMarkdown */.FV)(caveat)}`).join('');
    return parts.join(' \u00b7 ') + caveats;
}
/** Phase ids as code spans, the first few of a long list and how many more. */
function idList(ids) {
    const shown = ids.slice(0, HEADLINE_IDS).map(markdown/* codeSpan */.SS).join(', ');
    return ids.length > HEADLINE_IDS ? `${shown} and ${ids.length - HEADLINE_IDS} more` : shown;
}
function phaseStatus(phase) {
    const state = (0,present/* phaseState */.RI)(phase);
    const look = present/* PHASE_LOOK */.qZ[state];
    if (state === 'not-in-gate' || state === 'skipped')
        return `${look.icon} ${look.words}${phase.complete ? ' (complete)' : ''}`;
    const parts = [`${look.icon} ${look.words}`];
    if (phase.empty)
        parts.push(present/* PHASE_HAS_NO_ITEMS */.O4);
    if (phase.unmetRequires.length > 0)
        parts.push(`needs ${phase.unmetRequires.map(markdown/* codeSpan */.SS).join(', ')}`);
    if (phase.overdue)
        parts.push(`\u23f0 due ${(0,markdown/* escapeMarkdown */.FV)(phase.due ?? '')}`);
    return parts.join(', ');
}
/** The item table; the Notes column (the manifest's notes) only when an item has some. */
function taskTable(tasks, shape, options) {
    const withNotes = tasks.some((task) => task.notes);
    const header = withNotes
        ? ['| Task | Title | Owner | Status | Links | Why | Notes |', '|---|---|---|---|---|---|---|']
        : ['| Task | Title | Owner | Status | Links | Why |', '|---|---|---|---|---|---|'];
    return [...header, ...tasks.map((task) => taskRow(task, shape, options, withNotes))];
}
function taskRow(task, shape, options, withNotes) {
    const status = (0,present/* taskStatusWords */.Zr)(task);
    const why = [];
    if (task.drift)
        why.push('\u26a0\ufe0f **drift**');
    if (task.overdue)
        why.push(`\u23f0 overdue (due ${(0,markdown/* escapeMarkdown */.FV)(task.due ?? '')})`);
    why.push((0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(task.reason, REASON_MAX)));
    if (task.hint)
        why.push(`\ud83d\udca1 ${(0,markdown/* escapeMarkdown */.FV)(task.hint)}`);
    const links = task.links.slice(0, LINKS_SHOWN).map((link) => linkCell(link, options));
    if (task.links.length > LINKS_SHOWN)
        links.push(`+${task.links.length - LINKS_SHOWN} more`);
    const title = `${task.kind === 'acceptance' ? '_acceptance:_ ' : ''}${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(task.title, shape.titleMax))}`;
    const cells = [(0,markdown/* codeSpan */.SS)(task.id), title, (0,markdown/* escapeMarkdown */.FV)(task.owner ?? ''), status, links.join('<br>'), why.join(' \u2014 ')];
    if (withNotes)
        cells.push((0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(task.notes ?? '', REASON_MAX)));
    return `| ${cells.join(' | ')} |`;
}
/**
 * A link as a real link to the issue's page, with its title when GitHub told it. A link
 * from a comment adds a back-reference on the issue once, which is what a reader expects.
 */
function linkCell(link, options) {
    const look = present/* LINK_LOOK */.Re[link.state];
    const title = link.title ? (0,markdown/* truncate */.xv)(link.title, LINK_TITLE_MAX) : undefined;
    const progress = (0,present/* subIssueProgress */.Fx)(link);
    const target = (0,markdown/* issueLink */.MN)(link, { ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}), ...(title ? { title: `\u00b7 ${title}` } : {}) });
    return `${look.icon} ${target} ${(0,present/* linkWords */.kG)(link)}${progress ? ` (${progress})` : ''}`;
}

// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/core/views/render-text.ts






const ansi = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURS = { good: ansi(32, 39), bad: ansi(31, 39), warn: ansi(33, 39), dim: ansi(2, 22), strong: ansi(1, 22) };
const plain = (text) => text;
const NO_COLOURS = { good: plain, bad: plain, warn: plain, dim: plain, strong: plain };
/**
 * The terminal report of `readiness-gate check`: the gate's phases with the items that need
 * attention, other phases one line each. Text from the manifest or from issues is stripped of
 * escape sequences and control characters, so it cannot move the cursor or retitle the terminal.
 */
function renderTextReport(report, options = {}) {
    const paint = options.colour ? COLOURS : NO_COLOURS;
    const lines = [];
    const freeze = freezeWords(report);
    const verdict = report.ready ? paint.good('READY') : paint.bad(freeze.headline ? `NOT READY, ${(0,markdown/* terminalLine */.tL)(freeze.headline)}` : 'NOT READY');
    lines.push(paint.strong(`${(0,markdown/* terminalLine */.tL)(report.title)} \u2014 gate '${(0,markdown/* terminalLine */.tL)(report.gate)}': `) + verdict);
    for (const note of freeze.notes)
        lines.push(paint.warn(`Freeze: ${(0,markdown/* terminalLine */.tL)(note)}`));
    lines.push(`${report.completion}% of the gate's items satisfied (${report.counts.satisfied}/${report.counts.items})` +
        (report.verified ? '' : '; links not verified (offline: declared statuses are used)'));
    lines.push('');
    let unlisted = 0;
    for (const phase of report.phases) {
        const inGate = (0,policy/* isGated */.m3)(phase);
        const attention = phase.tasks.filter(policy/* needsAttention */.e_);
        const tasks = options.verbose ? phase.tasks : inGate ? attention : [];
        if (!inGate && !options.verbose)
            unlisted += attention.length;
        lines.push(phaseLine(phase, paint, inGate || options.verbose ? undefined : attention));
        for (const task of tasks)
            lines.push(`      ${taskLine(task, paint)}`);
    }
    lines.push('');
    if (report.incompletePhases.length > 0)
        lines.push(`Incomplete phases: ${report.incompletePhases.join(', ')}`);
    if (report.skippedPhases.length > 0)
        lines.push(`Skipped (${present/* SKIPPED_BECAUSE */.qs}): ${report.skippedPhases.join(', ')}`);
    const completes = (0,present/* completedByThisPullRequestWords */.QE)(report);
    if (completes)
        lines.push(`Pull request: ${completes}`);
    if (report.counts.drift > 0)
        lines.push(paint.warn(`Drift: ${(0,words/* count */.U9)(report.counts.drift, 'item')} marked done but contradicted by their links`));
    if (report.counts.overdue > 0)
        lines.push(paint.warn(`Overdue: ${(0,words/* count */.U9)(report.counts.overdue, 'item')}`));
    if (report.counts.expiredWaivers > 0)
        lines.push(paint.warn(`Expired waivers: ${report.counts.expiredWaivers}`));
    for (const caveat of report.caveats)
        lines.push(`Note: ${(0,markdown/* terminalLine */.tL)(caveat)}`);
    if (unlisted > 0)
        lines.push(paint.dim(`${(0,words/* count */.U9)(unlisted, 'item')} of phases outside the gate not listed; --verbose lists every item.`));
    return lines.join('\n') + '\n';
}
/** One phase; `outside` holds the items needing attention of a phase outside the gate, counted, not listed. */
function phaseLine(phase, paint, outside) {
    const state = (0,present/* phaseState */.RI)(phase);
    const notes = [];
    if (phase.blocking)
        notes.push('blocking');
    if (phase.empty)
        notes.push(present/* PHASE_HAS_NO_ITEMS */.O4);
    if (state === 'not-in-gate')
        notes.push(present/* PHASE_LOOK */.qZ[state].words);
    if (state === 'skipped')
        notes.push(`skipped: ${present/* SKIPPED_BECAUSE */.qs}`);
    if (phase.unmetRequires.length > 0)
        notes.push(`needs ${phase.unmetRequires.join(', ')}`);
    if (phase.overdue)
        notes.push(`overdue since ${phase.due}`);
    if (outside && outside.length > 0)
        notes.push(`${(0,words/* count */.U9)(outside.length, 'item')} to look at`);
    const tally = `${(0,present/* satisfiedCount */.IQ)(phase)}/${phase.tasks.length}`;
    const mark = state === 'complete'
        ? paint.good(present/* PHASE_LOOK */.qZ[state].mark)
        : state === 'incomplete'
            ? paint.bad(present/* PHASE_LOOK */.qZ[state].mark)
            : paint.dim(present/* PHASE_LOOK */.qZ[state].mark);
    const line = `${phase.id} ${(0,markdown/* terminalLine */.tL)(phase.name)}  ${tally}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
    return `  ${mark} ${state === 'not-in-gate' || state === 'skipped' ? paint.dim(line) : line}`;
}
function taskLine(task, paint) {
    const mark = task.satisfied ? paint.good(present/* PHASE_LOOK */.qZ.complete.mark) : paint.bad(present/* PHASE_LOOK */.qZ.incomplete.mark);
    const flags = [task.drift ? 'DRIFT' : '', task.overdue ? `overdue since ${task.due}` : ''].filter(Boolean).join(', ');
    const kind = task.kind === 'acceptance' ? 'acceptance ' : '';
    return (`${mark} ${kind}${task.id} ${(0,markdown/* terminalLine */.tL)(task.title)} \u2014 ${(0,markdown/* terminalLine */.tL)(task.reason)}` +
        (flags ? ` ${paint.warn(`[${flags}]`)}` : '') +
        (task.hint ? `\n        hint: ${(0,markdown/* terminalLine */.tL)(task.hint)}` : '') +
        (task.notes ? `\n        notes: ${(0,markdown/* terminalLine */.tL)(task.notes)}` : ''));
}

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/evaluate-file.ts
var evaluate_file = __webpack_require__(5174);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/terminal.ts
/**
 * Whether to colour output: only on a terminal, never when NO_COLOR is set (no-color.org)
 * or TERM is `dumb`; FORCE_COLOR turns it on anywhere (CI logs that show colours).
 */
function wantsColour(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
        return true;
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/iso.js
var iso = __webpack_require__(3102);
// EXTERNAL MODULE: ./src/service/evaluator.ts + 8 modules
var evaluator = __webpack_require__(7828);
;// CONCATENATED MODULE: ./src/cli/at-option.ts



const LOCAL = iso/* datetime */.w$({ local: true });
/** A local time and its `Z` or offset: the local part is checked as a real time, the whole parsed by `Date`. */
const WITH_OFFSET = /^(.+?)(Z|[+-]\d\d:\d\d)$/;
/**
 * `check --at TIME`: a time with `Z` or an offset is that instant; without one it is a local
 * time that each freeze window reads in its own zone, and its date is the day for waivers and
 * due dates. Without `--at`, the clock's time.
 */
function momentOf(at, now) {
    if (at === undefined)
        return { moment: { instant: now.getTime() }, today: (0,evaluator/* todayUtc */.O)(now) };
    if (LOCAL.safeParse(at).success)
        return { moment: { local: at }, today: at.slice(0, 10) };
    const local = WITH_OFFSET.exec(at)?.[1];
    const instant = Date.parse(at);
    if (local && LOCAL.safeParse(local).success && !Number.isNaN(instant)) {
        return { moment: { instant }, today: (0,evaluator/* todayUtc */.O)(new Date(instant)) };
    }
    throw new cli_args/* UsageError */.eb(`--at '${at}' is not a time \u2014 write 2026-12-24T10:00 (read in each freeze window's zone) or add Z or an offset for an instant (2026-12-24T10:00Z, 2026-12-24T10:00+01:00)`, 'check');
}

;// CONCATENATED MODULE: ./src/cli/check-command.ts










/** `readiness-gate check [manifest]`: the report as text, JSON or Markdown; exit 0 ready, 1 not. */
async function checkCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Qx)('check', args, options/* CHECK_OPTIONS */.m5, 1);
    const format = values.format ?? 'text';
    if (!options/* CHECK_FORMATS */.y4.includes(format)) {
        throw new cli_args/* UsageError */.eb(`unknown format '${format}' \u2014 expected ${(0,words/* listInWords */.Dq)(options/* CHECK_FORMATS */.y4, 'or')}`, 'check');
    }
    const serverUrl = values['server-url'] ?? io.env.GITHUB_SERVER_URL;
    const when = momentOf(values.at, new Date());
    const { report } = await (0,evaluate_file/* evaluateFile */.K)({ file: positionals[0] ?? defaults/* DEFAULT_MANIFEST_PATH */.e, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: false, ...when }, io);
    if (format === 'json')
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === 'markdown') {
        const options = { detail: 'all', ...(serverUrl ? { serverUrl } : {}) };
        io.stdout.write(renderMarkdownReport(report, options, { max: Infinity, measure: measureCharacters }));
    }
    else {
        io.stdout.write(renderTextReport(report, { verbose: values.verbose ?? false, colour: wantsColour(io.stdout, io.env) }));
    }
    return report.ready ? cli_io/* EXIT_READY */.bP : cli_io/* EXIT_NOT_READY */.f6;
}


/***/ })

};
