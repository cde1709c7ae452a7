export const id = 187;
export const ids = [187];
export const modules = {

/***/ 5187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PlanEvaluator: () => (/* reexport */ PlanEvaluator),
  annotate: () => (/* reexport */ publish/* annotate */.fz),
  errorLine: () => (/* reexport */ publish/* errorLine */.BP),
  failureMarkdown: () => (/* reexport */ publish/* failureMarkdown */.A5),
  logReport: () => (/* reexport */ logReport),
  setFailureOutputs: () => (/* reexport */ publish/* setFailureOutputs */.Jl),
  setOutputs: () => (/* reexport */ publish/* setOutputs */.n0),
  statusFor: () => (/* reexport */ statuses/* statusFor */.SR),
  statusIsCurrent: () => (/* reexport */ statuses/* statusIsCurrent */.OA),
  summaryMarkdown: () => (/* reexport */ publish/* summaryMarkdown */.eH),
  todayUtc: () => (/* reexport */ todayUtc),
  writeComment: () => (/* reexport */ writes/* writeComment */.HF),
  writeStatus: () => (/* reexport */ writes/* writeStatus */.Kn)
});

// EXTERNAL MODULE: ./src/core/verdict/evaluate.ts + 2 modules
var evaluate = __webpack_require__(5366);
// EXTERNAL MODULE: ./src/core/links/links.ts
var links = __webpack_require__(9104);
// EXTERNAL MODULE: ./src/core/verdict/paths.ts
var paths = __webpack_require__(861);
// EXTERNAL MODULE: ./src/github/files.ts
var github_files = __webpack_require__(5772);
// EXTERNAL MODULE: ./src/github/client.ts + 28 modules
var github_client = __webpack_require__(4004);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
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
    const batches = batchesOf((0,links/* distinctTargets */.Z0)(wanted));
    const dialect = serverDialect(client);
    const session = { client, dialect, options };
    const results = new links/* LinkStates */.R5();
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
    const results = new links/* LinkStates */.R5();
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
        return links/* LinkStates */.R5.of([[batch[0], { kind: 'unknown', state: 'unknown', detail: `GitHub rejected the query for it: ${oneLine(message)}` }]]);
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
    if (!(error instanceof errors/* GitHubError */.y_))
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

