/**
 * The plain-YAML reader stands in front of the `yaml` library: whatever it reads must be
 * what `yaml` reads — the same data, the same offsets of every value and key, and so the
 * same lines and columns — and whatever it is unsure of it must decline. Checked here on
 * hand-picked cases and on random manifests and phase lists in the styles they are written
 * in, some with Windows line ends, each also damaged at random places, with `yaml` as the
 * reference.
 *
 * Replay a failure with READINESS_PLAIN_SEED=<seed printed in the failure>; a longer search
 * with READINESS_PLAIN_RUNS=50000 (500 a run by default, a new seed each time).
 */
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { readPlainDocument, type PlainNode } from '../../src/core/manifest/plain-yaml.js';
import { PlainSourceMap, YamlSourceMap } from '../../src/core/manifest/positions.js';
import { random, type Random } from '../support/random.js';

const RUNS = Number(process.env.READINESS_PLAIN_RUNS ?? 500);

type Step = string | number;

/** Every value's and key's path and offset in the plain reader's nodes, in document order. */
function plainOffsets(node: PlainNode, path: Step[] = [], out: string[] = []): string[] {
  out.push(`${JSON.stringify(path)} @${node.start}`);
  for (const entry of node.entries ?? []) {
    out.push(`${JSON.stringify(path)} key ${entry.key} @${entry.keyStart}`);
    plainOffsets(entry, [...path, entry.key!], out);
  }
  node.items?.forEach((item, i) => plainOffsets(item, [...path, i], out));
  return out;
}

/** The same of a node `yaml` parsed. */
function yamlOffsets(node: unknown, path: Step[] = [], out: string[] = []): string[] {
  out.push(`${JSON.stringify(path)} @${(node as { range?: number[] } | null)?.range?.[0]}`);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      out.push(`${JSON.stringify(path)} key ${key} @${isScalar(pair.key) ? pair.key.range?.[0] : undefined}`);
      yamlOffsets(pair.value, [...path, key], out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => yamlOffsets(item, [...path, i], out));
  }
  return out;
}

/** Each path to a value in the plain reader's nodes, with the keys of the mappings. */
function* paths(node: PlainNode, path: Step[] = []): Generator<{ path: Step[]; keys: string[] }> {
  yield { path, keys: (node.entries ?? []).map((entry) => entry.key!) };
  for (const entry of node.entries ?? []) yield* paths(entry, [...path, entry.key!]);
  for (const [i, item] of (node.items ?? []).entries()) yield* paths(item, [...path, i]);
}

/** What both readers make of `text`: the same data, offsets and positions, or the plain reader declines. */
function compare(text: string): 'read' | 'declined' {
  const plain = readPlainDocument(text);
  if (!plain) return 'declined';
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(plain.value).toEqual(doc.toJS());
  expect(plainOffsets(plain)).toEqual(yamlOffsets(doc.contents));
  const [fast, full] = [new PlainSourceMap('f', plain, text), new YamlSourceMap('f', doc, lines)];
  for (const { path, keys } of paths(plain)) {
    // A path that goes on past the document is placed at its nearest existing parent.
    for (const at of [path, [...path, 'missing', 0]]) expect(fast.valueAt(at), JSON.stringify(at)).toEqual(full.valueAt(at));
    for (const key of [...keys, 'missing']) expect(fast.keyAt(path, key), `${JSON.stringify(path)} ${key}`).toEqual(full.keyAt(path, key));
  }
  return 'read';
}

