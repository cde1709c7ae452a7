export const id = 897;
export const ids = [897];
export const modules = {

/***/ 9141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Tl: () => (/* binding */ writeTextFile)
/* harmony export */ });
/* unused harmony export STDIN_NAME */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9130);
/* harmony import */ var _core_shared_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(964);




/** The name errors use for standard input. */
const STDIN_NAME = '<stdin>';
/** The path a file argument names, or standard input for `-`. */
function displayName(file) {
    return file === '-' ? STDIN_NAME : file;
}
/**
 * Reads a text file, or standard input for `-`. A file that cannot be read is a
 * `ConfigError` of one line ("nope.yml no such file"), never a stack trace. Files larger
 * than `maxBytes` are refused before they are read.
 */
async function readTextFile(file, options = {}) {
    if (file === '-')
        return readStdin(options.stdin ?? process.stdin, options.maxBytes, options.what);
    try {
        if (options.maxBytes !== undefined) {
            const { size, isFile } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
            if (isFile && size > options.maxBytes)
                throw tooLarge(file, size, options.maxBytes, options.what);
        }
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL)
            throw error;
        throw new _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL({ file, message: readProblem(error) });
    }
}
async function readStdin(stdin, maxBytes, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stdin) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
        size += buffer.length;
        if (maxBytes !== undefined && size > maxBytes)
            throw tooLarge(STDIN_NAME, size, maxBytes, what, true);
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function tooLarge(file, size, maxBytes, what = 'file', atLeast = false) {
    return new _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL({
        file,
        message: `is ${atLeast ? 'over ' : ''}${(0,_core_shared_words_js__WEBPACK_IMPORTED_MODULE_3__/* .thousands */ .oh)(atLeast ? maxBytes : size)} bytes \u2014 a ${what} may be at most ${(0,_core_shared_words_js__WEBPACK_IMPORTED_MODULE_3__/* .thousands */ .oh)(maxBytes)} bytes (1 MiB, the most GitHub's contents API serves)`,
    });
}
/** Writes a file; a path that cannot be written is a one-line `ConfigError`. */
async function writeTextFile(path, text) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
    }
    catch (error) {
        const code = error.code;
        const message = code === 'ENOENT'
            ? `cannot be written: the directory '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)}' does not exist`
            : code === 'EISDIR'
                ? 'cannot be written: it is a directory'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'cannot be written: permission denied'
                    : code === 'EROFS'
                        ? 'cannot be written: read-only file system'
                        : `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
        throw new _core_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL({ file: path, message });
    }
}
function readProblem(error) {
    switch (error.code) {
        case 'ENOENT':
            return 'no such file';
        case 'EISDIR':
            return 'is a directory, not a file';
        case 'EACCES':
        case 'EPERM':
            return 'cannot be read: permission denied';
        case 'ENOTDIR':
            return 'no such file (a part of the path is not a directory)';
        default: {
            const code = error.code;
            return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
        }
    }
}


/***/ }),

/***/ 4897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeImport: () => (/* binding */ describeImport),
  importCommand: () => (/* binding */ importCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/manifest/schema-url.ts
var schema_url = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/core/manifest/limits.ts
var limits = __webpack_require__(633);
;// CONCATENATED MODULE: ./src/core/import/model.ts
function countGuess(guesses, kind, by = 1) {
    guesses.set(kind, (guesses.get(kind) ?? 0) + by);
}

// EXTERNAL MODULE: ./src/core/links/links.ts
var links = __webpack_require__(9104);
;// CONCATENATED MODULE: ./src/core/import/classify/link.ts

/**
 * Classifier: references to issues and pull requests in running text. Written to run in
 * time linear in the text: no pattern here can backtrack over more than a name's length.
 *
 *   #12                                   \u2192 #12 (this repository)
 *   acme/api#45                           \u2192 acme/api#45
 *   https://github.com/acme/api/pull/7    \u2192 kept as written, with its repository
 */
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const MAX_NAME = 100;
/** `#N` and `owner/repo#N` in text. */
function findShortRefs(text) {
    const found = [];
    // Most text holds no reference: no search, no iterator.
    if (!text.includes('#'))
        return found;
    for (const match of text.matchAll(/#(\d{1,9})(?!\d|\w)/g)) {
        const at = match.index;
        const before = at > 0 ? text[at - 1] : '';
        if (before === '&' || before === '#')
            continue;
        const repository = repositoryBefore(text, at);
        if (repository === null)
            continue;
        found.push(`${repository ?? ''}#${match[1]}`);
    }
    return found;
}
/**
 * The `owner/repo` written right before position `at`, '' when nothing is, or null when a
 * word is glued to the `#` without being a repository ("C#12" is not a reference).
 */
function repositoryBefore(text, at) {
    let start = at;
    let slash = -1;
    while (start > 0 && at - start < 2 * MAX_NAME + 1) {
        const char = text[start - 1];
        if (char === '/' && slash < 0)
            slash = start - 1;
        else if (!NAME_CHAR.test(char))
            break;
        start--;
    }
    if (start === at)
        return '';
    if (slash < 0)
        return /^(?:pr|issue|gh|pull)$/i.test(text.slice(start, at)) ? '' : null;
    if (slash === start || slash === at - 1)
        return null;
    return text.slice(start, at);
}
/** A URL, up to what cannot be in one written in text; trailing punctuation is cut after. */
const URL_PATTERN = /https?:\/\/[^\s<>()[\]"'`]+/g;
/** Every reference in text: URLs first, then short forms outside the URLs. */
function findLinks(text) {
    return findLinksBeside(text, []);
}
/**
 * Every reference in text beside the targets of the links written in it: links and URLs
 * in the order they stand (GitHub makes a bare URL a link where it stands), then short
 * forms outside the URLs.
 */
function findLinksBeside(text, placed) {
    const found = [];
    let next = 0;
    let hasUrls = false;
    if (text.includes('http')) {
        for (const match of text.matchAll(URL_PATTERN)) {
            hasUrls = true;
            const url = match[0].replace(/[.,;:!?]+$/, '');
            if (!(0,links/* parseLink */.Ap)(url))
                continue;
            while (next < placed.length && placed[next].at <= match.index)
                found.push(placed[next++].url);
            found.push(url);
        }
    }
    while (next < placed.length)
        found.push(placed[next++].url);
    return [...found, ...findShortRefs(hasUrls ? text.replace(URL_PATTERN, ' ') : text)];
}
/** The issue or pull request a link's URL points to, if it does. */
function issueUrl(url) {
    return (0,links/* parseLink */.Ap)(url) ? url : undefined;
}
/** GitHub numbers issues and pull requests up to 2\u00b3\u00b9\u22121. */
const MAX_NUMBER = 2 ** 31 - 1;
/** The issue or PR a link names, lower-cased (`acme/api#7`, or `#7` in this repository); undefined if not a link. */
function linkIdentity(link) {
    const ref = (0,links/* parseLink */.Ap)(link);
    if (!ref || ref.number > MAX_NUMBER)
        return undefined;
    const repository = ref.repository ? `${ref.repository.owner}/${ref.repository.repo}`.toLowerCase() : '';
    return `${repository}#${ref.number}`;
}
/** Links in order of appearance, each issue or pull request once. */
function uniqueLinks(links) {
    const seen = new Set();
    const out = [];
    for (const link of links) {
        const key = linkIdentity(link);
        if (key === undefined || seen.has(key))
            continue;
        seen.add(key);
        out.push(link);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/import/classify/text.ts
/** Small text helpers shared by the steps: titles, phase names and ids. */
const TIER_PARENTHESES = /\s*\((?:[^()]{0,40}\b)?(?:priority|critical|high|medium|low|must|blocking|blocker|p[0-4])\b[^()]{0,40}\)/gi;
const TIER_BRACKETS = /\s*\[(?:critical|high|medium|low|must|blocker|p[0-4])\]/gi;
const TIER_WORDS = /\s*\*{0,2}\b(?:CRITICAL|HIGH|MEDIUM|LOW|MUST|SHOULD|COULD)\b\*{0,2}\s*:?/g;
/**
 * A title without emoji markers, tier markers ("(CRITICAL)", "[P0]") or trailing colons.
 * "(optional)" stays: it tells a reader why the item does not block.
 */
function cleanTitle(text) {
    let cut = text.length > 1000 ? text.slice(0, 1000) : text;
    if (/[\u0080-\uFFFF]/.test(cut))
        cut = cut.replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ').replace(/\uFFFD|\uFE0F/g, ' ');
    if (cut.includes('('))
        cut = cut.replace(TIER_PARENTHESES, '');
    if (cut.includes('['))
        cut = cut.replace(TIER_BRACKETS, '');
    if (/[A-Z]{3}/.test(cut))
        cut = cut.replace(TIER_WORDS, ' ');
    if (/[(_*]|\d\s?[dh]\s*$/.test(cut))
        cut = cut.replace(LEFTOVERS, ' ');
    return cut
        .replace(/\s+/g, ' ')
        .replace(/^[\s:\u2013\u2014-]+|[\s:]+$/g, '')
        .trim();
}
/** What a title keeps of markup and estimates it was split from: "( today)", a trailing "__", an effort "1.0d". */
const LEFTOVERS = /\(\s+\w*\s*\)|\s[_*]{2,}\s*$|\s+\d+(?:\.\d+)?\s?[dh]\s*$/g;
/** Headings keep their words; only emoji and tier markers go. */
function cleanHeading(text) {
    return text
        .replace(/\s*\((?:if applicable|optional|nice[- ]to[- ]have)\)/gi, '')
        .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
        .replace(/\uFFFD|\uFE0F/g, ' ')
        .replace(TIER_PARENTHESES, '')
        .replace(/\s+/g, ' ')
        .replace(/^[\s:\u2013\u2014-]+|[\s:]+$/g, '')
        .trim();
}
function shorten(text, max = 200) {
    return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
/**
 * The id and name a heading gives a phase:
 *   "Phase 1: Security"          \u2192 P1, "Security"
 *   "P0.1: UI Engine Fix"        \u2192 P0.1, "UI Engine Fix"
 *   "M0 Foundations"             \u2192 M0, "Foundations"
 *   "v2.8 (Q1 2026)"             \u2192 v2.8, "v2.8 (Q1 2026)"
 *   "3. Docs"                    \u2192 3, "Docs"
 *   "Release Blockers"           \u2192 release-blockers, "Release Blockers"
 */
function phaseIdentity(heading) {
    const text = shorten(cleanHeading(heading), 200);
    const numbered = /^(phase|milestone|stage|step|part|sprint|wave)\s+(\d+(?:\.\d+)*)\s*[:.)\u2013\u2014-]*\s*(.*)$/i.exec(text);
    if (numbered)
        return { id: `${numbered[1][0].toUpperCase()}${numbered[2]}`, name: numbered[3] && !numbered[3].startsWith('(') ? numbered[3] : text };
    const version = /^(v\d+(?:\.\d+)*(?:\.x)?)\b(.*)$/i.exec(text);
    if (version) {
        const rest = version[2].replace(/^\s*[:\u2013\u2014-]\s*/, '').trim();
        return { id: version[1], name: rest && !rest.startsWith('(') ? rest : text };
    }
    const coded = /^([A-Za-z]{1,4}\d+(?:\.\d+)*[a-z]?)\b\s*[:.)\u2013\u2014-]*\s*(.*)$/.exec(text);
    if (coded && !/^q[1-4]$/i.test(coded[1])) {
        const rest = coded[2];
        return { id: coded[1], name: rest && !rest.startsWith('(') && !/^\d+$/.test(rest) ? rest : text };
    }
    const counted = /^(\d+(?:\.\d+)*[.)]|\d+)\s+(.+)$/.exec(text);
    if (counted)
        return { id: counted[1].replace(/[.)]$/, ''), name: counted[2] };
    return { id: slug(text) || 'phase', name: text || 'Untitled phase' };
}
function slug(text) {
    const full = text
        .toLowerCase()
        .normalize('NFKD')
        // "Comunicaci\u00f3n" \u2192 "comunicacion": the accent NFKD splits off is dropped, not a word break.
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (full.length <= 40)
        return full;
    const cut = full.slice(0, 41);
    return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, 40);
}
function sanitizeId(text) {
    return cleanTitle(text)
        .replace(/\s+/g, '-')
        .replace(/[^A-Za-z0-9._-]/g, '')
        .slice(0, 60);
}
/** Ids made unique by a counter per base, in one pass: "tasks", "tasks-2", "tasks-3". */
function uniqueIds() {
    const used = new Set();
    const next = new Map();
    return (base) => {
        if (!used.has(base)) {
            used.add(base);
            return base;
        }
        let n = next.get(base) ?? 2;
        while (used.has(`${base}-${n}`))
            n++;
        next.set(base, n + 1);
        const id = `${base}-${n}`;
        used.add(id);
        return id;
    };
}
/** A key under which the same item written twice is found once. */
function itemKey(title) {
    return title.toLowerCase();
}

;// CONCATENATED MODULE: ./src/core/import/classify/marks.ts
const PROGRESS = { todo: 0, blocked: 0, 'in-progress': 1, done: 2 };
function mark(status, by, established = true) {
    return { status, by, established };
}
function decide(marks) {
    let least;
    let unexplained;
    for (const candidate of marks) {
        if (!candidate.established) {
            unexplained ??= candidate;
            continue;
        }
        if (!least || PROGRESS[candidate.status] < PROGRESS[least.status])
            least = candidate;
    }
    if (least)
        return least.status === 'done' ? { status: 'done', doneBy: least.by } : { status: least.status };
    if (unexplained) {
        const why = unexplained.status === 'done' ? `${unexplained.by}, which the document does not establish as done: todo` : `${unexplained.by}: todo`;
        return { status: 'todo', comment: why };
    }
    return { status: 'todo' };
}
/** Gives an item the status its marks decide, with the comment when a mark was not understood. */
function settle(item, marks) {
    const decision = decide(marks);
    item.status = decision.status;
    if (decision.doneBy)
        item.doneBy = decision.doneBy;
    else
        delete item.doneBy;
    if (decision.comment)
        item.comments.push({ field: 'status', text: decision.comment });
}
/**
 * The guard behind every reading: an item is `done` only with the mark that made it so.
 * Run once over the assembled plan; returns how many items it held back.
 */
function holdUnfoundedDone(items) {
    let held = 0;
    for (const item of items) {
        if (item.status !== 'done' || item.doneBy)
            continue;
        item.status = 'todo';
        item.comments.push({ field: 'status', text: 'no mark in the document establishes it as done: todo' });
        held++;
    }
    return held;
}

;// CONCATENATED MODULE: ./src/core/import/5-assemble.ts




/**
 * Step 5: phases from the sections read \u2014 from the overview table when the document has
 * one, else one phase per section with items, split in two when its items state their
 * own tiers \u2014 then duplicates dropped, ids made unique and `requires` resolved. Every
 * step here is linear in the number of items and phases.
 */
function assemblePhases(reading) {
    const withItems = reading.sections.filter((section) => section.items.length > 0);
    const phases = reading.overview.length > 0 ? fromOverview(reading, withItems) : withItems.flatMap((section) => fromSection(section, reading));
    dropDuplicates(phases, reading.guesses);
    const nonEmpty = reading.overview.length > 0 ? phases : phases.filter((phase) => phase.items.length > 0);
    assignIds(nonEmpty);
    resolveRequires(nonEmpty, reading);
    for (const phase of nonEmpty)
        if (phase.blockingComment?.startsWith('no Blocking'))
            countGuess(reading.guesses, 'blocking assumed');
    let held = 0;
    for (const phase of nonEmpty)
        held += holdUnfoundedDone(phase.items);
    countGuess(reading.guesses, 'status guessed', held);
    return nonEmpty;
}
const ASSUMED = 'no Blocking column, marker or priority tier: assumed blocking';
function fromOverview(reading, sections) {
    const phases = reading.overview.map((row) => ({
        id: row.id,
        name: row.name,
        blocking: row.blocking ?? true,
        ...(row.blocking === undefined ? { blockingComment: 'the overview table has no Blocking value: assumed blocking' } : {}),
        ...(row.owner ? { owner: row.owner } : {}),
        ...(row.due ? { due: row.due } : {}),
        requires: [],
        items: [],
    }));
    const byId = new Map(phases.map((phase) => [phase.id.toLowerCase(), phase]));
    const byName = new Map(phases.map((phase) => [phase.name.toLowerCase(), phase]));
    for (const section of sections) {
        const match = matchSection(section.heading, byId, byName);
        if (!match) {
            reading.notes.push(`left out: '${section.heading || '(before the first heading)'}' has ${section.items.length} item(s) but the phase overview table does not list it`);
            countGuess(reading.guesses, 'section left out');
            for (const item of section.items)
                item.leftOut = `its section '${section.heading || '(before the first heading)'}' is not in the phase overview table`;
            continue;
        }
        for (const item of section.items)
            match.items.push(item);
        match.owner ??= section.owner;
        match.due ??= section.due;
        if (section.requires.length)
            match.wants = [...(match.wants ?? []), ...section.requires];
    }
    return phases;
}
function matchSection(heading, byId, byName) {
    const identity = phaseIdentity(heading);
    const first = /^[A-Za-z]*\d+(?:\.\d+)*|^[^\s:.\u2014\u2013-]+/.exec(heading.trim())?.[0]?.toLowerCase() ?? '';
    return byId.get(identity.id.toLowerCase()) ?? (/\.\d/.test(first) ? undefined : byId.get(first)) ?? byName.get(identity.name.toLowerCase());
}
/** One section: one phase, or two when its items state tiers ("(CRITICAL)" items block, the rest do not). */
function fromSection(section, reading) {
    const { id, name } = phaseIdentity(section.heading || reading.title || 'Plan');
    const common = {
        ...(section.owner ? { owner: section.owner } : {}),
        ...(section.due ? { due: section.due } : {}),
        ...(section.dueProblem ? { dueProblem: section.dueProblem } : {}),
        ...(section.milestone !== undefined ? { milestone: section.milestone } : {}),
        ...(section.requires.length ? { wants: section.requires } : {}),
        requires: [],
    };
    const effective = (item) => item.tier ?? section.tier;
    const first = effective(section.items[0]);
    const uniform = section.items.every((item) => effective(item)?.blocking === first?.blocking && (effective(item) === undefined) === (first === undefined));
    if (uniform) {
        const blocking = first?.blocking ?? true;
        const ownTier = section.items.every((item) => item.tier);
        const comment = !first ? ASSUMED : ownTier ? `every item is marked '${first.word}'` : `from '${first.word}' in the heading`;
        if (first)
            countGuess(reading.guesses, 'blocking from a tier');
        return [{ id, name, blocking, blockingComment: comment, ...common, items: section.items }];
    }
    // Items marked required block and the rest do not; when the only marks say "optional", the unmarked ones are the required.
    const marksRequired = section.items.some((item) => effective(item)?.blocking);
    const required = section.items.filter((item) => (marksRequired ? effective(item)?.blocking : effective(item) === undefined));
    const requiredSet = new Set(required);
    const rest = section.items.filter((item) => !requiredSet.has(item));
    countGuess(reading.guesses, 'blocking from a tier', 2);
    const words = [...new Set((marksRequired ? required : rest).map((item) => effective(item).word))].slice(0, 3).join("', '");
    const comment = marksRequired ? `the items marked '${words}'` : `the items not marked '${words}'`;
    return [
        { id, name, blocking: true, blockingComment: comment, ...common, items: required },
        {
            id: `${id}-later`,
            name: `${name} (not blocking)`,
            blocking: false,
            blockingComment: marksRequired ? 'the items of the section not marked as required' : `the items marked '${words}'`,
            ...common,
            // The milestone's items are the section's as a whole: they go with its required part, once.
            milestone: undefined,
            requires: [],
            items: rest,
        },
    ];
}
/** The same item twice \u2014 in one phase, or with the same links anywhere \u2014 is imported once. */
function dropDuplicates(phases, guesses) {
    const linked = new Map();
    for (const phase of phases) {
        const local = new Map();
        const kept = [];
        for (const item of phase.items) {
            if (item.links.length > 0)
                item.links = uniqueLinks(item.links);
            const title = `${item.acceptance ? 'a:' : ''}${itemKey(item.title)}`;
            const links = item.links.length > 0
                ? item.links
                    .map((link) => linkIdentity(link))
                    .sort()
                    .join(' ')
                : '';
            const key = `${title}|${links}|${item.variant ?? ''}`;
            const first = local.get(key) ?? (links ? linked.get(key) : undefined);
            if (first) {
                countGuess(guesses, 'duplicate imported once');
                item.duplicateOf = first;
                keepLessFinished(first, item);
                continue;
            }
            local.set(key, item);
            if (links)
                linked.set(key, item);
            kept.push(item);
        }
        phase.items = kept;
    }
}
const _5_assemble_PROGRESS = { todo: 0, blocked: 0, 'in-progress': 1, done: 2 };
/** The same task listed twice with two statuses is as finished as the less finished of them. */
function keepLessFinished(kept, duplicate) {
    if (_5_assemble_PROGRESS[duplicate.status] < _5_assemble_PROGRESS[kept.status])
        kept.status = duplicate.status;
}
function assignIds(phases) {
    const phaseId = uniqueIds();
    for (const phase of phases)
        phase.id = phaseId(phase.id);
    // Generated ids ("P1.3", "P1.acc2") are distinct by construction: phase ids are unique,
    // and what follows the last dot is a counter. They need checking, in a set as large as
    // the plan, only against ids the document gives, when it gives any.
    const given = phases.some((phase) => phase.items.some((item) => item.id));
    const itemId = given ? uniqueIds() : (base) => base;
    // Ids the document gives are kept first; generated ones fill in around them.
    for (const phase of phases)
        for (const item of phase.items)
            if (item.id)
                item.id = itemId(item.id);
    for (const phase of phases) {
        let task = 0;
        let acceptance = 0;
        for (const item of phase.items) {
            if (item.id)
                continue;
            item.id = itemId(item.acceptance ? `${phase.id}.acc${++acceptance}` : `${phase.id}.${++task}`);
        }
    }
}
/** "Waiting for: P1, P2" lines and the dependencies table, as `requires` between phases that exist. */
function resolveRequires(phases, reading) {
    const byId = new Map(phases.map((phase) => [phase.id.toLowerCase(), phase]));
    for (const phase of phases)
        for (const id of phase.wants ?? [])
            addRequire(phase, byId.get(id.toLowerCase()), byId);
    for (const { blocked, dependsOn } of reading.dependencies) {
        const sources = phasesNamed(dependsOn, phases, byId);
        for (const target of phasesNamed(blocked, phases, byId))
            for (const source of sources)
                addRequire(target, source, byId);
    }
}
function addRequire(target, source, byId) {
    if (!source || source === target || target.requires.includes(source.id))
        return;
    // An edge that would close a cycle is dropped: the manifest must stay valid.
    if (reaches(source, target.id, byId))
        return;
    target.requires.push(source.id);
}
/**
 * "P1.*", "P0-P5", "P7.4, P7.5" \u2192 the phases those ids belong to. A range is matched
 * against the phases that exist, so "P0-P999999999" costs one pass over the phases.
 */
function phasesNamed(text, phases, byId) {
    const found = new Set();
    for (const range of text.slice(0, 2000).matchAll(/\b([A-Za-z]+)(\d{1,12})\s*[-\u2013\u2014]\s*\1?(\d{1,12})\b/g)) {
        const prefix = range[1].toLowerCase();
        const low = Number(range[2]);
        const high = Number(range[3]);
        for (const phase of phases) {
            const match = /^([A-Za-z]+)(\d+)$/.exec(phase.id);
            if (match && match[1].toLowerCase() === prefix && Number(match[2]) >= low && Number(match[2]) <= high)
                found.add(phase);
        }
    }
    for (const token of text.slice(0, 2000).matchAll(/\b([A-Za-z]*\d+)(?:\.[\w*]+)*/g)) {
        const phase = byId.get(token[1].toLowerCase());
        if (phase)
            found.add(phase);
    }
    return [...found];
}
function reaches(from, id, byId) {
    const seen = new Set();
    const stack = [from.id];
    while (stack.length > 0) {
        const next = stack.pop();
        if (next === id)
            return true;
        if (seen.has(next))
            continue;
        seen.add(next);
        for (const required of byId.get(next.toLowerCase())?.requires ?? [])
            stack.push(required);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/import/explain.ts
/**
 * `import --explain`: the account of the document, source line by source line \u2014 each list
 * item and table row with the task it became, or why it is none. Written from the same
 * account as the counts on stderr, so the two cannot disagree.
 */
function explainAccount(account) {
    const sorted = [...account].sort((a, b) => a.line - b.line);
    const lines = sorted.map((entry) => `  line ${entry.line}: ${oneLine(entry.text)}\n    ${outcome(entry)}`);
    return `${lines.join('\n')}\n`;
}
function outcome(entry) {
    if (entry.items.length === 0)
        return `not a task: ${entry.reason ?? 'no reason recorded'}`;
    return entry.items.map(taskOutcome).join('; ');
}
function taskOutcome(item) {
    if (item.duplicateOf)
        return `the same task as ${item.duplicateOf.id ?? '?'}, imported once`;
    if (item.leftOut)
        return `left out: ${item.leftOut}`;
    return `\u2192 ${item.id ?? '?'} (${item.status})`;
}
/** The reasons items and rows were left out, with their counts, for the report on stderr. */
function leftOutCounts(account) {
    const reasons = new Map();
    let imported = 0;
    for (const entry of account) {
        if (entry.items.length > 0)
            imported++;
        else {
            const reason = (entry.reason ?? 'no reason recorded').replace(/^in '[^']*': /, '');
            reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
    }
    return { imported, reasons: [...reasons].sort((a, b) => b[1] - a[1]) };
}
function oneLine(text) {
    // Terminal control characters are the CLI's to sanitise; here only the lines are kept apart.
    return text.replace(/[\r\n]+/g, ' ');
}

// EXTERNAL MODULE: ./node_modules/markdown-it/index.mjs + 74 modules
var markdown_it = __webpack_require__(9193);
// EXTERNAL MODULE: ./src/core/shared/errors.ts
var errors = __webpack_require__(9130);
;// CONCATENATED MODULE: ./src/core/import/mojibake.ts
/**
 * Repairs text that was UTF-8 but got decoded as a single-byte code page \u2014 Windows-1252,
 * Windows-1254 or Mac Roman \u2014 so that "\u00f0\u0178\u0178\u00a2" reads "\ud83d\udfe2" again and "\u00ef\u00bf\u00bd" reads "\uFFFD".
 */
/**
 * Windows-1252 at 0x80\u20130x9F (the rest is Latin-1). Bytes the code page leaves undefined
 * come through as the C1 control of the same number, as browsers decode them. Written
 * out because Node's TextDecoder treats "windows-1252" as Latin-1 in this range.
 */
const WINDOWS_1252_HIGH = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
    0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/** Windows-1254 (Turkish) differs from Windows-1252 in these bytes. */
const WINDOWS_1254_CHANGES = {
    0x8e: 0x8e,
    0x9e: 0x9e,
    0xd0: 0x11e,
    0xdd: 0x130,
    0xde: 0x15e,
    0xf0: 0x11f,
    0xfd: 0x131,
    0xfe: 0x15f,
};
function windowsCodePage(changes) {
    const map = new Map();
    for (let byte = 0x80; byte <= 0xff; byte++) {
        const codePoint = changes[byte] ?? (byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : byte);
        map.set(String.fromCodePoint(codePoint), byte);
    }
    return map;
}
function macRoman() {
    const decoder = new TextDecoder('macintosh');
    const map = new Map();
    for (let byte = 0x80; byte <= 0xff; byte++)
        map.set(decoder.decode(new Uint8Array([byte])), byte);
    return map;
}
/** For each code page, the byte each character stands for. */
let byteMaps;
function codePageByteMaps() {
    byteMaps ??= [windowsCodePage({}), windowsCodePage(WINDOWS_1254_CHANGES), macRoman()];
    return byteMaps;
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** How many bytes a UTF-8 sequence that starts with `lead` has, or 0 if it cannot start one. */
function sequenceLength(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}
function repairMojibake(text) {
    // Fast path: nothing outside ASCII, nothing to repair.
    if (!/[\u0080-\uffff]/.test(text))
        return text;
    const chars = Array.from(text);
    const maps = codePageByteMaps();
    let out = '';
    for (let i = 0; i < chars.length;) {
        const repaired = repairAt(chars, i, maps);
        if (repaired) {
            out += repaired.text;
            i += repaired.length;
        }
        else {
            out += chars[i];
            i += 1;
        }
    }
    return out;
}
/** Bytes Windows-1252 leaves undefined: a decoder that drops them loses part of an emoji. */
const UNDEFINED_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
/**
 * A sequence one byte short, because that byte was undefined in the code page and
 * dropped ("\u00e2\u0152" for \u274c, E2 [9D] 8C). It is restored only when exactly one choice of the
 * lost byte gives an emoji, or the lost byte ends the emoji variation selector.
 */
function recoverLostByte(bytes, length) {
    if (bytes.length !== length - 1)
        return undefined;
    if (length === 3 && bytes[0] === 0xef && bytes[1] === 0xb8)
        return '\ufe0f';
    const emoji = new Set();
    for (let at = 1; at < length; at++) {
        for (const lost of UNDEFINED_BYTES) {
            const candidate = [...bytes.slice(0, at), lost, ...bytes.slice(at)];
            try {
                const text = strictUtf8.decode(new Uint8Array(candidate));
                if (/^\p{Extended_Pictographic}$/u.test(text))
                    emoji.add(text);
            }
            catch {
                // not valid UTF-8 with this byte
            }
        }
    }
    return emoji.size === 1 ? [...emoji][0] : undefined;
}
/** Decodes one mis-decoded UTF-8 sequence starting at `chars[i]`, trying each code page. */
function repairAt(chars, i, maps) {
    for (const map of maps) {
        const lead = map.get(chars[i]);
        if (lead === undefined)
            continue;
        const length = sequenceLength(lead);
        if (length === 0 || i + length > chars.length)
            continue;
        const bytes = [lead];
        for (let k = 1; k < length; k++) {
            const byte = map.get(chars[i + k]);
            if (byte === undefined || byte < 0x80 || byte > 0xbf)
                break;
            bytes.push(byte);
        }
        if (bytes.length !== length) {
            const recovered = recoverLostByte(bytes, length);
            if (recovered)
                return { text: recovered, length: bytes.length };
            continue;
        }
        try {
            return { text: strictUtf8.decode(new Uint8Array(bytes)), length };
        }
        catch {
            // Not a valid sequence in this code page; try the next one.
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/import/1-repair.ts


/**
 * Step 1: text as the author meant it \u2014 emoji broken by mis-decoding repaired, GitHub
 * shortcodes (":white_check_mark:") turned into the symbols they show \u2014 and bounded, so
 * that the parser's cost stays linear: very long lines and very wide table rows are cut,
 * with a note, and nesting deeper than any plan needs is refused with a clear error.
 */
const MAX_LINE = 4000;
const MAX_COLUMNS = 64;
const MAX_NESTING = 100;
class ImportError extends errors/* ConfigError */.xL {
}
const SHORTCODES = {
    white_check_mark: '\u2705',
    heavy_check_mark: '\u2714\ufe0f',
    ballot_box_with_check: '\u2611\ufe0f',
    check: '\u2714\ufe0f',
    x: '\u274c',
    negative_squared_cross_mark: '\u274c',
    heavy_multiplication_x: '\u2716\ufe0f',
    construction: '\ud83d\udea7',
    hourglass: '\u23f3',
    hourglass_flowing_sand: '\u23f3',
    warning: '\u26a0\ufe0f',
    red_circle: '\ud83d\udd34',
    green_circle: '\ud83d\udfe2',
    yellow_circle: '\ud83d\udfe1',
    orange_circle: '\ud83d\udfe0',
    large_blue_circle: '\ud83d\udd35',
    blue_circle: '\ud83d\udd35',
    white_circle: '\u26aa',
    no_entry: '\u26d4',
    no_entry_sign: '\ud83d\udeab',
    stop_sign: '\ud83d\uded1',
    white_large_square: '\u2b1c',
    first_quarter_moon: '\ud83c\udf13',
    last_quarter_moon: '\ud83c\udf17',
    arrows_counterclockwise: '\ud83d\udd04',
};
function repairText(source, file) {
    const repaired = repairMojibake(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).replace(/:([a-z_]{1,40}):/g, (whole, name) => SHORTCODES[name] ?? whole);
    const unwrapped = unwrapDocument(repaired);
    const text = unwrapped ?? repaired;
    const notes = unwrapped === undefined ? [] : ['the whole document is one ```markdown code block: read as the Markdown it holds'];
    // Every line is checked in place; only a document with a line to cut is split into lines.
    if (!checkLines(text, file))
        return { text, notes };
    let cutLines = 0;
    let cutRows = 0;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (line.length > MAX_LINE) {
            line = line.slice(0, MAX_LINE);
            cutLines++;
        }
        const cut = cutColumns(line);
        if (cut !== line) {
            line = cut;
            cutRows++;
        }
        lines[i] = line;
    }
    if (cutLines)
        notes.push(`${cutLines} line(s) longer than ${MAX_LINE} characters were read up to that length`);
    if (cutRows)
        notes.push(`${cutRows} table row(s) with more than ${MAX_COLUMNS} columns were read up to the ${MAX_COLUMNS}th`);
    return { text: lines.join('\n'), notes };
}
/**
 * A document written whole inside one ```markdown fence \u2014 as pasted from a chat or a
 * generator \u2014 is the Markdown it holds: its fences become blank lines, so every line keeps
 * its number. A fence closed early by one inside it is left alone.
 */
function unwrapDocument(text) {
    const open = /^\s*(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*\n/i.exec(text);
    if (!open)
        return undefined;
    const fence = open[1];
    const close = new RegExp(`\\n[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\s*$`).exec(text);
    if (!close)
        return undefined;
    const inner = text.slice(open[0].length, close.index + 1);
    const closesEarly = new RegExp(`^[ \\t]{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'm');
    if (closesEarly.test(inner))
        return undefined;
    return `${open[0].replace(/[^\n]/g, '')}${inner}${text.slice(close.index + 1).replace(/[^\n]/g, '')}`;
}
/**
 * Checks the nesting of every line, first to last, and says whether any line may need
 * cutting (longer than MAX_LINE, or more than MAX_COLUMNS + 1 pipes), without cutting
 * the text into lines.
 */
function checkLines(text, file) {
    let mayCut = false;
    for (let start = 0, number = 1; start <= text.length; number++) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        checkNesting(text, start, end, number, file);
        if (!mayCut && (end - start > MAX_LINE || pipesOver(text, start, end)))
            mayCut = true;
        start = end + 1;
    }
    return mayCut;
}
/** More pipes than a row of MAX_COLUMNS cells has, escaped ones included. */
function pipesOver(text, start, end) {
    let pipes = 0;
    for (let i = start; i < end; i++)
        if (text.charCodeAt(i) === 124 && ++pipes > MAX_COLUMNS + 1)
            return true;
    return false;
}
/** A table row cut after its MAX_COLUMNS-th cell. */
function cutColumns(line) {
    let pipes = 0;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '|' && line[i - 1] !== '\\' && ++pipes > MAX_COLUMNS + 1)
            return line.slice(0, i + 1);
    }
    return line;
}
/**
 * Counts the containers a line opens (block quotes and list markers) and its indentation;
 * a plan nests a few levels, a document nesting a hundred is refused before it can
 * exhaust the parser's stack.
 */
function checkNesting(text, start, end, number, file) {
    let depth = 0;
    let indent = 0;
    let i = start;
    while (i < end) {
        const char = text[i];
        if (char === ' ')
            indent++;
        else if (char === '\t')
            indent += 4;
        else if (char === '>')
            depth++;
        else if ((char === '-' || char === '*' || char === '+') && i + 1 < end && (text[i + 1] === ' ' || text[i + 1] === '\t'))
            depth++;
        else
            break;
        i++;
    }
    const nesting = depth + Math.floor(indent / 2);
    if (nesting > MAX_NESTING && (depth > 0 || /^(?:[-*+]|\d{1,9}[.)])\s/.test(text.slice(i, end)))) {
        throw new ImportError({
            file,
            line: number,
            column: 1,
            message: `nests block quotes or lists ${nesting} levels deep; a readiness plan nests a few levels, so this document is not read (flatten it, then import again)`,
        });
    }
}

;// CONCATENATED MODULE: ./src/core/import/markdown/strikethrough.ts
/**
 * Strike-through as GitHub reads it: a run of one or two tildes opens or closes, and
 * only a run of the same length closes it (`~a~`, `~~a~~`, not `~~a~`); a run of three or
 * more is text. markdown-it's own rule takes two tildes only and splits longer runs.
 * Runs of one and two carry different markers, so that markdown-it's pairing, which
 * matches delimiters by marker, pairs only runs of the same length.
 */
const TILDE = 0x7e;
const ONE_TILDE = 0x17e;
function gfmStrikethrough(md) {
    md.inline.ruler.at('strikethrough', tokenize);
    md.inline.ruler2.at('strikethrough', (state) => {
        pair(state, state.delimiters);
        for (const meta of state.tokens_meta)
            if (meta?.delimiters)
                pair(state, meta.delimiters);
        return false;
    });
}
function tokenize(state, silent) {
    if (silent || state.src.charCodeAt(state.pos) !== TILDE)
        return false;
    const scanned = state.scanDelims(state.pos, true);
    const token = state.push('text', '', 0);
    token.content = '~'.repeat(scanned.length);
    if (scanned.length <= 2) {
        state.delimiters.push({
            marker: scanned.length === 1 ? ONE_TILDE : TILDE,
            // No "rule of 3": that is for emphasis.
            length: 0,
            token: state.tokens.length - 1,
            end: -1,
            open: scanned.can_open,
            close: scanned.can_close,
        });
    }
    state.pos += scanned.length;
    return true;
}
function pair(state, delimiters) {
    for (const start of delimiters) {
        if ((start.marker !== TILDE && start.marker !== ONE_TILDE) || start.end === -1)
            continue;
        const end = delimiters[start.end];
        for (const [index, nesting] of [
            [start.token, 1],
            [end.token, -1],
        ]) {
            const token = state.tokens[index];
            token.type = nesting === 1 ? 's_open' : 's_close';
            token.tag = 's';
            token.nesting = nesting;
            token.markup = token.content;
            token.content = '';
        }
    }
}

;// CONCATENATED MODULE: ./src/core/import/2-parse.ts



/**
 * Step 2: the document's Markdown tokens, GitHub-flavoured, from one parser for every
 * document whatever its length, so that a document means the same padded or not.
 *
 * markdown-it reads the whole document in time close to linear and resolves reference
 * links across it itself (the first definition of a label wins). What GitHub adds that it
 * does not carry is added here: task list items, and strike-through with one tilde as
 * well as two. Footnotes are left to read as the text they are written as.
 */
/**
 * Nesting deeper than this is not parsed by markdown-it: it skips the rest of the
 * container. The repair step refuses documents that nest more than a plan needs long
 * before, but ordered list markers are not all counted there; whatever reaches this depth
 * is refused here rather than dropped.
 */
const MAX_PARSER_NESTING = 1000;
/** Built once: setting the parser up costs more than parsing a small document. */
let parser;
function parseMarkdown(text, file) {
    parser ??= makeParser();
    const env = {};
    let tokens;
    try {
        tokens = parser.parse(text, env);
    }
    catch (error) {
        // Input is bounded by the repair step; should the parser still run out of stack, a sentence, not a trace.
        if (error instanceof RangeError)
            throw tooDeep(file);
        throw error;
    }
    if (env.tooDeepAt !== undefined)
        throw tooDeep(file, env.tooDeepAt + 1);
    return tokens;
}
function tooDeep(file, line) {
    const message = 'is nested too deeply to read as Markdown; flatten its block quotes and lists, then import again';
    return new ImportError(line === undefined ? { file, message } : { file, line, column: 1, message });
}
function makeParser() {
    const md = new markdown_it/* default */.A('default', { html: true, linkify: false, typographer: false });
    // Not in the published option types, but read by both of markdown-it's parsers.
    Object.assign(md.options, { maxNesting: MAX_PARSER_NESTING });
    // Link targets as written, as GitHub's parser reports them: nothing here renders HTML.
    md.normalizeLink = (url) => url;
    md.validateLink = () => true;
    md.use(gfmStrikethrough);
    md.core.ruler.after('block', 'task_items', markTaskItems);
    guardNesting(md);
    return md;
}
/** Notes where markdown-it would skip the lines of a container nested past its limit. */
function guardNesting(md) {
    const block = md.block;
    const tokenize = block.tokenize.bind(block);
    block.tokenize = (state, startLine, endLine) => {
        if (state.level >= MAX_PARSER_NESTING && state.skipEmptyLines(startLine) < endLine) {
            const env = state.env;
            env.tooDeepAt ??= startLine;
        }
        tokenize(state, startLine, endLine);
    };
}
/**
 * A GitHub task list item: a list item whose first content is a paragraph that begins
 * with `[ ]`, `[x]` or `[X]` followed by a line end, or by spaces and more text. The box
 * and the character after it are taken out of the paragraph before its inline content is
 * parsed, and the item's token carries `meta.checked`. A setext heading is first content
 * too (its text is not read as the item's).
 */
const TASK_BOX = /^\[([ \t\nxX])\](?:\n|[ \t]+[^])/;
function markTaskItems(state) {
    const { tokens } = state;
    for (let i = 0; i + 2 < tokens.length; i++) {
        if (tokens[i].type !== 'list_item_open')
            continue;
        const first = tokens[i + 1];
        const inline = tokens[i + 2];
        const content = first.type === 'paragraph_open' || (first.type === 'heading_open' && (first.markup === '=' || first.markup === '-'));
        const box = content && inline.type === 'inline' ? TASK_BOX.exec(inline.content) : null;
        if (!box)
            continue;
        tokens[i].meta = { checked: box[1] === 'x' || box[1] === 'X' };
        if (first.type === 'paragraph_open')
            inline.content = inline.content.slice(4);
    }
}

;// CONCATENATED MODULE: ./src/core/import/classify/date.ts
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const monthNumber = (name) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const DATE_RULES = [
    {
        pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/,
        example: '2021-03-31',
        read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
    },
    {
        pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'),
        example: 'May 3rd, 2019',
        read: (m) => ({ year: Number(m[3]), month: monthNumber(m[1]), day: Number(m[2]) }),
    },
    {
        pattern: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i'),
        example: 'Monday 4th September 2023',
        read: (m) => ({ year: Number(m[3]), month: monthNumber(m[2]), day: Number(m[1]) }),
    },
    {
        pattern: new RegExp(`\\b(\\d{4})\\s+${MONTH}\\.?\\s+${DAY}\\b`, 'i'),
        example: '2026 Oct 16',
        read: (m) => ({ year: Number(m[1]), month: monthNumber(m[2]), day: Number(m[3]) }),
    },
    {
        pattern: /\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/,
        example: '2023.10.02',
        read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
    },
    {
        pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
        example: '8/13/2019',
        read: (m) => {
            const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
            if (a > 12)
                return { year, month: b, day: a };
            if (b > 12 || a === b)
                return { year, month: a, day: b };
            return { ambiguous: `${m[0]} could be month/day or day/month` };
        },
    },
    {
        pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/,
        example: '13.08.2019',
        read: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
    },
];
/**
 * A day without its year \u2014 "Oct 16", "October 16th", "16 Oct" \u2014 read after the rules above, so
 * "Oct 16, 2026" is one of theirs. The month is capitalized, as a month is: "you may 2 \u2026" is
 * no date.
 */
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEARLESS_RULES = [
    {
        pattern: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\w)`),
        example: 'Oct 16',
        read: (m) => ({ month: monthNumber(m[1]), day: Number(m[2]) }),
    },
    {
        pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b\\.?`),
        example: '16 Oct',
        read: (m) => ({ month: monthNumber(m[2]), day: Number(m[1]) }),
    },
];
/** A day without its year, dated with the year its place in the document gives \u2014 never a guessed one. */
function withYear(reading, source) {
    const partial = reading.yearless;
    if (!partial)
        return reading;
    if (!source || 'problem' in source) {
        const why = source?.problem ?? 'neither a heading above it nor the document names a year';
        return { problem: `date without a year left out: '${partial.text}' (${why})` };
    }
    const date = iso(source.year, partial.month, partial.day);
    if (!date)
        return { problem: `impossible date left out: '${partial.text}' is not a day of ${source.year}` };
    return { date, yearFrom: `the year ${source.year} from ${source.from}` };
}
function iso(year, month, day) {
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const parsed = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text ? text : undefined;
}
/** The first date in the text, in any of the forms above. */
function readDate(text) {
    let best;
    for (const rule of DATE_RULES) {
        const match = rule.pattern.exec(text);
        if (!match || (best && best.index <= match.index))
            continue;
        const parts = rule.read(match);
        let reading;
        if ('ambiguous' in parts)
            reading = { problem: `ambiguous date left out: ${parts.ambiguous}` };
        else {
            const date = iso(parts.year, parts.month, parts.day);
            reading = date ? { date } : { problem: `impossible date left out: '${match[0]}' is not a day of the calendar` };
        }
        best = { index: match.index, reading };
    }
    // A day without its year counts only where no full date starts first.
    for (const rule of YEARLESS_RULES) {
        const match = rule.pattern.exec(text);
        if (!match || (best && best.index <= match.index))
            continue;
        best = { index: match.index, reading: { yearless: { ...rule.read(match), text: match[0].trim() } } };
    }
    return best?.reading ?? {};
}
/**
 * A date given with a label in running text: "Target: 2025-09-22", "**Tentative Date:**
 * 2021-03-31", "(due May 3rd, 2019)". Dates without a label ("completed 2026-02-18") are
 * not due dates.
 */
const DATE_LABEL = /\b(?:due(?: date)?|target(?: date)?|tentative(?: date)?|deadline|eta|release date|planned for|scheduled for|by)\b\s*[:=]?\s*/i;
function readLabelledDate(text) {
    const label = DATE_LABEL.exec(text);
    if (!label)
        return {};
    return readDate(text.slice(label.index + label[0].length, label.index + label[0].length + 40));
}
/** A date that closes an item \u2014 "Freeze the branch 2023.10.02", "(planned) 2023-10-09" \u2014 and where it starts. */
const TRAILING_DATE = /[,;]?\s*(?:(?:due|by|target|eta)\s*:?\s*|\((?:planned|target|due)\)\s*)?(\d{4}[-.]\d{1,2}[-.]\d{1,2})\s*$/i;
function readTrailingDate(text) {
    // Most items end in neither a digit nor a month: no need to look for a date that closes them.
    const tail = text.slice(-24);
    if (/\d\s*$/.test(tail)) {
        const match = TRAILING_DATE.exec(text);
        if (match)
            return { ...readDate(match[1]), at: match.index };
    }
    if (!/[a-z0-9]\.?\s*$/i.test(tail))
        return {};
    const day = TRAILING_DAY.exec(tail);
    return day ? { ...readDate(day[1]), at: text.length - tail.length + day.index } : {};
}
/** "Cut the branch Oct 16", "\u2014 due 16 Oct": a day without its year that closes an item. */
const TRAILING_DAY = new RegExp(`[,;]?\\s*(?:(?:due|by|target|eta)\\s*:?\\s*|\\((?:planned|target|due)\\)\\s*)?((?:${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?))\\s*$`);

;// CONCATENATED MODULE: ./src/core/import/classify/status.ts
const STATUS_WORDS = [
    {
        pattern: /\bnot (?:yet )?(?:started|done|complete[d]?|implemented|ready|fixed|migrated|passed|ported|supported|available|converted|answered)\b/i,
        status: 'todo',
        example: '\ud83d\udd34 NOT STARTED',
    },
    { pattern: /\b(?:incomplete|unimplemented|unresolved|unassigned)\b/i, status: 'todo', example: 'Incomplete' },
    { pattern: /\bno[- ]go\b/i, status: 'todo', example: 'No-Go' },
    { pattern: /\b(?:blocked|on hold|paused|waiting|stuck)\b/i, status: 'blocked', example: '\u26d4 BLOCKED' },
    // A done word a qualifier limits is not done: "Baseline verified", "Mostly done", "Locally tested".
    {
        pattern: /\b(?:mostly|almost|nearly|largely|partly|baseline|structurally|locally|provisionally|tentatively|conditionally|superficially|disposable)\b(?:[ -][a-z]+)?[ -](?:done|complete[d]?|verified|implemented|migrated|fixed|finished|tested|applied|passed|working)\b/i,
        status: 'in-progress',
        example: 'Baseline verified',
    },
    // Ready to be worked on is not done: "Implementation Ready", "Ready for dev".
    { pattern: /\b(?:implementation|development|dev) ready\b|\bready (?:for|to)\b/i, status: 'todo', example: 'Implementation Ready' },
    {
        pattern: /\b(?:in[ -]?progress|wip|started|ongoing|underway|partial(?:ly)?|doing|in review|under review|review|draft)\b/i,
        status: 'in-progress',
        example: '\ud83d\udfe1 In progress',
    },
    { pattern: /\b(?:to ?do|open|pending|planned|missing|none|not yet|tbd|backlog|queued|failed|fail)\b/i, status: 'todo', example: 'TODO' },
    {
        pattern: /\b(?:done|complete[d]?|finished|shipped|merged|closed|resolved|implemented|fixed|released|migrated|verified|landed|delivered|passed|pass|ok|ready)\b/i,
        status: 'done',
        example: '\u2705 Completed',
    },
    { pattern: /^(?:yes|y|go)\b/i, status: 'done', example: 'Answer: Yes' },
    { pattern: /^(?:no|n)\b/i, status: 'todo', example: 'Answer: No' },
];
/** Symbols, checked after the words: "\u2705 DONE \u26a0\ufe0f drift" is done. Shortcodes are turned into these while repairing. */
const STATUS_SYMBOLS = [
    { pattern: /\u2705|\u2714|\u2611|\u2713|\ud83d\udfe2|\ud83c\udd97/u, status: 'done', example: '\u2714\ufe0f or :white_check_mark:' },
    { pattern: /\ud83c\udf13|\ud83c\udf17|\u25d0|\ud83d\udd36|\ud83d\udfe1|\ud83d\udfe0|\ud83d\udea7|\u23f3|\ud83d\udd04|\u26a0|\ud83c\udfd7|\ud83d\udd28/u, status: 'in-progress', example: '\ud83c\udf13 (partial)' },
    { pattern: /\u26d4|\ud83d\udeab|\u23f8|\ud83d\uded1/u, status: 'blocked', example: '\ud83d\uded1' },
    { pattern: /\u274c|\u2716|\u2717|\u2718|\ud83d\udd34|\u2b1c|\u2610|\u2b55|\ud83d\udd32/u, status: 'todo', example: '\u274c' },
];
/** "100%" done, "0%" not started, anything between in progress. */
function statusFromPercent(text) {
    const match = /^(\d{1,3})\s*%/.exec(text);
    if (!match)
        return undefined;
    const percent = Number(match[1]);
    if (percent >= 100)
        return 'done';
    return percent === 0 ? 'todo' : 'in-progress';
}
/** The status a cell or answer states in words, a percentage or a symbol; undefined when it states none. */
function statusFromText(text, legend) {
    const plain = text.replace(/[*_`]/g, ' ').trim();
    if (!plain || NOT_APPLICABLE.test(plain))
        return undefined;
    const box = /^\[([ xX~/-])\]/.exec(plain);
    if (box)
        return statusFromBox(box[1]);
    for (const rule of STATUS_WORDS)
        if (rule.pattern.test(plain))
            return rule.status;
    return statusFromPercent(plain) ?? statusFromSymbol(plain, legend);
}
/** "N/A" is not the answer "No": it says the question does not apply, not that the work is done or open. */
const NOT_APPLICABLE = /^(?:n\/a|n\.a\.|not applicable)\b/i;
/**
 * Every status a cell states: its words when it has any ("\u2705 DONE \u26a0\ufe0f drift" is done), else
 * each symbol it holds ("\u2705\ud83d\udd28" is done and in progress: the caller keeps the less finished).
 */
function statusesOfCell(text, legend) {
    const plain = text.replace(/[*_`]/g, ' ').trim();
    if (!plain || NOT_APPLICABLE.test(plain))
        return [];
    const box = /^\[([ xX~/-])\]/.exec(plain);
    if (box)
        return [statusFromBox(box[1])];
    for (const rule of STATUS_WORDS)
        if (rule.pattern.test(plain))
            return [rule.status];
    const percent = statusFromPercent(plain);
    if (percent)
        return [percent];
    const found = [];
    // The document's own legend says what its symbols mean, before the common meanings do.
    if (legend)
        for (const [symbol, status] of legend)
            if (plain.includes(symbol))
                found.push(status);
    if (found.length > 0)
        return found;
    for (const rule of STATUS_SYMBOLS)
        if (rule.pattern.test(plain))
            found.push(rule.status);
    return found;
}
function statusFromSymbol(text, legend) {
    if (legend)
        for (const [symbol, status] of legend)
            if (text.includes(symbol))
                return status;
    for (const rule of STATUS_SYMBOLS)
        if (rule.pattern.test(text))
            return rule.status;
    return undefined;
}
/** A status symbol at the start or the end of a list item: "\u2705 Clean architecture", "No limit on exports \u274c". */
const LEADING_SYMBOL = /^\s*([\u2705\u2714\u2611\u2713\ud83d\udfe2\ud83c\udf13\ud83c\udf17\u25d0\ud83d\udd36\ud83d\udfe1\ud83d\udfe0\ud83d\udea7\u23f3\ud83d\udd04\u26a0\ud83c\udfd7\u26d4\ud83d\udeab\u23f8\ud83d\uded1\u274c\u2716\u2717\u2718\ud83d\udd34\u2b1c\u2610\u2b55\ud83d\udd32\ud83c\udf1f\ud83d\udd0c])\uFE0F?\s*/u;
const TRAILING_SYMBOL = /\s*([\u2705\u2714\ud83d\udfe2\ud83d\udfe1\ud83d\udfe0\ud83d\udea7\u26a0\u26d4\u23f8\u274c\ud83d\udd34])\uFE0F?\s*$/u;
function splitMarker(text, legend) {
    const leading = LEADING_SYMBOL.exec(text);
    const leadingStatus = leading ? statusFromSymbol(leading[1], legend) : undefined;
    if (leading && leadingStatus)
        return { status: leadingStatus, text: text.slice(leading[0].length), by: leading[1] };
    const trailing = TRAILING_SYMBOL.exec(text);
    const trailingStatus = trailing ? statusFromSymbol(trailing[1], legend) : undefined;
    if (trailing && trailingStatus)
        return { status: trailingStatus, text: text.slice(0, trailing.index), by: trailing[1] };
    return { text };
}
/** The box of a task list written as text: "[x]", "[X]", "[~]", "[-]", "[ ]", "[/]". */
const TEXT_BOX = /\[( |x|X|~|-|\/)\]/g;
function statusFromBox(mark) {
    if (mark === 'x' || mark === 'X')
        return 'done';
    return mark === ' ' ? 'todo' : 'in-progress';
}
/**
 * Labels before a list that say what its plain items are: "**What's Missing**:" lists work
 * to do, "Completed:" lists work done. Examples beside each.
 */
const LIST_LABELS = [
    { pattern: /\b(?:completed|done|finished|shipped|merged|landed)\b/i, status: 'done', example: 'Completed:' },
    { pattern: /\b(?:in progress|ongoing|wip|doing)\b/i, status: 'in-progress', example: 'In progress:' },
    { pattern: /\b(?:blocked|on hold)\b/i, status: 'blocked', example: 'Blocked:' },
    {
        pattern: /\b(?:missing|required|to ?do|tasks?|action items?|gaps?|open items?|remaining|checklist|blockers?|next|needed|outstanding)\b/i,
        status: 'todo',
        example: "**What's Missing**:",
    },
];
function statusOfLabel(label) {
    if (!/:\s*$/.test(label))
        return undefined;
    return LIST_LABELS.find((rule) => rule.pattern.test(label))?.status;
}

;// CONCATENATED MODULE: ./src/core/import/classify/junk.ts

const SKIPPED_SECTIONS = [
    { pattern: /^(?:table of )?contents$|^toc$|^index$/i, kind: 'table of contents', example: '## Contents' },
    { pattern: /\blegend\b|^(?:status |symbol )?key$|^symbols$/i, kind: 'legend', example: '## Legend' },
    {
        pattern: /\bdefinition of (?:done|ready)\b|\bwhat ["\u201c]?done["\u201d]? means\b|\btemplates?\b|\bexamples?\b|\bhow (?:we(?:'|\u2019)ll |we |to )use\b|\bhow to\b|\bformat\b|\bcopy (?:this|me)\b/i,
        kind: 'template',
        example: '## Definition of Done',
    },
    {
        pattern: /^(?:option|alternative|approach|scenario|proposal)\s+(?:[a-z0-9]|one|two|three)\b/i,
        kind: 'alternative',
        example: '### Option B: Production Ready (2-3 weeks)',
    },
    {
        pattern: /^(?:summary|executive summary|(?:current|overall|project) (?:status|state)|recap|tl;?\s?dr|conclusion|progress summary|status summary|at a glance)$/i,
        kind: 'recap',
        example: '## Summary',
    },
    {
        pattern: /^(?:revision history|change ?log|history|references|resources|glossary|appendix|faq|see also|related links|links)\b|\u5909\u66f4\u5c65\u6b74|\u66f4\u65b0\u5c65\u6b74|\u53d8\u66f4\u8bb0\u5f55|\u4fee\u8ba2\u8bb0\u5f55/i,
        kind: 'reference',
        example: '## Revision history',
    },
];
/** Headings stripped of numbering, emoji and decorations before matching. */
function skippedSection(heading) {
    const text = heading
        .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
        .replace(/^[\s\d.)#:-]+/, '')
        .replace(/\s*\(.*\)\s*$/, '')
        .replace(/[:\s]+$/, '')
        .trim();
    return SKIPPED_SECTIONS.find((rule) => rule.pattern.test(text))?.kind;
}
/**
 * One line of a legend: "\u2705 = done", "[x] = finished", "\ud83c\udf13 = implementations differ",
 * "\u2705 means usable", "Legend: [ ] Not started [~] In progress [x] Done".
 */
const LEGEND_LINE = /^\s*(?:(\[[ xX~/-]\]|\S{1,3}?)\uFE0F?\s*(?:=|:|means\b|indicates\b|denotes\b|stands for\b|\u2192|[-\u2013\u2014]\s)\s*(.{1,80}))$/u;
/** Legend entries that say a need is met another way: its rows are satisfied ("\ud83c\udf1f = provided by the core linter"). */
const SATISFIED = /\b(?:provided|covered|built[- ]in|usable|supported|available|handled|in (?:\w+ )?core)\b/i;
const LEGEND_LEAD = /^\s*(?:status )?(?:legend|key)\s*:/i;
function isLegendLine(text) {
    if (LEGEND_LEAD.test(text))
        return true;
    const match = LEGEND_LINE.exec(text);
    if (!match)
        return false;
    const symbol = match[1];
    return /^\[.\]$/.test(symbol) || /\p{Extended_Pictographic}|[\u2713\u2714\u2717\u2718\u25d0]/u.test(symbol);
}
/**
 * What a legend line says its symbol means: "\ud83c\udf13 = implementations differ" teaches
 * nothing, "\ud83d\uded1 = unimplemented" teaches \ud83d\uded1 \u2192 todo.
 */
function legendEntry(text) {
    const match = LEGEND_LINE.exec(text);
    if (!match)
        return undefined;
    const symbol = match[1];
    if (!/\p{Extended_Pictographic}|[\u2713\u2714\u2717\u2718\u25d0]/u.test(symbol))
        return undefined;
    const meaning = match[2];
    const status = statusFromText(meaning) ?? (SATISFIED.test(meaning) && !/\bnot\b/i.test(meaning) ? 'done' : undefined);
    return status ? [symbol, status] : undefined;
}
/** Items that are the decision itself, or placeholders to fill in, not work: "GO", "NO-GO", "TBD". */
function isPlaceholder(title) {
    return /^(?:go|no[- ]go|yes|no|none|tbd|n\/a|\.\.\.|\u2026|<[^>]*>|_+)$/i.test(title.trim());
}

;// CONCATENATED MODULE: ./src/core/import/classify/owner.ts
const HANDLE = '@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9_.-]{1,100})?';
const OWNER_RULES = [
    {
        pattern: /\b(?:owners?|assignees?|assigned to|dri|lead|who|release (?:manager|lead|captain)|coordinator)\s*:\s*([^;,|()\s][^;,|()]{0,60}?)(?=\s{2,}|[;,|()]|\s+(?:target|due|eta|deadline|status)\b|\s*$)/i,
        example: 'Owner: Platform/Infra  Target: 2025-09-22',
    },
    {
        pattern: new RegExp(`\\((?:owner\\s*:\\s*|assign(?:ed)?(?: to)?\\s*:?\\s*)?(${HANDLE}(?:\\s*,\\s*${HANDLE}){0,5})\\)`),
        example: 'Rotate keys (@alice)',
    },
    { pattern: new RegExp(`^(${HANDLE})\\s*:`), example: '@alice: write the release notes' },
    { pattern: new RegExp(`(?<![\\w.@/])(${HANDLE})(?![\\w@])`), example: 'Publish the images \u2014 @bob' },
];
function readOwner(text) {
    if (!text.includes('@') && !text.includes(':'))
        return undefined;
    for (const rule of OWNER_RULES) {
        const match = rule.pattern.exec(text);
        if (match?.[1]?.trim())
            return match[1].trim();
    }
    return undefined;
}
/** A heading, list item or paragraph that is only a handle names whose list follows: "### @alice", "- **@bob**:". */
const HANDLE_ONLY = new RegExp(`^\\s*(${HANDLE})\\s*:?\\s*$`);
function handleOnly(text) {
    return text.includes('@') ? HANDLE_ONLY.exec(text)?.[1] : undefined;
}
/** A bold name before a question, as go/no-go lists write it: "**Kathleen/Derek**: is monitoring ready?" */
function looksLikeName(text) {
    return /^[@\p{Lu}][\p{L}\p{M}.'\u2019-]*(?:\s*(?:[/+&,]|and)?\s*[@\p{Lu}][\p{L}\p{M}.'\u2019-]*){0,4}$/u.test(text.trim());
}

;// CONCATENATED MODULE: ./src/core/import/classify/tier.ts
/** Headings and Priority cells: the words anywhere in them. */
const HEADING_TIERS = [
    { pattern: /\bnot (?:critical|blocking|required)\b/i, blocking: false, example: '## \ud83d\udfe1 Important but Not Critical' },
    { pattern: /\bnon[- ]?blocking\b/i, blocking: false, example: '## Non-blocking' },
    { pattern: /\bnice[- ]to[- ]have\b/i, blocking: false, example: '## \ud83d\udfe2 Nice to have' },
    { pattern: /\b(?:optional|informational|if applicable|stretch)\b/i, blocking: false, example: '### 5. Audit Export (if applicable)' },
    { pattern: /\b(?:future|later|post[- ]launch|enhancements?|backlog)\b/i, blocking: false, example: '## Future' },
    { pattern: /\b(?:provisional|tentative)\b/i, blocking: false, example: '## Milestone 3 (provisional)' },
    { pattern: /\b(?:index|reference list)\b/i, blocking: false, example: '## RFC index' },
    { pattern: /\bshould(?: have| ship)?\b/i, blocking: false, example: '## \ud83d\udfe1 Should ship' },
    { pattern: /\b(?:medium|low|minor|trivial|p[2-4])\b/i, blocking: false, example: '### 3. Docs (MEDIUM PRIORITY)' },
    { pattern: /[\ud83d\udd35\u26aa]/u, blocking: false, example: '## \ud83d\udd35 Later' },
    {
        pattern: /\b(?:critical|high|must(?: fix| have)?|required|blockers?|blocking|p0(?!\.\d)|showstopper|major)\b/i,
        blocking: true,
        example: '## \ud83d\udd34 CRITICAL (Required before any production use)',
    },
    { pattern: /\ud83d\udd34/u, blocking: true, example: '## \ud83d\udd34 Gaps' },
];
/**
 * Items state a tier only in a marked-off form \u2014 "(CRITICAL)", "[P0]", "**MUST**", an
 * upper-case word \u2014 so "Set up high availability" is not a HIGH item.
 */
const ITEM_TIERS = [
    {
        pattern: /\((?:[^()]{0,40}\b)?(?:optional|nice[- ]to[- ]have|low|medium|minor|if applicable|p[2-4]|should|could|later)\b[^()]{0,40}\)/i,
        blocking: false,
        example: '- [ ] Dark theme (optional)',
    },
    { pattern: /\[(?:optional|low|medium|minor|p[2-4])\]/i, blocking: false, example: '- [ ] [P2] Dark theme' },
    {
        pattern: /\b(?:OPTIONAL|LOW|MEDIUM|SHOULD|COULD|WON'T)\b(?!\s+(?:PRIORITY\s+)?(?:items|ones))/,
        blocking: false,
        example: '- [ ] LOW: Disable Bluetooth',
    },
    {
        pattern: /\((?:[^()]{0,40}\b)?(?:critical|high|must|blocker|blocking|required|p0|p1)\b[^()]{0,40}\)/i,
        blocking: true,
        example: '- [ ] Disable Firewire (CRITICAL)',
    },
    { pattern: /\[(?:critical|high|must|blocker|p0|p1)\]/i, blocking: true, example: '- [ ] [P0] Rotate keys' },
    { pattern: /\b(?:CRITICAL|HIGH|MUST|BLOCKER)\b(?!\s+(?:PRIORITY\s+)?(?:items|ones))/, blocking: true, example: '- [ ] **MUST** Encrypt backups' },
];
function firstMatch(rules, text) {
    for (const rule of rules) {
        const match = rule.pattern.exec(text);
        if (match)
            return { blocking: rule.blocking, word: match[0].trim() };
    }
    return undefined;
}
function tierOfHeading(text) {
    return firstMatch(HEADING_TIERS, text);
}
function tierOfItem(text) {
    // Every form needs a bracket or an upper-case word; most items have neither.
    if (!/[([]|[A-Z]{3}/.test(text))
        return undefined;
    return firstMatch(ITEM_TIERS, text);
}
/** "YES", "\u2705", "Blocking" in a Blocking column; undefined when the cell says neither. */
function truthy(text) {
    const plain = text.trim().toLowerCase();
    if (/^(?:yes|y|true|x|\u2713|\u2714|\u2705|blocking|required|must|release blocker)/u.test(plain))
        return true;
    if (/^(?:no|n|false|-|\u2014|optional|non[- ]?blocking|nice)/u.test(plain))
        return false;
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/import/read/account.ts

/**
 * The account of step 4: every list item and table row the parser produced gets exactly one
 * entry, opened when the reader reaches it. The tasks made while it is open are its tasks;
 * an entry closed without a task must say why, so nothing is dropped in silence.
 */
/** Why an item or row is not a task, in the words `--explain` prints. */
const NOT_A_TASK = {
    plain: 'a plain item without a checkbox or status mark, under no heading or label that lists work',
    group: 'names a group: the items under it are its tasks',
    label: 'a label for the items under it',
    note: 'a note of the task above it',
    owner: 'names the owner of the items under it',
    metadata: 'metadata of the section (owner, date or dependency)',
    answer: 'the answer to the question above it',
    legend: 'a legend entry of the status symbols',
    placeholder: 'a placeholder or a bare status, not work',
    emptyRow: 'an empty row',
    continuation: 'continues the row above it',
};
function openEntry(state, line, text) {
    const entry = { line, text: shorten(text, 120), items: [] };
    state.reading.account.push(entry);
    state.entry = entry;
    return entry;
}
/** Gives the open entry its reason, unless a task was already made of it or a reason given. */
function accountFor(state, reason) {
    const entry = state.entry;
    if (entry && entry.items.length === 0 && entry.reason === undefined)
        entry.reason = reason;
}
function closeEntry(state, fallback = NOT_A_TASK.plain) {
    accountFor(state, fallback);
    state.entry = undefined;
}

;// CONCATENATED MODULE: ./src/core/import/read/year.ts


/**
 * The year a day written without one ("due Oct 16") belongs to: the year the nearest heading
 * above it names ("## Q4 2026", "### 2027 roadmap"), else the year the document names in its
 * title or in a line that dates it ("Last updated 2026-03-01"). Two years where one is needed
 * are no answer: the date is left out, never guessed.
 */
const YEAR = /(?<![\d.])(?:19|20)\d\d(?![\d.]|-bit)/g;
/** The year a heading names, if it names one; a problem if it names two. */
function yearOfHeading(text) {
    // Most headings hold no year: no need to gather them.
    if (!/(?:19|20)\d\d/.test(text))
        return undefined;
    const years = new Set(text.match(YEAR) ?? []);
    const where = `the heading '${shorten(text, 60)}'`;
    if (years.size === 0)
        return undefined;
    if (years.size > 1)
        return { problem: `${where} names the years ${[...years].join(' and ')}` };
    return { year: Number([...years][0]), from: where };
}
/** "Last updated: 2026-03-01", "**Date:** March 1, 2026", "As of 2026-03-01": a line that dates the document. */
const DATED_LINE = /^\W{0,4}(?:(?:(?:last[ -])?(?:updated|modified|revised|reviewed|edited)|created|written|published|date|report date|version date)\W{0,4}:|(?:last[ -]updated|updated on|(?:status )?as of|dated)\b)\W{0,3}/i;
/**
 * The year of the document: the one its title (its first heading) names, else the one every
 * line that dates it agrees on. Found before the reading starts, since a dating line often
 * closes the document.
 */
function documentYear(blocks) {
    const first = blocks.find((block) => block.kind === 'heading');
    const title = blocks.find((block) => block.kind === 'heading' && block.depth === 1) ?? first;
    const fromTitle = title?.kind === 'heading' ? yearOfHeading(title.content.text) : undefined;
    if (fromTitle)
        return fromTitle;
    const years = new Map();
    for (const block of blocks) {
        if (block.kind === 'paragraph')
            for (const line of block.content.lines.length > 0 ? block.content.lines : [block.content.text])
                datedLine(line, years);
        else if (block.kind === 'item')
            datedLine(block.content.text, years);
        else if (block.kind === 'table')
            for (const row of block.rows)
                datedLine(row.cells.map((cell) => cell.text).join(': '), years);
    }
    if (years.size === 0)
        return undefined;
    if (years.size > 1)
        return { problem: `the lines that date the document name the years ${[...years.keys()].join(' and ')}` };
    const [year, line] = [...years][0];
    return { year, from: `the line '${shorten(line, 60)}'` };
}
function datedLine(line, years) {
    const label = DATED_LINE.exec(line);
    if (!label)
        return;
    const date = readDate(line.slice(label[0].length, label[0].length + 40)).date;
    if (date)
        years.set(Number(date.slice(0, 4)), line);
}

;// CONCATENATED MODULE: ./src/core/import/read/state.ts


/** The year for a day written without one here: the nearest heading's, else the document's. */
function yearHere(state) {
    const near = state_frame(state).year;
    if (near)
        return near;
    if (state.documentYear === undefined)
        state.documentYear = documentYear(state.blocks) ?? null;
    return state.documentYear ?? undefined;
}
function newSection(heading, trail, line, tier) {
    return { heading, trail, requires: [], items: [], line, ...(tier ? { tier } : {}) };
}
function state_frame(state) {
    return state.frames.at(-1) ?? state.root;
}
const SKIP_WORDS = {
    legend: 'a legend of the symbols',
    template: 'a template to copy',
    'table of contents': 'a table of contents',
    recap: 'a recap of the status',
    alternative: 'an alternative plan',
    reference: 'reference material',
};
function skipWords(kind) {
    return SKIP_WORDS[kind] ?? kind;
}
function noteSkipped(state, heading, kind) {
    const entry = state.entry;
    if (entry && entry.items.length === 0)
        entry.reason ??= `in '${shorten(heading || '(before the first heading)', 60)}': ${skipWords(kind)}`;
    const key = `'${shorten(heading || '(before the first heading)', 80)}' is ${SKIP_WORDS[kind] ?? kind}`;
    state.skipped.set(key, (state.skipped.get(key) ?? 0) + 1);
}

;// CONCATENATED MODULE: ./src/core/import/read/tasks.ts










/** A task made from an item's text, and the go/no-go questions and their answers. */
const STATUS_ONLY = /^(?:done|complete[d]?|not started|in progress|to ?do|blocked|finished)\.?$/i;
/** "**Kathleen/Derek**: is monitoring configured and working?" \u2014 a go/no-go question and who answers it. */
function questionOf(content) {
    const lead = content.strongLead;
    if (!lead || lead.length > 80 || !looksLikeName(lead) || !/\?\s*$/.test(content.text))
        return undefined;
    const start = content.text.indexOf(lead);
    const text = content.text.slice(start + lead.length).replace(/^\s*[:\u2013\u2014-]\s*/, '');
    return text ? { owner: lead, text } : undefined;
}
/** The bold name leading an item and the item after it, when the lead reads as a person or team, not a label in capitals. */
function nameBefore(text, lead) {
    if (lead.length > 40 || !looksLikeName(lead) || !/\p{Ll}/u.test(lead) || !text.startsWith(lead))
        return undefined;
    const rest = /^\s*[:\u2013\u2014]\s*(.+)$/.exec(text.slice(lead.length));
    return rest ? { name: lead, rest: rest[1] } : undefined;
}
function strike(state, task) {
    task.comments.push({ field: 'status', text: 'struck through in the source: counted as done' });
    countGuess(state.reading.guesses, 'status guessed');
}
/** A question after trouble, to which "No" is the good answer. */
const NEGATIVE_QUESTION = /\b(?:any|known)\b.{0,40}\b(?:bugs?|issues?|blockers?|regressions?|incidents?|defects?|vulnerabilit(?:y|ies)|risks?|failures?|errors?)\b/i;
/** "Answer: Yes", "yes - dashboards are live", "No"; "`yes/no - any notes`" is a blank to fill in. */
function answerTo(state, question, text) {
    const plain = text.replace(/^\s*answer\s*:\s*/i, '').trim();
    if (!/^(?:yes|no|go|no[- ]go|y|n)\b/i.test(plain) && !/^\s*answer\s*:/i.test(text))
        return false;
    question.answered = true;
    if (/^yes\s*\/\s*no\b/i.test(plain) || !plain)
        return true;
    const answer = statusFromText(plain.split(/[\s,.;:\u2013\u2014-]/)[0] ?? '');
    // "No" to "are there any open Sev1 bugs?" is the good answer.
    const status = answer && NEGATIVE_QUESTION.test(question.item.title) && /^(?:yes|no|y|n)\b/i.test(plain) ? (answer === 'done' ? 'todo' : 'done') : answer;
    question.item.status = status ?? 'todo';
    if (status === 'done')
        question.item.doneBy = `the answer '${shorten(plain, 20)}'`;
    const comment = question.item.comments.findIndex((c) => c.field === 'status');
    if (comment >= 0) {
        question.item.comments.splice(comment, 1);
        const guesses = state.reading.guesses;
        guesses.set('status guessed', (guesses.get('status guessed') ?? 1) - 1);
    }
    if (!status) {
        question.item.comments.push({ field: 'status', text: `answer '${shorten(plain, 40)}' not understood: todo` });
        countGuess(state.reading.guesses, 'status guessed');
    }
    return true;
}
const ID_PREFIX = /^([A-Za-z]{1,4}\d+(?:\.\d+)+[a-z]?|[A-Za-z]{1,4}\d+[a-z]|[A-Za-z]{1,4}\d+\.acc\d+)\b\s*[:\-\u2013\u2014]?\s+/;
/** "\u2026 \u2014 @devraj" at the end of an item names its owner; the title goes without it. */
const TRAILING_HANDLES = /(?:\s*[\u2014\u2013,-]?\s*@[A-Za-z0-9][\w-]{0,38}){1,5}\s*$/;
/** A dated step: "2024-07-01: canary". */
const LEADING_DATE = /^\s*(\d{4}[-.]\d{2}[-.]\d{2})\s*[:\u2013\u2014-]\s*/;
/** "[IN PROGRESS]", "(WIP)", \ud83d\udea7 in an open item's title: it is under way. */
const IN_PROGRESS_TITLE = /\[(?:in progress|wip)\]|\((?:in progress|wip)\)|\ud83d\udea7/i;
const FIELD_PARENTHESES = /\s*\((?:owner|assignee|due|target|eta|deadline)\b[^()]{0,80}\)|\s*\(@[^()]{1,80}\)/gi;
function makeTask(state, raw, marked, context, links) {
    let text = raw.trim();
    // "**Ana**: write the notes" \u2014 a bold name before the item names who does it.
    const named = context.lead && nameBefore(text, context.lead);
    if (named)
        text = named.rest;
    let acceptance = context.acceptance ?? false;
    const prefix = /^acceptance\s*:\s*/i.exec(text);
    if (prefix) {
        acceptance = true;
        text = text.slice(prefix[0].length);
    }
    const parts = titleParts(text);
    const { id, closing, working } = parts;
    text = parts.text;
    const bare = text.includes('(') ? text.replace(FIELD_PARENTHESES, '') : text;
    const title = shorten(cleanTitle(bare.includes('@') ? bare.replace(TRAILING_HANDLES, '') : bare));
    if (!title || isPlaceholder(title) || STATUS_ONLY.test(title)) {
        accountFor(state, NOT_A_TASK.placeholder);
        if (title) {
            countGuess(state.reading.guesses, 'not a task');
            state.reading.shape.skipped++;
        }
        return undefined;
    }
    const item = { title, status: 'todo', links: [...links], acceptance, comments: [] };
    settle(item, [marked]);
    if (working && item.status === 'todo') {
        item.status = 'in-progress';
        item.comments.push({ field: 'status', text: `'${working[0].trim()}' in its title: in progress` });
    }
    if (id)
        item.id = id[1];
    const owner = ownerOf(text, context.code) ?? (named ? named.name : context.owner);
    if (owner)
        item.owner = shorten(owner, 100);
    if (named && owner === named.name) {
        item.comments.push({ field: 'owner', text: 'from the bold name before the item' });
        countGuess(state.reading.guesses, 'owner from a bold name');
    }
    readDue(state, item, closing.at !== undefined ? closing : readLabelledDate(text));
    const tier = tierOfItem(text);
    if (tier)
        item.tier = tier;
    if (context.group)
        item.notes = context.group;
    state_frame(state).section.items.push(item);
    state.entry?.items.push(item);
    return item;
}
/** Who the text names as owner \u2014 every handle at its end, none written in code. */
function ownerOf(text, code) {
    const trailing = text.includes('@') ? TRAILING_HANDLES.exec(text)?.[0].match(/@[A-Za-z0-9][\w-]{0,38}/g) : undefined;
    if (trailing && trailing.length > 1)
        return trailing.join(', ');
    const owner = readOwner(text);
    return owner && code?.some((span) => span.includes(owner)) ? undefined : owner;
}
/** The id before an item, the date that opens or closes it and an in-progress marker, each taken out of its text. */
function titleParts(raw) {
    let text = raw;
    const id = ID_PREFIX.exec(text) ?? undefined;
    if (id)
        text = text.slice(id[0].length);
    const leading = LEADING_DATE.exec(text);
    if (leading)
        text = text.slice(leading[0].length);
    const closing = leading ? { ...readDate(leading[1]), at: text.length } : readTrailingDate(text);
    if (closing.at !== undefined)
        text = text.slice(0, closing.at);
    const working = /[[(\ud83d\udea7]/u.test(text) ? (IN_PROGRESS_TITLE.exec(text) ?? undefined) : undefined;
    if (working)
        text = text.replace(working[0], ' ');
    return { text, closing, ...(id ? { id } : {}), ...(working ? { working } : {}) };
}
/** The item's due date; a day without its year takes the year of where it stands, or is left out with the reason. */
function readDue(state, item, written, count = true) {
    const due = written.yearless ? withYear(written, yearHere(state)) : written;
    if (due.date) {
        item.due = due.date;
        if (due.yearFrom) {
            item.comments.push({ field: 'due', text: due.yearFrom });
            countGuess(state.reading.guesses, 'year from its context');
        }
    }
    else if (due.problem) {
        item.comments.push({ field: 'title', text: due.problem });
        if (count)
            countGuess(state.reading.guesses, 'date left out');
    }
}

;// CONCATENATED MODULE: ./src/core/import/read/heading.ts










/** Headings: sections, the frames that carry what a heading says to the blocks under it, and headings that are items. */
/** Headings that name no work of their own: their items belong to the heading above. */
const GENERIC_HEADING = /^(?:decision\b.*|sign[- ]?off|check ?list|tasks?|to ?dos?|action items|work items|items|steps|work|sub ?tasks|deliverables|requirements|progress|status|tracking|open items|acceptance(?: criteria)?|exit criteria)$/i;
const ACCEPTANCE = /\b(?:acceptance|exit criteria|definition of done)\b/i;
/** Headings under which every item is work, box or none: "## Checklist", "# RELEASE CHECKLIST", "## Steps". */
const WORK_HEADING = /\b(?:check ?lists?|checkliste|to ?dos?|action items|steps)\b|\u30c1\u30a7\u30c3\u30af\u30ea\u30b9\u30c8|\u68c0\u67e5\u6e05\u5355|\u6e05\u5355/i;
/** Headings that name a time window ("### Early Q3", "## H2 2025", "## Now"): what is listed under them is planned work. */
const TIME_WINDOW = /\b(?:q[1-4]|h[12]|(?:early|mid|late)\b|now|next|later|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b20\d\d\b/i;
const QUARTER = /^\s*(?:q[1-4]|h[12])\b.*\b20\d\d\b|^\s*20\d\d\s*(?:q[1-4]|h[12])\b/i;
function readHeading(state, depth, content, line, index) {
    const text = content.text;
    if (depth === 1 && state.reading.title === undefined && text)
        state.reading.title = shorten(cleanHeading(text));
    state.frames = state.frames.filter((f) => f.depth < depth);
    const parent = state_frame(state);
    const own = skippedSection(text);
    // A template is the unfilled one: a "Definition of done" with checked items is the team's own.
    const skip = (own === 'template' && state.filled.has(index) ? undefined : own) ?? parent.skip;
    const owner = handleOnly(text);
    const bare = cleanHeading(text).replace(/^[\d.)\s]+/, '');
    // A checklist heading lists work under it; one above others does so only in a document without checkboxes,
    // where numbered lists are the only way it writes its steps.
    const work = WORK_HEADING.test(bare) || (parent.work === true && !state.anyBox);
    state.list = {};
    const year = yearOfHeading(text) ?? parent.year;
    const common = { ...(skip ? { skip } : {}), ...(work ? { work } : {}), ...(year ? { year } : {}) };
    if (owner) {
        state.frames.push({ depth, section: parent.section, owner, acceptance: parent.acceptance, ...common });
        return;
    }
    if (GENERIC_HEADING.test(bare) && parent !== state.root) {
        state.frames.push({
            depth,
            section: parent.section,
            acceptance: ACCEPTANCE.test(bare),
            ...(parent.owner ? { owner: parent.owner } : {}),
            ...common,
        });
        return;
    }
    const trail = [...state.frames.map((f) => f.section.heading), text];
    // The quarter a phase sits under stays in its name: "Q3 2024: Networking".
    const heading = QUARTER.test(parent.section.heading) && parent !== state.root ? `${cleanHeading(parent.section.heading)}: ${text}` : text;
    const section = newSection(heading, trail, line, tierOfHeading(text) ?? parent.section.tier);
    // Who leads the document and its date hold for its sections unless they say otherwise.
    if (parent.section.owner)
        section.owner = parent.section.owner;
    if (parent.section.due)
        section.due = parent.section.due;
    state.reading.sections.push(section);
    const ownFrame = { depth, section, acceptance: ACCEPTANCE.test(bare) && state.filled.has(index), ...common };
    state.frames.push(ownFrame);
    state.headingItem = { text, line, frame: ownFrame, parent };
}
/**
 * "### fs.watch" and then "\u2705 Works everywhere.": a heading whose first paragraph opens with
 * a status mark is an item of the section above it, not a section of its own.
 */
function readHeadingItem(state, content) {
    const pending = state.headingItem;
    state.headingItem = undefined;
    if (!pending || pending.frame.section.items.length > 0 || pending.parent === state.root)
        return false;
    const marker = splitMarker(content.text, state.legend);
    if (!marker.status || !marker.by || !content.text.trimStart().startsWith(marker.by))
        return false;
    const sections = state.reading.sections;
    if (sections.at(-1) === pending.frame.section)
        sections.pop();
    pending.frame.section = pending.parent.section;
    openEntry(state, pending.line, pending.text);
    makeTask(state, pending.text, mark(marker.status, marker.by), { owner: pending.parent.owner }, content.links);
    closeEntry(state);
    return true;
}
/** "These are nice to have." under a heading, before its items: the section does not block. */
function readSectionProse(state, content) {
    const section = state_frame(state).section;
    if (section.items.length > 0 || section.tier || content.text.length > 200)
        return;
    const said = /\b(?:nice[- ]to[- ]have|optional|not required|not blocking)\b/i.exec(content.text);
    if (said)
        section.tier = { blocking: false, word: said[0] };
}

;// CONCATENATED MODULE: ./src/core/import/read/layout.ts

/**
 * What the reader needs to know of the document ahead of where it is, found in one pass
 * each before it reads: which sections hold a checked item, and which lists mix items
 * with and without checkboxes.
 */
/** The headings whose sections (up to the next heading of the same or a higher level) hold a checked item. */
function filledSections(blocks) {
    const filled = new Set();
    const open = [];
    for (const [index, block] of blocks.entries()) {
        if (block.kind === 'heading') {
            while (open.length > 0 && open.at(-1).depth >= block.depth)
                open.pop();
            open.push({ index, depth: block.depth });
        }
        else if (block.kind === 'item' && block.checked === true) {
            for (const heading of open)
                filled.add(heading.index);
        }
    }
    return filled;
}
/**
 * For each item: whether an item of its own list (the same parent, no other block between)
 * has a checkbox \u2014 plain bullets beside checkbox items are items too.
 */
function boxedLists(blocks) {
    const boxed = new Array(blocks.length).fill(false);
    let runs = new Map();
    const flush = () => {
        for (const run of runs.values())
            if (run.boxed)
                for (const member of run.members)
                    boxed[member] = true;
        runs = new Map();
    };
    for (const [index, block] of blocks.entries()) {
        if (block.kind !== 'item') {
            flush();
            continue;
        }
        // A numbered list and a bullet list next to each other are two lists, as CommonMark reads them.
        const key = `${block.parent ?? -1}:${block.ordered ? 1 : 0}`;
        let run = runs.get(key);
        if (!run)
            runs.set(key, (run = { members: [], boxed: false }));
        run.members.push(index);
        if (block.checked !== null)
            run.boxed = true;
    }
    flush();
    return boxed;
}
/** For each item: whether an item under it carries a status marker, found in one backward pass. */
function markedParents(blocks) {
    const marked = new Array(blocks.length).fill(false);
    for (let i = blocks.length - 1; i >= 0; i--) {
        const block = blocks[i];
        if (block.kind !== 'item' || block.parent === undefined || marked[block.parent])
            continue;
        if (marked[i] || hasMarker(block.checked, block.content.text))
            marked[block.parent] = true;
    }
    return marked;
}
function hasMarker(checked, text) {
    return checked !== null || /^\s*\[( |x|X|~|-|\/)\]/.test(text) || splitMarker(text).status !== undefined;
}

;// CONCATENATED MODULE: ./src/core/import/classify/table-shapes.ts


const cellText = (row, index) => (row.cells[index]?.text ?? '').trim();
const SYMBOLS_ONLY = /^[\p{Extended_Pictographic}\uFE0F\u2610-\u2612\u2713\u2714\u2717\u2718\s]+$/u;
/**
 * `| Aufgabe | Zustand |` with \u2705 and \u274c below: whatever language the header is in, a column
 * whose every filled cell is a status symbol is a status column.
 */
function symbolColumn(header, rows, taken, legend) {
    if (rows.length === 0)
        return undefined;
    for (let index = 0; index < header.length; index++) {
        if (taken.has(index))
            continue;
        let filled = 0;
        let symbols = 0;
        for (const row of rows) {
            const cell = cellText(row, index);
            if (!cell)
                continue;
            filled++;
            if (SYMBOLS_ONLY.test(cell) && statusesOfCell(cell, legend).length > 0)
                symbols++;
        }
        if (filled > 0 && symbols === filled)
            return index;
    }
    return undefined;
}
/**
 * When no column names the item, the columns its guess rests on must hold what their
 * names promise in at least half the rows: `| Target | Host | Minutes |` holds no dates,
 * `| Info | |` holds "Heron" and "Yes", not statuses. A column that does not is dropped.
 */
function dropHollowColumns(columns, rows, legend) {
    const half = rows.length / 2;
    const count = (index, holds) => rows.filter((row) => holds(cellText(row, index))).length;
    if (columns.status !== undefined && count(columns.status, (cell) => statusesOfCell(cell, legend).length > 0) < half)
        delete columns.status;
    if (columns.due !== undefined && count(columns.due, (cell) => Object.keys(readDate(cell)).length > 0) < half)
        delete columns.due;
}
/**
 * A status matrix \u2014 `| Proposal | Engine A | Engine B |` with \u2705 \ud83d\udea7 \u274c \u2014 says a status in each
 * cell: the table holds more than one kind of status symbol outside its item column. A
 * table whose only symbol is \u2705 (`| Check | Level C | Level B |`) marks where a requirement
 * applies instead.
 */
function isStatusMatrix(rows, itemColumn, legend) {
    const kinds = new Set();
    for (const row of rows) {
        for (let i = 0; i < row.cells.length; i++) {
            const cell = cellText(row, i);
            if (i === itemColumn || !cell || !SYMBOLS_ONLY.test(cell))
                continue;
            for (const status of statusesOfCell(cell, legend))
                kinds.add(status);
            if (kinds.size > 1)
                return true;
        }
    }
    return false;
}
/** `| \u2796 Copy the data | \u2705 |` or a row with an empty first cell continues the row above it. */
function continuesAbove(row, itemColumn) {
    const item = cellText(row, itemColumn);
    return item === '' ? row.cells.some((cell) => cell.text.trim() !== '') : /^[\u2796\u21b3\u2514]/u.test(item);
}
/** A parent row whose sub-rows are all done is done; one with any open sub-row is not. */
function rollUp(parent, children) {
    if (children.length === 0)
        return;
    const open = children.find((child) => child.status !== 'done');
    if (open) {
        if (parent.status === 'done') {
            parent.status = open.status === 'todo' ? 'in-progress' : open.status;
            delete parent.doneBy;
        }
        return;
    }
    if (parent.status !== 'done') {
        parent.status = 'done';
        parent.doneBy = 'every sub-row done';
        parent.comments.push({ field: 'status', text: 'done: every row under it is done' });
    }
}
/** "![Complete][]" in a Notes cell: the words of a badge state a status as a cell would. */
function badgeStatuses(row) {
    const found = [];
    for (const cell of row.cells)
        for (const alt of cell.images ?? [])
            found.push(...statusesOfCell(alt));
    return found;
}
/** An owner cell without its badges, and with every handle in it: "![Team][] [compiler]" \u2192 "compiler". */
function ownerText(cell) {
    if (!cell)
        return '';
    let text = cell.text;
    for (const alt of cell.images ?? [])
        text = text.replace(alt, ' ');
    const handles = text.match(/@[A-Za-z0-9][\w-]{0,38}/g);
    if (handles && handles.length > 1)
        return handles.join(', ');
    return text
        .replace(/^\s*\[([^\]]*)\]\s*$/, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./src/core/import/classify/tables.ts








const COLUMN_RULES = [
    { role: 'id', pattern: /^(?:id|#|no\.?|task id|ref|key)$/, example: '| ID |' },
    { role: 'blocking', pattern: /^(?:blocking|blocker|blocks release|release blocker|required|must)$/, example: '| Blocking |' },
    { role: 'priority', pattern: /^(?:priority|severity|tier|importance|level)$/, example: '| Priority |' },
    {
        role: 'status',
        pattern: /^(?:status|state|done|progress|complete[d]?|result|answer|ready|go\/no-go|decision|migrated|ported|supported)$|^$|^[\p{Extended_Pictographic}\uFE0F\u2713\u2714\s]+$/u,
        example: '| Rule | \u2705 | Replacement |',
    },
    {
        role: 'depends',
        pattern: /\b(?:depends|dependency|dependencies|prerequisites?|requires|blocked by)\b/,
        example: '| Blocked Task | Depends On |',
    },
    {
        role: 'owner',
        pattern: /\bowner|^(?:who|leads?|assignees?|assigned to|dri|responsible|contacts?|maintainers?|poc|champions?|shepherds?|drivers?)\b/,
        example: '| Owner(s) or team(s) |',
    },
    {
        role: 'due',
        // "Target Path" names where a file goes, not when.
        pattern: /^(?:due|when|target|eta|date|deadline|by|due date|target date|release date|planned|tentative date|target release|expected)\b(?! (?:path|file|dir|directory|folder|page|url|location)s?\b)/,
        example: '| What | Who | When |',
    },
    { role: 'phase', pattern: /^(?:phase|milestone|stage)s?$/, example: '| Phase | Name | Blocking |' },
    { role: 'name', pattern: /^(?:name|phase name|milestone name)$/, example: '| Phase | Name |' },
    {
        role: 'item',
        pattern: /\b(?:tasks?|items?|title|features?|repo(?:sitory|sitories|s)?|projects?|jobs?|rules?|what|deliverables?|work|actions?|requirements?|checks?|components?|packages?|modules?|services?|steps?|questions?|criteri(?:on|a)|areas?|topics?|todo|gaps?|subject|objectives?|goals?|epics?|stor(?:y|ies)|proposals?|controls?|findings?|blocked|libraries|library|crates?|plugins?|apis?|endpoints?|tests?|platforms?|targets?|files?|pages?|(?:source )?paths?|documents?)\b/,
        example: '| Job name | Owner | Status |',
    },
    { role: 'notes', pattern: /^(?:notes?|comments?|details|remarks|descriptions?|summary|replacement)\b/, example: '| Notes |' },
    { role: 'link', pattern: /\b(?:prs?|pull requests?|issues?|links?|tickets?|tracking|references?|jira|gh)\b/, example: '| GH Issue |' },
];
function normalizeHeader(text) {
    return text
        .toLowerCase()
        .replace(/[*_`:?]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function classifyColumns(header) {
    const columns = {};
    header.forEach((cell, index) => {
        const text = normalizeHeader(cell.text);
        const rule = COLUMN_RULES.find((candidate) => columns[candidate.role] === undefined && candidate.pattern.test(text));
        if (rule)
            columns[rule.role] = index;
    });
    return columns;
}
function readTable(header, rows, legend, guesses) {
    const columns = classifyColumns(header);
    if (columns.status === undefined && columns.item === undefined) {
        const symbols = symbolColumn(header, rows, new Set(Object.values(columns)), legend);
        if (symbols !== undefined)
            columns.status = symbols;
    }
    if (columns.depends !== undefined) {
        const blocked = columns.item ?? columns.phase ?? columns.id;
        if (blocked !== undefined) {
            return { kind: 'dependencies', rows: rows.map((row) => ({ blocked: tables_text(row, blocked), dependsOn: tables_text(row, columns.depends) })) };
        }
    }
    if (columns.phase !== undefined && columns.item === undefined && (columns.name !== undefined || columns.blocking !== undefined)) {
        return { kind: 'overview', rows: rows.map((row) => overviewRow(row, columns)).filter((row) => row !== undefined) };
    }
    let guessedItem = false;
    if (columns.item === undefined) {
        dropHollowColumns(columns, rows, legend);
        const described = columns.status ?? columns.owner ?? columns.due ?? columns.blocking ?? columns.priority;
        if (described === undefined)
            return { kind: 'other', reason: NO_WORK_GUESSED };
        const taken = new Set(Object.values(columns));
        const first = columns.name ?? columns.phase ?? header.findIndex((_, index) => !taken.has(index));
        if (first < 0)
            return { kind: 'other', reason: NO_WORK_COLUMNS };
        columns.item = first;
        // A Milestone column names the item as well as a Task column does.
        guessedItem = first !== columns.phase;
    }
    else if (columns.status === undefined &&
        columns.owner === undefined &&
        columns.due === undefined &&
        columns.blocking === undefined &&
        columns.priority === undefined &&
        columns.id === undefined &&
        !rows.some((row) => rowSymbolStatus(row, columns.item, legend) !== undefined)) {
        return { kind: 'other', reason: NO_WORK_COLUMNS };
    }
    const item = columns.item;
    const { items, phaseOf, rowOf } = readRows(rows, {
        columns: { ...columns, item },
        header,
        legend,
        matrix: columns.status === undefined && isStatusMatrix(rows, columns.item, legend),
    });
    if (guessedItem && items.length) {
        countGuess(guesses, 'item column guessed');
        for (const item of items)
            item.comments.push({ field: 'title', text: `from the '${header[columns.item].text}' column: no column is named task, item or title` });
    }
    return { kind: 'tasks', items, phaseOf, rowOf };
}
const NO_WORK_COLUMNS = 'a row of a table with no column that names work beside a status, owner or date column';
const NO_WORK_GUESSED = 'a row of a table of facts or figures (no column names work, and none holds statuses, owners or dates)';
/** A sub-row: a task of its own when it names one ("\u2796 Copy the data"), else more links and notes of the row above. */
function continueRow(parent, row, shape) {
    const title = tables_text(row, shape.columns.item).replace(/^[\u2796\u21b3\u2514]\uFE0F?\s*/u, '');
    if (title) {
        const child = taskRow({ cells: row.cells.map((cell, i) => (i === shape.columns.item ? { ...cell, text: title } : cell)) }, shape);
        if (child) {
            parent.children.push(child);
            parent.item.notes = shorten([parent.item.notes, child.title].filter(Boolean).join('; '), 500);
        }
    }
    parent.item.links.push(...row.cells.flatMap((cell) => cell.links));
}
function tables_text(row, index) {
    return index === undefined ? '' : (row.cells[index]?.text ?? '').trim();
}
function overviewRow(row, columns) {
    const id = sanitizeId(tables_text(row, columns.phase));
    if (!id)
        return undefined;
    const blocking = truthy(tables_text(row, columns.blocking));
    const owner = usefulOwner(tables_text(row, columns.owner));
    const due = readDate(tables_text(row, columns.due)).date;
    return {
        id,
        name: cleanHeading(tables_text(row, columns.name)) || id,
        ...(columns.blocking !== undefined && blocking !== undefined ? { blocking } : {}),
        ...(owner ? { owner } : {}),
        ...(due ? { due } : {}),
    };
}
function usefulOwner(text) {
    const plain = text.replace(/\s+/g, ' ').trim();
    return plain && !/^(?:-|\u2014|\u2013|n\/a|tbd|none|\?|unassigned)$/i.test(plain) ? shorten(plain, 100) : undefined;
}
/** A status given by a symbol or a text box in a cell other than the item's: "| \u2705 |", "| [x] |". */
function rowSymbolStatus(row, itemColumn, legend) {
    for (let i = 0; i < row.cells.length; i++) {
        if (i === itemColumn)
            continue;
        const cell = row.cells[i].text;
        const box = new RegExp(TEXT_BOX.source).exec(cell);
        if (box)
            return statusFromBox(box[1]);
        const status = cell.length <= 12 ? statusFromSymbol(cell, legend) : undefined;
        if (status)
            return status;
    }
    return undefined;
}
function taskRow(row, shape) {
    const { columns } = shape;
    const itemCell = row.cells[columns.item];
    const itemText = itemCell?.text ?? '';
    const acceptance = /^\s*acceptance\s*:\s*/i.exec(itemText);
    const title = shorten(cleanTitle(acceptance ? itemText.slice(acceptance[0].length) : itemText));
    // A row that holds only "N/A", "None" or "TBD" where the work would be is a placeholder.
    if (!title || /^[-\u2014\u2013:|.\s]+$/.test(title) || isPlaceholder(title))
        return undefined;
    const comments = [];
    const item = { title, status: 'todo', links: row.cells.flatMap((cell) => cell.links), acceptance: acceptance !== null, comments };
    settle(item, rowMarks(row, shape));
    item.variant = row.cells
        .filter((_, i) => i !== columns.status && i !== columns.notes)
        .map((cell) => cell.text)
        .join('|');
    if (item.doneBy === STRUCK)
        comments.push({ field: 'status', text: 'struck through in the source: counted as done' });
    const id = sanitizeId(tables_text(row, columns.id));
    if (id && /\d/.test(id))
        item.id = id;
    const owner = usefulOwner(ownerText(columns.owner === undefined ? undefined : row.cells[columns.owner]));
    if (owner)
        item.owner = owner;
    const due = readDate(tables_text(row, columns.due));
    if (due.date)
        item.due = due.date;
    else if (due.problem)
        comments.push({ field: 'title', text: due.problem });
    else if (due.yearless)
        item.undated = due;
    const notes = tables_text(row, columns.notes);
    if (notes && columns.notes !== columns.item)
        item.notes = shorten(notes, 500);
    const priority = tierOfHeading(tables_text(row, columns.priority));
    const blocking = truthy(tables_text(row, columns.blocking));
    if (blocking !== undefined)
        item.tier = { blocking, word: `Blocking: ${tables_text(row, columns.blocking)}` };
    else if (priority)
        item.tier = priority;
    else {
        const optional = /\(optional\)/i.exec(itemCell?.text ?? '');
        if (optional)
            item.tier = { blocking: false, word: optional[0] };
    }
    return item;
}
/**
 * What a row's cells mark: a struck-through row, its Status cell, or \u2014 in a table without
 * one \u2014 the symbols and boxes of its other cells. A symbol stands for a status only under a
 * column that names none of its own (an empty, symbol or status header): a \u2705 under "Level
 * C" or "Engine A" says where something applies, not that it is done.
 */
function rowMarks(row, { columns, header, legend, matrix }) {
    const itemCell = row.cells[columns.item];
    if (itemCell?.struck || row.cells.every((cell) => cell.struck || !cell.text))
        return [mark('done', STRUCK)];
    if (columns.status !== undefined) {
        const cell = tables_text(row, columns.status);
        const statuses = statusesOfCell(cell, legend);
        if (statuses.length > 0)
            return statuses.map((status) => mark(status, `'${shorten(cell, 30)}' in the status column`));
        if (NOT_APPLICABLE.test(cell.replace(/[*_`]/g, '').trim()))
            return [mark('done', `'${shorten(cell, 20)}' (not applicable)`, false)];
        return [mark('todo', cell ? `status '${shorten(cell, 40)}' not understood` : 'no status given', false)];
    }
    const marks = badgeStatuses(row).map((status) => mark(status, 'a status badge'));
    // In a matrix every column's cell counts; elsewhere the first status cell is the row's.
    if (matrix)
        for (let i = 0; i < row.cells.length; i++)
            if (i !== columns.item)
                marks.push(...matrixMarks(row, i, header, legend));
    for (let i = 0; i < row.cells.length && marks.length === 0; i++) {
        if (i === columns.item)
            continue;
        const cell = row.cells[i].text;
        const box = /\[( |x|X|~|-|\/)\]/.exec(cell);
        const statuses = box ? [statusFromBox(box[1])] : cell.length <= 12 ? statusesOfCell(cell, legend) : [];
        const name = header[i]?.text.trim() ?? '';
        const established = isStatusHeader(name);
        for (const status of statuses)
            marks.push(mark(status, `'${cell.trim()}' under '${shorten(name, 30)}'${established ? '' : ', which marks where it applies'}`, established));
    }
    return marks.length > 0 ? marks : [mark('todo', 'the table has no status column', false)];
}
/** A header that leaves its cells to say a status: none, symbols only, or a status word. */
const STRUCK = 'struck through';
function isStatusHeader(name) {
    return name === '' || /^[\p{Extended_Pictographic}\uFE0F\u2713\u2714\s]+$/u.test(name) || COLUMN_RULES[3].pattern.test(normalizeHeader(name));
}
function matrixMarks(row, i, header, legend) {
    const cell = row.cells[i].text.trim();
    if (!cell || cell.length > 12)
        return [];
    return statusesOfCell(cell, legend).map((status) => mark(status, `'${cell}' under '${shorten(header[i]?.text.trim() ?? '', 30)}'`));
}
/** The tasks of a table's rows, sub-rows folded into the row above them. */
function readRows(rows, shape) {
    const { columns } = shape;
    const items = [];
    const phaseOf = [];
    const rowOf = [];
    let parent;
    for (const [index, row] of rows.entries()) {
        if (parent && continuesAbove(row, columns.item)) {
            continueRow(parent, row, shape);
            continue;
        }
        if (parent)
            rollUp(parent.item, parent.children);
        const item = taskRow(row, shape);
        parent = item ? { item, children: [] } : undefined;
        if (!item)
            continue;
        items.push(item);
        rowOf.push(index);
        // A bare number ("| Phase | \u2026 | 3 |", a proposal's stage) names no phase of the plan.
        const phase = columns.phase !== undefined && columns.phase !== columns.item ? tables_text(row, columns.phase) : '';
        phaseOf.push(/\p{L}/u.test(phase) ? phase : undefined);
    }
    if (parent)
        rollUp(parent.item, parent.children);
    return { items, phaseOf, rowOf };
}

;// CONCATENATED MODULE: ./src/core/import/read/table-block.ts






/** A table: an overview of the phases, their dependencies, or tasks \u2014 in the current section, or in one per phase it names. */
function readTableBlock(state, block) {
    const current = state_frame(state);
    const table = readTable(block.header, block.rows, state.legend, state.reading.guesses);
    const entries = block.rows.map((row) => rowEntry(state, row));
    switch (table.kind) {
        case 'overview':
            state.reading.shape.tablesRead++;
            state.reading.overview.push(...table.rows);
            return explainRows(entries, 'a row of the phase overview table');
        case 'dependencies':
            state.reading.shape.tablesRead++;
            state.reading.dependencies.push(...table.rows);
            return explainRows(entries, 'a row of the table of dependencies between phases');
        case 'other':
            return explainRows(entries, current.skip ? `in '${shorten(current.section.heading, 60)}': ${skipWords(current.skip)}` : table.reason);
        case 'tasks':
            break;
    }
    if (current.skip) {
        countGuess(state.reading.guesses, 'not a task', table.items.length);
        state.reading.shape.skipped += table.items.length;
        for (let i = 0; i < table.items.length; i++)
            noteSkipped(state, current.section.heading, current.skip);
        return explainRows(entries, `in '${shorten(current.section.heading, 60)}': ${skipWords(current.skip)}`);
    }
    table.items.forEach((item, i) => entries[table.rowOf[i]].items.push(item));
    explainRows(entries, NOT_A_TASK.emptyRow);
    state.reading.shape.tablesRead++;
    const byPhase = new Map();
    table.items.forEach((item, i) => {
        if (item.owner === undefined && current.owner)
            item.owner = current.owner;
        if (current.acceptance)
            item.acceptance = true;
        const phase = table.phaseOf[i];
        if (!phase)
            return void current.section.items.push(item);
        let section = byPhase.get(phase);
        if (!section) {
            section = newSection(phase, [...current.section.trail, phase], block.line, current.section.tier);
            byPhase.set(phase, section);
            state.reading.sections.push(section);
        }
        section.items.push(item);
    });
    for (const item of table.items) {
        if (item.undated)
            readDue(state, item, item.undated, false);
        delete item.undated;
        const guessed = item.comments.filter((c) => c.field === 'status').length;
        if (guessed)
            countGuess(state.reading.guesses, 'status guessed', guessed);
        if (item.comments.some((c) => /date left out/.test(c.text)))
            countGuess(state.reading.guesses, 'date left out');
    }
}
function rowEntry(state, row) {
    let text = '';
    for (const cell of row.cells) {
        if (text.length > 120)
            break;
        text += text ? ` | ${cell.text}` : cell.text;
    }
    const entry = { line: row.line, text: text.trim() ? shorten(text, 120) : '(an empty row)', items: [] };
    state.reading.account.push(entry);
    return entry;
}
/** Rows of no task say why. */
function explainRows(entries, reason) {
    for (const entry of entries)
        if (entry.items.length === 0)
            entry.reason ??= reason;
}

;// CONCATENATED MODULE: ./src/core/import/4-read.ts














/**
 * Step 4: classify the blocks of the document into sections of items. Each block is read
 * with the classifiers (status, tier, owner, date, link, legend and template) in the
 * context its headings and lead-in paragraphs give it; tasks are made in read/tasks.ts,
 * tables read in read/table-block.ts.
 */
/** Groups whose name adds nothing to a task's notes. */
const GENERIC_GROUP = /^(?:tasks?|acceptance(?: criteria)?|to ?dos?|items|checklist|work|subtasks)$/i;
const META_LINE = /^(?:owners?|lead|dri|assignee|release (?:manager|lead|captain)|coordinator|target(?: date)?|tentative(?: date)?|due(?: date)?|deadline|eta|release date|waiting for|requires|depends on|milestone)\s*:/i;
/**
 * A reader that carries what the document says from one block to the next \u2014 the open
 * headings, the last lead-in paragraph, the legend \u2014 into how each item is read.
 */
function documentReader(notes, guesses) {
    const root = { depth: 0, section: newSection('', [], 0), acceptance: false };
    const state = {
        reading: {
            sections: [root.section],
            overview: [],
            dependencies: [],
            notes,
            guesses,
            shape: { headings: 0, paragraphs: 0, plainItems: 0, tables: 0, tablesRead: 0, codeBlocks: 0, skipped: 0 },
            account: [],
        },
        frames: [],
        root,
        list: {},
        contexts: new Map(),
        legend: new Map(),
        marked: [],
        skipped: new Map(),
        filled: new Set(),
        boxed: [],
        anyBox: false,
        blocks: [],
    };
    return {
        read(structure) {
            state.marked = markedParents(structure.blocks);
            state.filled = filledSections(structure.blocks);
            state.boxed = boxedLists(structure.blocks);
            state.anyBox = structure.blocks.some((block) => block.kind === 'item' && block.checked !== null);
            state.blocks = structure.blocks;
            state.contexts = new Map();
            structure.blocks.forEach((block, index) => readBlock(state, block, index));
        },
        finish() {
            for (const [where, count] of state.skipped)
                notes.push(`not read as tasks: ${where} (${count} item${count === 1 ? '' : 's'})`);
            return state.reading;
        },
    };
}
function readBlock(state, block, index) {
    if (block.kind !== 'paragraph')
        state.headingItem = undefined;
    switch (block.kind) {
        case 'heading':
            state.reading.shape.headings++;
            readHeading(state, block.depth, block.content, block.line, index);
            return;
        case 'paragraph':
            state.reading.shape.paragraphs++;
            readParagraph(state, block.content, block.line);
            return;
        case 'item':
            openEntry(state, block.line, block.content.text);
            readItem(state, block, index);
            closeEntry(state);
            return;
        case 'table':
            state.reading.shape.tables++;
            readTableBlock(state, block);
            return;
        case 'code':
            state.reading.shape.codeBlocks++;
            return;
    }
}
function readParagraph(state, content, line) {
    const current = state_frame(state);
    if (current.skip) {
        state.list = { skip: true };
        return;
    }
    if (readHeadingItem(state, content))
        return;
    readSectionProse(state, content);
    if (content.lines.length > 0 && (content.lines.every(isLegendLine) || /^\s*(?:status )?(?:legend|key)\s*:/i.test(content.text))) {
        for (const line of content.lines)
            learnLegend(state, line);
        state.list = {};
        return;
    }
    const meta = content.lines.filter((line) => META_LINE.test(line));
    if (meta.length > 0) {
        for (const line of meta)
            readMetadata(current.section, line, state);
        if (meta.length === content.lines.length)
            return;
    }
    // "@kim: __2.5d__" above a list: who does the items under it, and in how long.
    const handle = handleOnly(content.text) ?? /^(@[A-Za-z0-9][\w-]{0,38})\s*:\s*[_*]*\d+(?:\.\d+)?\s*[dhw][_*]*\s*$/.exec(content.text)?.[1];
    if (handle) {
        state.list = { owner: handle };
        return;
    }
    const question = questionOf(content);
    if (question) {
        openEntry(state, line, content.text);
        const item = makeTask(state, question.text, mark('todo', 'no answer'), { owner: question.owner }, content.links);
        closeEntry(state);
        if (item) {
            item.comments.push({ field: 'status', text: 'no answer in the document: todo' });
            countGuess(state.reading.guesses, 'status guessed');
            state.list = { question: { item, answered: false } };
        }
        return;
    }
    const owner = content.strongLead && handleOnly(content.strongLead);
    // A label is a bold lead-in ("**What's Missing**:") or a few words before a colon ("Completed:").
    const isLabel = content.strongLead !== undefined || content.text.split(' ').length <= 3;
    // Only the line that introduces the list labels it: "**Research**: NEEDED" above "**Success Criteria**:" does not.
    const status = isLabel ? statusOfLabel(content.lines.length > 1 ? content.lines.at(-1) : content.text) : undefined;
    state.list = {
        ...(/:\s*$/.test(content.text) ? { label: true } : {}),
        ...(status ? { status } : {}),
        ...(ACCEPTANCE.test(content.text) && /:\s*$/.test(content.text) ? { acceptance: true } : {}),
        ...(owner ? { owner } : {}),
    };
}
function learnLegend(state, line) {
    const entry = legendEntry(line);
    if (entry)
        state.legend.set(entry[0].replace(/\uFE0F/g, ''), entry[1]);
}
function readMetadata(section, line, state) {
    for (const part of line.split(/\s+\u00b7\s+/)) {
        const owner = OWNER_RULES[0].pattern.exec(part)?.[1]?.trim();
        if (owner && section.owner === undefined)
            section.owner = shorten(owner, 100);
        const labelled = readLabelledDate(part);
        const due = labelled.yearless ? withYear(labelled, yearHere(state)) : labelled;
        if (due.date && section.due === undefined)
            section.due = due.date;
        else if (due.problem && section.due === undefined)
            section.dueProblem = due.problem;
        const milestone = /^milestone\s*:\s*(.+)$/i.exec(part.trim())?.[1]?.trim();
        if (milestone && section.milestone === undefined)
            section.milestone = /^#?\d{1,9}$/.test(milestone) ? Number(milestone.replace('#', '')) : shorten(milestone, 255);
        const requires = /^(?:waiting for|requires|depends on)\s*:\s*(.+)$/i.exec(part.trim());
        if (requires)
            section.requires.push(...requires[1]
                .split(/[\s,]+/)
                .filter(Boolean)
                .slice(0, 1000));
    }
}
const _4_read_STRUCK = mark('done', 'struck through');
/** "[x] a; [ ] b" is two entries; a line with one marker or none is one. */
function entriesOf(checked, text, legend) {
    // Most items hold no second box: no need to look for one.
    if (!text.includes('['))
        return checked === null ? [splitMarker(text, legend)] : [{ status: checked ? 'done' : 'todo', text, by: checked ? '[x]' : '[ ]' }];
    const boxed = checked === null ? text : `[${checked ? 'x' : ' '}] ${text}`;
    const boxes = [...boxed.matchAll(TEXT_BOX)];
    if (boxes.length === 0 || boxes[0].index !== boxed.search(/\S/))
        return [splitMarker(text, legend)];
    const entries = boxes.map((box, i) => {
        const end = i + 1 < boxes.length ? boxes[i + 1].index : boxed.length;
        return {
            status: statusFromBox(box[1]),
            by: box[0],
            text: boxed
                .slice(box.index + box[0].length, end)
                .replace(/[;,]\s*$/, '')
                .trim(),
        };
    });
    // A checked box inside an open task's line, not after a `;` or `,` that lists several,
    // may be its text ("Support the [x] syntax"): read as a second, done task it would make
    // the plan greener than the document.
    const [first] = entries;
    const unlisted = (i) => !/[;,]\s*$/.test(boxed.slice(0, boxes[i].index));
    if (first.status !== 'done' && entries.some((entry, i) => i > 0 && entry.status === 'done' && unlisted(i))) {
        return [{ status: first.status, text: boxed.slice(boxes[0].index + boxes[0][0].length).trim() }];
    }
    return entries;
}
function readItem(state, block, index) {
    const item = {
        block,
        index,
        current: state_frame(state),
        context: block.parent !== undefined ? (state.contexts.get(block.parent) ?? {}) : state.list,
        marker: hasMarker(block.checked, block.content.text),
    };
    if (skippedBeforeEntries(state, item))
        return;
    const entries = entriesOf(block.checked, block.content.text, state.legend);
    const firstText = entries[0].text;
    if (META_LINE.test(firstText.trim()) && !/[.!?]\s+\w+\s+\w+/.test(firstText)) {
        readMetadata(item.current.section, firstText.trim(), state);
        skipItem(state, item, undefined, undefined, NOT_A_TASK.metadata);
        return;
    }
    const handle = handleOnly(block.content.text);
    const children = inheritedContext(item, firstText, handle);
    if (!handle)
        readEntries(state, item, entries, children);
    else
        accountFor(state, NOT_A_TASK.owner);
    state.contexts.set(index, children);
}
/**
 * Marks the item and everything under it as no task. Counted among the skipped items
 * only when the reason is given and the item carries a marker: a plain line in a skipped
 * section was never a candidate.
 */
function skipItem(state, item, reason, why = item.current.skip, account) {
    if (account)
        accountFor(state, account);
    if (reason && item.marker) {
        countGuess(state.reading.guesses, reason);
        state.reading.shape.skipped++;
        noteSkipped(state, item.current.section.heading, why ?? 'a table of contents');
    }
    if (why)
        accountFor(state, `in '${shorten(item.current.section.heading || '(before the first heading)', 60)}': ${skipWords(why)}`);
    state.contexts.set(item.index, { skip: true });
    return true;
}
/** Skips an item in a skipped section or list, a legend line, a table of contents entry or the answer to a question. */
function skippedBeforeEntries(state, item) {
    const { block, current, context } = item;
    const content = block.content;
    if (current.skip || context.skip) {
        return skipItem(state, item, 'not a task', current.skip, current.skip ? undefined : 'under an item or label that is not a task');
    }
    if (mayBeLegend(content.text) && (isLegendLine(content.text) || isLegendLine(`[${block.checked ? 'x' : ' '}] ${content.text}`))) {
        learnLegend(state, content.text);
        return skipItem(state, item, undefined, undefined, NOT_A_TASK.legend);
    }
    if (content.anchorsOnly && !(TIME_WINDOW.test(current.section.heading) && !state.boxed[item.index]))
        return skipItem(state, item, 'not a task', 'table of contents', 'a table of contents entry (links to the document itself)');
    if (context.question && !context.question.answered && answerTo(state, context.question, content.text))
        return skipItem(state, item, undefined, undefined, NOT_A_TASK.answer);
    return false;
}
/** What the items under this one inherit: acceptance, and the owner a handle-only item names. */
function inheritedContext(item, firstText, handle) {
    const { current, context } = item;
    const owner = handle ?? context.owner ?? current.owner;
    return {
        acceptance: context.acceptance || current.acceptance || ACCEPTANCE.test(firstText),
        ...(owner ? { owner } : {}),
    };
}
/** The item's tasks, or what it says about the items under it. */
function readEntries(state, item, entries, children) {
    const { block, index, current, context } = item;
    // Only an item with marked items under it names a group for them.
    const group = state.marked[index] ? cleanTitle(entries[0].text) : '';
    if (group && !GENERIC_GROUP.test(group))
        children.group = shorten(group, 200);
    const content = block.content;
    const base = { owner: context.owner ?? current.owner, group: context.group, acceptance: children.acceptance, code: content.code };
    if (entries.some((entry) => entry.status !== undefined))
        readMarkedEntries(state, content, entries, base, children);
    else if (state.marked[index]) {
        accountFor(state, NOT_A_TASK.group);
        if (!children.group)
            delete children.group;
        const label = statusOfLabel(`${content.text}:`);
        if (label)
            children.status = label;
    }
    else if (context.status !== undefined)
        addTask(state, children, makeTask(state, content.text, content.struck ? _4_read_STRUCK : mark(context.status, 'listed under its label'), base, content.links), content.struck);
    else if (plainWork(state, item))
        addTask(state, children, makeTask(state, content.text, plainWork(state, item), base, content.links), false);
    else if (context.task) {
        context.task.notes = shorten([context.task.notes, content.text].filter(Boolean).join('; '), 500);
        // "PR: https://\u2026" under a checkbox item links that item.
        context.task.links.push(...content.links);
        accountFor(state, NOT_A_TASK.note);
    }
    else
        readPlainItem(state, content, base, children);
}
/** One task for each entry with a status; a struck-through item is done. */
function readMarkedEntries(state, content, entries, base, children) {
    const single = entries.length === 1;
    for (const entry of entries) {
        if (entry.status === undefined)
            continue;
        const context = { ...base, lead: single ? content.strongLead : undefined };
        const marked = content.struck ? _4_read_STRUCK : mark(entry.status, entry.by ?? 'its status mark');
        const task = makeTask(state, entry.text, marked, context, single ? content.links : findLinks(entry.text));
        addTask(state, children, task, content.struck);
    }
}
/** The first task of an item is the one its plain sub-items are notes of. */
function addTask(state, children, task, struck) {
    if (task && struck)
        strike(state, task);
    children.task ??= task;
}
/** An item without a marker: a go/no-go question waiting for its answer, or a label for the items under it. */
function readPlainItem(state, content, base, children) {
    const question = questionOf(content);
    if (question) {
        const item = makeTask(state, question.text, mark('todo', 'no answer'), { ...base, owner: question.owner }, content.links);
        if (item) {
            item.comments.push({ field: 'status', text: 'no answer in the document: todo' });
            countGuess(state.reading.guesses, 'status guessed');
            children.question = { item, answered: false };
        }
    }
    else {
        state.reading.shape.plainItems++;
        const label = content.text.length <= 60 ? statusOfLabel(`${content.text}:`) : undefined;
        if (label) {
            children.status = label;
            accountFor(state, NOT_A_TASK.label);
        }
    }
}
/** A legend line needs a separator after its symbol ("\u2705 = done", "\u2705 means usable", "[x] - done"). */
function mayBeLegend(text) {
    return text.length <= 100 && /[=:\u2192]|means|indicates|denotes|stands for|[-\u2013\u2014] /.test(text);
}
/**
 * A plain item that is work all the same: an item of a checklist heading ("## Checklist" /
 * "1. Bump the version"), a bullet beside checkbox items in one list, a dated step
 * ("2024-07-01: canary") \u2014 each open, since nothing marks it done.
 */
function plainWork(state, { block, index, current, context }) {
    const text = block.content.text;
    if ((/:\s*$/.test(text) && !block.ordered) || text.length > 300)
        return undefined;
    // "- Objectives: \u2026" beside checkbox items is a field of the list, not a step.
    if (state.boxed[index] && !/^[^:]{1,80}:\s/.test(text))
        return mark('todo', 'a plain item among checkbox items');
    if (DATED_STEP.test(text))
        return mark('todo', 'a dated step');
    if (block.content.anchorsOnly)
        return mark('todo', 'an entry under a time window');
    if (current.work && block.ordered && block.depth === 0 && !context.task && !context.label)
        return mark('todo', 'a numbered item of a checklist');
    return undefined;
}
const DATED_STEP = /^\s*(?:\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2})\s*[:\u2013\u2014-]\s*\S/;

;// CONCATENATED MODULE: ./src/core/import/3-structure.ts

const SKIPPED = { kind: 'skipped' };
/** The structure of a document's tokens, in one pass. */
function readStructure(tokens) {
    const blocks = [];
    const stack = [{ kind: 'flow' }];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const here = stack.at(-1);
        if (token.nesting === -1)
            stack.pop();
        else if (here.kind === 'skipped') {
            if (token.nesting === 1)
                stack.push(SKIPPED);
        }
        else if (here.kind === 'flow')
            i = readFlow(tokens, i, blocks, stack);
        else if (here.kind === 'list') {
            if (token.type === 'list_item_open')
                stack.push(openItem(token, here, blocks));
            else if (token.nesting === 1)
                stack.push(SKIPPED);
        }
        else if (here.kind === 'quote')
            i = readNested(tokens, i, here, blocks, stack);
        else
            i = readInItem(tokens, i, here, blocks, stack);
    }
    return { blocks };
}
/** Reads the block that opens at `i` in the document or a block quote; returns the index of its last token read. */
function readFlow(tokens, i, blocks, stack) {
    const token = tokens[i];
    const line = lineOf(token);
    switch (token.type) {
        case 'paragraph_open':
            blocks.push({ kind: 'paragraph', content: inline(tokens[i + 1], true), line });
            return i + 2;
        case 'heading_open':
            blocks.push({ kind: 'heading', depth: Number(token.tag.slice(1)), content: inline(tokens[i + 1]), line });
            return i + 2;
        case 'table_open':
            return _3_structure_readTable(tokens, i, blocks);
        case 'fence':
        case 'code_block':
            blocks.push({ kind: 'code', line });
            return i;
        case 'blockquote_open':
            stack.push({ kind: 'flow' });
            return i;
        case 'bullet_list_open':
        case 'ordered_list_open':
            stack.push({ kind: 'list', depth: 0 });
            return i;
        default:
            if (token.nesting === 1)
                stack.push(SKIPPED);
            return i;
    }
}
function openItem(token, list, blocks) {
    const meta = token.meta;
    const item = { kind: 'item', content: emptyInline(), checked: meta?.checked ?? null, depth: list.depth, line: lineOf(token) };
    if (list.parentItem !== undefined)
        item.parent = list.parentItem;
    if (token.markup === '.' || token.markup === ')')
        item.ordered = true;
    blocks.push(item);
    return { kind: 'item', index: blocks.length - 1, depth: list.depth, hasText: false };
}
/** Inside a list item: its first paragraph, and the lists, block quotes and tables in it. */
function readInItem(tokens, i, item, blocks, stack) {
    const token = tokens[i];
    if (token.type === 'paragraph_open' && !item.hasText) {
        item.hasText = true;
        blocks[item.index].content = inline(tokens[i + 1]);
        return i + 2;
    }
    return readNested(tokens, i, { kind: 'quote', parentItem: item.index, depth: item.depth }, blocks, stack);
}
/**
 * A block inside a list item, or inside a block quote in one: its lists nest under the
 * item, a block quote is read the same way, a table is read whole (every row counts);
 * other blocks are prose or code, not items.
 */
function readNested(tokens, i, within, blocks, stack) {
    const token = tokens[i];
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        stack.push({ kind: 'list', parentItem: within.parentItem, depth: within.depth + 1 });
    }
    else if (token.type === 'blockquote_open')
        stack.push(within);
    else if (token.type === 'table_open')
        return _3_structure_readTable(tokens, i, blocks);
    else if (token.nesting === 1)
        stack.push(SKIPPED);
    return i;
}
/** Reads a table from its opening token; returns the index of its closing one. */
function _3_structure_readTable(tokens, start, blocks) {
    const rows = [];
    let i = start + 1;
    for (; tokens[i].type !== 'table_close'; i++) {
        const token = tokens[i];
        if (token.type === 'tr_open')
            rows.push({ cells: [], line: lineOf(token) });
        else if (token.type === 'inline')
            rows.at(-1).cells.push(inline(token));
    }
    const [head, ...body] = rows;
    blocks.push({ kind: 'table', header: head ? head.cells : [], rows: body, line: lineOf(tokens[start]) });
    return i;
}
function lineOf(token) {
    return (token.map?.[0] ?? 0) + 1;
}
function emptyInline() {
    return { text: '', lines: [], links: [], struck: false, anchorsOnly: false };
}
const OUTSIDE_LINKS = { linked: false, anchor: false };
/** The text and links of a paragraph, heading or table cell. */
function inline(token, withLines = false) {
    const children = token.children ?? [];
    const only = children.length === 1 ? children[0] : undefined;
    // The common case, a line of plain text, without the walk.
    if (only?.type === 'text')
        return plainLine(only.content, withLines);
    const walk = walkInline(children);
    const strongLead = strongLeadOf(children);
    return {
        ...(walk.images.length > 0 ? { images: walk.images.map(collapse) } : {}),
        ...(walk.code.length > 0 ? { code: walk.code } : {}),
        text: collapse(walk.text),
        lines: withLines ? walk.text.split('\n').map(collapse).filter(Boolean) : [],
        links: findLinksBeside(walk.scan, walk.links),
        struck: walk.visible > 0 && walk.struck === walk.visible,
        ...(strongLead ? { strongLead } : {}),
        anchorsOnly: walk.visible > 0 && walk.anchored === walk.visible,
    };
}
function plainLine(value, withLines) {
    const text = collapse(value);
    return { text, lines: withLines && text ? [text] : [], links: findLinksBeside(value, []), struck: false, anchorsOnly: false };
}
function walkInline(children) {
    const walk = { text: '', scan: '', links: [], visible: 0, struck: 0, anchored: 0, images: [], code: [] };
    const links = [OUTSIDE_LINKS];
    let struck = 0;
    for (const child of children) {
        const piece = pieceOf(child);
        if (piece) {
            addText(walk, piece, links.at(-1), struck > 0);
            if (child.type === 'image')
                walk.images.push(piece.piece);
            else if (child.type === 'code_inline')
                walk.code.push(piece.piece);
        }
        else if (child.type === 's_open')
            struck++;
        else if (child.type === 's_close')
            struck--;
        else if (child.type === 'link_open')
            links.push(openLink(walk, child.attrGet('href') ?? '', links.at(-1)));
        else if (child.type === 'link_close')
            links.pop();
    }
    return walk;
}
function openLink(walk, url, around) {
    const issue = issueUrl(url);
    if (issue)
        walk.links.push({ url: issue, at: walk.scan.length });
    return { linked: around.linked || issue !== undefined, anchor: url.startsWith('#') };
}
/** The text a token shows, and whether it is searched for references (code is not). */
function pieceOf(token) {
    switch (token.type) {
        case 'text':
        case 'text_special':
            return { piece: token.content, searchable: true };
        case 'code_inline':
            return { piece: token.content, searchable: false };
        case 'image':
            return { piece: ` ${altText(token)} `, searchable: true };
        case 'softbreak':
        case 'hardbreak':
            return { piece: '\n', searchable: true };
        case 'html_inline':
            return { piece: /^<br\s*\/?>$/i.test(token.content.trim()) ? '\n' : ' ', searchable: true };
        default:
            return undefined;
    }
}
function addText(walk, { piece, searchable }, link, struck) {
    walk.text += piece;
    walk.scan += searchable && !link.linked ? piece : ' ';
    const count = piece.replace(/\s+/g, '').length;
    walk.visible += count;
    if (struck)
        walk.struck += count;
    if (link.anchor)
        walk.anchored += count;
}
/** An image's alt text as GitHub's parser gives it: the text of what it holds, images within included. */
function altText(image) {
    let out = '';
    const stack = [image];
    while (stack.length > 0) {
        const token = stack.pop();
        if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline' || token.type === 'html_inline')
            out += token.content;
        else if (token.type === 'softbreak')
            out += '\n';
        else if (token.children)
            for (let i = token.children.length - 1; i >= 0; i--)
                stack.push(token.children[i]);
    }
    return out;
}
/** The text of a bold lead-in, after any leading spaces and emoji. */
function strongLeadOf(children) {
    const first = children.findIndex((child) => child.type !== 'softbreak' && !(child.type === 'text' && /^[\s\p{Extended_Pictographic}\uFE0F]*$/u.test(child.content)));
    if (first < 0 || children[first].type !== 'strong_open')
        return undefined;
    let out = '';
    const level = children[first].level;
    for (let i = first + 1; i < children.length; i++) {
        const child = children[i];
        if (child.type === 'strong_close' && child.level === level)
            break;
        if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline')
            out += child.content;
        else if (child.type === 'softbreak')
            out += '\n';
    }
    return collapse(out) || undefined;
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/core/import/6-write-yaml.ts
/**
 * Step 6: the manifest, and its YAML with a comment beside every value that was guessed
 * and a header that lists what was read with care. The YAML is written directly \u2014 the
 * manifest's shape is fixed \u2014 in one linear pass; the tests parse it back and compare.
 */
function toManifest(title, phases) {
    return {
        version: 1,
        ...(title ? { title } : {}),
        phases: phases.map((phase) => ({
            id: phase.id,
            name: phase.name,
            blocking: phase.blocking,
            requires: phase.requires,
            ...(phase.owner ? { owner: phase.owner } : {}),
            ...(phase.due ? { due: phase.due } : {}),
            ...(phase.milestone !== undefined ? { milestone: phase.milestone } : {}),
            tasks: manifestItems(draftItems(phase, false)),
            acceptance: manifestItems(draftItems(phase, true)),
        })),
    };
}
/** A phase's draft tasks, or its acceptance items. */
function draftItems(phase, acceptance) {
    return phase.items.filter((item) => item.acceptance === acceptance);
}
/** The phase's tasks or its acceptance items, each built in one shape: a hundred thousand cost no more each than ten. */
function manifestItems(items) {
    const out = [];
    for (const entry of items) {
        const item = { id: entry.id, title: entry.title, status: entry.status };
        if (entry.owner)
            item.owner = entry.owner;
        if (entry.due)
            item.due = entry.due;
        if (entry.links.length)
            item.links = entry.links;
        if (entry.notes)
            item.notes = entry.notes;
        out.push(item);
    }
    return out;
}
function toYaml(manifest, phases, notes, file) {
    const out = [
        `# Imported from ${_6_write_yaml_oneLine(file)} by readiness-gate import. Check the guesses noted in comments,`,
        '# then validate with: readiness-gate check <this file>',
    ];
    if (notes.length > 0) {
        out.push('# Read with care:');
        for (const note of notes)
            out.push(`#   - ${_6_write_yaml_oneLine(note)}`);
    }
    out.push('', 'version: 1');
    if (manifest.title)
        out.push(`title: ${scalar(manifest.title)}`);
    out.push('phases:');
    // Each phase is written as one string: its lines are let go as soon as it is written.
    manifest.phases.forEach((phase, p) => out.push(phaseYaml(phase, phases[p])));
    return `${out.join('\n')}\n`;
}
function phaseYaml(phase, draft) {
    const lines = [
        `  - id: ${scalar(phase.id)}`,
        `    name: ${scalar(phase.name)}${comment(draft.dueProblem)}`,
        `    blocking: ${phase.blocking}${comment(draft.blockingComment)}`,
    ];
    if (phase.requires.length)
        lines.push('    requires:', ...phase.requires.map((id) => `      - ${scalar(id)}`));
    if (phase.owner)
        lines.push(`    owner: ${scalar(phase.owner)}`);
    if (phase.due)
        lines.push(`    due: ${scalar(phase.due)}`);
    if (phase.milestone !== undefined) {
        const value = typeof phase.milestone === 'number' ? String(phase.milestone) : scalar(phase.milestone);
        lines.push(`    milestone: ${value}${comment("from 'Milestone:' in the document: its issues and pull requests are items once checked online")}`);
    }
    for (const [key, items] of [
        ['tasks', draftItems(draft, false)],
        ['acceptance', draftItems(draft, true)],
    ]) {
        if (items.length)
            lines.push(`    ${key}:`);
        for (const item of items)
            itemLines(item, lines);
    }
    return lines.join('\n');
}
function itemLines(item, lines) {
    const note = item.comments.length > 0 ? commentsOf(item) : () => '';
    lines.push(`      - id: ${scalar(item.id)}`, `        title: ${scalar(item.title)}${note('title')}`, `        status: ${item.status}${note('status')}`);
    if (item.owner)
        lines.push(`        owner: ${scalar(item.owner)}${note('owner')}`);
    if (item.due)
        lines.push(`        due: ${scalar(item.due)}${note('due')}`);
    if (item.links.length) {
        lines.push('        links:');
        for (const link of item.links)
            lines.push(`          - ${scalar(link)}`);
    }
    if (item.notes)
        lines.push(`        notes: ${scalar(item.notes)}`);
}
/** The comments on an item, by the field they are written beside (the title when that field is absent). */
function commentsOf(item) {
    const notes = new Map();
    for (const { field, text } of item.comments) {
        const present = field === 'title' || field === 'status' || (field === 'owner' ? item.owner : item.due);
        const at = present ? field : 'title';
        notes.set(at, [...(notes.get(at) ?? []), text]);
    }
    return (field) => comment(notes.get(field)?.join('; '));
}
function comment(text) {
    return text ? ` # ${_6_write_yaml_oneLine(text)}` : '';
}
/** Words, ids and dates that read back as the same string when written bare. */
const PLAIN = /^(?:[A-Za-z\p{L}][\p{L}\p{M}\p{N} ._/()+,'\u2019&-]*[\p{L}\p{M}\p{N}._)]|[A-Za-z\p{L}]|\d{4}-\d{2}-\d{2})$/u;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n)$/i;
/** A YAML scalar: bare when that is unambiguous, else double-quoted (a JSON string is a YAML string). */
function scalar(value) {
    if (PLAIN.test(value) && !RESERVED.test(value) && !value.includes('  '))
        return value;
    return JSON.stringify(value).replace(/[\u0085\u2028\u2029\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Comments are one line: a newline in one would end it and break the YAML. */
function _6_write_yaml_oneLine(text) {
    return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
}

// EXTERNAL MODULE: ./src/core/shared/words.ts
var words = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/core/import/importer.ts










/**
 * `maxBytes` is the size a manifest may have: GitHub's 1 MiB everywhere the product
 * imports; the benchmark lifts it to time the whole pipeline on plans too large to keep.
 */
function importMarkdown(source, file = 'readiness.md', maxBytes = limits/* MAX_MANIFEST_BYTES */.Z) {
    const repaired = repairText(source, file);
    const document = documentReader([...repaired.notes], new Map());
    document.read(readStructure(parseMarkdown(repaired.text, file)));
    const reading = document.finish();
    refuseWhatCannotFit(reading, file, maxBytes);
    const phases = assemblePhases(reading);
    const items = phases.reduce((sum, phase) => sum + phase.items.length, 0);
    if (items === 0)
        throw new ImportError({ file, message: noTaskMessage(reading) });
    const manifest = toManifest(reading.title, phases);
    const yaml = toYaml(manifest, phases, reading.notes, file);
    const bytes = Buffer.byteLength(yaml, 'utf8');
    if (bytes > maxBytes)
        throw tooLarge(file, items, phases.length, (0,words/* thousands */.oh)(bytes));
    return { manifest, yaml, summary: summarize(phases, reading), account: reading.account };
}
/**
 * Every distinct title becomes at least one task of about fifty bytes of YAML besides its
 * title: a plan whose distinct titles cannot fit in 1 MiB is refused before phases are
 * assembled and written.
 */
function refuseWhatCannotFit(reading, file, maxBytes) {
    const all = reading.sections.flatMap((section) => section.items.map((item) => item.title));
    // Even were every title distinct, it would fit: no need to tell them apart.
    if (leastBytes(all) <= maxBytes)
        return;
    const titles = new Set(all);
    const atLeast = leastBytes(titles);
    if (atLeast > maxBytes) {
        const phases = reading.sections.filter((section) => section.items.length > 0).length;
        throw tooLarge(file, titles.size, phases, `over ${(0,words/* thousands */.oh)(atLeast)}`);
    }
}
/** The fewest bytes of YAML tasks with these titles take: about fifty besides each title. */
function leastBytes(titles) {
    let bytes = 0;
    for (const title of titles)
        bytes += 50 + title.length;
    return bytes;
}
function tooLarge(file, items, phases, bytes) {
    return new ImportError({
        file,
        message: `holds ${(0,words/* thousands */.oh)(items)} tasks in ${(0,words/* thousands */.oh)(phases)} phases, a manifest of ${bytes} bytes \u2014 ` +
            'more than the 1 MiB a manifest may have (GitHub serves files up to 1 MiB through its contents API); split the document and import the parts',
    });
}
function summarize(phases, reading) {
    const summary = {
        phases: phases.length,
        blockingPhases: 0,
        tasks: 0,
        done: 0,
        inProgress: 0,
        links: 0,
        owners: 0,
        ownedItems: 0,
        dates: 0,
        guesses: [],
        leftOut: leftOutCounts(reading.account).reasons,
    };
    const owners = new Set();
    for (const phase of phases) {
        if (phase.blocking)
            summary.blockingPhases++;
        if (phase.due)
            summary.dates++;
        if (phase.owner)
            owners.add(phase.owner);
        for (const item of phase.items) {
            summary.tasks++;
            if (item.status === 'done')
                summary.done++;
            else if (item.status === 'in-progress')
                summary.inProgress++;
            summary.links += item.links.length;
            if (item.owner) {
                summary.ownedItems++;
                owners.add(item.owner);
            }
            if (item.due)
                summary.dates++;
        }
    }
    summary.owners = owners.size;
    summary.guesses = [...reading.guesses].filter(([, count]) => count > 0);
    return summary;
}
/** What the document looked like, so the user can tell why nothing in it reads as a task. */
function noTaskMessage(reading) {
    const shape = reading.shape;
    const parts = [
        shape.headings ? count(shape.headings, 'heading') : '',
        shape.paragraphs ? count(shape.paragraphs, 'paragraph') : '',
        shape.plainItems ? `${count(shape.plainItems, 'list item')} without a checkbox or status mark` : '',
        shape.tables ? `${count(shape.tables, 'table')} (${shape.tablesRead} with a task and a status, owner or date column)` : '',
        shape.codeBlocks ? count(shape.codeBlocks, 'code block') : '',
        shape.skipped ? `${count(shape.skipped, 'item')} in legends, templates, contents, recaps or alternatives` : '',
    ].filter(Boolean);
    const looked = parts.length ? parts.join(', ') : 'nothing but blank lines';
    return (`no task found, so no manifest was written. The document has ${looked}. ` +
        'import reads task lists ("- [ ] \u2026", "- [x] \u2026"), items marked with a status (\u2705, \u274c, \ud83d\udfe1), ' +
        'lists under a label such as "Required:", and tables with a task or item column beside a status, owner or date column.');
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/files.ts
var files = __webpack_require__(9141);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/import-command.ts









/**
 * `readiness-gate import FILE.md [-o readiness.yml]`: the manifest on stdout or in the
 * output file, and on stderr what was read. A document in which no task is found is
 * not a plan: a `ConfigError` saying what the document looked like (exit 2), and nothing
 * written.
 */
async function importCommand(args, io) {
    const { values, positionals } = (0,cli_args/* parseCommandArgs */.Qx)('import', args, options/* IMPORT_OPTIONS */.R4, 1);
    const file = positionals[0];
    if (!file)
        throw new cli_args/* UsageError */.eb('import needs the Markdown file to read', 'import');
    const name = file === '-' ? 'stdin.md' : (0,external_node_path_.basename)(file);
    const result = importMarkdown(await (0,files/* readTextFile */.Gu)(file, { stdin: io.stdin }), name);
    io.stderr.write(describeImport(file === '-' ? '<stdin>' : file, result.summary));
    if (values.explain)
        io.stderr.write(`readiness-gate import: the account, source line by source line\n${explainAccount(result.account)}`);
    // Editors that read this line validate and complete the manifest against the schema.
    const manifest = `${schema_url/* YAML_SCHEMA_COMMENT */._}\n${result.yaml}`;
    if (values.output === undefined || values.output === '-')
        io.stdout.write(manifest);
    else {
        await (0,files/* writeTextFile */.Tl)(values.output, manifest);
        io.stderr.write(`readiness-gate import: wrote ${values.output}; review its comments, then commit it as .github/readiness.yml\n`);
    }
    return cli_io/* EXIT_READY */.bP;
}
/** What was read, in a few lines a maintainer can hold against the document. */
function describeImport(file, summary) {
    const n = (count, noun) => `${(0,words/* thousands */.oh)(count)} ${noun}${count === 1 ? '' : 's'}`;
    const open = summary.tasks - summary.done - summary.inProgress;
    const guesses = summary.guesses.map(([kind, count]) => `${kind}: ${(0,words/* thousands */.oh)(count)}`);
    return [
        `readiness-gate import: read ${file}`,
        `  phases:  ${n(summary.phases, 'phase')}, ${(0,words/* thousands */.oh)(summary.blockingPhases)} blocking`,
        `  tasks:   ${n(summary.tasks, 'task')}: ${(0,words/* thousands */.oh)(summary.done)} done, ${(0,words/* thousands */.oh)(summary.inProgress)} in progress, ${(0,words/* thousands */.oh)(open)} open`,
        `  links:   ${n(summary.links, 'link')}`,
        `  owners:  ${n(summary.owners, 'owner')}, on ${n(summary.ownedItems, 'task')}`,
        `  dates:   ${n(summary.dates, 'date')}`,
        `  guesses: ${guesses.length ? guesses.join(', ') : 'none'}`,
        `  not tasks: ${notTasks(summary.leftOut)}`,
        '',
    ].join('\n');
}
/** The list items and table rows left out, by reason: `--explain` shows which. */
function notTasks(leftOut) {
    if (leftOut.length === 0)
        return 'none';
    const total = leftOut.reduce((sum, [, count]) => sum + count, 0);
    const top = leftOut.slice(0, 3).map(([reason, count]) => `${(0,words/* thousands */.oh)(count)} ${reason}`);
    return `${(0,words/* thousands */.oh)(total)} list items and table rows (${top.join('; ')}${leftOut.length > 3 ? '; \u2026' : ''}); --explain lists them`;
}


/***/ }),

/***/ 9104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Ap: () => (/* binding */ parseLink),
/* harmony export */   Ez: () => (/* binding */ serverHost),
/* harmony export */   R5: () => (/* binding */ LinkStates),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Z0: () => (/* binding */ distinctTargets),
/* harmony export */   aM: () => (/* binding */ isSatisfiedState),
/* harmony export */   je: () => (/* binding */ targetName),
/* harmony export */   mO: () => (/* binding */ repositoryFromRemoteUrl),
/* harmony export */   n2: () => (/* binding */ isSatisfied),
/* harmony export */   td: () => (/* binding */ MAX_ISSUE_NUMBER)
/* harmony export */ });
/** GitHub numbers issues and pull requests from 1 to 2\u00b3\u00b9\u22121 (a GraphQL Int). */
const MAX_ISSUE_NUMBER = 2 ** 31 - 1;
/** GitHub's owner and repository names: letters, digits, `.`, `_` and `-`. */
const NAME = '[A-Za-z0-9_.-]+';
const SHORT_REF = new RegExp(`^(?:(${NAME})/(${NAME}))?#(\\d+)$`);
const URL_REF = new RegExp(`^https?://([^/\\s]+)/(${NAME})/(${NAME})/(issues|pull|pulls)/(\\d+)(?:[/?#].*)?$`);
const REPOSITORY = new RegExp(`^(${NAME})/(${NAME})$`);
/** `owner/name` at the end of a git remote URL, e.g. git@github.com:acme/api.git */
const REMOTE_REPOSITORY = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/;
function parseLink(raw) {
    const text = raw.trim();
    const short = SHORT_REF.exec(text);
    if (short) {
        const [, owner, repo, number] = short;
        return withNumber(owner && repo ? { owner, repo } : undefined, number, 'any');
    }
    const url = URL_REF.exec(text);
    if (url) {
        const [, host, owner, repo, path, number] = url;
        const ref = withNumber({ owner: owner, repo: repo }, number, path === 'issues' ? 'issue' : 'pull');
        return ref && { ...ref, host: host.toLowerCase() };
    }
    return undefined;
}
/** Numbers past GitHub's range still parse, so that the manifest can say what is wrong with them. */
function withNumber(repository, digits, kind) {
    const number = digits.length > 16 ? Infinity : Number(digits);
    if (number < 1)
        return undefined;
    return repository ? { repository, number, kind } : { number, kind };
}
/** The host of a server URL such as GITHUB_SERVER_URL, lower-cased; github.com when unset. */
function serverHost(serverUrl) {
    if (!serverUrl)
        return 'github.com';
    try {
        return new URL(serverUrl).host.toLowerCase();
    }
    catch {
        return serverUrl.toLowerCase();
    }
}
/** The issue or pull request a link points at; `#N` needs the repository it is read in. */
function targetOf(ref, defaultRepository) {
    const repository = ref.repository ?? defaultRepository;
    return repository ? { owner: repository.owner, repo: repository.repo, number: ref.number } : undefined;
}
/** `owner/repo#N` as GitHub writes it. */
function targetName(target) {
    return `${target.owner}/${target.repo}#${target.number}`;
}
function sameRepository(a, b) {
    return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
/**
 * Link states by target. GitHub names are case-insensitive, so `ACME/Api#4` and
 * `acme/api#4` are one entry. The index is private: targets go in and come out typed.
 */
class LinkStates {
    byTarget = new Map();
    static of(entries) {
        const states = new LinkStates();
        for (const [target, status] of entries)
            states.set(target, status);
        return states;
    }
    get(target) {
        return this.byTarget.get(indexOf(target));
    }
    has(target) {
        return this.byTarget.has(indexOf(target));
    }
    set(target, status) {
        this.byTarget.set(indexOf(target), status);
    }
    addAll(other) {
        for (const [index, status] of other.byTarget)
            this.byTarget.set(index, status);
    }
    get size() {
        return this.byTarget.size;
    }
}
function indexOf(target) {
    return targetName(target).toLowerCase();
}
/** Distinct targets, in first-seen order, compared as GitHub does (case-insensitively). */
function distinctTargets(targets) {
    const seen = new Map();
    for (const target of targets)
        if (!seen.has(indexOf(target)))
            seen.set(indexOf(target), target);
    return [...seen.values()];
}
function parseRepository(text) {
    const match = REPOSITORY.exec(text.trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** `owner/name` from a git remote URL (`https://host/acme/api.git`, `git@host:acme/api`). */
function repositoryFromRemoteUrl(url) {
    const match = REMOTE_REPOSITORY.exec(url.trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function isSatisfiedState(state) {
    return state === 'merged' || state === 'completed';
}
/** Merged, or closed as completed with none of its sub-issues still open. */
function isSatisfied(status) {
    return isSatisfiedState(status.state) && (status.subIssues?.open ?? 0) === 0;
}


/***/ }),

/***/ 633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   v: () => (/* binding */ manifestTooLarge)
/* harmony export */ });
/* harmony import */ var _shared_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(964);

/**
 * GitHub's contents API serves files of up to 1 MiB; a manifest may not be larger. Apart from
 * manifest.ts so that the action's first reads, which refuse a larger file, load no parser.
 */
const MAX_MANIFEST_BYTES = 1024 * 1024;
function manifestTooLarge(bytes) {
    return (`is ${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(bytes)} bytes \u2014 a manifest may be at most 1 MiB ` +
        `(${(0,_shared_words_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(MAX_MANIFEST_BYTES)} bytes), the most GitHub's contents API serves; split long notes out or trim the plan`);
}


/***/ }),

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ YAML_SCHEMA_COMMENT),
/* harmony export */   c: () => (/* binding */ SCHEMA_URL)
/* harmony export */ });
/**
 * Where the shipped schema is published: its `$id`, and what a manifest's
 * `# yaml-language-server: $schema=\u2026` line points editors at.
 */
const SCHEMA_URL = 'https://raw.githubusercontent.com/your-org/readiness-gate/v0/schema/readiness.schema.json';
/** The line that tells editors (the YAML language server) which schema a manifest follows. */
const YAML_SCHEMA_COMMENT = `# yaml-language-server: $schema=${SCHEMA_URL}`;


/***/ })

};
