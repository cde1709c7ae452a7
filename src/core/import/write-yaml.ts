import type { ManifestData } from '../schema.js';
import type { CommentedField, DraftItem, DraftPhase } from './model.js';

/**
 * Step 6: the manifest, and its YAML with a comment beside every value that was guessed
 * and a header that lists what was read with care. The YAML is written directly — the
 * manifest's shape is fixed — in one linear pass; the tests parse it back and compare.
 */
export function toManifest(title: string | undefined, phases: readonly DraftPhase[]): ManifestData {
  const item = (entry: DraftItem) => ({
    id: entry.id!,
    title: entry.title,
    status: entry.status,
    ...(entry.owner ? { owner: entry.owner } : {}),
    ...(entry.due ? { due: entry.due } : {}),
    ...(entry.links.length ? { links: entry.links } : {}),
    ...(entry.notes ? { notes: entry.notes } : {}),
  });
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
      tasks: phase.items.filter((entry) => !entry.acceptance).map(item),
      acceptance: phase.items.filter((entry) => entry.acceptance).map(item),
    })),
  };
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
  manifest.phases.forEach((phase, p) => {
    const draft = phases[p]!;
    out.push(`  - id: ${scalar(phase.id)}`);
    out.push(`    name: ${scalar(phase.name)}${comment(draft.dueProblem)}`);
    out.push(`    blocking: ${phase.blocking}${comment(draft.blockingComment)}`);
    if (phase.requires.length) out.push('    requires:', ...phase.requires.map((id) => `      - ${scalar(id)}`));
    if (phase.owner) out.push(`    owner: ${scalar(phase.owner)}`);
    if (phase.due) out.push(`    due: ${scalar(phase.due)}`);
    const tasks = draft.items.filter((item) => !item.acceptance);
    const acceptance = draft.items.filter((item) => item.acceptance);
    if (tasks.length) out.push('    tasks:', ...tasks.flatMap(itemLines));
    if (acceptance.length) out.push('    acceptance:', ...acceptance.flatMap(itemLines));
  });
  return `${out.join('\n')}\n`;
}

function itemLines(item: DraftItem): string[] {
  const notes = new Map<CommentedField, string[]>();
  for (const { field, text } of item.comments) {
    const present = field === 'title' || field === 'status' || (field === 'owner' ? item.owner : item.due);
    const at = present ? field : 'title';
    notes.set(at, [...(notes.get(at) ?? []), text]);
  }
  const note = (field: CommentedField) => comment(notes.get(field)?.join('; '));
  const lines = [
    `      - id: ${scalar(item.id!)}`,
    `        title: ${scalar(item.title)}${note('title')}`,
    `        status: ${item.status}${note('status')}`,
  ];
  if (item.owner) lines.push(`        owner: ${scalar(item.owner)}${note('owner')}`);
  if (item.due) lines.push(`        due: ${scalar(item.due)}${note('due')}`);
  if (item.links.length) lines.push('        links:', ...item.links.map((link) => `          - ${scalar(link)}`));
  if (item.notes) lines.push(`        notes: ${scalar(item.notes)}`);
  return lines;
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
