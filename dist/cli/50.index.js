export const id = 50;
export const ids = [50];
export const modules = {

/***/ 7050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DOCUMENT_PATH: () => (/* binding */ DEFAULT_DOCUMENT_PATH),
  renderCommand: () => (/* binding */ renderCommand)
});

// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/core/views/milestone.ts
var milestone = __webpack_require__(4048);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
;// CONCATENATED MODULE: ./src/core/views/render-document.ts



/**
 * The tracking document `readiness-gate render` writes: the verdict, a phase overview table,
 * the phases' dependencies and a task table per phase, in the shape `readiness-gate import`
 * reads back. The same manifest and link states give the same bytes. Text is escaped as in
 * the PR comment; links point only at GitHub's own issue and pull-request pages.
 */
function renderTrackingDocument(report, options) {
    const lines = [`# ${(0,markdown/* escapeMarkdown */.FV)(report.title)}`, '', verdictLine(report), '', provenance(report, options), ''];
    lines.push('## Phase overview', '', ...table(overviewColumns(options), report.phases), '');
    const edges = report.phases.flatMap((phase) => phase.requires.map((required) => [phase.id, required]));
    if (edges.length > 0) {
        lines.push('## Dependencies', '', '| Phase | Depends on |', '|-------|------------|');
        for (const [phase, required] of edges)
            lines.push(`| ${(0,markdown/* escapeMarkdown */.FV)(phase)} | ${(0,markdown/* escapeMarkdown */.FV)(required)} |`);
        lines.push('');
    }
    if (options.freezes && options.freezes.length > 0)
        lines.push(...freezeSection(options.freezes));
    for (const phase of report.phases)
        for (const line of phaseSection(phase, report.verified, options))
            lines.push(line);
    return lines.join('\n');
}
function freezeSection(freezes) {
    const when = ({ schedule }) => schedule.kind === 'fixed' ? `${schedule.from} to ${schedule.until}` : `every \`${schedule.every.replace(/`/g, '')}\`, open ${schedule.duration}`;
    const columns = [
        { name: 'Freeze window', cell: (freeze) => (0,markdown/* escapeMarkdown */.FV)(freeze.name) },
        { name: 'When', cell: when },
        { name: 'Time zone', cell: (freeze) => (0,markdown/* escapeMarkdown */.FV)(freeze.timezone) },
        { name: 'Gates', cell: (freeze) => (freeze.gates ? freeze.gates.map(markdown/* escapeMarkdown */.FV).join(', ') : 'every gate') },
        { name: 'Override label', cell: (freeze) => (0,markdown/* escapeMarkdown */.FV)(freeze.overrideLabel ?? ''), optional: true },
    ];
    return ['## Freeze windows', '', ...table(columns, freezes), ''];
}
function verdictLine(report) {
    const gate = `Gate \`${report.gate.replace(/`/g, '')}\``;
    const look = present/* VERDICT_LOOK */.cX[(0,present/* verdictOf */.Vj)(report)];
    const verdict = `**${look.symbol} ${gate} is ${look.word}**`;
    if (report.ready)
        return `${verdict} \u2014 ${(0,present/* completionWords */.__)(report)}.`;
    return `${verdict} \u2014 incomplete: ${report.incompletePhases.map(markdown/* escapeMarkdown */.FV).join(', ')}; ${(0,present/* completionWords */.__)(report)}.`;
}
function provenance(report, options) {
    const source = `\`${options.source.replace(/[`\r\n]/g, '')}\``;
    if (report.verified) {
        return `_Rendered from ${source} by readiness-gate${options.date ? ` on ${options.date}` : ''}; edit the manifest, not this file. Link states are live from GitHub._`;
    }
    return `_Rendered from ${source} by readiness-gate; edit the manifest, not this file. Statuses are as declared; links were not verified._`;
}
/** A Markdown table of the columns that have something to show. */
function table(columns, rows) {
    const cells = rows.map((row) => columns.map((column) => column.cell(row)));
    const shown = columns.map((column, c) => !column.optional || cells.some((row) => row[c] !== ''));
    const pick = (values) => values.filter((_, c) => shown[c]);
    return [
        `| ${pick(columns)
            .map((column) => column.name)
            .join(' | ')} |`,
        `|${pick(columns)
            .map((column) => '-'.repeat(column.name.length + 2))
            .join('|')}|`,
        ...cells.map((row) => `| ${pick(row).join(' | ')} |`),
    ];
}
function overviewColumns(options) {
    return [
        { name: 'Phase', cell: (phase) => (0,markdown/* escapeMarkdown */.FV)(phase.id) },
        { name: 'Name', cell: (phase) => (0,markdown/* escapeMarkdown */.FV)(phase.name) },
        { name: 'Blocking', cell: (phase) => (phase.blocking ? 'YES' : 'NO') },
        { name: 'Status', cell: (phase) => (0,present/* shown */.SP)(present/* PHASE_LOOK */.qZ[(0,present/* phaseState */.RI)(phase)]) },
        { name: 'Completion', cell: (phase) => `${phase.completion}%` },
        { name: 'Owner', cell: (phase) => owner(phase.owner, options), optional: true },
        { name: 'Due', cell: (phase) => dueCell(phase.due, phase.overdue), optional: true },
    ];
}
function phaseSection(phase, verified, options) {
    const lines = [`## ${(0,markdown/* escapeMarkdown */.FV)(phase.id)} \u2014 ${(0,markdown/* escapeMarkdown */.FV)(phase.name)}`, ''];
    const facts = [
        phase.requires.length ? `Requires: ${phase.requires.map(markdown/* escapeMarkdown */.FV).join(', ')}` : '',
        phase.unmetRequires.length ? `waiting for ${phase.unmetRequires.map(markdown/* escapeMarkdown */.FV).join(', ')}` : '',
        phase.milestone ? `Milestone: ${(0,milestone/* milestoneMarkdown */.Gk)(phase.milestone).replace(/^milestone /, '')}` : '',
    ].filter(Boolean);
    if (facts.length)
        lines.push(facts.join(' \u2014 '), '');
    if (phase.tasks.length === 0)
        return [...lines, '_No tasks yet._', ''];
    const columns = [
        { name: 'ID', cell: (task) => (0,markdown/* escapeMarkdown */.FV)(task.id) },
        { name: 'Task', cell: (task) => `${task.kind === 'acceptance' ? 'Acceptance: ' : ''}${(0,markdown/* escapeMarkdown */.FV)(task.title)}` },
        { name: 'Owner', cell: (task) => owner(task.owner, options), optional: true },
        { name: 'Status', cell: statusCell },
        { name: 'Due', cell: (task) => dueCell(task.due, task.overdue), optional: true },
        { name: 'Links', cell: (task) => linksCell(task, verified, options), optional: true },
        { name: 'Notes', cell: notesCell, optional: true },
    ];
    return [...lines, ...table(columns, phase.tasks), ''];
}
/**
 * The item's state as every view shows it; where that is not its declared status (waived,
 * drift, unknown), the status follows in words, so `import` reads the plan back as written.
 */
