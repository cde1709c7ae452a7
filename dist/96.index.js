export const id = 96;
export const ids = [96];
export const modules = {

/***/ 8096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERDICT_ACTIONS: () => (/* binding */ VERDICT_ACTIONS),
  refreshOpenPullRequests: () => (/* binding */ refreshOpenPullRequests),
  withoutFooter: () => (/* binding */ withoutFooter)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/core/verdict/evaluate.ts + 2 modules
var evaluate = __webpack_require__(5366);
// EXTERNAL MODULE: ./src/core/manifest/manifest.ts + 8 modules
var manifest_manifest = __webpack_require__(7208);
// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/core/views/footer.ts
var footer = __webpack_require__(6543);
// EXTERNAL MODULE: ./src/core/views/present.ts
var present = __webpack_require__(1201);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(3113);
;// CONCATENATED MODULE: ./src/github/blobs.ts

/** Commits asked about per query. */
const COMMITS_PER_QUERY = 100;
/** Blob texts per query: a few manifests of up to 1 MiB make an answer of a few MiB at most. */
const TEXTS_PER_QUERY = 5;
async function readFileAtCommits(client, repository, path, shas) {
    const blobOf = new Map();
    for (const chunk of chunks([...new Set(shas)], COMMITS_PER_QUERY)) {
        const parts = chunk.map((sha, i) => `c${i}: object(expression: ${JSON.stringify(`${sha}:${path}`)}) { ... on Blob { oid } }`);
        const data = await repositoryQuery(client, repository, 'ReadinessManifestBlobs', parts);
        chunk.forEach((sha, i) => blobOf.set(sha, data?.[`c${i}`]?.oid ?? null));
    }
    const texts = new Map();
    const oids = [...new Set([...blobOf.values()].filter((oid) => oid !== null))];
    for (const chunk of chunks(oids, TEXTS_PER_QUERY)) {
        const parts = chunk.map((oid, i) => `b${i}: object(oid: ${JSON.stringify(oid)}) { ... on Blob { oid isTruncated text } }`);
        const data = await repositoryQuery(client, repository, 'ReadinessManifestTexts', parts);
        chunk.forEach((oid, i) => {
            const blob = data?.[`b${i}`];
            if (blob && !blob.isTruncated && typeof blob.text === 'string')
                texts.set(oid, blob.text);
        });
    }
    // What the batch could not give (no file there, a large or binary one) is read as a single
    // pull request run reads it, with the same errors; one read per distinct blob or commit,
    // one at a time, as such reads are rare and a server that hangs should not get many.
    const results = new Map();
    const fallback = new Map();
    for (const sha of new Set(shas)) {
        const oid = blobOf.get(sha) ?? null;
        const text = oid === null ? undefined : texts.get(oid);
        if (text !== undefined) {
            results.set(sha, { text });
            continue;
        }
        const key = oid ?? `commit ${sha}`;
        let read = fallback.get(key);
        if (!read) {
            read = (0,contents/* readFileAt */._)(client, repository, path, sha).then((text) => ({ text }), (error) => ({ error }));
            fallback.set(key, read);
        }
        results.set(sha, await read);
    }
    return results;
}
async function repositoryQuery(client, repository, name, parts) {
    const query = `query ${name} { repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ${parts.join(' ')} } }`;
    const answer = await client.graphql(query);
    return answer.data?.repository ?? null;
}
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/files.ts
var github_files = __webpack_require__(5772);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/github/statuses.ts
var statuses = __webpack_require__(2681);
;// CONCATENATED MODULE: ./src/github/open-pulls.ts



/** Pull requests per query: with their comments and files, an answer GitHub gives in well under its time limit. */
const PULLS_PER_QUERY = 50;
/** Comments and files read with each pull request; a longer list is read in full where it is needed. */
const ITEMS_PER_PULL = 100;
function pageQuery(repository, options, after) {
    const comments = options.marker ? ` comments(first: ${ITEMS_PER_PULL}) { pageInfo { hasNextPage } nodes { databaseId body viewerDidAuthor } }` : '';
    const status = options.status
        ? ` commits(last: 1) { nodes { commit { oid status { context(name: ${JSON.stringify((0,statuses/* statusContext */.s)(options.gate))}) { state description } } } } }`
        : '';
    const pull = `number baseRefOid headRefOid changedFiles files(first: ${ITEMS_PER_PULL}) { nodes { path changeType } } ` +
        `closingIssuesReferences(first: ${pulls/* CLOSING_REFERENCES_READ */.KO}) { ${pulls/* closingFields */.DX} }${comments}${status}`;
    const cursor = after ? `, after: ${JSON.stringify(after)}` : '';
    const commit = options.status && options.commit && !after
        ? `commit: object(oid: ${JSON.stringify(options.commit)}) { ... on Commit { status { context(name: ${JSON.stringify((0,statuses/* statusContext */.s)(options.gate))}) { state description } } } } `
        : '';
    return (`query ReadinessOpenPullRequests { rateLimit { remaining } repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ${commit}` +
        `pullRequests(states: OPEN, first: ${PULLS_PER_QUERY}${cursor}) { pageInfo { hasNextPage endCursor } nodes { ${pull} } } } }`);
}
/** Every open pull request, a page of them per query. */
async function readOpenPullRequests(client, repository, options) {
    const pulls = [];
    let after = null;
    let pointsRemaining;
    let commitStatus;
    for (;;) {
        const answer = await client.graphql(pageQuery(repository, options, after));
        const { data, errors } = answer;
        const connection = data?.repository?.pullRequests;
        if (!connection)
            throw new Error(`GitHub did not list the open pull requests: ${errors.map((e) => e.message).join('; ') || 'no data'}`);
        pointsRemaining = data.rateLimit?.remaining ?? pointsRemaining;
        if (!after && options.status && options.commit && data.repository?.commit)
            commitStatus = data.repository.commit.status?.context ?? null;
        for (const node of connection.nodes)
            if (node)
                pulls.push(openPullRequest(node, options));
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor)
            break;
        after = connection.pageInfo.endCursor;
    }
    return { pulls, pointsRemaining, commitStatus };
}
function openPullRequest(node, options) {
    const head = node.commits?.nodes?.[0]?.commit;
    return {
        number: node.number,
        baseSha: node.baseRefOid,
        headSha: node.headRefOid,
        changedFiles: node.changedFiles,
        files: changedFiles(node),
        closes: node.closingIssuesReferences ? (0,pulls/* closingTargets */.Ik)(node.closingIssuesReferences) : undefined,
        ownComments: options.marker ? ownComments(node, options.marker) : undefined,
        // A status read from another commit than the head says nothing about the head.
        status: options.status && head?.oid === node.headRefOid ? (head.status?.context ?? null) : undefined,
    };
}
function changedFiles(node) {
    const files = node.files?.nodes;
    if (!files || files.length < node.changedFiles || node.changedFiles > github_files/* LISTED_FILES_LIMIT */.k)
        return undefined;
    // A renamed file counts under both names, and only REST names the old one.
    if (files.some((file) => file.changeType === 'RENAMED'))
        return undefined;
    return { names: files.map((file) => file.path), complete: true, changed: node.changedFiles };
}
function ownComments(node, marker) {
    const comments = node.comments;
    if (!comments?.nodes || comments.pageInfo.hasNextPage)
        return undefined;
    const own = [];
    for (const comment of comments.nodes) {
        if (comment?.viewerDidAuthor && comment.databaseId !== null && comment.body.includes(marker))
            own.push({ id: comment.databaseId, body: comment.body });
    }
    return own.sort((a, b) => a.id - b.id);
}

