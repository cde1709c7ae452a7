export const id = 618;
export const ids = [618];
export const modules = {

/***/ 9256:
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

// UNUSED EXPORTS: jsonLengthAtLeast, reportJson

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/core/views/blockers.ts
var blockers = __webpack_require__(6095);
// EXTERNAL MODULE: ./src/core/views/milestone.ts
var views_milestone = __webpack_require__(4048);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
// EXTERNAL MODULE: ./src/core/views/freeze-words.ts
var freeze_words = __webpack_require__(8599);
;// CONCATENATED MODULE: ./src/core/views/report-parts.ts
/**
 * The pieces the comment and the job summary share, in the order a maintainer reads them:
 * the headline, the line of figures, the blockers, what changed since the last run, the
 * waivers in effect. Every state is shown as `present.ts` says; every text from the
 * manifest or from issues goes through `markdown.ts`.
 */




/**
 * A row depends only on its item, the view and how long a title may be: rendered once per
 * report, however many shapes are tried before one fits GitHub's size limit.
 */
class RowMemo {
    byVariant = new Map();
    row(item, variant, write) {
        let rows = this.byVariant.get(variant);
        if (!rows)
            this.byVariant.set(variant, (rows = new WeakMap()));
        let row = rows.get(item);
        if (row === undefined)
            rows.set(item, (row = write()));
        return row;
    }
}
/** The row of `item`, from the view's memo when it has one. */
function memoRow(view, item, variant, write) {
    return view.rows ? view.rows.row(item, variant, write) : write();
}
const LINK_TITLE_MAX = 40;
/** "for #42", "for `v1.2.0` at `1a2b3c4`", "at `1a2b3c4`". */
function subjectWords(subject) {
    if (!subject)
        return '';
    if ('pullRequest' in subject)
        return ` for #${subject.pullRequest}`;
    const sha = (0,markdown/* codeSpan */.SS)(subject.sha.slice(0, 7));
    return subject.ref ? ` for ${(0,markdown/* codeSpan */.SS)(subject.ref)} at ${sha}` : ` at ${sha}`;
}
/** The one-line headline: verdict, gate, what is gated and how many phases are incomplete. */
function headline(view, titleMax = 200) {
    const { report } = view;
    const look = present/* VERDICT_LOOK */.cX[(0,present/* verdictOf */.Vj)(report)];
    const title = (0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(report.title, titleMax));
    const verdict = (0,markdown/* escapeMarkdown */.FV)((0,present/* verdictWords */.L2)(report));
    return `### ${look.symbol} ${title}: ${(0,markdown/* codeSpan */.SS)(report.gate)} gate is ${verdict}${subjectWords(view.subject)} \u2014 ${(0,present/* incompleteClause */.EV)(report)}`;
}
/** The line of figures: completion with its bar, what this pull request completes, the counts that matter. */
function figures(report) {
    const parts = [
        `**${report.completion}%** complete ${(0,markdown/* codeSpan */.SS)((0,present/* progressBar */.hr)(report.completion))} ${report.counts.satisfied}/${report.counts.items} items`,
    ];
    const completes = (0,present/* completedByThisPullRequestWords */.QE)(report);
    if (completes)
        parts.push(`${present/* FLAG_LOOK */.$k['this-pull-request'].symbol} ${(0,markdown/* escapeMarkdown */.FV)(completes)}`);
    parts.push(...(0,present/* flagCounts */.pz)(report));
    if (!report.verified)
        parts.push('links not verified (offline: declared statuses count)');
    return parts.join(' \u00b7 ');
}
/** What limits the verdict's grounds, then the freeze windows a label passes or that open within the week: one quoted line each. */
function caveats(report) {
    return [
        ...report.caveats.map((caveat) => `> ${present/* VERDICT_LOOK */.cX.unevaluated.symbol} ${(0,markdown/* escapeMarkdown */.FV)(caveat)}`),
        ...(0,freeze_words/* freezeWords */.n)(report).notes.map((note) => `> ${present/* VERDICT_LOOK */.cX.frozen.symbol} ${(0,markdown/* escapeMarkdown */.FV)(note)}`),
    ];
}
/** The blockers table, at most `max` rows, and how many more there are. */
function blockersTable(view, blockers, max, titleMax, elsewhere) {
    if (blockers.length === 0)
        return [];
    const rows = blockers.slice(0, max).map((blocker) => memoRow(view, blocker, `blocker ${titleMax}`, () => blockerRow(view, blocker, titleMax)));
    const lines = ['| State | Blocking item | Owner | Due | What to do | Links |', '|---|---|---|---|---|---|', ...rows];
    if (blockers.length > rows.length)
        lines.push('', `_${blockers.length - rows.length} more blocking items not shown: ${elsewhere}._`);
    return lines;
}
function blockerRow(view, blocker, titleMax) {
    const kind = itemKindWords(blocker);
    const title = `${(0,markdown/* codeSpan */.SS)(blocker.id)} ${kind}${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(blocker.title, titleMax))}`;
    const owner = blocker.owner ? inheritedOwner(blocker.owner, view) : '';
    const due = blocker.due ? dueWords(blocker.due) : '';
    const links = linkList(view, blocker.links);
    return `| ${(0,present/* shown */.SP)(blocker.look)} | ${title} | ${owner} | ${due} | ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(blocker.advice, 300))} | ${links} |`;
}
function itemKindWords(blocker) {
    const words = (0,blockers/* blockerKindWords */.UT)(blocker);
    return words ? `_${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(words, 70))}:_ ` : '';
}
/** The phase's value is marked, so nobody takes it for the item's own. */
function inheritedOwner(owner, view) {
    return `${(0,markdown/* ownerText */.dP)(owner.text, view.serverUrl)}${owner.fromPhase ? ' _(phase)_' : ''}`;
}
function dueWords(due) {
    const relative = due.relative ? ` \u00b7 ${due.overdue ? `**${present/* FLAG_LOOK */.$k.overdue.symbol} ${due.relative}**` : due.relative}` : '';
    return `${(0,markdown/* escapeMarkdown */.FV)(due.text)}${relative}${due.fromPhase ? ' _(phase)_' : ''}`;
}
const LINKS_SHOWN = 5;
/** Links as clickable short references carrying the issue's title, each with its state's symbol. */
function linkList(view, links) {
    const cells = links.slice(0, LINKS_SHOWN).map((link) => linkRef(view, link));
    if (links.length > LINKS_SHOWN)
        cells.push(`+${links.length - LINKS_SHOWN} more`);
    return cells.join('<br>');
}
function linkRef(view, link) {
    const url = (0,markdown/* issueUrl */.$9)(link, view.serverUrl);
    const title = link.title ? ` ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(link.title, LINK_TITLE_MAX))}` : '';
    const text = `${(0,markdown/* referenceText */.n5)((0,present/* shortName */.EU)(link, view.report))}${title}`;
    const progress = (0,present/* subIssueProgress */.Fx)(link);
    return `${present/* LINK_LOOK */.Re[link.state].symbol} ${url ? `[${text}](${url})` : text}${progress ? ` (${progress})` : ''}`;
}
const CHANGES_SHOWN = 10;
/** "Since the last run": one line of what changed state. */
function sinceLine(changes) {
    if (changes.length === 0)
        return [];
    const entries = changes.slice(0, CHANGES_SHOWN).map((change) => `${(0,markdown/* codeSpan */.SS)(change.id)} ${(0,present/* shown */.SP)(change.to)} (was ${(0,present/* shown */.SP)(change.from)})`);
    const more = changes.length > CHANGES_SHOWN ? ` \u00b7 and ${changes.length - CHANGES_SHOWN} more` : '';
    return [`**Since the last run:** ${entries.join(' \u00b7 ')}${more}`];
}
const WAIVERS_SHOWN = 5;
/** The waivers in effect, named in one line: id, reason, approver, expiry. */
function waiversLine(view, waived) {
    if (waived.length === 0)
        return [];
    const entries = waived.slice(0, WAIVERS_SHOWN).map((task) => `${(0,markdown/* codeSpan */.SS)(task.id)} ${waiverWords(task, view)}`);
    const more = waived.length > WAIVERS_SHOWN ? `; and ${waived.length - WAIVERS_SHOWN} more` : '';
    return [`${present/* ITEM_LOOK */.sH.waived.symbol} **${waived.length === 1 ? 'Waiver' : 'Waivers'} in effect:** ${entries.join('; ')}${more}`];
}
/** "\u201creason\u201d, approved by @cto, until 2027-06-30" */
function waiverWords(task, view) {
    const waiver = task.waiver;
    const parts = [`\u201c${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(waiver.reason, 100))}\u201d`];
    if (waiver.approvedBy)
        parts.push(`approved by ${(0,markdown/* ownerText */.dP)(waiver.approvedBy, view.serverUrl)}`);
    if (waiver.expires)
        parts.push(`until ${(0,markdown/* escapeMarkdown */.FV)(waiver.expires)}`);
    return parts.join(', ');
}

// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
;// CONCATENATED MODULE: ./src/core/views/report-details.ts
/**
 * What the comment and the summary fold into `<details>`: the comment's "everything else"
 * (the phase table, waivers, items worth a look that do not block), and the summary's full
 * report, one fold per phase with every item.
 */







function fold(summary, body) {
    return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}
function listsOf(report) {
    const phaseCounts = new Map();
    for (const phase of report.phases)
        phaseCounts.set((0,present/* phaseState */.RI)(phase), (phaseCounts.get((0,present/* phaseState */.RI)(phase)) ?? 0) + 1);
    const waived = report.phases.flatMap((phase) => phase.tasks.filter((task) => (0,present/* itemState */.nw)(task) === 'waived'));
    const worthALook = report.phases.flatMap((phase) => phase.tasks.filter((task) => (0,policy/* needsAttention */.e_)(task) && (task.satisfied || !(0,policy/* isGated */.m3)(phase))).map((task) => ({ phase, task })));
    return { phaseCounts, waived, worthALook };
}
/** The comment's fold: phases, waivers in effect and other items worth a look. */
function commentDetails(view, shape, lists) {
    const { phaseCounts: counts, waived, worthALook } = lists;
    const title = [...counts]
        .filter(([state]) => state !== 'incomplete')
        .map(([state, n]) => `${present/* PHASE_LOOK */.qZ[state].symbol} ${n} ${present/* PHASE_LOOK */.qZ[state].word}`);
    if (waived.length > 0)
        title.push(`${present/* ITEM_LOOK */.sH.waived.symbol} ${waived.length} ${present/* ITEM_LOOK */.sH.waived.word}`);
    if (worthALook.length > 0)
        title.push(`${present/* FLAG_LOOK */.$k.hint.symbol} ${worthALook.length} worth a look`);
    const body = [...phaseTable(view, shape)];
    if (waived.length > 0)
        body.push('', '**Waivers in effect**', '', ...capped(waived, shape.items, (task) => `- ${(0,markdown/* codeSpan */.SS)(task.id)} ${waiverWords(task, view)}`));
    if (worthALook.length > 0) {
        body.push('', '**Worth a look** (not blocking)', '');
        body.push(...capped(worthALook, shape.items, ({ task }) => `- ${(0,markdown/* codeSpan */.SS)(task.id)} ${(0,present/* shown */.SP)(present/* ITEM_LOOK */.sH[(0,present/* itemState */.nw)(task)])} ${(0,markdown/* escapeMarkdown */.FV)(lookReason(task, view))}`));
    }
    return fold(`Everything else: ${(0,markdown/* htmlText */.js)(title.join(' \u00b7 ') || 'all phases')}`, body);
}
function capped(list, max, line) {
    const lines = list.slice(0, max).map(line);
    return list.length > max ? [...lines, `- _and ${list.length - max} more_`] : lines;
}
function lookReason(task, view) {
    if (task.hint)
        return task.hint;
    if (task.waiver?.expired)
        return `the waiver expired on ${task.waiver.expires}`;
    if (task.overdue)
        return `${present/* FLAG_LOOK */.$k.overdue.word}: due ${task.due}`;
    return (0,blockers/* adviceFor */.cp)(task, view.report);
}
function phaseTable(view, shape) {
    const { report } = view;
    const rows = report.phases
        .slice(0, shape.phases)
        .map((phase) => memoRow(view, phase, `phase ${shape.titleMax}`, () => phaseRow(view, phase, shape)));
    const more = report.phases.length - rows.length;
    return [
        '| Phase | Name | State | Items | Owner | Due |',
        '|---|---|---|---|---|---|',
        ...rows,
        ...(more > 0 ? ['', `_${more} more phases not shown._`] : []),
    ];
}
function phaseRow(view, phase, shape) {
    const due = phase.due ? dueWords({ text: phase.due, fromPhase: false, overdue: phase.overdue, ...near(phase, view) }) : '';
    const owner = phase.owner ? (0,markdown/* ownerText */.dP)(phase.owner, view.serverUrl) : '';
    const milestone = phase.milestone ? ` \u00b7 ${(0,views_milestone/* milestoneMarkdown */.Gk)(phase.milestone)}` : '';
    return `| ${(0,markdown/* codeSpan */.SS)(phase.id)} | ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(phase.name, shape.titleMax))}${milestone} | ${phaseStateWords(phase)} | ${(0,present/* satisfiedCount */.IQ)(phase)}/${phase.tasks.length} | ${owner} | ${due} |`;
}
function near(phase, view) {
    const relative = phase.due && !phase.complete ? (0,blockers/* relativeDate */.Pp)(phase.due, view.report.today) : undefined;
    return relative ? { relative } : {};
}
/** "\u274c incomplete, has no items yet", "\u23ed\ufe0f skipped (no changed file matches its `paths`)". */
function phaseStateWords(phase) {
    const state = (0,present/* phaseState */.RI)(phase);
    const parts = [(0,present/* shown */.SP)(present/* PHASE_LOOK */.qZ[state])];
    if (state === 'skipped')
        parts.push(`(${present/* SKIPPED_BECAUSE */.qs})`);
    if (phase.empty)
        parts.push(present/* PHASE_HAS_NO_ITEMS */.O4);
    if (phase.unmetRequires.length > 0)
        parts.push(`waits for ${phase.unmetRequires.map(markdown/* codeSpan */.SS).join(', ')}`);
    return parts.join(' ');
}
/** The summary's full report: each phase folded, with every item. */
function summaryPhases(view, shape) {
    const { report } = view;
    const lines = ['#### Every phase', ''];
    let hiddenItems = 0;
    for (const phase of report.phases.slice(0, shape.phases)) {
        const tasks = phase.tasks.slice(0, shape.items);
        hiddenItems += phase.tasks.length - tasks.length;
        const more = phase.tasks.length > tasks.length
            ? ['', `_${phase.tasks.length - tasks.length} more of ${phase.tasks.length} items in ${(0,markdown/* escapeMarkdown */.FV)(phase.id)} not shown._`]
            : [];
        const milestone = phase.milestone ? [`${(0,views_milestone/* milestoneMarkdown */.Gk)(phase.milestone)}`, ''] : [];
        const summary = memoRow(view, phase, `summary ${shape.titleMax}`, () => phaseSummary(phase, view, shape));
        lines.push(...fold(summary, [...milestone, ...itemTable(view, tasks, shape), ...more]));
    }
    const hiddenPhases = report.phases.length - Math.min(report.phases.length, shape.phases);
    if (hiddenPhases > 0) {
        hiddenItems += report.phases.slice(shape.phases).reduce((sum, phase) => sum + phase.tasks.length, 0);
        lines.push(`_${hiddenPhases} more phases not shown._`, '');
    }
    return { lines, hiddenItems };
}
function phaseSummary(phase, view, shape) {
    const state = (0,present/* phaseState */.RI)(phase);
    const facts = [`${(0,present/* satisfiedCount */.IQ)(phase)}/${phase.tasks.length} items`, present/* PHASE_LOOK */.qZ[state].word];
    if (phase.empty)
        facts.push(present/* PHASE_HAS_NO_ITEMS */.O4);
    if (phase.unmetRequires.length > 0)
        facts.push(`waits for ${phase.unmetRequires.join(', ')}`);
    if (phase.owner)
        facts.push(`owner ${phase.owner}`);
    if (phase.due)
        facts.push(`due ${phase.due}${phase.overdue ? ` ${present/* FLAG_LOOK */.$k.overdue.symbol} ${present/* FLAG_LOOK */.$k.overdue.word}` : ''}`);
    const name = (0,markdown/* htmlText */.js)((0,markdown/* truncate */.xv)(phase.name, shape.titleMax));
    return `${present/* PHASE_LOOK */.qZ[state].symbol} <code>${(0,markdown/* htmlText */.js)(phase.id)}</code> ${name} \u2014 ${(0,markdown/* htmlText */.js)(facts.join(' \u00b7 '))}`;
}
function itemTable(view, tasks, shape) {
    if (tasks.length === 0)
        return [`_${present/* PHASE_HAS_NO_ITEMS */.O4}._`];
    const withNotes = tasks.some((task) => task.notes);
    const header = ['State', 'Item', 'Owner', 'Due', 'Why', 'Links', ...(withNotes ? ['Notes'] : [])];
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...tasks.map((task) => memoRow(view, task, `item ${shape.titleMax} ${withNotes}`, () => itemRow(view, task, shape, withNotes))),
    ];
}
function itemRow(view, task, shape, withNotes) {
    const kind = task.kind === 'acceptance' ? '_acceptance:_ ' : '';
    const due = task.due
        ? dueWords({ text: task.due, fromPhase: false, overdue: task.overdue, ...(task.satisfied ? {} : relative(task.due, view)) })
        : '';
    const cells = [
        (0,present/* shown */.SP)(present/* ITEM_LOOK */.sH[(0,present/* itemState */.nw)(task)]),
        `${(0,markdown/* codeSpan */.SS)(task.id)} ${kind}${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(task.title, shape.titleMax))}`,
        task.owner ? (0,markdown/* ownerText */.dP)(task.owner, view.serverUrl) : '',
        due,
        (0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(whyWords(task, view), 300)),
        linkList(view, task.links),
    ];
    if (withNotes)
        cells.push((0,markdown/* escapeMarkdown */.FV)((0,markdown/* truncate */.xv)(task.notes ?? '', 300)));
    return `| ${cells.join(' | ')} |`;
}
function relative(date, view) {
    const words = (0,blockers/* relativeDate */.Pp)(date, view.report.today);
    return words ? { relative: words } : {};
}
/** Why an item stands where it does, when its state alone does not say it. */
function whyWords(task, view) {
    if (!task.satisfied)
        return (0,blockers/* adviceFor */.cp)(task, view.report);
    if (task.waiver && !task.waiver.expired)
        return task.reason;
    if (task.links.some(policy/* completedByThisPullRequest */.fh))
        return `${present/* FLAG_LOOK */.$k['this-pull-request'].word} it`;
    return '';
}