function statusCell(task) {
    const state = (0,present/* itemState */.nw)(task);
    const look = (0,present/* shown */.SP)(present/* ITEM_LOOK */.sH[state]);
    if (state === 'waived' || state === 'drift' || state === 'unknown')
        return `${look} (${task.status === 'done' ? 'marked done' : present/* ITEM_LOOK */.sH[task.status].word})`;
    return look;
}
function dueCell(due, overdue) {
    if (!due)
        return '';
    return overdue ? `${(0,markdown/* escapeMarkdown */.FV)(due)} ${(0,present/* shown */.SP)(present/* FLAG_LOOK */.$k.overdue)}` : (0,markdown/* escapeMarkdown */.FV)(due);
}
/** Links to the issues' pages where the repository is known; live states in words. */
function linksCell(task, verified, options) {
    const serverUrl = options.serverUrl ? { serverUrl: options.serverUrl } : {};
    return task.links.map((link) => (0,markdown/* issueLink */.MN)(link, serverUrl) + (verified ? ` (${(0,present/* linkWords */.kG)(link)})` : '')).join(', ');
}
/** The manifest's notes, and a waiver's reason, which the manifest keeps for the same reader. */
function notesCell(task) {
    const notes = task.notes ? [(0,markdown/* escapeMarkdown */.FV)(task.notes)] : [];
    if (task.waiver) {
        const until = task.waiver.expires ? ` (${task.waiver.expired ? 'expired' : 'until'} ${task.waiver.expires})` : '';
        notes.push(`Waiver: ${(0,markdown/* escapeMarkdown */.FV)(task.waiver.reason)}${until}`);
    }
    return notes.join('; ');
}
function owner(text, options) {
    return text ? (0,markdown/* ownerText */.dP)(text, options.serverUrl) : '';
}

// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/service/evaluator.ts + 12 modules
var evaluator = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/evaluate-file.ts
var evaluate_file = __webpack_require__(5174);
// EXTERNAL MODULE: ./src/cli/files.ts
var files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/render-command.ts









/** The tracking document `render --check` compares with when no `-o` is given. */
const DEFAULT_DOCUMENT_PATH = 'READINESS.md';
/** `readiness-gate render [manifest]`: the manifest as a tracking document, or `--check` that the committed one is current. */
async function renderCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Qx)('render', args, options/* RENDER_OPTIONS */.uw, 1);
    const file = positionals[0] ?? defaults/* DEFAULT_MANIFEST_PATH */.e;
    const serverUrl = values['server-url'] ?? io.env.GITHUB_SERVER_URL;
    // The git remote gives `#N` links their pages even offline.
    const { report, manifest } = await (0,evaluate_file/* evaluateFile */.KO)({ file, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: true }, io);
    const document = renderTrackingDocument(report, {
        source: (0,files/* displayName */.QC)(file),
        freezes: manifest.freezes,
        ...(report.verified ? { date: (0,evaluator/* todayUtc */.O)() } : {}),
        ...(serverUrl ? { serverUrl } : {}),
    });
    if (values.check)
        return checkDocument(values.output ?? DEFAULT_DOCUMENT_PATH, document, file, io);
    await writeOutput(values.output, document, io);
    if (values.output !== undefined && values.output !== '-') {
        const items = report.phases.reduce((sum, phase) => sum + phase.tasks.length, 0);
        const verdict = report.ready ? 'ready' : `not ready (${report.incompletePhases.join(', ')})`;
        io.stderr.write(`readiness-gate: wrote ${values.output}: ${(0,words/* count */.U9)(report.phases.length, 'phase')}, ${(0,words/* count */.U9)(items, 'item')}; gate '${report.gate}' ${verdict}\n`);
    }
    return cli_io/* EXIT_READY */.bP;
}
/** `render --check`: exit 1 when the committed document is not what the manifest renders. */
async function checkDocument(path, expected, manifest, io) {
    const actual = await (0,files/* readTextFile */.Gu)(path, { stdin: io.stdin });
    if (actual === expected) {
        io.stderr.write(`readiness-gate: ${path} is up to date\n`);
        return cli_io/* EXIT_READY */.bP;
    }
    const line = firstDifferentLine(actual, expected);
    io.stderr.write(`readiness-gate: ${path} is out of date (first difference at line ${line}); run 'readiness-gate render ${manifest} -o ${path}' and commit it\n`);
    return cli_io/* EXIT_NOT_READY */.f6;
}
function firstDifferentLine(a, b) {
    const linesA = a.split('\n');
    const linesB = b.split('\n');
    const index = linesA.findIndex((line, i) => line !== linesB[i]);
    return (index < 0 ? linesA.length : index) + 1;
}
async function writeOutput(path, text, io) {
    if (path === undefined || path === '-')
        io.stdout.write(text);
    else
        await (0,files/* writeTextFile */.Tl)(path, text);
}


