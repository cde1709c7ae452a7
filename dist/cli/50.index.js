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
        lines.push(...phaseSection(phase, report.verified, options));
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
// EXTERNAL MODULE: ./src/service/evaluator.ts + 8 modules
var evaluator = __webpack_require__(7828);
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
    const { report, manifest } = await (0,evaluate_file/* evaluateFile */.K)({ file, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: true }, io);
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


/***/ })

};