// EXTERNAL MODULE: ./src/core/links/milestones.ts
var milestones = __webpack_require__(2322);
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
                results.set((0,milestones/* milestoneKey */.M)(ref), { found: false, missing: false, detail });
            return results;
        }
        const message = answer.errors.map((e) => e.message).join('; ');
        // A server that lacks a field is asked again without it, as for links.
        if (!answer.data && dropUnsupportedFields(session, message))
            continue;
        break;
    }
    if (!answer.data?.repository) {
        const detail = (0,errors/* oneLine */.TN)(answer.errors.map((e) => e.message).join('; ') || 'GitHub returned nothing for it');
        for (const ref of refs)
            results.set((0,milestones/* milestoneKey */.M)(ref), { found: false, missing: false, detail });
        return results;
    }
    const found = [];
    refs.forEach((ref, i) => {
        const lookup = lookupOf(ref, answer.data?.repository?.[`m${i}`] ?? null, milestones_errorAt(answer.errors, `m${i}`));
        if ('node' in lookup)
            found.push({ key: (0,milestones/* milestoneKey */.M)(ref), node: lookup.node, items: itemsOf(repository, lookup.node) });
        else
            results.set((0,milestones/* milestoneKey */.M)(ref), lookup);
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
        return { found: false, missing: false, detail: (0,errors/* oneLine */.TN)(error.message) };
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
    const states = links/* LinkStates */.R5.of(need.map((item) => [item.target, item.status]));
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

// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/core/shared/words.ts
var shared_words = __webpack_require__(964);
// EXTERNAL MODULE: ./src/core/freezes/moment.ts
var freezes_moment = __webpack_require__(7374);
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
    links = new links/* LinkStates */.R5();
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
        return (0,evaluate/* evaluate */._3)(manifest, {
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
        const missing = [...new Map(refs.map((ref) => [(0,milestones/* milestoneKey */.M)(ref), ref])).entries()].filter(([key]) => !this.milestones.has(key));
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
        return manifest.freezes.length > 0 && moment !== undefined && (0,freezes_moment/* needsLabels */.Ri)(manifest.freezes, gate, moment);
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
        const targets = Array.isArray(manifest) ? manifest.flatMap((one) => (0,evaluate/* linkTargets */.P1)(one, repository)) : (0,evaluate/* linkTargets */.P1)(manifest, repository);
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
        if (!(0,evaluate/* usesPaths */.Lu)(manifest))
            return { phases: new Set(), caveats: [] };
        const [files, matches] = await Promise.all([
            pullRequest.files ?? (0,github_files/* listChangedFiles */.A)(github, repository, pullRequest.number, pullRequest.changedFiles),
            (0,paths/* loadPathMatcher */.a)(),
        ]);
        if (files.complete)
            return { phases: (0,evaluate/* phasesTouched */.Hv)(manifest, files.names, matches), caveats: [] };
        // Fail closed: an unlisted file could match any phase's paths.
        const caveat = `GitHub lists at most ${(0,shared_words/* thousands */.oh)(github_files/* LISTED_FILES_LIMIT */.k)} of the files a pull request changes, and #${pullRequest.number} changes ` +
            `${(0,shared_words/* thousands */.oh)(files.changed)} files: every phase with \`paths\` counts as touched`;
        return { phases: 'all', caveats: [caveat] };
    }
    /** Only a manifest that links to issues, or takes a milestone's, can be completed by closing them. */
    async closes(manifest, pullRequest) {
        const { github, repository, warn } = this.options;
        const { number } = pullRequest;
        const milestones = manifest.data.phases.some((phase) => phase.milestone !== undefined);
        if (!milestones && (0,evaluate/* linkTargets */.P1)(manifest, repository).length === 0)
            return undefined;
        const closes = await (pullRequest.closes ?? (0,pulls/* closingIssues */.aE)(github, repository, number));
        if (!closes)
            warn(`Could not read which issues pull request #${number} closes; issues it would close count as still open.`);
        return closes;
    }
}

// EXTERNAL MODULE: ./src/github/statuses.ts
var statuses = __webpack_require__(2681);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/core/views/blockers.ts
var views_blockers = __webpack_require__(6095);
// EXTERNAL MODULE: ./src/core/verdict/policy.ts
var policy = __webpack_require__(8355);
// EXTERNAL MODULE: ./src/core/views/milestone.ts
var milestone = __webpack_require__(4048);
// EXTERNAL MODULE: ./src/core/views/freeze-words.ts
var freeze_words = __webpack_require__(8599);
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
    const blockers = (0,views_blockers/* blockersOf */.be)(report);
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
    const kind = (0,views_blockers/* blockerKindWords */.UT)(blocker);
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
        notes.push((0,milestone/* milestoneText */.IW)(phase.milestone));
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

;// CONCATENATED MODULE: ./src/action/log.ts




/**
 * What the step log shows of an evaluation: with debug logging on (RUNNER_DEBUG=1 or a
 * re-run "with debug logging"), the manifest's commit and every link's state; always, the
 * text report in a collapsed group.
 */
function logReport(report, manifest) {
    core/* debug */.Yz(`manifest ${manifest.path} read at commit ${manifest.sha || '(unknown)'}`);
    // A line per link is written only when the runner shows debug lines: a plan at the size cap has thousands.
    if (core/* isDebug */._o())
        logLinks(report);
    core/* startGroup */.Oh(`Readiness report: gate '${report.gate}' is ${report.ready ? 'ready' : 'not ready'}`);
    // Text from the manifest and from issues must not be read as workflow commands (`::\u2026::`).
    const token = (0,external_node_crypto_.randomUUID)();
    core/* info */.pq(`::stop-commands::${token}`);
    core/* info */.pq(renderTextReport(report).trimEnd());
    core/* info */.pq(`::${token}::`);
    core/* endGroup */.N4();
}
function logLinks(report) {
    for (const phase of report.phases) {
        for (const task of phase.tasks) {
            for (const link of task.links) {
                const detail = link.detail ? ` (${link.detail})` : '';
                core/* debug */.Yz(`link ${link.ref} of ${task.id} \u2192 ${link.name}: ${link.kind} ${link.state}, shown as '${(0,present/* linkWords */.kG)(link)}'${detail}`);
            }
        }
    }
}

// EXTERNAL MODULE: ./src/action/publish.ts + 3 modules
var publish = __webpack_require__(9256);
// EXTERNAL MODULE: ./src/action/writes.ts + 1 modules
var writes = __webpack_require__(4893);
;// CONCATENATED MODULE: ./src/action/judge.ts
/**
 * What a run needs once its first requests are out \u2014 the evaluator, the reports and the
 * writes, and with them the manifest parser \u2014 in a part of the bundle of its own, which
 * main.ts imports dynamically: Node compiles and loads it while GitHub answers, instead of
 * before the first request is sent.
 */







/***/ })

};