/***/ }),

/***/ 8599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ freezeWords)
/* harmony export */ });
/* unused harmony export localTime */
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
        notes: freezes.map(note).filter((line) => line !== undefined),
    };
}
/** What a reader can do about a window: pass an open one by its label, or know when the next opens. */
function note(freeze) {
    const until = `until ${localTime(freeze.until, freeze.timezone)}`;
    if (freeze.state === 'open') {
        return freeze.overrideLabel ? `A pull request carrying the label ${freeze.overrideLabel} passes ${freeze.name}` : undefined;
    }
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


/***/ }),

/***/ 4048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ milestoneAdvice),
/* harmony export */   Gk: () => (/* binding */ milestoneMarkdown),
/* harmony export */   IW: () => (/* binding */ milestoneText),
/* harmony export */   RS: () => (/* binding */ milestoneTitle)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3025);
/**
 * A phase's milestone as every view shows it: its title as a link to its page, and its
 * progress \u2014 "12 of 15 closed, due 2026-12-20" \u2014 with what was dropped from its scope. One
 * wording for the comment, the summary, the terminal and the tracking document; its date
 * written as every other due date is.
 */

/** Dropped items named; the rest are counted. */
const DROPPED_NAMED = 5;
/** The number of a milestone's item: it is always of the milestone's own repository. */
function shortNumber(link) {
    return link.name.split('#').pop();
}
/** The milestone's progress in words, without its name: "12 of 15 closed, due 2026-12-20 \u00b7 dropped: #4, #9". */
function milestoneProgress(milestone, reference, words) {
    if (milestone.state === 'unverified')
        return 'not verified (offline)';
    if (milestone.state === 'unknown')
        return words(`could not be read${milestone.detail ? ` (${milestone.detail})` : ''}`);
    const parts = [milestone.total === 0 ? 'no items yet' : `${milestone.closed} of ${milestone.total} closed`];
    if (milestone.due)
        parts[0] += `, due ${milestone.due}`;
    if (milestone.state === 'closed')
        parts.push(milestone.closed < milestone.total ? 'closed with items open' : 'closed');
    if (milestone.cutShort)
        parts.push('listing cut short, so incomplete');
    if (milestone.dropped.length > 0) {
        const named = milestone.dropped.slice(0, DROPPED_NAMED).map(reference);
        const more = milestone.dropped.length - named.length;
        parts.push(`dropped: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    }
    return parts.join(' \u00b7 ');
}
/** The milestone's title as written by GitHub, or the manifest's reference when GitHub gave none. */
function milestoneTitle(milestone) {
    return milestone.title ?? (typeof milestone.ref === 'number' ? `#${milestone.ref}` : milestone.ref);
}
/** Only GitHub's own https page of a milestone is linked: never anything a manifest wrote. */
function milestoneUrl(milestone) {
    if (!milestone.url)
        return undefined;
    try {
        const url = new URL(milestone.url);
        const plain = url.protocol === 'https:' && !url.username && !url.password && !url.search && !url.hash;
        return plain && /^\/[^/]+\/[^/]+\/milestone\/\d+$/.test(url.pathname) ? `${url.origin}${url.pathname}` : undefined;
    }
    catch {
        return undefined;
    }
}
/** "milestone [v2.0 beta](\u2026/milestone/3): 12 of 15 closed, due 2026-12-20", for Markdown views. */
function milestoneMarkdown(milestone) {
    const title = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(milestoneTitle(milestone));
    const url = milestoneUrl(milestone);
    // The words are plain; the dropped items are links, so their references need no escaping.
    const progress = milestoneProgress(milestone, (link) => {
        const page = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .issueUrl */ .$9)(link);
        return page ? `[#${shortNumber(link)}](${page})` : `#${shortNumber(link)}`;
    }, _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV);
    return `milestone ${url ? `[${title}](${url})` : title}: ${progress}`;
}
/** The same for the terminal, with the page's address when there is one. */
function milestoneText(milestone) {
    const url = milestoneUrl(milestone);
    const progress = milestoneProgress(milestone, (link) => `#${shortNumber(link)}`, (text) => text);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalLine */ .tL)(`milestone '${milestoneTitle(milestone)}': ${progress}${url ? ` (${url})` : ''}`);
}
/** What to do about a milestone that keeps its phase incomplete, in one sentence (plain words: the views escape them). */
function milestoneAdvice(milestone) {
    const blocks = milestone.blocks ?? '';
    if (milestone.state === 'unverified')
        return `${blocks}: check online, with GITHUB_TOKEN set`;
    if (milestone.state === 'unknown')
        return `${blocks}: run the check again`;
    if (milestone.cutShort)
        return `${blocks}: run the check again`;
    return `${blocks}: add its issues and pull requests, or leave the phase out of the gate`;
}


