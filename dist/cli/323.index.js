export const id = 323;
export const ids = [323];
export const modules = {

/***/ 6323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemaCommand: () => (/* binding */ schemaCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js + 1 modules
var json_schema_processors = __webpack_require__(1939);
// EXTERNAL MODULE: ./src/core/manifest/schema.ts
var manifest_schema = __webpack_require__(9290);
// EXTERNAL MODULE: ./src/core/manifest/schema-url.ts
var schema_url = __webpack_require__(1626);
;// CONCATENATED MODULE: ./src/core/manifest/json-schema.ts




/** The JSON Schema of the manifest, generated from the definition `check` validates with. */
function manifestJsonSchema() {
    const { $schema, ...schema } = (0,json_schema_processors/* toJSONSchema */.bl)(manifest_schema/* manifestSchema */.rc, { io: 'input', target: 'draft-2020-12' });
    return { $schema, $id: schema_url/* SCHEMA_URL */.c, ...schema };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/schema-command.ts




/** `readiness-gate schema`: the manifest's JSON Schema, from the definition the CLI validates with. */
function schemaCommand(args, io) {
    (0,cli_args/* parseCommandArgs */.Qx)('schema', args, options/* SCHEMA_OPTIONS */.nq, 0);
    io.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
    return Promise.resolve(cli_io/* EXIT_READY */.bP);
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


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   Nq: () => (/* binding */ freezeSchema),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* unused harmony export TASK_STATUSES */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9396);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3759);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3102);
// Zod Mini: the same validation core as classic Zod, without the method-chaining layer,
// which keeps the action's bundle and start-up small.

/**
 * The one definition of the manifest format. Validation, the TypeScript types and the
 * shipped JSON Schema (`schema/readiness.schema.json`) all come from here.
 */
const TASK_STATUSES = ['todo', 'in-progress', 'blocked', 'done'];
/** A copy of `schema` that carries a description into the JSON Schema. */
function described(schema, description) {
    const copy = schema.clone();
    zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .globalRegistry */ .fd.add(copy, { description });
    return copy;
}
/**
 * Limits that keep a hostile or mistaken manifest from costing the run minutes or
 * gigabytes; generous for any plan a team writes by hand.
 */
const LIMITS = {
    idLength: 100,
    textLength: 10_000,
    linksPerItem: 100,
    /** GitHub's own limit on a milestone's title. */
    milestoneTitleLength: 255,
};
/** GitHub numbers milestones, issues and pull requests as GraphQL Ints. */
const MAX_GRAPHQL_INT = 2 ** 31 - 1;
const ID_PATTERN = /^[A-Za-z0-9._-]+$/;
// The length is checked first and stops the checks: a 30,000-character id is reported once.
const idString = () => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.idLength, { abort: true }), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(ID_PATTERN));
const id = described(idString(), `Identifier: letters, digits, ".", "_" or "-"; at most ${LIMITS.idLength} characters.`);
const isoDate = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .date */ .p6(), 'ISO date, YYYY-MM-DD.');
const text = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.textLength));
const anyText = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.textLength));
const waiver = described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    reason: described(text, 'Why the task may be left undone. Required.'),
    'approved-by': described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'Who accepted the risk.'),
    expires: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(isoDate), 'Last day the waiver counts; without it the waiver never expires.'),
}), 'The task counts as satisfied until the waiver expires.');
const item = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: described(id, 'Unique across the whole manifest.'),
    title: text,
    status: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(TASK_STATUSES)), 'Declared status. Without links it defaults to todo; with links it may be left out and is decided by them.'),
    owner: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'Free text or @handle.'),
    due: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(isoDate),
    links: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(anyText).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.linksPerItem))), `Issues and pull requests: "#12", "owner/repo#45" or their URLs; at most ${LIMITS.linksPerItem}.`),
    waiver: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(waiver),
    notes: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(anyText),
});
const phase = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: described(id, 'Unique among phases.'),
    name: text,
    blocking: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), false), 'Incomplete blocking phases fail the built-in gates.'),
    requires: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id), []), 'Phases that must be complete before this one counts as complete.'),
    owner: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text),
    due: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(isoDate),
    paths: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text)), 'Minimatch globs: on a pull request the phase is gated only if the PR changes a matching file.'),
    milestone: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(LIMITS.milestoneTitleLength)), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._positive */ .NC(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(MAX_GRAPHQL_INT))])), "A milestone of this repository, by title or number: its issues and pull requests are items of the phase, and its due date the phase's default due."),
    notes: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(anyText),
    tasks: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item), []),
    acceptance: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item), []), 'Acceptance items, shaped like tasks; the phase needs them too.'),
});
const gate = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    phases: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('blocking'), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('all'), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id)]), '"blocking", "all", or a list of phase ids.'),
});
const localTime = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$({ local: true }), "Local time in the window's time zone, YYYY-MM-DDTHH:MM (seconds optional), without an offset.");
const freezeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: described(text, 'What the window is called in the report.'),
    from: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(localTime), 'A fixed window: when it opens (inclusive).'),
    until: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(localTime), 'A fixed window: when it closes (exclusive).'),
    every: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'A recurring window: a five-field cron expression for when each window opens.'),
    for: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(/^[1-9][0-9]{0,5}[mhd]$/))), 'A recurring window: how long it stays open, elapsed time: 30m, 67h, 2d.'),
    timezone: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'IANA time zone the times are read in (daylight saving included); default UTC.'),
    gates: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(idString())), 'The gates the window holds; default every gate.'),
    override: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ label: described(text, 'A pull request carrying this label passes the window.') })), 'How a pull request may pass the window.'),
});
const manifestSchema = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), 'The JSON Schema of this file, for editors; ignored by readiness-gate.'),
    version: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    title: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(text), 'Heading of the PR comment and the job summary.'),
    phases: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(phase).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1)),
    freezes: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(freezeSchema)), 'Windows in which a gate is not ready, whatever the plan says.'),
    gates: described(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(idString(), gate)), 'Named selections of phases. Built in: merge and release (both the blocking phases).'),
})
    .register(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .globalRegistry */ .fd, { title: 'readiness-gate manifest' });
/** The keys each kind of mapping accepts, for "unknown key" messages and typo suggestions. */
const KNOWN_KEYS = {
    // `$schema` is for editors; suggesting it for a typo would only confuse.
    manifest: Object.keys(manifestSchema.def.shape).filter((key) => !key.startsWith('$')),
    phase: Object.keys(phase.def.shape),
    item: Object.keys(item.def.shape),
    waiver: Object.keys(waiver.def.shape),
    gate: Object.keys(gate.def.shape),
    freeze: Object.keys(freezeSchema.def.shape),
    override: ['label'],
};


/***/ })

};