// EXTERNAL MODULE: ./src/action/publish.ts + 3 modules
var publish = __webpack_require__(9256);
// EXTERNAL MODULE: ./src/action/session.ts
var action_session = __webpack_require__(9462);
// EXTERNAL MODULE: ./src/action/writes.ts + 1 modules
var action_writes = __webpack_require__(4893);
;// CONCATENATED MODULE: ./src/action/refresh.ts















/** `issues` actions that can change a verdict: the others (labeled, edited, assigned\u2026) leave every link's state as it was. */
const VERDICT_ACTIONS = new Set(['closed', 'reopened', 'deleted', 'transferred', 'milestoned', 'demilestoned']);
/** Pull requests refreshed at once: their reads are batched already, and writes go one at a time anyway. */
const PULLS_AT_ONCE = 4;
/** REST requests left to the rest of the run (its own evaluation, status and retries) when the refresh stops writing. */
const REST_RESERVE = 50;
/** GraphQL points below which the refresh does not start resolving links. */
const POINTS_RESERVE = 20;
/**
 * The refresh starts no pull request after this long, so the run ends inside the GitHub
 * client's 4-minute limit with its own report; the next run continues where this one
 * stopped, as pull requests already up to date cost no write.
 */
const REFRESH_TIME_MS = 150_000;
async function refreshOpenPullRequests(session) {
    const { github, context, inputs } = session;
    const heading = ['', `#### Refreshed pull requests (${context.eventName})`, ''];
    const action = context.eventName === 'issues' ? (typeof context.payload.action === 'string' ? context.payload.action : '') : undefined;
    if (action !== undefined && !VERDICT_ACTIONS.has(action)) {
        const line = `An issue was ${(0,markdown/* escapeMarkdown */.FV)(action || 'changed')}, which cannot change a verdict: no pull request was refreshed.`;
        core/* info */.pq(line);
        return { notes: [...heading, line, ''] };
    }
    const { clock } = session;
    const [open, writes] = await Promise.all([
        readOpenPullRequests(github, context.repository, {
            gate: inputs.gate,
            status: inputs.status,
            ...(context.sha ? { commit: context.sha } : {}),
            ...(inputs.comment === 'never' ? {} : { marker: (0,comments/* commentMarker */.Ql)(inputs.gate) }),
        }),
        restRequestsLeft(session),
    ]);
    const budget = {
        writes: writes === undefined ? undefined : writes - REST_RESERVE,
        endsAt: clock.now() + REFRESH_TIME_MS,
        now: () => clock.now(),
    };
    const { pulls } = open;
    const concerned = await prepare(session, pulls);
    if (open.pointsRemaining !== undefined && open.pointsRemaining < POINTS_RESERVE) {
        budget.stopped = `GitHub's GraphQL rate limit for this token has ${open.pointsRemaining} points left`;
    }
    else {
        // Should GitHub fail here, each pull request's own evaluation asks again and reports it on its line.
        await Promise.all([session.evaluator.resolveLinksOf(concerned).catch(() => { }), resolveLabels(session, pulls)]);
    }
    const { rows, left } = await refreshEach(session, pulls, budget);
    const notes = refreshNotes(heading, rows, { total: pulls.length, left, stopped: budget.stopped });
    const unevaluated = pulls.filter((_, index) => isRow(rows[index]) && rows[index].unevaluated).map((pull) => pull.number);
    return { notes, unevaluated, ...(open.commitStatus !== undefined ? { runStatus: open.commitStatus } : {}) };
}
function isRow(row) {
    return typeof row === 'object';
}
/** Refreshes the pull requests a few at a time until done or the budget stops it; a failure is its row. */
async function refreshEach(session, pulls, budget) {
    const rows = pulls.map(() => undefined);
    let next = 0;
    const worker = async () => {
        while (next < pulls.length && !budget.stopped) {
            const index = next++;
            const pull = pulls[index];
            try {
                rows[index] = await refreshPullRequest(session, pull, budget);
            }
            catch (error) {
                rows[index] = notRefreshed(pull, error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(PULLS_AT_ONCE, pulls.length) }, worker));
    return { rows, left: rows.filter((row) => row === STOPPED).length + (pulls.length - next) };
}
/** The summary's section: an early stop, then a row per refreshed pull request. */
function refreshNotes(heading, rows, outcome) {
    const table = rows.filter(isRow).map((row) => row.text);
    core/* info */.pq(`Refreshed ${table.length} of ${outcome.total} open pull requests.`);
    const lines = [];
    if (outcome.stopped) {
        const line = `Stopped early: ${outcome.left} of ${outcome.total} open pull requests were not refreshed \u2014 ${outcome.stopped}. The next run continues with them.`;
        core/* warning */.$e(line);
        lines.push((0,markdown/* escapeMarkdown */.FV)(line), '');
    }
    if (table.length > 0)
        lines.push('| Pull request | Gate | Comment |', '|---|---|---|', ...table, '');
    return lines.length > 0 ? [...heading, ...lines] : [];
}
/** The row of a pull request the budget left alone. */
const STOPPED = Symbol('stopped by the budget');
/**
 * Reads the manifests every pull request needs, one read per distinct content, and parses
 * each content once. Returns the manifests that concern this event (on `issues`, those
 * that link to the issue).
 */
async function prepare(session, pulls) {
    const { github, context, inputs } = session;
    const shas = [...new Set(pulls.map((pull) => manifestShaOf(session, pull)))];
    const unread = shas.filter((sha) => !session.manifests.has(sha));
    if (unread.length > 0) {
        const files = readFileAtCommits(github, context.repository, inputs.manifest, unread);
        const parsed = new Map();
        for (const sha of unread) {
            const manifest = files.then((all) => {
                const file = all.get(sha);
                if ('error' in file)
                    throw file.error;
                let once = parsed.get(file.text);
                if (!once) {
                    once = Promise.resolve(file.text).then((text) => (0,manifest_manifest.parseManifest)(text, inputs.manifest, { serverHost: context.serverHost }));
                    parsed.set(file.text, once);
                }
                return once;
            });
            // A manifest no pull request gets to (the budget ran out) must not be an unhandled failure.
            manifest.catch(() => { });
            session.manifests.set(sha, manifest);
        }
    }
    const issue = context.eventName === 'issues' ? context.payload.issue : undefined;
    const manifests = await Promise.allSettled(shas.map((sha) => (0,action_session/* manifestAt */.ZG)(session, sha)));
    return manifests.flatMap((result) => (result.status === 'fulfilled' && (!issue || concernsIssue(result.value, session)) ? [result.value] : []));
}
/** Whether the event's issue can change this plan: a task links it, or a phase takes its milestone. */
function concernsIssue(manifest, session) {
    const { context } = session;
    const issue = context.payload.issue;
    if ((0,evaluate/* linksTo */.B9)(manifest, { ...context.repository, number: issue.number }, context.repository))
        return true;
    // `demilestoned` names the milestone the issue left beside the issue, which has none any more.
    const milestones = [issue.milestone, context.payload.milestone].filter((m) => Boolean(m));
    // Titles as the milestone reader matches them: exactly, or but for case.
    const named = (phase, m) => phase.milestone === m.number || (typeof phase.milestone === 'string' && phase.milestone.toLowerCase() === m.title.toLowerCase());
    return manifest.data.phases.some((phase) => milestones.some((m) => named(phase, m)));
}
/** The labels of the pull requests a freeze window is open for, in batched queries (none without such a window). */
async function resolveLabels(session, pulls) {
    const plans = await Promise.all(pulls.map((pull) => (0,action_session/* manifestAt */.ZG)(session, manifestShaOf(session, pull)).then((manifest) => [{ number: pull.number, manifest }], () => [])));
    session.evaluator.resolveLabelsOf(plans.flat());
}
function manifestShaOf(session, pull) {
    return session.inputs.manifestRef === 'base' ? pull.baseSha : pull.headSha;
}
/** REST requests GitHub says this token has left this hour; undefined when it does not say (a server without rate limits). */
async function restRequestsLeft(session) {
    try {
        const { data } = await session.github.rest.rateLimit.get();
        return data.resources.core.remaining;
    }
    catch {
        return undefined;
    }
}
/** Takes `count` writes from the budget, or stops the refresh when they are not there. */
function spend(budget, count) {
    if (budget.stopped)
        return false;
    if (budget.now() >= budget.endsAt)
        budget.stopped = `the refresh's time of ${REFRESH_TIME_MS / 1000} s is up (GitHub asks for writes a second apart)`;
    else if (budget.writes !== undefined && budget.writes < count)
        budget.stopped = `GitHub's rate limit for this token is nearly spent`;
    else {
        if (budget.writes !== undefined)
            budget.writes -= count;
        return true;
    }
    return false;
}
/** One pull request of a refresh: its summary row, or nothing when the event cannot concern it. */
async function refreshPullRequest(session, pull, budget) {
    let outcome;
    try {
        const report = await evaluatePull(session, pull);
        if (!report)
            return undefined;
        outcome = { report };
    }
    catch (error) {
        // Whatever its comment and status said before, they no longer have grounds.
        const reason = warnAbout(pull, 'it could not be evaluated', error);
        outcome = { failure: { gate: session.inputs.gate, error: reason, problems: error instanceof errors/* ConfigError */.xL ? (0,errors/* listedProblems */.SG)(error) : [] } };
    }
    return writeOutcome(session, pull, outcome, budget);
}
/** The pull request's report, or nothing when the event (an issue closed) cannot concern its plan. */
async function evaluatePull(session, pull) {
    const { context } = session;
    const manifest = await (0,action_session/* manifestAt */.ZG)(session, manifestShaOf(session, pull));
    const issue = context.eventName === 'issues' ? context.payload.issue : undefined;
    if (issue && !concernsIssue(manifest, session))
        return undefined;
    return session.evaluator.evaluate(manifest, {
        number: pull.number,
        changedFiles: pull.changedFiles,
        closes: Promise.resolve(pull.closes),
        ...(pull.files ? { files: Promise.resolve(pull.files) } : {}),
    });
}
/** Writes what changed of a pull request's status and comment, within the budget. */
async function writeOutcome(session, pull, outcome, budget) {
    const { context, inputs } = session;
    const page = (0,action_session/* pageFor */.l6)(context, inputs.manifest, manifestShaOf(session, pull), { pullRequest: pull.number });
    if ('report' in outcome)
        page.lineCount = (await (0,action_session/* manifestAt */.ZG)(session, manifestShaOf(session, pull))).lineCount;
    const writeStatusNow = inputs.status && !(pull.status !== undefined && (0,statuses/* statusIsCurrent */.OA)(pull.status, (0,action_writes/* outcomeStatus */.j5)(outcome)));
    const comment = commentPlan(session, pull, outcome, page);
    const writes = (writeStatusNow ? 1 : 0) + (comment.write ? 1 : 0);
    if (writes > 0 && !spend(budget, writes))
        return STOPPED;
    // The status and the comment are written each on its own: one failing leaves the other.
    let status = '';
    if (writeStatusNow) {
        await (0,action_writes/* writeStatus */.Kn)(session, pull.headSha, outcome).catch((error) => {
            status = `; status not set: ${(0,markdown/* escapeMarkdown */.FV)(warnAbout(pull, 'its status was not set', error))}`;
        });
    }
    let written;
    try {
        written = (await comment.write?.()) ?? comment.outcome;
    }
    catch (error) {
        written = `not written: ${(0,markdown/* escapeMarkdown */.FV)(warnAbout(pull, 'its comment was not written', error))}`;
    }
    return { text: `| #${pull.number} | ${verdictCell(outcome)}${status} | ${written} |`, unevaluated: 'failure' in outcome };
}
function verdictCell(outcome) {
    if ('failure' in outcome)
        return `${(0,present/* shown */.SP)(present/* VERDICT_LOOK */.cX.unevaluated)}: ${(0,markdown/* escapeMarkdown */.FV)(outcome.failure.error)}`;
    const { report } = outcome;
    const verdict = `${present/* VERDICT_LOOK */.cX[(0,present/* verdictOf */.Vj)(report)].symbol} ${(0,markdown/* escapeMarkdown */.FV)((0,present/* verdictWords */.L2)(report, { relative: false }))}`;
    return report.incompletePhases.length === 0 ? verdict : `${verdict} (${(0,markdown/* escapeMarkdown */.FV)(report.incompletePhases.join(', '))})`;
}
/**
 * What to do with the comment: nothing when the one comment says the same report already,
 * a direct edit when it does not, and the full upsert (which reads the whole thread) when
 * the batched read could not see the whole thread or found more than one comment.
 */
function commentPlan(session, pull, outcome, page) {
    const { inputs } = session;
    if (inputs.comment === 'never')
        return { outcome: 'skipped' };
    const own = pull.ownComments;
    // A refresh brings existing comments up to date; it does not start conversations.
    if (own?.length === 0)
        return { outcome: 'skipped' };
    if (own?.length === 1) {
        const body = `${(0,comments/* commentMarker */.Ql)((0,action_writes/* gateOf */.Rv)(outcome))}\n${(0,action_writes/* outcomeComment */.ig)(outcome, page, own[0].body).body}`;
        if (withoutFooter(own[0].body) === withoutFooter(body))
            return { outcome: 'unchanged' };
        return { outcome: 'updated', write: () => editComment(session, pull, own[0].id, body) };
    }
    return {
        outcome: 'not written',
        write: async () => (await (0,action_writes/* writeComment */.HF)(session, { pullNumber: pull.number, outcome, page, mayCreate: false })) ?? 'not written',
    };
}
/** The footer's line names the run and the manifest's commit: a new run alone is no reason to rewrite a comment. */
function withoutFooter(body) {
    return body
        .split('\n')
        .filter((line) => !(0,footer/* isFooterLine */.GW)(line))
        .join('\n');
}
async function editComment(session, pull, id, body) {
    try {
        await session.github.rest.issues.updateComment({ ...session.context.repository, comment_id: id, body });
        core/* info */.pq(`Pull request comment on #${pull.number}: updated.`);
        return 'updated';
    }
    catch (error) {
        const cause = (0,github_errors/* forbiddenCause */.dy)(error, { permission: 'pull-requests: write' });
        if (!cause)
            throw error;
        core/* warning */.$e(`Could not write the readiness comment on #${pull.number}: ${cause} The job summary has the full report.`);
        return 'not written';
    }
}
/** The row of a pull request that could not be refreshed at all, with its warning. */
function notRefreshed(pull, error) {
    const reason = warnAbout(pull, 'it was not refreshed', error);
    return { text: `| #${pull.number} | not refreshed: ${(0,markdown/* escapeMarkdown */.FV)(reason)} | not written |`, unevaluated: true };
}
/** Warns about one pull request of the refresh; returns the reason in one line. */
function warnAbout(pull, what, error) {
    const reason = (0,publish/* errorLine */.BP)(error);
    core/* warning */.$e(`Pull request #${pull.number}: ${what} \u2014 ${reason}`);
    return reason;
}


/***/ })

};