/***/ }),

/***/ 1201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ FLAG_LOOK),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   EV: () => (/* binding */ incompleteClause),
/* harmony export */   Fx: () => (/* binding */ subIssueProgress),
/* harmony export */   IQ: () => (/* binding */ satisfiedCount),
/* harmony export */   L2: () => (/* binding */ verdictWords),
/* harmony export */   O4: () => (/* binding */ PHASE_HAS_NO_ITEMS),
/* harmony export */   QE: () => (/* binding */ completedByThisPullRequestWords),
/* harmony export */   RI: () => (/* binding */ phaseState),
/* harmony export */   Re: () => (/* binding */ LINK_LOOK),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   __: () => (/* binding */ completionWords),
/* harmony export */   cX: () => (/* binding */ VERDICT_LOOK),
/* harmony export */   hr: () => (/* binding */ progressBar),
/* harmony export */   kG: () => (/* binding */ linkWords),
/* harmony export */   nw: () => (/* binding */ itemState),
/* harmony export */   pz: () => (/* binding */ flagCounts),
/* harmony export */   qZ: () => (/* binding */ PHASE_LOOK),
/* harmony export */   qs: () => (/* binding */ SKIPPED_BECAUSE),
/* harmony export */   sH: () => (/* binding */ ITEM_LOOK)
/* harmony export */ });
/* harmony import */ var _verdict_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8355);
/* harmony import */ var _freeze_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8599);


/** "\u274c not ready": a look as the views show it. */
function shown(look) {
    return `${look.symbol} ${look.word}`;
}
const VERDICT_LOOK = {
    ready: { symbol: '\u2705', word: 'ready', sentence: 'every phase the gate selects is complete' },
    'not-ready': { symbol: '\u274c', word: 'not ready', sentence: 'a phase the gate selects is incomplete' },
    frozen: { symbol: '\u2744\ufe0f', word: 'frozen', sentence: 'a freeze window is open for the gate, whatever its phases say' },
    unevaluated: { symbol: '\u26a0\ufe0f', word: 'could not evaluate', sentence: 'the gate could not be checked; no earlier verdict stands' },
};
function verdictOf(report) {
    if (report.frozen)
        return 'frozen';
    return report.ready ? 'ready' : 'not-ready';
}
/**
 * The verdict's word, and for a frozen gate the window that holds it: "frozen \u2014 Year-end
 * freeze until Mon 4 Jan 09:00 CET (in 5 days)". Plain text: each view escapes it.
 * `relative: false` for a commit status, which must not change with the clock alone.
 */
