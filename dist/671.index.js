export const id = 671;
export const ids = [671];
export const modules = {

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RECHECK_COMMAND: () => (/* binding */ RECHECK_COMMAND),
  prepareRecheck: () => (/* binding */ prepareRecheck)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(8079);
;// CONCATENATED MODULE: ./src/github/recheck.ts
/** The roles that may ask for a re-check: GitHub's write, maintain and admin. */
const WRITE_ROLES = new Set(['write', 'maintain', 'admin']);
/**
 * Whether `login` has write access to the repository, as GitHub's collaborator permission
 * endpoint says (`role_name` names maintain and custom roles' base; `permission` is the
 * older field). `true`, or why not, in words that follow the login.
 */
async function hasWriteAccess(client, repository, login) {
    if (!login)
        return 'is not known';
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repository, username: login });
        if (WRITE_ROLES.has(data.role_name) || WRITE_ROLES.has(data.permission))
            return true;
        return `has ${data.role_name || data.permission || 'no'} access`;
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return 'is not a collaborator';
        return `could not be checked for write access (${error instanceof Error ? error.message : String(error)})`;
    }
}
/** The pull request as a `pull_request` event carries it: what the run needs to evaluate it. */
async function readPullRequestForRecheck(client, repository, number) {
    const { data } = await client.rest.pulls.get({ ...repository, pull_number: number });
    return {
        number: data.number,
        state: data.state,
        merged: data.merged,
        changed_files: data.changed_files,
        head: { sha: data.head.sha, repo: data.head.repo ? { full_name: data.head.repo.full_name } : null },
        base: { sha: data.base.sha, repo: { full_name: data.base.repo.full_name } },
    };
}

;// CONCATENATED MODULE: ./src/action/recheck.ts


/** The comment that asks for a re-evaluation, once trimmed; case as written. */
const RECHECK_COMMAND = '/readiness recheck';
/**
 * An `issue_comment` run: a `/readiness recheck` comment on a pull request, by someone with
 * write access, re-evaluates that pull request as its own run would (manifest from its
 * base, comment and status on its head). Write access is what GitHub's collaborator
 * permission endpoint says; the comment's author association is not proof of it. Anything
 * else is one line in the log. Returns whether the run goes on; when it does, the pull
 * request is in the payload as a `pull_request` event would carry it.
 */
async function prepareRecheck(session) {
    const payload = session.context.payload;
    const ignore = (why) => {
        core/* info */.pq(`Ignored this comment: ${why}.`);
        return false;
    };
    if (payload.action !== 'created')
        return ignore(`it was ${payload.action ?? 'changed'}, not created`);
    if (!payload.issue?.pull_request)
        return ignore('it is on an issue, not a pull request');
    if (payload.comment?.body?.trim() !== RECHECK_COMMAND)
        return ignore(`it is not \`${RECHECK_COMMAND}\``);
    const login = payload.comment.user?.login ?? '';
    const { github, context } = session;
    // Both asked at once: the pull request is needed only if the author may ask, but waiting costs a round trip.
    const pull = readPullRequestForRecheck(github, context.repository, payload.issue.number);
    pull.catch(() => { });
    const access = await hasWriteAccess(github, context.repository, login);
    if (access !== true)
        return ignore(`@${login} ${access}, and only someone with write access may ask for a re-check`);
    session.context.payload.pull_request = await pull;
    core/* info */.pq(`Re-checking pull request #${payload.issue.number}, as @${login} asked.`);
    return true;
}


/***/ })

};
