import type { ManifestData } from '../../src/core/manifest/schema.js';

type Item = ManifestData['phases'][number]['tasks'][number];

/** One imported item as the import tests compare it: id, status, title, then what it carries. */
export function itemLine(task: Item): string {
  return [
    task.id,
    task.status,
    task.title,
    task.owner ? `owner ${task.owner}` : '',
    task.due ? `due ${task.due}` : '',
    task.links?.length ? `links ${task.links.join(' ')}` : '',
  ]
    .filter(Boolean)
    .join(' | ');
}