;// CONCATENATED MODULE: ./src/core/views/render-report.ts
/**
 * The PR comment and the job summary: a headline, a line of figures, the items that block
 * (and only those), what changed since the last run, then everything else folded. A ready
 * gate gets a few lines. When GitHub's size limits would be passed, the longest folded
 * lists shrink first and the blockers last.
 */



/** GitHub rejects comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** GitHub rejects a step summary larger than 1 MiB. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SHAPES = [
    ...[Infinity, 500, 200, 100, 50, 20, 10, 5, 3, 1, 0].map((items) => ({ items, phases: Infinity, blockers: Infinity, titleMax: 200 })),
    ...[2000, 500, 200, 100, 50, 20, 10, 0].map((phases) => ({ items: 0, phases, blockers: Infinity, titleMax: 80 })),
    ...[2000, 1000, 500, 200, 100, 50, 20, 10, 5, 1].map((blockers) => ({ items: 0, phases: 0, blockers, titleMax: 60 })),
];
function renderMarkdownReport(report, options, limit) {
    return renderFirstShapeThatFits(report, options, limit, distinctShapes);
}
/** The search itself, over the shapes `choose` keeps; the tests hold it to every shape tried. */
function renderFirstShapeThatFits(report, options, limit, choose) {
    const shared = {
        blockers: (0,blockers/* blockersOf */.be)(report),
        lists: listsOf(report),
        rows: new RowMemo(),
        figures: figures(report),
        caveats: caveats(report),
        since: sinceLine(options.changes ?? []),
    };
    const renderShape = (shape) => renderShapeOf(report, options, shape, shared);
    const shapes = choose(report, options, shared);
    // Shapes with more table rows than could possibly fit are not worth rendering.
    const first = Math.max(0, shapes.findIndex((shape) => rowCount(report, options, shape) * MIN_ROW <= limit.max));
    const full = renderShape(shapes[first]);
    if (limit.measure(full) <= limit.max)
        return full;
    // Each shape is no larger than the one before it: search for the first that fits.
    const fitting = firstSuccess(first + 1, shapes.length, (index) => {
        const text = renderShape(shapes[index]);
        return limit.measure(text) <= limit.max ? text : undefined;
    });
    return fitting ?? hardTruncate(renderShape(shapes[shapes.length - 1]), options, limit);
}
/**
 * The shapes that differ for this report: one that shows up to 500 items of each phase is
 * the full report when no phase has more than 10, and need not be rendered again once the
 * full one was too large. In the summary a shape's item count caps each phase's table; in
 * the comment, its lists of waivers and of items worth a look.
 */
