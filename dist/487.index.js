export const id = 487;
export const ids = [487];
export const modules = {

/***/ 7444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  r: () => (/* binding */ commentMarkdown),
  BP: () => (/* binding */ errorLine),
  A5: () => (/* binding */ failureMarkdown),
  Jl: () => (/* binding */ setFailureOutputs),
  n0: () => (/* binding */ setOutputs),
  eH: () => (/* binding */ summaryMarkdown)
});

// UNUSED EXPORTS: reportJson

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
// EXTERNAL MODULE: ./src/core/views/freeze-words.ts
var freeze_words = __webpack_require__(8599);
;// CONCATENATED MODULE: ./src/core/views/render-report.ts




/** GitHub rejects comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** GitHub rejects a step summary larger than 1 MiB. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
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
    const freeze = (0,freeze_words/* freezeWords */.n)(report);
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

// EXTERNAL MODULE: ./src/core/verdict/reasons.ts
var reasons = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/action/publish.ts








/** GitHub keeps at most 1 MB per step output. */
const OUTPUT_LIMIT = 1_000_000;
/** Room kept for the marker and for notes appended to the summary. */
const MARGIN = 4_096;
function setOutputs(report) {
    core/* setOutput */.uH('ready', String(report.ready));
    core/* setOutput */.uH('incomplete-phases', report.incompletePhases.join(','));
    core/* setOutput */.uH('completion', String(report.completion));
    core/* setOutput */.uH('report', reportJson(report));
}
/**
 * The report as compact JSON; a very large plan keeps only the items that need attention,
 * as the comment shows them.
 * `failure` marks a run that failed after its evaluation: not ready, and why.
 */
function reportJson(report, failure) {
    const base = failure ? { ...report, ready: false, error: failure.error } : report;
    const full = JSON.stringify(base);
    if (full.length <= OUTPUT_LIMIT)
        return full;
    const attention = JSON.stringify({
        ...base,
        truncated: 'items that need no attention were left out to fit the 1 MB output limit',
        phases: report.phases.map((phase) => ({ ...phase, tasks: phase.tasks.filter(policy/* needsAttention */.e_) })),
    });
    if (attention.length <= OUTPUT_LIMIT)
        return attention;
    return JSON.stringify({
        ...base,
        truncated: 'items were left out to fit the 1 MB output limit',
        phases: report.phases.map((phase) => ({ ...phase, tasks: [] })),
    });
}
/**
 * An error in one line for a summary, a warning or an output: the first of a manifest's
 * problems with its place, or an API's answer without its HTML page.
 */
function errorLine(error) {
    if (error instanceof errors/* ConfigError */.xL) {
        const [first] = error.problems;
        const total = error.total;
        const more = total > 1 ? ` (and ${(0,words/* thousands */.oh)(total - 1)} more problems)` : '';
        return first ? `${(0,github_errors/* oneLine */.TN)((0,errors/* formatProblem */.Vw)(first), 500)}${more}` : 'the configuration is invalid';
    }
    const message = error instanceof Error ? error.message : String(error);
    return (0,github_errors/* answerSummary */.H$)(message) || (error instanceof Error ? error.name : 'unknown error');
}
/**
 * Outputs of a run that failed: never ready; the incomplete phases and completion only as
 * far as they are known; `report` names the error.
 */
