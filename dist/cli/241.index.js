export const id = 241;
export const ids = [241];
export const modules = {

/***/ 1241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/core/links/links.ts
var links = __webpack_require__(9104);
// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
// EXTERNAL MODULE: ./src/core/views/milestone.ts
var views_milestone = __webpack_require__(4048);
;// CONCATENATED MODULE: ./src/core/views/blockers.ts
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
        return `milestone ${(0,views_milestone/* milestoneTitle */.RS)(milestone)}`;
    return undefined;
}
/** Every blocker of the report, phase by phase in manifest order. */
function blockersOf(report) {
    const blockers = [];
    for (const phase of report.phases) {
        if (!(0,policy/* isGated */.m3)(phase) || phase.complete)
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
        look: present/* ITEM_LOOK */.sH[(0,present/* itemState */.nw)(task)],
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
    const milestone = phase.milestone?.blocks && (phase.empty || waits.length === 0) ? (0,views_milestone/* milestoneAdvice */.FI)(phase.milestone) : undefined;
    const advice = milestone ??
        (phase.empty
            ? `${phase.id} ${present/* PHASE_HAS_NO_ITEMS */.O4}: add its tasks, or leave it out of the gate`
            : `waits for ${waits.join(', ')}: complete ${waits.length === 1 ? 'it' : 'them'} first`);
    return {
        phase,
        look: present/* PHASE_LOOK */.qZ.incomplete,
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
    const name = (0,present/* shortName */.EU)(link, report);
    const more = task.links.filter((other) => other !== link && other.state !== 'unverified' && !other.satisfied).length;
    const others = more > 0 ? ` (and ${more} more ${more === 1 ? 'link' : 'links'})` : '';
    const sub = link.subIssues;
    if ((0,links/* isSatisfiedState */.aM)(link.state) && sub && sub.open > 0) {
        return `${name} is closed but ${sub.open} of its ${sub.total} sub-issues are open${others}: close them or reopen ${name}`;
    }
    const state = `${name} ${present/* LINK_LOOK */.Re[link.state].sentence}${link.state === 'unknown' && link.detail ? ` (${link.detail})` : ''}${others}`;
    if (task.drift && link.state === 'open')
        return `marked done but ${state}: close it or reopen the task`;
    if (task.drift)
        return `marked done but ${state}: ${LINK_ADVICE[link.state] ?? 'relink or reopen the task'}`;
    const advice = LINK_ADVICE[link.state];
    if (advice)
        return `${state}: ${advice}`;
    return `${state}: ${link.kind === 'pull' ? 'review and merge it' : 'finish it and close it'}`;
}

// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
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
    const words = blockerKindWords(blocker);
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
    return adviceFor(task, view.report);
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
    const relative = phase.due && !phase.complete ? relativeDate(phase.due, view.report.today) : undefined;
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
    const words = relativeDate(date, view.report.today);
    return words ? { relative: words } : {};
}
/** Why an item stands where it does, when its state alone does not say it. */
function whyWords(task, view) {
    if (!task.satisfied)
        return adviceFor(task, view.report);
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
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
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
        blockers: blockersOf(report),
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

// EXTERNAL MODULE: ./src/core/shared/words.ts
var shared_words = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/core/views/render-text.ts







const ansi = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURS = { good: ansi(32, 39), bad: ansi(31, 39), warn: ansi(33, 39), dim: ansi(2, 22), strong: ansi(1, 22) };
const plain = (text) => text;
const NO_COLOURS = { good: plain, bad: plain, warn: plain, dim: plain, strong: plain };
/**
 * Why the CLI's completion figure can differ from the action's: offline, declared statuses
 * count and no link is read; online, no pull request is under evaluation.
 */
const OFFLINE_FIGURE = 'offline: declared statuses count and links are not read, so the action, which reads them on GitHub, can give another figure';
const ONLINE_FIGURE = 'no pull request here: the action on a pull request also counts what merging it completes';
/**
 * The terminal report of `readiness-gate check`: the headline, the figures, what blocks the
 * gate with owner, due date and what to do, then the phases one line each. Text from the
 * manifest or from issues is stripped of escape sequences and control characters, so it
 * cannot move the cursor or retitle the terminal.
 */
function renderTextReport(report, options = {}) {
    const paint = options.colour ? COLOURS : NO_COLOURS;
    const look = present/* VERDICT_LOOK */.cX[(0,present/* verdictOf */.Vj)(report)];
    const words = `${look.symbol} ${(0,markdown/* terminalLine */.tL)((0,present/* verdictWords */.L2)(report))}`;
    const verdict = report.ready ? paint.good(words) : paint.bad(words);
    const lines = [
        `${verdict} ${paint.strong(`${(0,markdown/* terminalLine */.tL)(report.title)} \u2014 gate '${(0,markdown/* terminalLine */.tL)(report.gate)}'`)} \u2014 ${(0,present/* incompleteClause */.EV)(report)}`,
        figuresLine(report),
    ];
    for (const caveat of report.caveats)
        lines.push(paint.warn(`Note: ${(0,markdown/* terminalLine */.tL)(caveat)}`));
    for (const note of (0,freeze_words/* freezeWords */.n)(report).notes)
        lines.push(paint.warn(`Freeze: ${(0,markdown/* terminalLine */.tL)(note)}`));
    const blockers = blockersOf(report);
    if (blockers.length > 0)
        lines.push('', paint.strong('Blocking:'));
    // One line at a time: a plan of many thousand blockers is more than a call's arguments may hold.
    for (const blocker of blockers)
        for (const line of blockerLines(blocker, report, paint))
            lines.push(line);
    lines.push('', paint.strong('Phases:'));
    let unlisted = 0;
    for (const phase of report.phases) {
        const attention = phase.tasks.filter(policy/* needsAttention */.e_);
        if (!(0,policy/* isGated */.m3)(phase) && !options.verbose)
            unlisted += attention.length;
        lines.push(phaseLine(phase, paint, (0,policy/* isGated */.m3)(phase) || options.verbose ? undefined : attention));
        const tasks = options.verbose ? phase.tasks : (0,policy/* isGated */.m3)(phase) ? attention.filter((task) => task.satisfied) : [];
        for (const task of tasks)
            lines.push(`      ${taskLine(task, paint)}`);
    }
    if (report.incompletePhases.length > 0)
        lines.push('', `Incomplete phases: ${report.incompletePhases.join(', ')}`);
    if (report.skippedPhases.length > 0)
        lines.push(`Skipped (${present/* SKIPPED_BECAUSE */.qs}): ${report.skippedPhases.join(', ')}`);
    if (unlisted > 0)
        lines.push(paint.dim(`${(0,shared_words/* count */.U9)(unlisted, 'item')} of phases outside the gate not listed; --verbose lists every item.`));
    return lines.join('\n') + '\n';
}
function figuresLine(report) {
    const parts = [`${(0,present/* completionWords */.__)(report)} ${(0,present/* progressBar */.hr)(report.completion)}`];
    const completes = (0,present/* completedByThisPullRequestWords */.QE)(report);
    if (completes)
        parts.push(`${present/* FLAG_LOOK */.$k['this-pull-request'].symbol} ${completes}`);
    parts.push(...(0,present/* flagCounts */.pz)(report));
    const why = report.verified ? ONLINE_FIGURE : OFFLINE_FIGURE;
    return `${parts.join(' \u00b7 ')}\n(${why})`;
}
function blockerLines(blocker, report, paint) {
    const facts = [];
    if (blocker.owner)
        facts.push(`owner ${(0,markdown/* terminalLine */.tL)(blocker.owner.text)}${blocker.owner.fromPhase ? ' (phase)' : ''}`);
    if (blocker.due) {
        const relative = blocker.due.relative ? `, ${blocker.due.overdue ? `${present/* FLAG_LOOK */.$k.overdue.symbol} ` : ''}${blocker.due.relative}` : '';
        facts.push(`due ${blocker.due.text}${relative}${blocker.due.fromPhase ? ' (phase)' : ''}`);
    }
    for (const link of blocker.links.slice(0, 5)) {
        facts.push(`${present/* LINK_LOOK */.Re[link.state].symbol} ${(0,markdown/* terminalLine */.tL)((0,present/* shortName */.EU)(link, report))}${link.title ? ` ${(0,markdown/* terminalLine */.tL)(link.title.slice(0, 40))}` : ''}`);
    }
    const kind = blockerKindWords(blocker);
    return [
        `  ${paint.bad((0,present/* shown */.SP)(blocker.look))} \u00b7 ${kind ? `${(0,markdown/* terminalLine */.tL)(kind)}: ` : ''}${blocker.id} ${(0,markdown/* terminalLine */.tL)(blocker.title)}`,
        ...(facts.length > 0 ? [`      ${facts.join(' \u00b7 ')}`] : []),
        `      \u2192 ${(0,markdown/* terminalLine */.tL)(blocker.advice)}`,
    ];
}
/** One phase; `outside` holds the items needing attention of a phase outside the gate, counted, not listed. */
function phaseLine(phase, paint, outside) {
    const state = (0,present/* phaseState */.RI)(phase);
    const notes = [];
    if (phase.blocking)
        notes.push('blocking');
    if (phase.empty)
        notes.push(present/* PHASE_HAS_NO_ITEMS */.O4);
    if (state === 'skipped')
        notes.push(present/* SKIPPED_BECAUSE */.qs);
    if (phase.unmetRequires.length > 0)
        notes.push(`waits for ${phase.unmetRequires.join(', ')}`);
    if (phase.owner)
        notes.push(`owner ${(0,markdown/* terminalLine */.tL)(phase.owner)}`);
    if (phase.due)
        notes.push(`due ${phase.due}${phase.overdue ? ` ${present/* FLAG_LOOK */.$k.overdue.symbol} ${present/* FLAG_LOOK */.$k.overdue.word}` : ''}`);
    if (phase.milestone)
        notes.push((0,views_milestone/* milestoneText */.IW)(phase.milestone));
    if (outside && outside.length > 0)
        notes.push(`${(0,shared_words/* count */.U9)(outside.length, 'item')} to look at`);
    const look = (0,present/* shown */.SP)(present/* PHASE_LOOK */.qZ[state]);
    const painted = state === 'complete' ? paint.good(look) : state === 'incomplete' ? paint.bad(look) : paint.dim(look);
    const line = `${phase.id} ${(0,markdown/* terminalLine */.tL)(phase.name)}  ${(0,present/* satisfiedCount */.IQ)(phase)}/${phase.tasks.length}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
    return `  ${painted} ${state === 'not-in-gate' || state === 'skipped' ? paint.dim(line) : line}`;
}
function taskLine(task, paint) {
    const look = (0,present/* shown */.SP)(present/* ITEM_LOOK */.sH[(0,present/* itemState */.nw)(task)]);
    const flags = [task.overdue ? `${present/* FLAG_LOOK */.$k.overdue.word} since ${task.due}` : '', task.waiver?.expired ? present/* FLAG_LOOK */.$k['expired-waiver'].word : '']
        .filter(Boolean)
        .join(', ');
    const kind = task.kind === 'acceptance' ? 'acceptance ' : '';
    return (`${task.satisfied ? paint.good(look) : paint.bad(look)} \u00b7 ${kind}${task.id} ${(0,markdown/* terminalLine */.tL)(task.title)} \u2014 ${(0,markdown/* terminalLine */.tL)(task.reason)}` +
        (flags ? ` ${paint.warn(`[${flags}]`)}` : '') +
        (task.hint ? `\n        ${present/* FLAG_LOOK */.$k.hint.symbol} ${(0,markdown/* terminalLine */.tL)(task.hint)}` : '') +
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
// EXTERNAL MODULE: ./src/service/evaluator.ts + 12 modules
var evaluator = __webpack_require__(6250);
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
        throw new cli_args/* UsageError */.eb(`unknown format '${format}' \u2014 expected ${(0,shared_words/* listInWords */.Dq)(options/* CHECK_FORMATS */.y4, 'or')}`, 'check');
    }
    const serverUrl = values['server-url'] ?? io.env.GITHUB_SERVER_URL;
    const when = momentOf(values.at, new Date());
    const { report } = await (0,evaluate_file/* evaluateFile */.KO)({ file: positionals[0] ?? defaults/* DEFAULT_MANIFEST_PATH */.e, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: false, ...when }, io);
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