function verdictWords(report, options = { relative: true }) {
    return (0,_freeze_words_js__WEBPACK_IMPORTED_MODULE_0__/* .freezeWords */ .n)(report, options).headline ?? VERDICT_LOOK[verdictOf(report)].word;
}
function phaseState(phase) {
    if (!phase.selected)
        return 'not-in-gate';
    if (phase.skipped)
        return 'skipped';
    return phase.complete ? 'complete' : 'incomplete';
}
const PHASE_LOOK = {
    'not-in-gate': { symbol: '\u2796', word: 'not in gate', sentence: 'the gate does not select this phase' },
    skipped: { symbol: '\u23ed\ufe0f', word: 'skipped', sentence: 'no changed file matches its `paths`' },
    complete: { symbol: '\u2705', word: 'complete', sentence: 'every item is satisfied and every phase it requires is complete' },
    incomplete: { symbol: '\u274c', word: 'incomplete', sentence: 'an item is not satisfied, or a phase it requires is incomplete' },
};
/** Why a phase is skipped, in the words every view uses. */
const SKIPPED_BECAUSE = PHASE_LOOK.skipped.sentence;
/** Why a selected phase without tasks or acceptance items is incomplete. */
const PHASE_HAS_NO_ITEMS = 'has no items yet';
function satisfiedCount(phase) {
    return phase.tasks.filter((task) => task.satisfied).length;
}
function itemState(task) {
    if (task.satisfied)
        return task.waiver && !task.waiver.expired ? 'waived' : 'done';
    if (task.status !== 'done')
        return task.status;
    // Declared done but not satisfied: a link contradicts it, or a link could not be read.
    return task.drift ? 'drift' : 'unknown';
}
const ITEM_LOOK = {
    done: { symbol: '\u2705', word: 'done', sentence: 'done, and every link says so' },
    waived: { symbol: '\ud83d\udee1\ufe0f', word: 'waived', sentence: 'counts as satisfied while its waiver lasts' },
    drift: { symbol: '\u26a0\ufe0f', word: 'drift', sentence: 'marked done, but a link says otherwise' },
    unknown: { symbol: '\u2753', word: 'unknown', sentence: 'marked done, but a link could not be read' },
    'in-progress': { symbol: '\ud83d\udea7', word: 'in progress', sentence: 'started, not finished' },
    blocked: { symbol: '\u26d4', word: 'blocked', sentence: 'cannot go on until something else happens' },
    todo: { symbol: '\u2b1c', word: 'todo', sentence: 'not started' },
};
const LINK_LOOK = {
    open: { symbol: '\ud83d\udfe1', word: 'open', sentence: 'is open' },
    merged: { symbol: '\ud83d\udfe3', word: 'merged', sentence: 'is merged' },
    completed: { symbol: '\ud83d\udfe2', word: 'completed', sentence: 'is completed' },
    not_planned: { symbol: '\u26aa', word: 'not planned', sentence: 'was closed as not planned' },
    duplicate: { symbol: '\u26aa', word: 'duplicate', sentence: 'was closed as a duplicate' },
    closed_unmerged: { symbol: '\ud83d\udd34', word: 'closed unmerged', sentence: 'was closed without merging' },
    unknown: { symbol: '\u2753', word: 'unknown', sentence: 'could not be read' },
    unverified: { symbol: '\u25cc', word: 'unverified', sentence: 'is not verified (offline)' },
};
const FLAG_LOOK = {
    overdue: { symbol: '\u23f0', word: 'overdue', sentence: 'its due date has passed' },
    drift: { symbol: ITEM_LOOK.drift.symbol, word: ITEM_LOOK.drift.word, sentence: ITEM_LOOK.drift.sentence },
    'expired-waiver': { symbol: '\u231b', word: 'expired waiver', sentence: 'its waiver has expired, so it counts again' },
    'this-pull-request': { symbol: '\u2728', word: 'this PR completes', sentence: 'merging this pull request satisfies it' },
    hint: { symbol: '\ud83d\udca1', word: 'hint', sentence: 'the plan could say more than it does' },
    dropped: {
        symbol: LINK_LOOK.not_planned.symbol,
        word: 'dropped',
        sentence: 'left its milestone\u2019s scope (not planned, duplicate or closed unmerged)',
    },
};
/** A link's state in a word or two: "open", "merged", "this PR", "closed by this PR". */
function linkWords(link) {
    if (!(0,_verdict_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .completedByThisPullRequest */ .fh)(link))
        return LINK_LOOK[link.state].word;
    return link.completedByThisPullRequest === 'merging' ? 'this PR' : 'closed by this PR';
}
/** `#12` for a link into the report's own repository, else `owner/repo#12`. */
function shortName(link, report) {
    const own = report.repository && `${report.repository.owner}/${report.repository.repo}#`.toLowerCase();
    return own && link.key.startsWith(own) ? `#${link.key.slice(own.length)}` : link.name;
}
/** "P2.1", or "P2.1 by closing acme/api#12" when the pull request completes it through a closing keyword. */
function completionByThisPullRequest(task, report) {
    const closed = task.links
        .filter((link) => (0,_verdict_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .completedByThisPullRequest */ .fh)(link) && link.completedByThisPullRequest === 'closing')
        .map((link) => shortName(link, report));
    return closed.length > 0 ? `${task.id} by closing ${closed.join(', ')}` : task.id;
}
/** "this PR completes P2.1, P2.3": the items merging the pull request under evaluation completes. */
function completedByThisPullRequestWords(report) {
    const ids = report.phases.flatMap((phase) => phase.tasks
        .filter((task) => task.satisfied && task.links.some(_verdict_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .completedByThisPullRequest */ .fh))
        .map((task) => completionByThisPullRequest(task, report)));
    if (ids.length === 0)
        return undefined;
    const shownIds = ids.slice(0, 10);
    return `${FLAG_LOOK['this-pull-request'].word} ${shownIds.join(', ')}${ids.length > shownIds.length ? ` and ${ids.length - shownIds.length} more` : ''}`;
}
/** "3 of 5 sub-issues closed", for a link to an issue with sub-issues. */
function subIssueProgress(link) {
    const sub = link.subIssues;
    return sub && sub.total > 0 ? `${sub.closed} of ${sub.total} sub-issues closed` : undefined;
}
/** "1 of 3 phases incomplete": the headline's count of what blocks the gate. */
function incompleteClause(report) {
    const gated = report.phases.filter(_verdict_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isGated */ .m3).length;
    if (gated === 0)
        return 'every phase skipped';
    if (gated === 1)
        return `1 phase ${report.incompletePhases.length === 0 ? 'complete' : 'incomplete'}`;
    if (report.incompletePhases.length === 0)
        return `all ${gated} phases complete`;
    return `${report.incompletePhases.length} of ${gated} phases incomplete`;
}
/** The counts beside the completion figure, each with its symbol; only those that are not zero. */
function flagCounts(report) {
    const counts = [];
    if (report.counts.overdue > 0)
        counts.push(`${FLAG_LOOK.overdue.symbol} ${report.counts.overdue} ${FLAG_LOOK.overdue.word}`);
    if (report.counts.drift > 0)
        counts.push(`${FLAG_LOOK.drift.symbol} ${report.counts.drift} ${FLAG_LOOK.drift.word}`);
    if (report.counts.expiredWaivers > 0) {
        const n = report.counts.expiredWaivers;
        counts.push(`${FLAG_LOOK['expired-waiver'].symbol} ${n} ${FLAG_LOOK['expired-waiver'].word}${n === 1 ? '' : 's'}`);
    }
    if (report.counts.dropped > 0)
        counts.push(`${FLAG_LOOK.dropped.symbol} ${report.counts.dropped} ${FLAG_LOOK.dropped.word}`);
    return counts;
}
/** A ten-cell bar of the completion figure: "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2591\u2591\u2591". */
function progressBar(percent, cells = 10) {
    const full = Math.max(0, Math.min(cells, Math.floor((percent * cells) / 100)));
    return '\u2588'.repeat(full) + '\u2591'.repeat(cells - full);
}
/** "62% complete (5/8 items)": the completion figure as every view states it. */
function completionWords(report) {
    return `${report.completion}% complete (${report.counts.satisfied}/${report.counts.items} items)`;
}


/***/ })

};
