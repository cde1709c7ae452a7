/**
 * `node bench/import-sources.ts DIR`: imports each real document of `bench/import-sources.md`
 * found in DIR (the documents are kept outside the repository) and compares what it reads
 * with what a careful maintainer wrote down before: the number of tasks and of done tasks,
 * or no plan at all. Prints a line per document and the pass rate per class of document.
 * Runs the TypeScript sources (`--experimental-transform-types --import=./bench/ts-source.mjs`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importMarkdown } from '../src/core/import/importer.js';

interface Reading {
  file: string;
  kind: string;
  tasks: [number, number] | 'none';
  done: number | 'all';
}

function readings(): Reading[] {
  const rows = readFileSync(new URL('import-sources.md', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => /^\| [\w.-]+\.md \|/.test(line));
  return rows.map((line) => {
    const [file, kind, , tasks, done] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const range = /^(\d+)(?:-(\d+))?$/.exec(tasks!);
    return {
      file: file!,
      kind: kind!.replace(/\s*\(\w\w\)$/, ''),
      tasks: range ? [Number(range[1]), Number(range[2] ?? range[1])] : 'none',
      done: done === 'all' ? 'all' : Number(done || 0),
    };
  });
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
  const wantDone = reading.done === 'all' ? tasks : reading.done;
  return { got, right: tasks >= low && tasks <= high && done === wantDone };
}

const dir = process.argv[2] ?? '/tmp/real21';
const byKind = new Map<string, [number, number]>();
console.log('| document | class | expected | imported | right |\n|---|---|---|---|---|');
for (const reading of readings()) {
  const path = join(dir, reading.file);
  if (!existsSync(path)) continue;
  const { got, right } = judge(reading, readFileSync(path, 'utf8'));
  const expected = reading.tasks === 'none' ? 'no plan' : `${reading.tasks.join('-').replace(/^(\d+)-\1$/, '$1')} tasks, ${reading.done} done`;
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
