// Zod Mini: the same validation core as classic Zod, without the method-chaining layer,
// which keeps the action's bundle and start-up small.
import * as z from 'zod/mini';

/**
 * The one definition of the manifest format. Validation, the TypeScript types and the
 * shipped JSON Schema (`schema/readiness.schema.json`) all come from here.
 */

export const TASK_STATUSES = ['todo', 'in-progress', 'blocked', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A copy of `schema` that carries a description into the JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/**
 * Limits that keep a hostile or mistaken manifest from costing the run minutes or
 * gigabytes; generous for any plan a team writes by hand.
 */
export const LIMITS = {
  idLength: 100,
  textLength: 10_000,
  linksPerItem: 100,
  /** GitHub's own limit on a milestone's title. */
  milestoneTitleLength: 255,
} as const;

/** GitHub numbers milestones, issues and pull requests as GraphQL Ints. */
const MAX_GRAPHQL_INT = 2 ** 31 - 1;

const ID_PATTERN = /^[A-Za-z0-9._-]+$/;
// The length is checked first and stops the checks: a 30,000-character id is reported once.
const idString = () => z.string().check(z.maxLength(LIMITS.idLength, { abort: true }), z.regex(ID_PATTERN));
const id = described(idString(), `Identifier: letters, digits, ".", "_" or "-"; at most ${LIMITS.idLength} characters.`);
const isoDate = described(z.iso.date(), 'ISO date, YYYY-MM-DD.');
const text = z.string().check(z.minLength(1), z.maxLength(LIMITS.textLength));
const anyText = z.string().check(z.maxLength(LIMITS.textLength));

const waiver = described(
  z.strictObject({
    reason: described(text, 'Why the task may be left undone. Required.'),
    'approved-by': described(z.optional(text), 'Who accepted the risk.'),
    expires: described(z.optional(isoDate), 'Last day the waiver counts; without it the waiver never expires.'),
  }),
  'The task counts as satisfied until the waiver expires.',
);

const item = z.strictObject({
  id: described(id, 'Unique across the whole manifest.'),
  title: text,
  status: described(
    z.optional(z.enum(TASK_STATUSES)),
    'Declared status. Without links it defaults to todo; with links it may be left out and is decided by them.',
  ),
  owner: described(z.optional(text), 'Free text or @handle.'),
  due: z.optional(isoDate),
  links: described(
    z.optional(z.array(anyText).check(z.maxLength(LIMITS.linksPerItem))),
    `Issues and pull requests: "#12", "owner/repo#45" or their URLs; at most ${LIMITS.linksPerItem}.`,
  ),
  waiver: z.optional(waiver),
  notes: z.optional(anyText),
});

const phase = z.strictObject({
  id: described(id, 'Unique among phases.'),
  name: text,
  blocking: described(z._default(z.boolean(), false), 'Incomplete blocking phases fail the built-in gates.'),
  requires: described(z._default(z.array(id), []), 'Phases that must be complete before this one counts as complete.'),
  owner: z.optional(text),
  due: z.optional(isoDate),
  paths: described(z.optional(z.array(text)), 'Minimatch globs: on a pull request the phase is gated only if the PR changes a matching file.'),
  milestone: described(
    z.optional(
      z.union([z.string().check(z.minLength(1), z.maxLength(LIMITS.milestoneTitleLength)), z.int().check(z.positive(), z.lte(MAX_GRAPHQL_INT))]),
    ),
    "A milestone of this repository, by title or number: its issues and pull requests are items of the phase, and its due date the phase's default due.",
  ),
  notes: z.optional(anyText),
  tasks: z._default(z.array(item), []),
  acceptance: described(z._default(z.array(item), []), 'Acceptance items, shaped like tasks; the phase needs them too.'),
});

const gate = z.strictObject({
  phases: described(z.union([z.literal('blocking'), z.literal('all'), z.array(id)]), '"blocking", "all", or a list of phase ids.'),
});

const localTime = described(
  z.iso.datetime({ local: true }),
  "Local time in the window's time zone, YYYY-MM-DDTHH:MM (seconds optional), without an offset.",
);

export const freezeSchema = z.strictObject({
  name: described(text, 'What the window is called in the report.'),
  from: described(z.optional(localTime), 'A fixed window: when it opens (inclusive).'),
  until: described(z.optional(localTime), 'A fixed window: when it closes (exclusive).'),
  every: described(z.optional(text), 'A recurring window: a five-field cron expression for when each window opens.'),
  for: described(
    z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,5}[mhd]$/))),
    'A recurring window: how long it stays open, elapsed time: 30m, 67h, 2d.',
  ),
  timezone: described(z.optional(text), 'IANA time zone the times are read in (daylight saving included); default UTC.'),
  gates: described(z.optional(z.array(idString())), 'The gates the window holds; default every gate.'),
  override: described(
    z.optional(z.strictObject({ label: described(text, 'A pull request carrying this label passes the window.') })),
    'How a pull request may pass the window.',
  ),
});

export const manifestSchema = z
  .strictObject({
    $schema: described(z.optional(z.string()), 'The JSON Schema of this file, for editors; ignored by readiness-gate.'),
    version: z.literal(1),
    title: described(z.optional(text), 'Heading of the PR comment and the job summary.'),
    phases: z.array(phase).check(z.minLength(1)),
    freezes: described(z.optional(z.array(freezeSchema)), 'Windows in which a gate is not ready, whatever the plan says.'),
    gates: described(z.optional(z.record(idString(), gate)), 'Named selections of phases. Built in: merge and release (both the blocking phases).'),
  })
  .register(z.globalRegistry, { title: 'readiness-gate manifest' });

export type ManifestData = z.output<typeof manifestSchema>;
export type PhaseData = ManifestData['phases'][number];
export type ItemData = PhaseData['tasks'][number];
export type FreezeData = NonNullable<ManifestData['freezes']>[number];

/** The keys each kind of mapping accepts, for "unknown key" messages and typo suggestions. */
export const KNOWN_KEYS = {
  // `$schema` is for editors; suggesting it for a typo would only confuse.
  manifest: Object.keys(manifestSchema.def.shape).filter((key) => !key.startsWith('$')),
  phase: Object.keys(phase.def.shape),
  item: Object.keys(item.def.shape),
  waiver: Object.keys(waiver.def.shape),
  gate: Object.keys(gate.def.shape),
  freeze: Object.keys(freezeSchema.def.shape),
  override: ['label'],
} as const satisfies Record<string, readonly string[]>;