function distinctShapes(report, options, shared) {
    const itemsShown = options.detail === 'all'
        ? report.phases.reduce((most, phase) => Math.max(most, phase.tasks.length), 0)
        : Math.max(shared.lists.waived.length, shared.lists.worthALook.length);
    const seen = new Set();
    return SHAPES.filter((shape) => {
        const key = [
            Math.min(shape.items, itemsShown),
            Math.min(shape.phases, report.phases.length),
            Math.min(shape.blockers, shared.blockers.length),
            shape.titleMax,
        ].join(' ');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * The value of the first index in [from, count) whose attempt succeeds, for attempts that
 * succeed from some index on. The nearest are tried first, at doubling steps, then the gap
 * is halved: a size limit is mostly met a shape or two down, and no search takes more than
 * about twice log2(count) attempts.
 */
function firstSuccess(from, count, attempt) {
    let failed = from - 1;
    let found;
    for (let step = 1; !found && failed < count - 1; step *= 2) {
        const index = Math.min(failed + step, count - 1);
        const value = attempt(index);
        if (value === undefined)
            failed = index;
        else
            found = { index, value };
    }
    if (!found)
        return undefined;
    for (let low = failed + 1, high = found.index - 1; low <= high;) {
        const middle = (low + high) >> 1;
        const value = attempt(middle);
        if (value === undefined)
            low = middle + 1;
        else {
            found = { index: middle, value };
            high = middle - 1;
        }
    }
    return found.value;
}
/** The fewest characters a table row can take: `| \`x\` | \u2026 |` with its cells. */
const MIN_ROW = 30;
/** How many rows a shape shows at least, without rendering it. */
function rowCount(report, options, shape) {
    const phases = Math.min(shape.phases, report.phases.length);
    const items = options.detail === 'all' ? report.phases.slice(0, phases).reduce((sum, phase) => sum + Math.min(shape.items, phase.tasks.length), 0) : 0;
    const blockers = Math.min(shape.blockers, report.incompletePhases.length === 0 ? 0 : report.counts.items - report.counts.satisfied);
    return phases + items + blockers;
}
const measureCharacters = (text) => text.length;
const measureBytes = (text) => Buffer.byteLength(text, 'utf8');
/** The last resort: cut at a line, keeping the headline, and say so. */
function hardTruncate(text, options, limit) {
    const note = `\n\n_The report was cut to fit GitHub\u2019s size limit${options.detail === 'problems' ? '; the job summary shows more' : ''}._\n`;
    let keep = text.length;
    while (keep > 0 && limit.measure(text.slice(0, keep) + note) > limit.max)
        keep = Math.floor(keep * 0.9);
    return text.slice(0, text.lastIndexOf('\n', keep) + 1) + note;
}
function renderShapeOf(report, options, shape, shared) {
    const view = {
        report,
        rows: shared.rows,
        ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
        ...(options.subject ? { subject: options.subject } : {}),
    };
    const lines = [headline(view, shape.titleMax), '', shared.figures];
    if (shared.caveats.length > 0)
        lines.push('', ...shared.caveats);
    lines.push('');
    const { waived } = shared.lists;
    const { since } = shared;
    if (report.ready && options.detail === 'problems') {
        // Ready: a few lines, no tables \u2014 what stands in for the plan, and what changed.
        for (const line of [...waiversLine(view, waived), ...since])
            lines.push(line, '');
        if (options.footer)
            lines.push(options.footer, '');
        return lines.join('\n');
    }
    const elsewhere = options.detail === 'problems' ? 'the job summary lists them' : '`readiness-gate check --verbose` lists every item';
    const table = blockersTable(view, shared.blockers, shape.blockers, shape.titleMax, elsewhere);
    if (table.length > 0)
        lines.push(...table, '');
    if (since.length > 0)
        lines.push(...since, '');
    if (options.detail === 'problems') {
        for (const line of commentDetails(view, shape, shared.lists))
            lines.push(line);
    }
    else {
        if (report.ready)
            lines.push(...waiversLine(view, waived), '');
        const { lines: phases, hiddenItems } = summaryPhases(view, shape);
        for (const line of phases)
            lines.push(line);
        if (hiddenItems > 0)
            lines.push(`_To stay within GitHub\u2019s size limit, ${hiddenItems} items were left out; ${elsewhere}._`, '');
    }
    if (options.footer)
        lines.push(options.footer, '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/core/verdict/reasons.ts
var reasons = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
// EXTERNAL MODULE: ./src/action/session.ts
var session = __webpack_require__(9462);
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
    // Counted before it is written: a plan near the size cap gives JSON of a few MB, written for nothing.
    if (jsonLengthAtLeast(base) <= OUTPUT_LIMIT) {
        const full = JSON.stringify(base);
        if (full.length <= OUTPUT_LIMIT)
            return full;
    }
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
 * At most as long as `JSON.stringify(value)`: each string's characters and quotes (escapes
 * only add), each key written, the brackets and separators, one character for any other value.
 */
function jsonLengthAtLeast(value) {
    if (typeof value === 'string')
        return value.length + 2;
    if (Array.isArray(value))
        return value.reduce((sum, entry) => sum + jsonLengthAtLeast(entry), 2) + Math.max(0, value.length - 1);
    if (value === null || typeof value !== 'object')
        return 1;
    let length = 2;
    let written = 0;
    for (const [key, entry] of Object.entries(value)) {
        // JSON leaves these keys out.
        if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol')
            continue;
        length += key.length + 3 + jsonLengthAtLeast(entry);
        written++;
    }
    return length + Math.max(0, written - 1);
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
    const lines = [`### ${present/* VERDICT_LOOK */.cX.unevaluated.symbol} readiness-gate could not check gate ${codeWord(failure.gate)}`, ''];
    if (failure.problems.length > 0) {
        const problems = failure.problems.map((problem) => `- ${problemLine(problem, failure.manifestUrl)}`);
        lines.push(`The configuration has to be fixed:`, '', ...problems, '');
    }
    else {
        lines.push((0,markdown/* escapeMarkdown */.FV)(failure.error), '');
    }
    if (failure.report)
        lines.push(`The gate was evaluated before the failure: ${failure.report.ready ? 'ready' : 'not ready'}, but the run failed.`, '');
    return lines.join('\n');
}
/** A problem with a link to its line of the manifest, at the commit read, when that page is known. */
function problemLine(problem, manifestUrl) {
    const place = codeWord((0,errors/* problemPlace */.NT)(problem));
    const linked = manifestUrl && problem.line ? `[${place}](${manifestUrl}#L${problem.line})` : place;
    // The fix is code: escaped as text, its `@` would carry an invisible space into a paste.
    const fix = problem.fix ? `, e.g. ${(0,markdown/* codeSpan */.SS)(problem.fix)}` : '';
    return `${linked} ${(0,markdown/* escapeMarkdown */.FV)(problem.message)}${fix}`;
}
/** A short name in backticks; backticks in it are dropped, so it cannot break out. */
function codeWord(text) {
    return `\`${text.replace(/[`\r\n]/g, '')}\``;
}
function viewOptions(page, report) {
    if (!page)
        return {};
    return { footer: (0,session/* footerOf */.V$)(page, report), serverUrl: page.serverUrl, ...(page.subject ? { subject: page.subject } : {}) };
}
function summaryMarkdown(report, page) {
    return renderMarkdownReport(report, { detail: 'all', ...viewOptions(page, report) }, { max: SUMMARY_LIMIT_BYTES - MARGIN, measure: measureBytes });
}
/** The comment: `reserved` characters are kept for the hidden line of states above it. */
function commentMarkdown(report, options = {}) {
    return renderMarkdownReport(report, { detail: 'problems', ...viewOptions(options.page, report), ...(options.changes ? { changes: options.changes } : {}) }, { max: COMMENT_LIMIT - MARGIN - (options.reserved ?? 0), measure: measureCharacters });
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

/***/ 4893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rv: () => (/* binding */ gateOf),
  ig: () => (/* binding */ outcomeComment),
  j5: () => (/* binding */ outcomeStatus),
  HF: () => (/* binding */ writeComment),
  Kn: () => (/* binding */ writeStatus)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/statuses.ts
var statuses = __webpack_require__(2681);
// EXTERNAL MODULE: ./src/action/publish.ts + 3 modules
var publish = __webpack_require__(9256);
// EXTERNAL MODULE: ./src/action/session.ts
var session = __webpack_require__(9462);
// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
;// CONCATENATED MODULE: ./src/core/views/since.ts
/**
 * "Since the last run": the comment keeps, in a hidden line of its own, the states of the
 * gate's phases and items as compact data, so the next run can say what changed. The line
 * is text anyone with write access can edit: it is read by one strict pattern, anything
 * else in it (a foreign format, an id that is no id, a state that is no state, a size no
 * run writes) makes it count as absent, and it is never more than a list of names and
 * letters \u2014 nothing in it is trusted as a verdict or run.
 */


const PHASE_CODE = { complete: 'c', incomplete: 'i', skipped: 's', 'not-in-gate': 'n' };
const ITEM_CODE = { done: 'd', waived: 'w', drift: 'x', unknown: 'u', 'in-progress': 'p', blocked: 'b', todo: 't' };
const PHASE_OF = inverse(PHASE_CODE);
const ITEM_OF = inverse(ITEM_CODE);
function inverse(codes) {
    return new Map(Object.entries(codes).map(([state, code]) => [code, state]));
}
const PREFIX = '<!-- readiness-gate:since 1 ';
const SUFFIX = ' -->';
/** Data longer than this is not kept (a plan of thousands of items): the comment needs the room. */
const HISTORY_MAX = 16_000;
// A manifest's ids, and a milestone item's (`#12`, `acme/api#12`).
const ID = '[A-Za-z0-9._#/-]{1,200}';
const ENTRIES = (codes) => `(?:${ID}=[${codes}](?:,${ID}=[${codes}])*)?`;
const SNAPSHOT = `p:${ENTRIES('cisn')};i:${ENTRIES('dwxupbt')}`;
const LINE = new RegExp(`^${escapeRegExp(PREFIX)}now=(${SNAPSHOT})(?: was=(${SNAPSHOT}))?${escapeRegExp(SUFFIX)}$`, 'm');
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The states of the report's gated phases and their items. */
function snapshotOf(report) {
    const snapshot = { phases: new Map(), items: new Map() };
    for (const phase of report.phases) {
        snapshot.phases.set(phase.id, (0,present/* phaseState */.RI)(phase));
        if ((0,policy/* isGated */.m3)(phase))
            for (const task of phase.tasks)
                snapshot.items.set(task.id, (0,present/* itemState */.nw)(task));
    }
    return snapshot;
}
function encode(snapshot, withItems) {
    const entries = (map, codes) => [...map].map(([id, state]) => `${id}=${codes[state]}`).join(',');
    return `p:${entries(snapshot.phases, PHASE_CODE)};i:${withItems ? entries(snapshot.items, ITEM_CODE) : ''}`;
}
/** The hidden line that keeps a history, or nothing when it would be too long to keep. */
function historyLine(history) {
    for (const withItems of [true, false]) {
        const was = history.was ? ` was=${encode(history.was, withItems)}` : '';
        const line = `${PREFIX}now=${encode(history.now, withItems)}${was}${SUFFIX}`;
        if (line.length <= HISTORY_MAX)
            return line;
    }
    return '';
}
/** The history a comment keeps; undefined when it has none, or none this run can read. */
function readHistory(body) {
    if (!body || body.length > 1_000_000)
        return undefined;
    const start = body.indexOf(PREFIX);
    if (start < 0)
        return undefined;
    const end = body.indexOf('\n', start);
    const line = body.slice(start, end < 0 ? undefined : end);
    if (line.length > HISTORY_MAX)
        return undefined;
    const match = LINE.exec(line);
    if (!match)
        return undefined;
    const now = decode(match[1]);
    const was = match[2] === undefined ? undefined : decode(match[2]);
    return now ? { now, ...(was ? { was } : {}) } : undefined;
}
function decode(text) {
    const [phases, items] = text.slice(2).split(';i:');
    const read = (list, states) => new Map(list ? list.split(',').map((entry) => [entry.slice(0, -2), states.get(entry.slice(-1))]) : []);
    return { phases: read(phases, PHASE_OF), items: read(items, ITEM_OF) };
}
/**
 * The history this run keeps: its states, and the ones before them. A run that changes
 * nothing keeps what the comment said changed, so a re-run does not erase it.
 */
function nextHistory(previous, report) {
    const now = snapshotOf(report);
    if (!previous)
        return { now };
    if (sameSnapshot(previous.now, now))
        return previous.was ? { now, was: previous.was } : { now };
    return { now, was: previous.now };
}
function sameSnapshot(a, b) {
    const same = (x, y) => x.size === y.size && [...x].every(([id, state]) => y.get(id) === state);
    return same(a.phases, b.phases) && same(a.items, b.items);
}
/** What changed between the states before the last change and now: phases first, then items, in the report's order. */
function changesOf(history, report) {
    const { was } = history;
    if (!was)
        return [];
    const phases = [];
    const items = [];
    for (const phase of report.phases) {
        const before = was.phases.get(phase.id);
        const after = history.now.phases.get(phase.id);
        if (before && after && before !== after) {
            phases.push({ kind: 'phase', id: phase.id, title: phase.name, from: present/* PHASE_LOOK */.qZ[before], to: present/* PHASE_LOOK */.qZ[after] });
        }
        for (const task of phase.tasks) {
            const itemBefore = was.items.get(task.id);
            const itemAfter = history.now.items.get(task.id);
            if (itemBefore && itemAfter && itemBefore !== itemAfter) {
                items.push({ kind: 'item', id: task.id, title: task.title, from: present/* ITEM_LOOK */.sH[itemBefore], to: present/* ITEM_LOOK */.sH[itemAfter] });
            }
        }
    }
    return [...phases, ...items];
}

;// CONCATENATED MODULE: ./src/action/writes.ts







function gateOf(outcome) {
    return 'report' in outcome ? outcome.report.gate : outcome.failure.gate;
}
/** The commit status an outcome gives. */
function outcomeStatus(outcome) {
    return 'report' in outcome ? (0,statuses/* statusFor */.SR)(outcome.report) : (0,statuses/* unevaluatedStatus */.LD)(outcome.failure.error);
}
/**
 * The comment's Markdown for an outcome (without the marker) and whether it says ready,
 * given the body of the comment it replaces: the states kept there say what changed since.
 * A run that could not evaluate keeps them for the next one that can.
 */
function outcomeComment(outcome, page, previous) {
    const kept = readHistory(previous);
    if ('report' in outcome) {
        const { report } = outcome;
        const history = nextHistory(kept, report);
        const line = historyLine(history);
        const markdown = (0,publish/* commentMarkdown */.r)(report, { page, changes: changesOf(history, report), reserved: line.length });
        return { ready: report.ready, body: line ? `${line}\n${markdown}` : markdown };
    }
    const withdrawn = 'No earlier verdict on this pull request stands until the gate can be checked again.';
    const line = kept ? historyLine(kept) : '';
    const markdown = `${(0,publish/* failureMarkdown */.A5)(outcome.failure)}\n${withdrawn}\n\n${(0,session/* footerOf */.V$)(page)}`;
    return { ready: false, body: line ? `${line}\n${markdown}` : markdown };
}
/** Writes the PR comment; a token that may not write gets one warning, not a failed run. */
async function writeComment(session, request) {
    const { pullNumber, outcome } = request;
    try {
        const result = await (0,comments/* upsertComment */.lB)(session.github, {
            repository: session.context.repository,
            issueNumber: pullNumber,
            gate: gateOf(outcome),
            mode: session.inputs.comment,
            ready: 'report' in outcome && outcome.report.ready,
            body: (previous) => outcomeComment(outcome, request.page, previous).body,
            mayCreate: request.mayCreate,
            ...(request.listing ? { listing: request.listing } : {}),
        });
        core/* info */.pq(`Pull request comment on #${pullNumber}: ${result}.`);
        return result;
    }
    catch (error) {
        const cause = (0,errors/* forbiddenCause */.dy)(error, { permission: 'pull-requests: write', fork: (0,errors/* isForkPullRequest */.B7)(session.context.payload) });
        if (!cause)
            throw error;
        core/* warning */.$e(`Could not write the readiness comment on #${pullNumber}: ${cause} The job summary has the full report.`);
        return undefined;
    }
}
/** Sets `readiness/<gate>`; a token without `statuses: write` gets one warning. */
async function writeStatus(session, sha, outcome) {
    const gate = gateOf(outcome);
    try {
        await (0,statuses/* setCommitStatus */.MX)(session.github, session.context.repository, sha, gate, outcomeStatus(outcome), session.context.runUrl);
    }
    catch (error) {
        const cause = (0,errors/* forbiddenCause */.dy)(error, { permission: 'statuses: write', fork: (0,errors/* isForkPullRequest */.B7)(session.context.payload) });
        if (!cause)
            throw error;
        session.statusRefused = true;
        core/* warning */.$e(`Could not set the commit status readiness/${gate}: ${cause}`);
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

/***/ 2322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ milestoneName),
/* harmony export */   M: () => (/* binding */ milestoneKey)
/* harmony export */ });
/** The one key of a milestone reference: a number and a title that looks like one stay apart. */
function milestoneKey(ref) {
    return typeof ref === 'number' ? `number:${ref}` : `title:${ref}`;
}
/** A milestone reference in words: "milestone 'v2.0 beta'", "milestone #3". */
function milestoneName(ref) {
    return typeof ref === 'number' ? `milestone #${ref}` : `milestone '${ref}'`;
}


/***/ }),