function setFailureOutputs(failure) {
    const { report, gate, error } = failure;
    core/* setOutput */.uH('ready', 'false');
    core/* setOutput */.uH('incomplete-phases', report ? report.incompletePhases.join(',') : '');
    core/* setOutput */.uH('completion', String(report?.completion ?? 0));
    const known = { ready: false, gate, incompletePhases: [], completion: 0, error };
    core/* setOutput */.uH('report', report ? reportJson(report, { error }) : JSON.stringify(known));
}
/** The job summary's account of a failed run: what failed, in words, and where. */
function failureMarkdown(failure) {
    const lines = [`### \u274c readiness-gate could not check gate ${codeWord(failure.gate)}`, ''];
    if (failure.problems.length > 0) {
        lines.push(`The configuration has to be fixed:`, '', ...failure.problems.map((problem) => `- ${problemLine(problem)}`), '');
    }
    else {
        lines.push((0,markdown/* escapeMarkdown */.FV)(failure.error), '');
    }
    if (failure.report)
        lines.push(`The gate was evaluated before the failure: ${failure.report.ready ? 'ready' : 'not ready'}, but the run failed.`, '');
    return lines.join('\n');
}
function problemLine(problem) {
    const place = (0,errors/* problemPlace */.NT)(problem);
    // The fix is code: escaped as text, its `@` would carry an invisible space into a paste.
    const fix = problem.fix ? `, e.g. ${(0,markdown/* codeSpan */.SS)(problem.fix)}` : '';
    return `${codeWord(place)} ${(0,markdown/* escapeMarkdown */.FV)(problem.message)}${fix}`;
}
/** A short name in backticks; backticks in it are dropped, so it cannot break out. */
function codeWord(text) {
    return `\`${text.replace(/[`\r\n]/g, '')}\``;
}
function summaryMarkdown(report, footer) {
    return renderMarkdownReport(report, { detail: 'all', ...(footer ? { footer } : {}) }, { max: SUMMARY_LIMIT_BYTES - MARGIN, measure: measureBytes });
}
function commentMarkdown(report, footer) {
    return renderMarkdownReport(report, { detail: 'problems', ...(footer ? { footer } : {}) }, { max: COMMENT_LIMIT - MARGIN, measure: measureCharacters });
}
/** Warnings and notices on the manifest's lines, where the problem is written down. */
function annotate(report, manifest) {
    const at = (task) => ({ file: manifest.file, ...(task.line ? { startLine: task.line } : {}) });
    for (const phase of report.phases) {
        for (const task of phase.tasks) {
            if (task.drift) {
                core/* warning */.$e(`${task.id} is ${task.reason}`, { ...at(task), title: `Readiness drift: ${task.id}` });
            }
            else if (task.waiver?.expired) {
                core/* warning */.$e(`${task.id}: the waiver expired on ${task.waiver.expires}`, { ...at(task), title: 'Expired waiver' });
            }
            for (const link of task.links.filter((l) => l.state === 'unknown')) {
                core/* warning */.$e(`${task.id}: ${(0,reasons/* describeLink */.E)(link)}`, { ...at(task), title: 'Unreadable link' });
            }
            if (task.hint)
                core/* notice */.lm(`${task.id}: ${task.hint}`, { ...at(task), title: 'Mark it done' });
            if (task.overdue && phase.selected) {
                core/* notice */.lm(`${task.id} was due on ${task.due}`, { ...at(task), title: 'Overdue' });
            }
        }
    }
}


/***/ }),

/***/ 8364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ writeComment),
/* harmony export */   Kn: () => (/* binding */ writeStatus),
/* harmony export */   Rv: () => (/* binding */ gateOf),
/* harmony export */   ig: () => (/* binding */ outcomeComment),
/* harmony export */   j5: () => (/* binding */ outcomeStatus)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8079);
/* harmony import */ var _github_comments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6645);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);
/* harmony import */ var _github_statuses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2681);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7444);





