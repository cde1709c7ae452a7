import type { ManifestData } from '../manifest/schema.js';
import type { CommentedField, DraftItem, DraftPhase } from './model.js';

/**
 * Step 6: the manifest, and its YAML with a comment beside every value that was guessed
 * and a header that lists what was read with care. The YAML is written directly — the
 * manifest's shape is fixed — in one linear pass; the tests parse it back and compare.
 */
export function toManifest(title: string | undefined, phases: readonly DraftPhase[]): ManifestData {
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

type ManifestItem = ManifestData['phases'][number]['tasks'][number];

/** A phase's draft tasks, or its acceptance items. */
function draftItems(phase: DraftPhase, acceptance: boolean): DraftItem[] {
  return phase.items.filter((item) => item.acceptance === acceptance);
}

/** The phase's tasks or its acceptance items, each built in one shape: a hundred thousand cost no more each than ten. */
function manifestItems(items: readonly DraftItem[]): ManifestItem[] {
  const out: ManifestItem[] = [];
  for (const entry of items) {
    const item: ManifestItem = { id: entry.id!, title: entry.title, status: entry.status };
    if (entry.owner) item.owner = entry.owner;
    if (entry.due) item.due = entry.due;
    if (entry.links.length) item.links = entry.links;
    if (entry.notes) item.notes = entry.notes;
    out.push(item);
  }
  return out;
}

export function toYaml(manifest: ManifestData, phases: readonly DraftPhase[], notes: readonly string[], file: string): string {
  const out = [
    `# Imported from ${oneLine(file)} by readiness-gate import. Check the guesses noted in comments,`,
    '# then validate with: readiness-gate check <this file>',
  ];
  if (notes.length > 0) {
    out.push('# Read with care:');
    for (const note of notes) out.push(`#   - ${oneLine(note)}`);
  }
  out.push('', 'version: 1');
  if (manifest.title) out.push(`title: ${scalar(manifest.title)}`);
  out.push('phases:');
  // Each phase is written as one string: its lines are let go as soon as it is written.
  manifest.phases.forEach((phase, p) => out.push(phaseYaml(phase, phases[p]!)));
  return `${out.join('\n')}\n`;
}

function phaseYaml(phase: ManifestData['phases'][number], draft: DraftPhase): string {
  const lines = [
    `  - id: ${scalar(phase.id)}`,
    `    name: ${scalar(phase.name)}${comment(draft.dueProblem)}`,
    `    blocking: ${phase.blocking}${comment(draft.blockingComment)}`,
  ];
  if (phase.requires.length) lines.push('    requires:', ...phase.requires.map((id) => `      - ${scalar(id)}`));
  if (phase.owner) lines.push(`    owner: ${scalar(phase.owner)}`);
  if (phase.due) lines.push(`    due: ${scalar(phase.due)}`);
  if (phase.milestone !== undefined) {
    const value = typeof phase.milestone === 'number' ? String(phase.milestone) : scalar(phase.milestone);
    lines.push(`    milestone: ${value}${comment("from 'Milestone:' in the document: its issues and pull requests are items once checked online")}`);
  }
  for (const [key, items] of [
    ['tasks', draftItems(draft, false)],
    ['acceptance', draftItems(draft, true)],
  ] as const) {
    if (items.length) lines.push(`    ${key}:`);
    for (const item of items) itemLines(item, lines);
  }
  return lines.join('\n');
}

function itemLines(item: DraftItem, lines: string[]): void {
  const note = item.comments.length > 0 ? commentsOf(item) : () => '';
  lines.push(
    `      - id: ${scalar(item.id!)}`,
    `        title: ${scalar(item.title)}${note('title')}`,
    `        status: ${item.status}${note('status')}`,
  );
  if (item.owner) lines.push(`        owner: ${scalar(item.owner)}${note('owner')}`);
  if (item.due) lines.push(`        due: ${scalar(item.due)}${note('due')}`);
  if (item.links.length) {
    lines.push('        links:');
    for (const link of item.links) lines.push(`          - ${scalar(link)}`);
  }
  if (item.notes) lines.push(`        notes: ${scalar(item.notes)}`);
}

/** The comments on an item, by the field they are written beside (the title when that field is absent). */
function commentsOf(item: DraftItem): (field: CommentedField) => string {
  const notes = new Map<CommentedField, string[]>();
  for (const { field, text } of item.comments) {
    const present = field === 'title' || field === 'status' || (field === 'owner' ? item.owner : item.due);
    const at = present ? field : 'title';
    notes.set(at, [...(notes.get(at) ?? []), text]);
  }
  return (field) => comment(notes.get(field)?.join('; '));
}

function comment(text: string | undefined): string {
  return text ? ` # ${oneLine(text)}` : '';
}

/** Words, ids and dates that read back as the same string when written bare. */
const PLAIN = /^(?:[A-Za-z\p{L}][\p{L}\p{M}\p{N} ._/()+,'’&-]*[\p{L}\p{M}\p{N}._)]|[A-Za-z\p{L}]|\d{4}-\d{2}-\d{2})$/u;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n)$/i;

/** A YAML scalar: bare when that is unambiguous, else double-quoted (a JSON string is a YAML string). */
export function scalar(value: string): string {
  if (PLAIN.test(value) && !RESERVED.test(value) && !value.includes('  ')) return value;
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Comments are one line: a newline in one would end it and break the YAML. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
}