/***/ 5366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ evaluate),
  P1: () => (/* binding */ linkTargets),
  B9: () => (/* binding */ linksTo),
  Hv: () => (/* binding */ phasesTouched),
  Lu: () => (/* binding */ usesPaths)
});

// UNUSED EXPORTS: gateNames

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

// EXTERNAL MODULE: ./src/core/links/milestones.ts
var milestones = __webpack_require__(2322);
// EXTERNAL MODULE: ./src/core/verdict/reasons.ts
var reasons = __webpack_require__(8868);
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
        return unjudged('unverified', `${(0,milestones/* milestoneName */.C)(ref)} is not verified (offline)`);
    const lookup = context.milestones?.get((0,milestones/* milestoneKey */.M)(ref));
    if (!lookup)
        return unjudged('unknown', `${(0,milestones/* milestoneName */.C)(ref)} could not be read`);
    if (!lookup.found && !lookup.missing)
        return unjudged('unknown', `${(0,milestones/* milestoneName */.C)(ref)} could not be read (${lookup.detail})`, lookup.detail);
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
        ? `GitHub listed ${read} of the ${milestone.total} issues and pull requests of ${(0,milestones/* milestoneName */.C)(ref)}, so it counts as incomplete`
        : inScope.length === 0
            ? `${(0,milestones/* milestoneName */.C)(ref)} has no items yet`
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
    const reason = drift ? `in milestone '${closedMilestone}', which is closed, but ${(0,reasons/* describeLink */.E)(link)}` : (0,reasons/* describeLink */.E)(link);
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
        message: `${(0,milestones/* milestoneName */.C)(phase.milestone)} of phase '${phase.id}' does not exist in ${repository} \u2014 name one of its milestones by title or number (${how}), or remove 'milestone'`,
    });
}

// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
// EXTERNAL MODULE: ./src/core/freezes/moment.ts
var moment = __webpack_require__(7374);
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
    return linkTargets(manifest, repository).some((linked) => linked.number === target.number && (0,links_links/* sameRepository */.RB)(linked, target));
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
            throw new errors/* ConfigError */.xL({ file: manifest.file, ...manifest.phasesPosition, message: (0,manifest_manifest.noBlockingPhase)(gate) });
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
    for (const id of (0,manifest_manifest.dependenciesFirst)(phases))
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
        ready: incompletePhases.length === 0 && !(freezes && (0,moment/* holdsGate */.mz)(freezes)),
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
        ...(freezes ? { frozen: (0,moment/* holdsGate */.mz)(freezes), freezes } : {}),
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
    return (0,moment/* freezesAt */.Mc)(manifest.freezes, context.gate, context.moment, context.pullRequest?.labels);
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
    const failures = evidence.failing.map(reasons/* describeLink */.E).join('; ');
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

/***/ 6095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ relativeDate),
/* harmony export */   UT: () => (/* binding */ blockerKindWords),
/* harmony export */   be: () => (/* binding */ blockersOf),
/* harmony export */   cp: () => (/* binding */ adviceFor)
/* harmony export */ });
/* harmony import */ var _links_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9104);
/* harmony import */ var _verdict_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8355);
/* harmony import */ var _present_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1201);
/* harmony import */ var _milestone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4048);
/**
 * What blocks the gate, as every view lists it: the unsatisfied items of the gate's
 * incomplete phases (or the phase itself, when it has no items or waits for another), each
 * with its owner and due date (the phase's when the item has none, marked as such), and
 * what to do about it in one sentence. Plain data: the views escape and lay it out.
 */