function gateOf(outcome) {
    return 'report' in outcome ? outcome.report.gate : outcome.failure.gate;
}
/** The commit status an outcome gives. */
function outcomeStatus(outcome) {
    return 'report' in outcome ? (0,_github_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .statusFor */ .SR)(outcome.report) : (0,_github_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .unevaluatedStatus */ .LD)(outcome.failure.error);
}
/** The comment's Markdown for an outcome (without the marker) and whether it says ready. */
function outcomeComment(outcome, footer) {
    if ('report' in outcome)
        return { ready: outcome.report.ready, body: (0,_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .commentMarkdown */ .r)(outcome.report, footer) };
    const withdrawn = 'No earlier verdict on this pull request stands until the gate can be checked again.';
    return { ready: false, body: `${(0,_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .failureMarkdown */ .A5)(outcome.failure)}\n${withdrawn}\n\n${footer}` };
}
/** Writes the PR comment; a token that may not write gets one warning, not a failed run. */
async function writeComment(session, request) {
    const { pullNumber, outcome } = request;
    try {
        const result = await (0,_github_comments_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertComment */ .lB)(session.github, {
            repository: session.context.repository,
            issueNumber: pullNumber,
            gate: gateOf(outcome),
            mode: session.inputs.comment,
            ...outcomeComment(outcome, request.footer),
            mayCreate: request.mayCreate,
            ...(request.listing ? { listing: request.listing } : {}),
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pull request comment on #${pullNumber}: ${result}.`);
        return result;
    }
    catch (error) {
        const cause = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .forbiddenCause */ .dy)(error, { permission: 'pull-requests: write', fork: (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isForkPullRequest */ .B7)(session.context.payload) });
        if (!cause)
            throw error;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the readiness comment on #${pullNumber}: ${cause} The job summary has the full report.`);
        return undefined;
    }
}
/** Sets `readiness/<gate>`; a token without `statuses: write` gets one warning. */
async function writeStatus(session, sha, outcome) {
    const gate = gateOf(outcome);
    try {
        await (0,_github_statuses_js__WEBPACK_IMPORTED_MODULE_3__/* .setCommitStatus */ .MX)(session.github, session.context.repository, sha, gate, outcomeStatus(outcome), session.context.runUrl);
    }
    catch (error) {
        const cause = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .forbiddenCause */ .dy)(error, { permission: 'statuses: write', fork: (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isForkPullRequest */ .B7)(session.context.payload) });
        if (!cause)
            throw error;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not set the commit status readiness/${gate}: ${cause}`);
    }
}


/***/ }),

/***/ 7374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ freezesAt),
/* harmony export */   Ri: () => (/* binding */ needsLabels),
/* harmony export */   mz: () => (/* binding */ holdsGate)
/* harmony export */ });
/* unused harmony export LOOKAHEAD_MS */
/* harmony import */ var _windows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6637);

/** How far ahead a window that will open is mentioned. */
const LOOKAHEAD_MS = 7 * _windows_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
/** More openings than this in a row, each before the last closes, are not followed further. */
const LONGEST_CHAIN = 500;
/** The windows that concern `gate` at `moment`: open, passed by a label, or opening within the week. */
function freezesAt(windows, gate, moment, labels = []) {
    return windows.flatMap((window) => {
        if (window.gates && !window.gates.includes(gate))
            return [];
        const at = 'instant' in moment ? moment.instant : (0,_windows_js__WEBPACK_IMPORTED_MODULE_0__/* .localInstant */ .Ru)(moment.local, window.timezone);
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
        const from = (0,_windows_js__WEBPACK_IMPORTED_MODULE_0__/* .localInstant */ .Ru)(schedule.from, timezone);
        const until = (0,_windows_js__WEBPACK_IMPORTED_MODULE_0__/* .localInstant */ .Ru)(schedule.until, timezone);
        return at < until && from - at <= LOOKAHEAD_MS ? { from, until } : undefined;
    }
    const cron = (0,_windows_js__WEBPACK_IMPORTED_MODULE_0__/* .openings */ .mS)(schedule.every, timezone);
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


/***/ }),

/***/ 4202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ linksTo),
/* harmony export */   Hv: () => (/* binding */ phasesTouched),
/* harmony export */   Lu: () => (/* binding */ usesPaths),
/* harmony export */   P1: () => (/* binding */ linkTargets),
/* harmony export */   _3: () => (/* binding */ evaluate)
/* harmony export */ });
/* unused harmony export gateNames */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9130);
/* harmony import */ var _links_links_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9104);
/* harmony import */ var _manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7208);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8355);
/* harmony import */ var _reasons_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8868);
/* harmony import */ var _shared_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(964);
/* harmony import */ var _freezes_moment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7374);







const BUILT_IN_GATES = { merge: 'blocking', release: 'blocking' };
/** Gates that judge the whole plan, whatever a pull request touches. */
const GATES_IGNORING_PATHS = new Set(['release']);
function gateNames(manifest) {
    return [...new Set([...Object.keys(BUILT_IN_GATES), ...Object.keys(manifest.data.gates ?? {})])];
}
/** Every distinct issue or pull request the manifest links to. */
function linkTargets(manifest, repository) {
    const targets = [...manifest.itemLinks.values()].flatMap((links) => links.flatMap(({ ref }) => (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .targetOf */ .$r)(ref, repository) ?? []));
    return (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .distinctTargets */ .Z0)(targets);
}
/** Whether any item links to this issue or pull request. */
function linksTo(manifest, target, repository) {
    return linkTargets(manifest, repository).some((linked) => linked.number === target.number && (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepository */ .RB)(linked, target));
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
    const itemsByPhase = new Map(manifest.data.phases.map((phase) => [phase.id, evaluateItems(manifest, phase, context)]));
    const complete = phaseCompleteness(manifest.data.phases, itemsByPhase);
    const honoursPaths = context.pullRequest !== undefined && !GATES_IGNORING_PATHS.has(context.gate);
    const phases = manifest.data.phases.map((phase) => ({
        ...phaseReport(phase, itemsByPhase.get(phase.id), complete, context.today),
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
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ file: manifest.file, ...manifest.phasesPosition, message: (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__.noBlockingPhase)(gate) });
        return new Set(blocking);
    }
    return new Set(selection);
}
function unknownGate(manifest, gate) {
    const names = gateNames(manifest);
    const guess = (0,_shared_words_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(gate, names);
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({
        file: manifest.file,
        ...manifest.gatesPosition,
        message: `unknown gate '${gate}'${guess ? ` (did you mean '${guess}'?)` : ''} \u2014 this manifest defines ${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_5__/* .listInWords */ .Dq)(names, 'and')}`,
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
    const target = (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .targetOf */ .$r)(ref, context.repository);
    const hintedKind = ref.kind === 'any' ? 'unknown' : ref.kind;
    const status = linkStatus(target, hintedKind, context);
    const name = target ? (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .je)(target) : `#${ref.number}`;
    return { ref: raw, key: name.toLowerCase(), name, ...status, satisfied: (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .isSatisfied */ .n2)(status) };
}
function linkStatus(target, hintedKind, context) {
    if (context.links === 'offline')
        return { kind: hintedKind, state: 'unverified' };
    if (!target)
        return { kind: hintedKind, state: 'unknown', detail: 'no repository to resolve #N against' };
    const status = context.links.get(target) ?? { kind: hintedKind, state: 'unknown', detail: 'not resolved' };
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
    return closes.some((closed) => closed.number === target.number && (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepository */ .RB)(closed, target));
}
/** The pull request being evaluated counts as merged: merging it completes what it links. */
function isPullRequestUnderEvaluation(target, context) {
    const { pullRequest, repository } = context;
    if (pullRequest?.closedUnmerged)
        return false;
    return pullRequest !== undefined && repository !== undefined && target.number === pullRequest.number && (0,_links_links_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepository */ .RB)(target, repository);
}
/** Whether each phase is complete: its items satisfied and every phase it requires complete. */
function phaseCompleteness(phases, itemsByPhase) {
    const phasesById = new Map(phases.map((phase) => [phase.id, phase]));
    const complete = new Map();
    // `requires` has no cycles (validated), so this memoised recursion terminates.
    const isComplete = (id) => {
        const known = complete.get(id);
        if (known !== undefined)
            return known;
        const items = itemsByPhase.get(id);
        const result = items.length > 0 && items.every((item) => item.satisfied) && phasesById.get(id).requires.every(isComplete);
        complete.set(id, result);
        return result;
    };
    // Requirements first, so each call finds them known: a long chain cannot exhaust the stack.
    for (const id of (0,_manifest_manifest_js__WEBPACK_IMPORTED_MODULE_2__.dependenciesFirst)(phases))
        isComplete(id);
    return complete;
}
function phaseReport(phase, tasks, complete, today) {
    const isComplete = complete.get(phase.id);
    return {
        id: phase.id,
        name: phase.name,
        blocking: phase.blocking,
        complete: isComplete,
        completion: tasks.length === 0 ? 0 : percent(tasks.filter((t) => t.satisfied).length, tasks.length),
        requires: phase.requires,
        unmetRequires: phase.requires.filter((id) => !complete.get(id)),
        empty: tasks.length === 0,
        overdue: !isComplete && isPast(phase.due, today),
        tasks,
        ...optional({ owner: phase.owner, due: phase.due }),
    };
}
function summarize(phases, manifest, context) {
    const gated = phases.filter(_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .isGated */ .m3);
    const gatedItems = gated.flatMap((phase) => phase.tasks);
    const allItems = phases.flatMap((phase) => phase.tasks);
    const incompletePhases = gated.filter((phase) => !phase.complete).map((phase) => phase.id);
    const satisfied = gatedItems.filter((item) => item.satisfied).length;
    const freezes = freezesOf(manifest, context);
    return {
        ready: incompletePhases.length === 0 && !(freezes && (0,_freezes_moment_js__WEBPACK_IMPORTED_MODULE_4__/* .holdsGate */ .mz)(freezes)),
        gate: context.gate,
        title: manifest.data.title ?? 'Production readiness',
        incompletePhases,
        // 0/0 is 100% only when nothing is missing (every phase skipped), never beside "not ready".
        completion: gatedItems.length === 0 && incompletePhases.length > 0 ? 0 : percent(satisfied, gatedItems.length),
        verified: context.links !== 'offline',
        skippedPhases: phases.filter((phase) => phase.selected && phase.skipped).map((phase) => phase.id),
        caveats: [...(context.caveats ?? []), ...(gated.length === 0 ? [EVERY_PHASE_SKIPPED] : [])],
        counts: {
            items: gatedItems.length,
            satisfied,
            drift: allItems.filter((item) => item.drift).length,
            overdue: allItems.filter((item) => item.overdue).length,
            expiredWaivers: allItems.filter((item) => item.waiver?.expired).length,
        },
        phases,
        ...(freezes ? { frozen: (0,_freezes_moment_js__WEBPACK_IMPORTED_MODULE_4__/* .holdsGate */ .mz)(freezes), freezes } : {}),
    };
}
/** The freeze windows that concern the gate, for a manifest that has any. */
function freezesOf(manifest, context) {
    if (manifest.freezes.length === 0 || !context.moment)
        return undefined;
    return (0,_freezes_moment_js__WEBPACK_IMPORTED_MODULE_4__/* .freezesAt */ .Mc)(manifest.freezes, context.gate, context.moment, context.pullRequest?.labels);
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
    const failures = evidence.failing.map(_reasons_js__WEBPACK_IMPORTED_MODULE_3__/* .describeLink */ .E).join('; ');
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

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ describeLink)
/* harmony export */ });
/* harmony import */ var _links_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9104);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8355);
/**
 * The verdict's words for a link's state: the reasons it gives for an item, which the
 * views and annotations quote as they are.
 */


