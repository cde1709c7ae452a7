/**
 * `node bench/import-sources.ts DIR…`: imports each real document of `bench/import-sources.md`
 * found in the DIRs (the documents are kept outside the repository) and compares what it reads
 * with what a careful maintainer wrote down before: the number of tasks and of done tasks,
 * or no plan at all. Prints a line per document and the pass rate per class of document, for
 * the documents the rules were written with and the held-out ones apart.
 * Runs the TypeScript sources (`--experimental-transform-types --import=./bench/ts-source.mjs`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importMarkdown } from '../src/core/import/importer.js';

interface Reading {
  file: string;
  kind: string;
  /** Whether the document was found after the rules were written. */
  heldOut: boolean;
  tasks: [number, number] | 'none';
  done: [number, number] | 'all';
}

const range = (text: string) => {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  return match ? ([Number(match[1]), Number(match[2] ?? match[1])] as [number, number]) : undefined;
};

function readings(): Reading[] {
  let heldOut = false;
  const rows: Reading[] = [];
  for (const line of readFileSync(new URL('import-sources.md', import.meta.url), 'utf8').split('\n')) {
    if (/^## /.test(line)) heldOut = /held out/i.test(line);
    if (!/^\| [\w.-]+\.md \|/.test(line)) continue;
    const [file, kind, , tasks, done] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    rows.push({
      file: file!,
      kind: kind!.replace(/\s*\(\w\w\)$/, ''),
      heldOut,
      tasks: range(tasks!) ?? 'none',
      done: done === 'all' ? 'all' : (range(done!) ?? [0, 0]),
    });
  }
  return rows;
}

function judge(reading: Reading, text: string): { got: string; right: boolean } {
  let result;
  try {
    result = importMarkdown(text, reading.file);
  } catch (error) {
    return { got: `no plan (${(error as Error).message.slice(0, 40)}…)`, right: reading.tasks === 'none' };
  }
  const { tasks, done } = result.summary;
  const got = `${tasks} tasks, ${done} done`;
  if (reading.tasks === 'none') return { got, right: false };
  const [low, high] = reading.tasks;
  const [fewest, most] = reading.done === 'all' ? [tasks, tasks] : reading.done;
  return { got, right: tasks >= low && tasks <= high && done >= fewest && done <= most };
}

const span = ([low, high]: [number, number]) => (low === high ? `${low}` : `${low}-${high}`);

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['/tmp/real21'];
for (const heldOut of [false, true]) {
  const found = readings()
    .filter((reading) => reading.heldOut === heldOut)
    .map((reading) => ({ reading, path: dirs.map((dir) => join(dir, reading.file)).find((path) => existsSync(path)) }))
    .filter((entry): entry is { reading: Reading; path: string } => entry.path !== undefined);
  if (found.length === 0) continue;
  console.log(`\n### ${heldOut ? 'Held out' : 'Read while the rules were written'}\n`);
  const byKind = new Map<string, [number, number]>();
  console.log('| document | class | expected | imported | right |\n|---|---|---|---|---|');
  for (const { reading, path } of found) {
    const { got, right } = judge(reading, readFileSync(path, 'utf8'));
    const done = reading.done === 'all' ? 'all' : span(reading.done);
    const expected = reading.tasks === 'none' ? 'no plan' : `${span(reading.tasks)} tasks, ${done} done`;
    console.log(`| ${reading.file} | ${reading.kind} | ${expected} | ${got} | ${right ? 'yes' : '**no**'} |`);
    const [ok, all] = byKind.get(reading.kind) ?? [0, 0];
    byKind.set(reading.kind, [ok + (right ? 1 : 0), all + 1]);
  }
  let [ok, all] = [0, 0];
  console.log('\n| class | right |\n|---|---:|');
  for (const [kind, [right, total]] of byKind) {
    console.log(`| ${kind} | ${right} / ${total} |`);
    ok += right;
    all += total;
  }
  console.log(`| all | ${ok} / ${all} |`);
}