describe('the plain-YAML reader', () => {
  it('reads the styles of the bundled example and the importer as yaml does', () => {
    const text = [
      '  - id: P0 # the first',
      '    name: Critical security',
      '    blocking: true',
      '    owner: "@acme/security"',
      '    due: 2026-01-10',
      '    requires: [P1, "P2", \'P3\']',
      '    paths:',
      '    - src/**',
      "    - 'docs/it''s.md'",
      '    tasks:',
      '      # a comment between entries',
      '      - id: P0.1',
      '        title: Remove default secrets:now  ',
      '        status: done',
      '        links: ["#12", acme/api#15]',
      '      - { id: P0.2, title: "Rate-limit \\"login\\"", status: todo, links: ["https://github.com/a/b/pull/2"] }',
      '    acceptance:',
      '      -   id: A1',
      '          title: Penetration test, [external] #1 — ✅',
      '          weight: 3',
      '',
      '  - id: P1',
      '    blocking: False',
      '    owner: ~',
      '    tasks: []',
      '',
    ].join('\n');
    expect(compare(text)).toBe('read');
    const phases = readPlainDocument(text)!.value as Record<string, unknown>[];
    expect(phases[0]!.requires).toEqual(['P1', 'P2', 'P3']);
    expect(phases[0]!.paths).toEqual(['src/**', "docs/it's.md"]);
    expect(phases[1]).toEqual({ id: 'P1', blocking: false, owner: null, tasks: [] });
    const manifest = (list: string) =>
      `# yaml-language-server: $schema=x.json\nversion: 1 # the format\ntitle: 'Plan'\n\nphases:\n${list}gates:\n  merge: { phases: [P0] }\n`;
    expect(compare(manifest(text))).toBe('read');
    expect(compare(manifest(text).replaceAll('\n', '\r\n'))).toBe('read');
    // A list under a key may sit at the key's own indentation.
    expect(compare(manifest(text.replaceAll(/^ {2}/gm, '')))).toBe('read');
  });

  it.each([
    ['a scalar continued on the next line', '- id: P0\n  title: one\n    two\n'],
    ['an empty value', '- id: P0\n  owner:\n  name: x\n'],
    ['an anchor and an alias', '- id: &a P0\n  name: *a\n'],
    ['a block scalar', '- id: P0\n  notes: |\n    text\n'],
    ['a float', '- id: P0\n  weight: 1.5\n'],
    ['a hexadecimal integer', '- id: P0\n  weight: 0x1F\n'],
    ['a duplicate key', '- id: P0\n  id: P1\n'],
    ['a flow list over two lines', '- id: P0\n  requires: [P1,\n    P2]\n'],
    ['a tab', '- id: P0\n\tname: x\n'],
    ['a YAML escape JSON lacks', '- id: "P\\x41"\n'],
    ['a trailing comma', '- id: P0\n  requires: [P1,]\n'],
    ['a tag', '- id: !!str 0\n'],
    ['a key deeper than its siblings', '- id: P0\n   name: x\n'],
    ['a key yaml reads as null', '- null: 1\n'],
    ['a key yaml reads as a boolean, in a flow mapping', '- { True: 1 }\n'],
    ['two keys yaml reads as the same boolean', '- true: 1\n  True: 2\n'],
    ['a key longer than yaml allows', `- ${'k'.repeat(1025)}: v\n`],
    ['nesting deeper than any plan', Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i)}- a:`).join('\n') + `\n${' '.repeat(200)}- x\n`],
    ['a thousand levels of lists', Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}-`).join('\n') + ' x\n'],
    ['a directive', '%YAML 1.2\n---\nversion: 1\n'],
    ['a document start marker', '---\nversion: 1\n'],
    ['a document end marker', 'version: 1\n...\n'],
    ['a second document', 'version: 1\n---\nversion: 2\n'],
    ['a comment that holds U+2028', 'version: 1 # a\u2028b: 2\n'],
    ['a comment that holds U+2029', '# a\u2029b: 2\nversion: 1\n'],
    ['a comment that holds NEL', 'phases: # a\u0085- id: P0\n'],
    ['a byte order mark', '\ufeffversion: 1\n'],
    ['an empty document', '# nothing\n\n'],
    ['a scalar document', 'version\n'],
    ['a key after an indented mapping', '  version: 1\nphases: []\n'],
    ['a line deeper than the mapping it ends', 'version: 1\n  title: x\n'],
  ])('declines %s', (_, text) => {
    expect(readPlainDocument(text)).toBeUndefined();
  });

  it(`agrees with yaml on ${RUNS} random manifests and phase lists and their damaged copies`, () => {
    const base = Number(process.env.READINESS_PLAIN_SEED ?? Date.now() % 1_000_000);
    const runs = process.env.READINESS_PLAIN_SEED ? 1 : RUNS;
    const outcomes = { clean: 0, damagedRead: 0, damagedDeclined: 0 };
    for (let i = 0; i < runs; i++) {
      const seed = base + i;
      const r = random(seed);
      const text = document(r);
      const replay = `seed ${seed} (replay: READINESS_PLAIN_SEED=${seed})`;
      expect(compare(text), `${replay}\n${text}`).toBe('read');
      outcomes.clean++;
      const damaged = damage(r, text);
      outcomes[withMessage(replay, damaged, () => compare(damaged)) === 'read' ? 'damagedRead' : 'damagedDeclined']++;
    }
    // Damage must both leave some texts readable and make some declined, or it tests little.
    if (runs === RUNS) {
      expect(outcomes.damagedRead).toBeGreaterThan(RUNS / 10);
      expect(outcomes.damagedDeclined).toBeGreaterThan(RUNS / 10);
    }
  });
});

function withMessage<T>(replay: string, text: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new Error(`${replay}\n${JSON.stringify(text)}\n${String(error)}`);
  }
}

// ---- The generator: phase lists in the plain styles, then damage ------------------------

const WORDS = [
  'Encrypt',
  'keys',
  'P0.1',
  'a:b',
  'x#y',
  '[draft]',
  "it's",
  'é✅',
  'done',
  'true',
  'Null',
  '12',
  '2026-01-10',
  'o/r#3',
  '@team',
  'src/**',
];
const KEYS = ['id', 'name', 'title', 'owner', 'due', 'blocking', 'status', 'notes', 'weight'];

/** A manifest around a phase list, or a phase list alone; some with Windows line ends. */
function document(r: Random): string {
  const lines = r.chance(0.7) ? manifestLines(r) : phaseLines(r, r.pick([0, 2, 4]));
  const text = lines.join('\n') + (r.chance(0.8) ? '\n' : '');
  return r.chance(0.2) ? text.replaceAll('\n', '\r\n') : text;
}