/** One link's state as a sentence: "acme/api#12 is still open". */
function describeLink(link) {
    const name = link.name;
    if ((0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .completedByThisPullRequest */ .fh)(link)) {
        return link.completedByThisPullRequest === 'merging' ? `${name} is this pull request` : `${name} is closed by this pull request when it merges`;
    }
    if ((0,_links_links_js__WEBPACK_IMPORTED_MODULE_0__/* .isSatisfiedState */ .aM)(link.state) && link.subIssues && link.subIssues.open > 0) {
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


/***/ }),

/***/ 3025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   MN: () => (/* binding */ issueLink),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   tL: () => (/* binding */ terminalLine),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports stripControls, GITHUB_SERVER_URL, issueUrl, referenceText, ownerText */
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
/** Inline code that cannot be broken out of, whatever backticks the text holds. */
function codeSpan(text) {
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
    const reported = link.url ? reportedUrl(link.url, owner, repo, number) : undefined;
    if (reported)
        return reported;
    const base = httpsBase(serverUrl) ?? GITHUB_SERVER_URL;
    return `${base}/${owner}/${repo}/${link.kind === 'pull' ? 'pull' : 'issues'}/${number}`;
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
/** `https://host[:port]` of a server URL, or undefined when it is not a plain https origin. */
function httpsBase(serverUrl) {
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


/***/ }),