/**
 * What a blocking item is when it is not a task of the plan, in plain words: an acceptance
 * item, or an issue or pull request of its phase's milestone, which is named (the item's id
 * alone is a number). Each view writes them its own way.
 */
function blockerKindWords(blocker) {
    if (blocker.task?.kind === 'acceptance')
        return 'acceptance';
    const milestone = blocker.phase.milestone;
    if (blocker.task?.kind === 'milestone' && milestone)
        return `milestone ${(0,_milestone_js__WEBPACK_IMPORTED_MODULE_2__/* .milestoneTitle */ .RS)(milestone)}`;
    return undefined;
}
/** Every blocker of the report, phase by phase in manifest order. */
function blockersOf(report) {
    const blockers = [];
    for (const phase of report.phases) {
        if (!(0,_verdict_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .isGated */ .m3)(phase) || phase.complete)
            continue;
        const unsatisfied = phase.tasks.filter((task) => !task.satisfied);
        if (unsatisfied.length === 0) {
            blockers.push(phaseBlocker(phase, report));
            continue;
        }
        for (const task of unsatisfied)
            blockers.push(itemBlocker(phase, task, report));
    }
    return blockers;
}
function itemBlocker(phase, task, report) {
    const ownDue = task.due ?? phase.due;
    const links = [...task.links.filter((link) => !link.satisfied), ...task.links.filter((link) => link.satisfied)];
    return {
        phase,
        task,
        look: _present_js__WEBPACK_IMPORTED_MODULE_1__/* .ITEM_LOOK */ .sH[(0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .itemState */ .nw)(task)],
        id: task.id,
        title: task.title,
        ...ownerOf(task.owner, phase.owner),
        ...(ownDue ? { due: dueOf(ownDue, task.due === undefined, report.today) } : {}),
        advice: adviceFor(task, report),
        links,
    };
}
function phaseBlocker(phase, report) {
    const waits = phase.unmetRequires;
    const milestone = phase.milestone?.blocks && (phase.empty || waits.length === 0) ? (0,_milestone_js__WEBPACK_IMPORTED_MODULE_2__/* .milestoneAdvice */ .FI)(phase.milestone) : undefined;
    const advice = milestone ??
        (phase.empty
            ? `${phase.id} ${_present_js__WEBPACK_IMPORTED_MODULE_1__/* .PHASE_HAS_NO_ITEMS */ .O4}: add its tasks, or leave it out of the gate`
            : `waits for ${waits.join(', ')}: complete ${waits.length === 1 ? 'it' : 'them'} first`);
    return {
        phase,
        look: _present_js__WEBPACK_IMPORTED_MODULE_1__/* .PHASE_LOOK */ .qZ.incomplete,
        id: phase.id,
        title: phase.name,
        ...ownerOf(phase.owner, undefined),
        ...(phase.due ? { due: dueOf(phase.due, false, report.today) } : {}),
        advice,
        links: [],
    };
}
function ownerOf(own, phaseOwner) {
    if (own)
        return { owner: { text: own, fromPhase: false } };
    return phaseOwner ? { owner: { text: phaseOwner, fromPhase: true } } : {};
}
function dueOf(date, fromPhase, today) {
    const relative = relativeDate(date, today);
    return { text: date, fromPhase, overdue: date < today, ...(relative ? { relative } : {}) };
}
const DAY_MS = 86_400_000;
/** Dates further ahead than this are shown as dates only. */
const NEAR_DAYS = 14;
/** "16 days late", "due today", "in 3 days"; nothing for a date far ahead. */
function relativeDate(date, today) {
    const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
    if (!Number.isFinite(days))
        return undefined;
    if (days < 0)
        return `${-days} ${days === -1 ? 'day' : 'days'} late`;
    if (days === 0)
        return 'due today';
    return days <= NEAR_DAYS ? `in ${days} ${days === 1 ? 'day' : 'days'}` : undefined;
}
/** What to do about each state a failing link can be in. */
const LINK_ADVICE = {
    not_planned: 'relink or waive',
    duplicate: 'link the issue it duplicates',
    closed_unmerged: 'link the pull request that replaces it, or waive',
    unknown: 'check the reference and that the token can read it',
};
/** In order of what to fix first: a link the plan cannot stand on before one that is merely open. */
const FAILURE_ORDER = ['unknown', 'not_planned', 'duplicate', 'closed_unmerged', 'open', 'completed', 'merged'];
/** One sentence: what a maintainer does about this item. */
function adviceFor(task, report) {
    const overdue = task.overdue ? ', or move its due date' : '';
    return itemAdvice(task, report) + overdue;
}
function itemAdvice(task, report) {
    if (task.waiver?.expired)
        return `the waiver expired on ${task.waiver.expires}: renew it or finish the task`;
    const failing = task.links.filter((link) => link.state !== 'unverified' && !link.satisfied);
    const first = [...failing].sort((a, b) => FAILURE_ORDER.indexOf(a.state) - FAILURE_ORDER.indexOf(b.state))[0];
    if (first)
        return linkAdvice(first, task, report);
    if (task.hint)
        return task.hint;
    if (task.links.some((link) => link.state === 'unverified') && task.declaredStatus === undefined) {
        return 'links not verified and no status: check online, or declare a status';
    }
    if (task.status === 'blocked')
        return 'blocked: clear what blocks it, or waive it';
    if (task.status === 'in-progress')
        return 'in progress: finish it, then mark it done';
    return 'not started: do it, then mark it done';
}
function linkAdvice(link, task, report) {
    const name = (0,_present_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(link, report);
    const more = task.links.filter((other) => other !== link && other.state !== 'unverified' && !other.satisfied).length;
    const others = more > 0 ? ` (and ${more} more ${more === 1 ? 'link' : 'links'})` : '';
    const sub = link.subIssues;
    if ((0,_links_links_js__WEBPACK_IMPORTED_MODULE_0__/* .isSatisfiedState */ .aM)(link.state) && sub && sub.open > 0) {
        return `${name} is closed but ${sub.open} of its ${sub.total} sub-issues are open${others}: close them or reopen ${name}`;
    }
    const state = `${name} ${_present_js__WEBPACK_IMPORTED_MODULE_1__/* .LINK_LOOK */ .Re[link.state].sentence}${link.state === 'unknown' && link.detail ? ` (${link.detail})` : ''}${others}`;
    if (task.drift && link.state === 'open')
        return `marked done but ${state}: close it or reopen the task`;
    if (task.drift)
        return `marked done but ${state}: ${LINK_ADVICE[link.state] ?? 'relink or reopen the task'}`;
    const advice = LINK_ADVICE[link.state];
    if (advice)
        return `${state}: ${advice}`;
    return `${state}: ${link.kind === 'pull' ? 'review and merge it' : 'finish it and close it'}`;
}


/***/ }),