function manifestLines(r: Random): string[] {
  const lines = r.chance(0.3) ? [comment(r).trim()] : [];
  lines.push(`version: 1${trailing(r)}`);
  if (r.chance(0.5)) lines.push(`title: ${scalar(r)}${trailing(r)}`);
  lines.push(`phases:${trailing(r)}`, ...phaseLines(r, r.pick([0, 2])));
  if (r.chance(0.5)) lines.push('gates:', ...Array.from({ length: 1 + r.int(2) }, (_, g) => `  g${g}: { phases: ${flowList(r)} }${trailing(r)}`));
  return lines;
}

function phaseLines(r: Random, indent: number): string[] {
  const lines: string[] = [];
  const phases = 1 + r.int(3);
  for (let p = 0; p < phases; p++) lines.push(...entry(r, indent, 2), ...(r.chance(0.3) ? [comment(r)] : []));
  return lines;
}

/** A `- ` entry at `indent`: a block mapping with lists of entries below `depth`. */
function entry(r: Random, indent: number, depth: number): string[] {
  const pad = ' '.repeat(indent);
  const gap = ' '.repeat(1 + r.int(2));
  if (depth === 0 && r.chance(0.4)) return [`${pad}-${gap}${flowMapping(r)}`];
  const column = indent + 1 + gap.length;
  const keys = shuffle(r, KEYS).slice(0, 1 + r.int(4));
  const lines: string[] = [];
  keys.forEach((key, i) => lines.push(`${i === 0 ? `${pad}-${gap}` : ' '.repeat(column)}${key}: ${scalar(r)}${trailing(r)}`));
  for (const list of ['requires', 'links']) if (r.chance(0.5)) lines.push(...listLines(r, column, list));
  if (depth > 0 && r.chance(0.8)) {
    lines.push(`${' '.repeat(column)}${r.pick(['tasks', 'acceptance'])}:${trailing(r)}`);
    const inner = column + r.pick([0, 2, 4]);
    for (let t = 1 + r.int(3); t > 0; t--) lines.push(...entry(r, inner, depth - 1));
  }
  return lines;
}

function listLines(r: Random, column: number, key: string): string[] {
  const pad = ' '.repeat(column);
  if (r.chance(0.5)) return [`${pad}${key}: ${flowList(r)}${trailing(r)}`];
  const inner = ' '.repeat(column + r.pick([0, 2]));
  return [`${pad}${key}:`, ...Array.from({ length: 1 + r.int(3) }, () => `${inner}- ${scalar(r)}${trailing(r)}`)];
}

function scalar(r: Random): string {
  const words = Array.from({ length: 1 + r.int(3) }, () => r.pick(WORDS)).join(' ');
  switch (r.int(6)) {
    case 0:
      return JSON.stringify(words + r.pick(['', '\n', '"', '\\', '\u00e9']));
    case 1:
      return `'${words.replaceAll("'", "''")}'`;
    case 2:
      return r.pick(['true', 'False', 'TRUE', 'null', '~', 'NULL', '0', '7', '120', 'P0', 'todo']);
    default:
      return plain(r, words);
  }
}

/** Words as a plain scalar, quoted when they would not read as one. */
function plain(r: Random, words: string): string {
  return /^[[\]'@]|: |:$/.test(words) ? JSON.stringify(words) : words;
}

function flowScalar(r: Random): string {
  const word = r.pick(WORDS);
  return /^[[\]'@]|[,[\]{}#]/.test(word) || r.chance(0.3) ? JSON.stringify(word) : word;
}

function flowList(r: Random): string {
  const items = Array.from({ length: r.int(4) }, () => flowScalar(r));
  return `[${r.chance(0.5) ? ' ' : ''}${items.join(r.pick([', ', ',', ' , ']))}]`;
}

function flowMapping(r: Random): string {
  const keys = shuffle(r, KEYS).slice(0, 1 + r.int(4));
  const pairs = keys.map((key) => `${key}: ${key === 'notes' ? flowList(r) : flowScalar(r)}`);
  return `{ ${pairs.join(', ')} }`;
}

function trailing(r: Random): string {
  return r.chance(0.2) ? `  ${comment(r).trim()}` : r.chance(0.1) ? '  ' : '';
}

function comment(r: Random): string {
  return `${' '.repeat(r.int(8))}# ${r.pick(WORDS)}`;
}

function shuffle<T>(r: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const DAMAGE = [
  ' ',
  '  ',
  '\n',
  '\r',
  '\r\n',
  '-',
  '- ',
  ':',
  ': ',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!',
  '|',
  '>',
  '?',
  '\\',
  '\t',
  '%',
  '@',
  '0',
  '1.5',
  '---',
  'x',
];

/** One to three random insertions, deletions or replacements. */
function damage(r: Random, text: string): string {
  let out = text;
  for (let n = 1 + r.int(3); n > 0; n--) {
    const at = r.int(out.length + 1);
    const cut = r.pick([0, 0, 1, 2]);
    out = out.slice(0, at) + (r.chance(0.8) ? r.pick(DAMAGE) : '') + out.slice(at + cut);
  }
  return out;
}