/***/ 1201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ subIssueProgress),
/* harmony export */   IQ: () => (/* binding */ satisfiedCount),
/* harmony export */   O4: () => (/* binding */ PHASE_HAS_NO_ITEMS),
/* harmony export */   QE: () => (/* binding */ completedByThisPullRequestWords),
/* harmony export */   RI: () => (/* binding */ phaseState),
/* harmony export */   Re: () => (/* binding */ LINK_LOOK),
/* harmony export */   Zr: () => (/* binding */ taskStatusWords),
/* harmony export */   kG: () => (/* binding */ linkWords),
/* harmony export */   qZ: () => (/* binding */ PHASE_LOOK),
/* harmony export */   qs: () => (/* binding */ SKIPPED_BECAUSE)
/* harmony export */ });
/* unused harmony exports taskStanding, TASK_ICON, phaseProgress, PROGRESS_WORDS, DOCUMENT_STATUS_WORDS */
/* harmony import */ var _verdict_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8355);

function phaseState(phase) {
    if (!phase.selected)
        return 'not-in-gate';
    if (phase.skipped)
        return 'skipped';
    return phase.complete ? 'complete' : 'incomplete';
}
const PHASE_LOOK = {
    'not-in-gate': { icon: '\u2796', mark: '-', words: 'not in gate' },
    skipped: { icon: '\u23ed\ufe0f', mark: '~', words: 'skipped' },
    complete: { icon: '\u2705', mark: '\u2713', words: 'complete' },
    incomplete: { icon: '\u274c', mark: '\u2717', words: 'incomplete' },
};
/** Why a phase is skipped, in the words every view uses. */
const SKIPPED_BECAUSE = 'no changed file matches its `paths`';
function satisfiedCount(phase) {
    return phase.tasks.filter((task) => task.satisfied).length;
}
function taskStanding(task) {
    if (task.satisfied && task.waiver && !task.waiver.expired)
        return 'waived';
    if (task.satisfied)
        return 'satisfied';
    // Declared done but not satisfied: drift, or a link that could not be read.
    if (task.status === 'done')
        return 'contradicted';
    return task.status;
}
const TASK_ICON = {
    waived: '\ud83d\udee1\ufe0f',
    satisfied: '\u2705',
    contradicted: '\u26a0\ufe0f',
    done: '\u2705',
    'in-progress': '\ud83d\udea7',
    blocked: '\u26d4',
    todo: '\u2b1c',
};
/** A task as "\ud83d\udee1\ufe0f waived (todo)", "\u2705 done", "\u26a0\ufe0f done" or "\u2b1c todo". */
function taskStatusWords(task) {
    const standing = taskStanding(task);
    return standing === 'waived' ? `${TASK_ICON.waived} waived (${task.status})` : `${TASK_ICON[standing]} ${task.status}`;
}
const LINK_LOOK = {
    open: { icon: '\ud83d\udfe1', words: 'open' },
    merged: { icon: '\ud83d\udfe3', words: 'merged' },
    completed: { icon: '\ud83d\udfe2', words: 'completed' },
    not_planned: { icon: '\u26aa', words: 'not planned' },
    duplicate: { icon: '\u26aa', words: 'duplicate' },
    closed_unmerged: { icon: '\ud83d\udd34', words: 'closed unmerged' },
    unknown: { icon: '\u2753', words: 'unknown' },
    unverified: { icon: '\u00b7', words: 'unverified' },
};
/** A link's state in a word or two: "open", "merged", "merged with this PR". */
function linkWords(link) {
    if (!(0,_verdict_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .completedByThisPullRequest */ .fh)(link))
        return LINK_LOOK[link.state].words;
    return link.completedByThisPullRequest === 'merging' ? 'this PR' : 'closed by this PR';
}
/** "P2.1", or "P2.1 by closing acme/api#12" when the pull request completes it through a closing keyword. */
function completionByThisPullRequest(task) {
    const closed = task.links
        .filter((link) => (0,_verdict_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .completedByThisPullRequest */ .fh)(link) && link.completedByThisPullRequest === 'closing')
        .map((link) => link.name);
    return closed.length > 0 ? `${task.id} by closing ${closed.join(', ')}` : task.id;
}
/** "this PR completes P2.1, P2.3": the items merging the pull request under evaluation completes. */
function completedByThisPullRequestWords(report) {
    const ids = report.phases.flatMap((phase) => phase.tasks.filter((task) => task.satisfied && task.links.some(_verdict_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .completedByThisPullRequest */ .fh)).map(completionByThisPullRequest));
    if (ids.length === 0)
        return undefined;
    const shown = ids.slice(0, 10);
    return `this PR completes ${shown.join(', ')}${ids.length > shown.length ? ` and ${ids.length - shown.length} more` : ''}`;
}
/** "3 of 5 sub-issues closed", for a link to an issue with sub-issues. */
function subIssueProgress(link) {
    const sub = link.subIssues;
    return sub && sub.total > 0 ? `${sub.closed} of ${sub.total} sub-issues closed` : undefined;
}
/** Why a selected phase without tasks or acceptance items is incomplete. */
const PHASE_HAS_NO_ITEMS = 'has no items yet';
function phaseProgress(phase) {
    if (phase.complete)
        return 'done';
    if (phase.tasks.some((task) => task.satisfied || task.status !== 'todo'))
        return 'in-progress';
    return 'not-started';
}
const PROGRESS_WORDS = {
    done: '\u2705 DONE',
    'in-progress': '\ud83d\udfe1 IN PROGRESS',
    'not-started': '\ud83d\udd34 NOT STARTED',
};
const DOCUMENT_STATUS_WORDS = {
    done: '\u2705 DONE',
    'in-progress': '\ud83d\udfe1 IN PROGRESS',
    blocked: '\u26d4 BLOCKED',
    todo: '\ud83d\udd34 TODO',
};


