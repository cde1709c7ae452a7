export const id = 989;
export const ids = [989];
export const modules = {

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: ./src/core/links/links.ts
var links = __webpack_require__(9104);
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
// EXTERNAL MODULE: ./src/defaults.ts
var src_defaults = __webpack_require__(5285);
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

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/evaluate-file.ts
var evaluate_file = __webpack_require__(5174);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/doctor.ts










/**
 * `readiness-gate doctor`: is the gate enforced? The branch's rules, the workflows that run
 * readiness-gate and CODEOWNERS, read with the token. Exit 0 when it is, 1 with the findings.
 */
async function doctorCommand(args, io) {
    const { values } = (0,cli_args/* parseCommandArgs */.Qx)('doctor', args, options/* DOCTOR_OPTIONS */.px, 0);
    const github = (0,evaluate_file/* onlineClient */.zt)(io, values['server-url'] ?? io.env.GITHUB_SERVER_URL);
    if (!github)
        throw new cli_args/* UsageError */.eb('doctor reads the rules of the repository on GitHub: set GITHUB_TOKEN', 'doctor');
    const repository = values.repo === undefined ? await (0,evaluate_file/* repositoryFromGitRemote */.Tj)() : (0,links/* parseRepository */.SU)(values.repo);
    if (!repository)
        throw new cli_args/* UsageError */.eb(values.repo === undefined ? 'no --repo and no GitHub remote' : `--repo '${values.repo}' is not owner/name`, 'doctor');
    const read = await readEnforcement(github, repository, values.branch ? { branch: values.branch } : {});
    const defaults = { gate: src_defaults/* DEFAULT_GATE */.s, manifest: src_defaults/* DEFAULT_MANIFEST_PATH */.e };
    const jobs = read.workflows
        .flatMap((workflow) => gateJobs(workflow.path, workflow.text, defaults) ?? [])
        .filter((job) => values.gate === undefined || job.gate === values.gate);
    const findings = jobs.length === 0
        ? [
            {
                kind: 'warning',
                message: `no workflow of ${repository.owner}/${repository.repo} on ${read.branch} runs readiness-gate${values.gate ? ` for gate '${values.gate}'` : ''}`,
                fix: 'add the workflow of the README (Usage) to .github/workflows',
            },
        ]
        : enforcementFindings({ branch: read.branch, requirements: read.requirements, jobs, codeowners: read.codeowners });
    for (const finding of findings) {
        const label = finding.kind === 'warning' ? 'warning' : 'could not check';
        io.stdout.write(`${label}: ${(0,markdown/* terminalLine */.tL)(finding.message)}\n${finding.fix ? `  fix: ${(0,markdown/* terminalLine */.tL)(finding.fix)}\n` : ''}`);
    }
    if (findings.length > 0)
        return cli_io/* EXIT_NOT_READY */.f6;
    const checked = jobs.map((job) => `${job.workflow} (${job.check})`).join(', ');
    io.stdout.write(`The gate is enforced: a rule of ${(0,markdown/* terminalLine */.tL)(read.branch)} requires ${(0,markdown/* terminalLine */.tL)(checked)}, and the manifest has a code owner.\n`);
    return cli_io/* EXIT_READY */.bP;
}


/***/ })

};
