export const id = 188;
export const ids = [188];
export const modules = {

/***/ 1188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkEnforcement: () => (/* binding */ checkEnforcement)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 6 modules
var esm = __webpack_require__(5273);
;// CONCATENATED MODULE: ./src/core/enforcement/codeowners.ts

/**
 * Who owns a file by a CODEOWNERS text, as GitHub reads it: the last pattern that matches
 * wins; a pattern without owners leaves the file without any. Patterns follow gitignore: a
 * leading `/` or a `/` inside anchors to the root, a trailing `/` means a directory, and a
 * bare name matches at any depth.
 */
function codeOwnersOf(codeowners, path) {
    let owners = [];
    for (const raw of codeowners.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const [pattern, ...rest] = line.split(/\s+/);
        if (pattern && matches(pattern, path))
            owners = rest.filter((owner) => owner.startsWith('@') || owner.includes('@'));
    }
    return owners;
}
function matches(pattern, path) {
    const directory = pattern.endsWith('/');
    const body = pattern.replace(/^\//, '').replace(/\/$/, '');
    const anchored = pattern.startsWith('/') || body.includes('/');
    const glob = anchored ? body : `**/${body}`;
    const options = { dot: true };
    if (!directory && (0,esm/* minimatch */.xF)(path, glob, options))
        return true;
    return (0,esm/* minimatch */.xF)(path, `${glob}/**`, options);
}

;// CONCATENATED MODULE: ./src/core/enforcement/findings.ts
/**
 * Whether a gate is enforced, from what GitHub holds: the rules of the default branch, the
 * workflows that run the gate and the CODEOWNERS file. Each finding says what is wrong and
 * how to fix it; what could not be read is one line saying so, never a failure.
 */

function enforcementFindings(facts) {
    const findings = [];
    if ('unreadable' in facts.requirements) {
        findings.push({ kind: 'unchecked', message: `Could not check the rules of branch ${facts.branch}: ${facts.requirements.unreadable}` });
    }
    else {
        for (const job of facts.jobs)
            findings.push(...ruleFindings(facts.branch, facts.requirements, job));
    }
    if (facts.statusRefused) {
        findings.push({
            kind: 'warning',
            message: 'status: true is set, but GitHub refused to write the commit status for lack of permission, so no rule can require it',
            fix: 'grant `statuses: write` in the workflow\u2019s `permissions`',
        });
    }
    findings.push(...ownerFindings(facts));
    return findings;
}
function ruleFindings(branch, requirements, job) {
    const findings = [];
    const status = `readiness/${job.gate}`;
    const requiresStatus = requirements.checks.includes(status);
    const requiresJob = requirements.checks.includes(job.check);
    const where = `${job.workflow} (job '${job.check}', gate '${job.gate}')`;
    if (!(requiresStatus && job.status) && !requiresJob) {
        findings.push({
            kind: 'warning',
            message: `No rule of branch ${branch} requires ${job.status ? `the status ${status} or ` : ''}the check '${job.check}' of ${where}: the gate is advisory, and a pull request that is not ready can be merged`,
            fix: `add a ruleset for ${branch} with "Require status checks to pass" and the check '${job.status ? status : job.check}'`,
        });
    }
    if (requiresStatus && !job.status) {
        findings.push({
            kind: 'warning',
            message: `A rule of branch ${branch} requires the status ${status}, but ${where} does not set it (status: false), so pull requests wait for it forever`,
            fix: 'set `status: true` on the step and grant `statuses: write`',
        });
    }
    if (requiresJob && job.pullRequestPathFilter) {
        findings.push({
            kind: 'warning',
            message: `The required check '${job.check}' of ${job.workflow} runs only on pull requests that change certain paths: the others never get it and wait forever`,
            fix: 'remove `paths`/`paths-ignore` from its pull_request trigger; the manifest\u2019s `paths` decides which phases a pull request gates',
        });
    }
    if (requirements.mergeQueue && job.events && !job.events.has('merge_group')) {
        findings.push({
            kind: 'warning',
            message: `Branch ${branch} requires a merge queue, but ${job.workflow} does not run on merge_group, so every merge waits for a check that never comes`,
            fix: 'add `merge_group:` to the workflow\u2019s `on:`',
        });
    }
    return findings;
}
function ownerFindings(facts) {
    const { codeowners } = facts;
    const manifests = [...new Set(facts.jobs.map((job) => job.manifest))];
    if (codeowners && 'unreadable' in codeowners)
        return [{ kind: 'unchecked', message: `Could not read CODEOWNERS: ${codeowners.unreadable}` }];
    return manifests.flatMap((manifest) => {
        if (codeowners && codeOwnersOf(codeowners.text, manifest).length > 0)
            return [];
        return [
            {
                kind: 'warning',
                message: `${manifest} has no code owner${codeowners ? ` in ${codeowners.path}` : ' (there is no CODEOWNERS file)'}: anyone who may merge can weaken the gate without a release owner's review`,
                fix: `add \`/${manifest} @your-org/release-owners\` to ${codeowners?.path ?? '.github/CODEOWNERS'} and require review from code owners`,
            },
        ];
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/enforcement/workflow.ts

/**
 * The jobs of a workflow file that use readiness-gate; `onlyJob` narrows them to the job
 * the action runs in (GITHUB_JOB), which counts whatever `uses:` says, as the action may
 * be called by a local path. Undefined when the file is not a workflow.
 */
function gateJobs(path, text, defaults, onlyJob) {
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch {
        return undefined;
    }
    if (!document || typeof document !== 'object' || !document.jobs)
        return undefined;
    // YAML 1.1 readers take a bare `on` for true; the yaml package reads it as the key "on".
    const { events, pullRequestPathFilter } = triggers(document.on ?? document.true);
    return Object.entries(document.jobs).flatMap(([id, job]) => {
        if (onlyJob !== undefined && id !== onlyJob)
            return [];
        const uses = (step) => (typeof step?.uses === 'string' ? step.uses : '');
        const steps = (job?.steps ?? []).filter((step) => onlyJob !== undefined || /readiness-gate/.test(uses(step)));
        const step = steps.find((s) => /readiness-gate|^\.\//.test(uses(s))) ?? steps[0];
        if (!step)
            return [];
        const input = (name) => typeof step.with?.[name] === 'string' || typeof step.with?.[name] === 'boolean' ? String(step.with[name]) : undefined;
        return [
            {
                workflow: path,
                check: typeof job.name === 'string' ? job.name : id,
                gate: input('gate') ?? defaults.gate,
                status: input('status')?.trim().toLowerCase() === 'true',
                manifest: input('manifest') ?? defaults.manifest,
                events,
                pullRequestPathFilter,
            },
        ];
    });
}
function triggers(on) {
    if (typeof on === 'string')
        return { events: new Set([on]), pullRequestPathFilter: false };
    if (Array.isArray(on))
        return { events: new Set(on.map(String)), pullRequestPathFilter: false };
    if (!on || typeof on !== 'object')
        return { events: new Set(), pullRequestPathFilter: false };
    const entries = on;
    const filtered = (event) => Boolean(event && typeof event === 'object' && ('paths' in event || 'paths-ignore' in event));
    return {
        events: new Set(Object.keys(entries)),
        pullRequestPathFilter: filtered(entries.pull_request) || filtered(entries.pull_request_target),
    };
}

// EXTERNAL MODULE: ./src/core/views/markdown.ts
var markdown = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/enforcement.ts

/**
 * What GitHub holds about enforcing the gate, in two round trips: one query for the default
 * branch's name, the CODEOWNERS candidates and the workflow file(s); then the branch's
 * rules (`GET /rules/branches/{branch}`, readable with `contents: read`) beside its classic
 * protection (`GET /branches/{branch}`, whose required checks show where readable).
 */
/** Where GitHub looks for CODEOWNERS, in its order. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const WORKFLOWS_DIRECTORY = '.github/workflows';
async function readEnforcement(client, repository, options) {
    const revision = options.branch ?? 'HEAD';
    const variables = { owner: repository.owner, name: repository.repo };
    CODEOWNERS_PATHS.forEach((path, i) => (variables[`c${i}`] = `${revision}:${path}`));
    variables.w = options.workflow ? `${options.workflow.at}:${options.workflow.path}` : `${revision}:${WORKFLOWS_DIRECTORY}`;
    const blob = (alias) => `${alias}: object(expression: $${alias}) { ... on Blob { text } }`;
    const query = 'query ReadinessEnforcement($owner: String!, $name: String!, $c0: String!, $c1: String!, $c2: String!, $w: String!) { ' +
        `repository(owner: $owner, name: $name) { defaultBranchRef { name } ${['c0', 'c1', 'c2'].map(blob).join(' ')} ` +
        'w: object(expression: $w) { ... on Blob { text } ... on Tree { entries { path object { ... on Blob { text } } } } } } }';
    let files = null;
    let filesError = 'GitHub returned nothing';
    try {
        const { data, errors } = await client.graphql(query, variables);
        files = data?.repository ?? null;
        filesError = errors.map((error) => error.message).join('; ') || filesError;
    }
    catch (error) {
        filesError = errorText(error);
    }
    const branch = options.branch ?? files?.defaultBranchRef?.name;
    const requirements = branch
        ? await readRequirements(client, repository, branch)
        : { unreadable: `the default branch is not known (${(0,errors/* oneLine */.TN)(filesError)})` };
    return { branch: branch ?? '(default branch)', requirements, workflows: workflowsOf(files, options), codeowners: codeownersOf(files, filesError) };
}
function workflowsOf(files, options) {
    const read = files?.w;
    if (!read)
        return [];
    if (options.workflow)
        return typeof read.text === 'string' ? [{ path: options.workflow.path, text: read.text }] : [];
    return (read.entries ?? []).flatMap((entry) => /\.ya?ml$/.test(entry.path) && typeof entry.object?.text === 'string' ? [{ path: entry.path, text: entry.object.text }] : []);
}
function codeownersOf(files, error) {
    if (!files)
        return { unreadable: (0,errors/* oneLine */.TN)(error) };
    const found = CODEOWNERS_PATHS.map((path, i) => ({ path, text: files[`c${i}`]?.text })).find((file) => typeof file.text === 'string');
    return found ? { path: found.path, text: found.text } : undefined;
}
async function readRequirements(client, repository, branch) {
    const classic = client.rest.repos.getBranch({ ...repository, branch }).then(({ data }) => {
        const required = data.protection?.required_status_checks;
        return [...(required?.contexts ?? []), ...(required?.checks ?? []).map((check) => check.context)];
    }, 
    // Classic protection counts where it can be read; rulesets are what this check needs.
    () => []);
    let rules;
    try {
        rules = await client.paginate(client.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 });
    }
    catch (error) {
        return { unreadable: errorText(error) };
    }
    const checks = new Set(await classic);
    let mergeQueue = false;
    for (const rule of rules) {
        if (rule.type === 'merge_queue')
            mergeQueue = true;
        if (rule.type === 'required_status_checks')
            for (const check of rule.parameters?.required_status_checks ?? [])
                checks.add(check.context);
    }
    return { checks: [...checks], mergeQueue };
}
function errorText(error) {
    const status = error.status;
    const message = (0,errors/* oneLine */.TN)(error instanceof Error ? error.message : String(error));
    return status === 403 || status === 404 ? `GitHub answered ${status} (${message}); the token may not read them` : message;
}

// EXTERNAL MODULE: ./src/action/context.ts + 1 modules
var action_context = __webpack_require__(2083);
;// CONCATENATED MODULE: ./src/action/enforcement.ts






/**
 * Checks that the gate is enforced and says, as warnings with their fix, where it is not.
 * Returns the summary's section. The verdict never depends on it: whatever fails here is
 * one line in the log.
 */
async function checkEnforcement(session) {
    const { context, inputs, github } = session;
    if (!action_context/* ENFORCEMENT_EVENTS */.dB.has(context.eventName) || !onDefaultBranch(context))
        return [];
    const workflow = workflowOf(context);
    const read = await readEnforcement(github, context.repository, workflow ? { workflow } : {});
    const own = { gate: inputs.gate, status: inputs.status, manifest: inputs.manifest };
    const text = read.workflows[0]?.text;
    const parsed = workflow && text !== undefined ? gateJobs(workflow.path, text, own, context.job) : undefined;
    const fallback = {
        workflow: workflow?.path ?? 'this workflow',
        check: context.job ?? 'readiness',
        ...own,
        events: undefined,
        pullRequestPathFilter: false,
    };
    // The step's own inputs are what it runs with, whatever the file says.
    const jobs = parsed && parsed.length > 0 ? parsed.map((job) => ({ ...job, ...own })) : [fallback];
    const findings = enforcementFindings({
        branch: read.branch,
        requirements: read.requirements,
        jobs,
        codeowners: read.codeowners,
        statusRefused: session.statusRefused ?? false,
    });
    return report(findings, read.branch);
}
function report(findings, branch) {
    const heading = ['', '#### Is the gate enforced?', ''];
    if (findings.length === 0) {
        core/* info */.pq(`The gate is enforced: a rule of ${branch} requires it.`);
        return [...heading, `Yes: a rule of branch ${(0,markdown/* escapeMarkdown */.FV)(branch)} requires it, and its manifest has a code owner.`, ''];
    }
    const lines = findings.map((finding) => {
        const text = finding.fix ? `${finding.message} \u2014 fix: ${finding.fix}` : finding.message;
        if (finding.kind === 'warning')
            core/* warning */.$e(text, { title: 'Gate not enforced' });
        else
            core/* info */.pq(text);
        return `- ${finding.kind === 'warning' ? '\u26a0\ufe0f' : '\u2754'} ${(0,markdown/* escapeMarkdown */.FV)(text)}`;
    });
    return [...heading, ...lines, ''];
}
/** A push counts only to the default branch; the other events run there. */
function onDefaultBranch(context) {
    if (context.eventName !== 'push')
        return true;
    const payload = context.payload;
    return payload.ref !== undefined && payload.ref === `refs/heads/${payload.repository?.default_branch ?? ''}`;
}
/** The running workflow's file and the commit to read it at, from GITHUB_WORKFLOW_REF (owner/repo/path@ref). */
function workflowOf(context) {
    const ref = context.workflowRef;
    const at = ref?.lastIndexOf('@') ?? -1;
    if (!ref || at < 0)
        return undefined;
    const prefix = `${context.repository.owner}/${context.repository.repo}/`;
    const full = ref.slice(0, at);
    if (full.toLowerCase().startsWith(prefix.toLowerCase()) === false)
        return undefined;
    return { path: full.slice(prefix.length), at: context.workflowSha ?? ref.slice(at + 1) };
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


/***/ })

};