/***/ }),

/***/ 2681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ unevaluatedStatus),
/* harmony export */   MX: () => (/* binding */ setCommitStatus),
/* harmony export */   OA: () => (/* binding */ statusIsCurrent),
/* harmony export */   SR: () => (/* binding */ statusFor),
/* harmony export */   s: () => (/* binding */ statusContext)
/* harmony export */ });
/* harmony import */ var _core_views_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3025);
/* harmony import */ var _core_views_freeze_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8599);


function statusContext(gate) {
    return `readiness/${gate}`;
}
/** The status a report gives its commit. */
function statusFor(report) {
    const frozen = (0,_core_views_freeze_words_js__WEBPACK_IMPORTED_MODULE_1__/* .freezeWords */ .n)(report, { relative: false }).headline;
    const description = report.ready
        ? `Ready: ${report.completion}% of items satisfied`
        : frozen
            ? `Not ready: ${frozen}`
            : `Not ready: ${report.incompletePhases.join(', ')} incomplete (${report.completion}%)`;
    // GitHub rejects descriptions over 140 characters.
    return { state: report.ready ? 'success' : 'failure', description: (0,_core_views_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(description, 140) };
}
/** The status of a commit whose gate could not be evaluated: never a green it cannot justify. */
function unevaluatedStatus(reason) {
    return { state: 'error', description: (0,_core_views_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(`could not evaluate: ${reason}`, 140) };
}
/** Whether a commit's current status (as GraphQL names its state) already says what is wanted. */
function statusIsCurrent(current, wanted) {
    return current !== null && current.state.toLowerCase() === wanted.state && current.description === wanted.description;
}
/** Sets `readiness/<gate>` on a commit, so branch protection can require it by name. */
async function setCommitStatus(client, repository, sha, gate, status, targetUrl) {
    await client.rest.repos.createCommitStatus({
        ...repository,
        sha,
        ...status,
        context: statusContext(gate),
        ...(targetUrl ? { target_url: targetUrl } : {}),
    });
}


/***/ })

};