/***/ 3025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ issueUrl),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   dP: () => (/* binding */ ownerText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   n5: () => (/* binding */ referenceText),
/* harmony export */   tL: () => (/* binding */ terminalLine),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports stripControls, GITHUB_SERVER_URL, issueLink */
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
/* harmony import */ var _core_views_present_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1201);


function statusContext(gate) {
    return `readiness/${gate}`;
}
/** The status a report gives its commit. */
function statusFor(report) {
    const look = _core_views_present_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_LOOK */ .cX[(0,_core_views_present_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictOf */ .Vj)(report)];
    const incomplete = report.incompletePhases.length === 0 ? '' : ` \u2014 ${(0,_core_views_present_js__WEBPACK_IMPORTED_MODULE_1__/* .incompleteClause */ .EV)(report)}: ${report.incompletePhases.join(', ')}`;
    const description = `${look.symbol} ${(0,_core_views_present_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictWords */ .L2)(report, { relative: false })}${incomplete} \u00b7 ${(0,_core_views_present_js__WEBPACK_IMPORTED_MODULE_1__/* .completionWords */ .__)(report)}`;
    // GitHub rejects descriptions over 140 characters.
    return { state: report.ready ? 'success' : 'failure', description: (0,_core_views_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(description, 140) };
}
/** The status of a commit whose gate could not be evaluated: never a green it cannot justify. */
function unevaluatedStatus(reason) {
    const look = _core_views_present_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_LOOK */ .cX.unevaluated;
    return { state: 'error', description: (0,_core_views_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(`${look.symbol} ${look.word}: ${reason}`, 140) };
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
