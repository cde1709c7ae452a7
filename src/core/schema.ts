import { z } from 'zod';

/**
 * The one definition of the manifest format. Validation, the TypeScript types and the
 * shipped JSON Schema (`schema/readiness.schema.json`) all come from here.
 */

export const TASK_STATUSES = ['todo', 'in-progress', 'blocked', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const id = z
  .string()
  .regex(/^[A-Za-z0-9._-]+$/)
  .meta({ description: 'Identifier: letters, digits, ".", "_" or "-".' });

const isoDate = z.iso.date().meta({ description: 'ISO date, YYYY-MM-DD.' });

const text = z.string().min(1);

const waiver = z
  .strictObject({
    reason: text.meta({ description: 'Why the task may be left undone. Required.' }),
    'approved-by': text.optional().meta({ description: 'Who accepted the risk.' }),
    expires: isoDate
      .optional()
      .meta({ description: 'Last day the waiver counts; without it the waiver never expires.' }),
  })
  .meta({ description: 'The task counts as satisfied until the waiver expires.' });

const item = z.strictObject({
  id: id.meta({ description: 'Unique across the whole manifest.' }),
  title: text,
  status: z
    .enum(TASK_STATUSES)
    .optional()
    .meta({
      description:
        'Declared status. Without links it defaults to todo; with links it may be left out and is decided by them.',
    }),
  owner: text.optional().meta({ description: 'Free text or @handle.' }),
  due: isoDate.optional(),
  links: z
    .array(z.string())
    .optional()
    .meta({ description: 'Issues and pull requests: "#12", "owner/repo#45" or their URLs.' }),
  waiver: waiver.optional(),
  notes: z.string().optional(),
});

const phase = z.strictObject({
  id: id.meta({ description: 'Unique among phases.' }),
  name: text,
  blocking: z
    .boolean()
    .default(false)
    .meta({ description: 'Incomplete blocking phases fail the built-in gates.' }),
  requires: z
    .array(id)
    .default([])
    .meta({ description: 'Phases that must be complete before this one counts as complete.' }),
  owner: text.optional(),
  due: isoDate.optional(),
  paths: z.array(text).optional().meta({
    description:
      'Minimatch globs: on a pull request the phase is gated only if the PR changes a matching file.',
  }),
  notes: z.string().optional(),
  tasks: z.array(item).default([]),
  acceptance: z
    .array(item)
    .default([])
    .meta({ description: 'Acceptance items, shaped like tasks; the phase needs them too.' }),
});

const gate = z.strictObject({
  phases: z
    .union([z.literal('blocking'), z.literal('all'), z.array(id)])
    .meta({ description: '"blocking", "all", or a list of phase ids.' }),
});

export const manifestSchema = z
  .strictObject({
    version: z.literal(1),
    title: text.optional().meta({ description: 'Heading of the PR comment and the job summary.' }),
    phases: z.array(phase).min(1),
    gates: z
      .record(z.string().regex(/^[A-Za-z0-9._-]+$/), gate)
      .optional()
      .meta({
        description:
          'Named selections of phases. Built in: merge and release (both the blocking phases).',
      }),
  })
  .meta({ title: 'readiness-gate manifest' });

export type ManifestData = z.output<typeof manifestSchema>;
export type PhaseData = ManifestData['phases'][number];
export type ItemData = PhaseData['tasks'][number];
export type GateData = NonNullable<ManifestData['gates']>[string];

export function manifestJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' });
}
