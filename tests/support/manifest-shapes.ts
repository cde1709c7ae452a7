/**
 * Manifests of hostile shapes, for tests/scale/manifest-shapes.test.ts: valid manifests in
 * the format of SPEC.md, written from a YAML tree of our own (so that anchors, tags and
 * duplicate keys can be written), mutated at random places, sometimes damaged as text.
 */
import { random, type Random } from './random.js';

type Node = { kind: 'map'; entries: Entry[]; props?: string } | { kind: 'seq'; items: Node[]; props?: string } | { kind: 'scalar'; text: string };
interface Entry {
  key: string;
  value: Node;
}

const scalar = (text: string): Node => ({ kind: 'scalar', text });
const map = (entries: Record<string, Node | undefined>): Node => ({
  kind: 'map',
  entries: Object.entries(entries).flatMap(([key, value]) => (value ? [{ key, value }] : [])),
});
const seq = (items: Node[]): Node => ({ kind: 'seq', items });
const list = (texts: string[]): Node => seq(texts.map(scalar));

/** Block YAML, with a list of plain scalars sometimes written as a flow list. */
function write(node: Node, r: Random): string {
  const top = node.kind === 'scalar' ? [node.text] : [...(node.props ? [node.props] : []), ...block(node, 0, r)];
  return `${top.join('\n')}\n`;
}

function block(node: Node, indent: number, r: Random): string[] {
  if (node.kind === 'map') return node.entries.flatMap((entry) => entryLines(`${entry.key}:`, entry.value, indent, r));
  if (node.kind === 'seq') return node.items.flatMap((item) => entryLines('-', item, indent, r));
  return [`${' '.repeat(indent)}${node.text}`];
}

function entryLines(prefix: string, node: Node, indent: number, r: Random): string[] {
  const pad = ' '.repeat(indent);
  if (node.kind === 'scalar') return [`${pad}${prefix}${node.text === '' ? '' : ` ${node.text}`}`];
  const props = node.props ? ` ${node.props}` : '';
  const size = node.kind === 'map' ? node.entries.length : node.items.length;
  if (size === 0) return [`${pad}${prefix}${props} ${node.kind === 'map' ? '{}' : '[]'}`];
  if (node.kind === 'seq' && r.chance(0.5) && node.items.every((item) => item.kind === 'scalar' && /^[^,[\]{}#:]+$/.test(item.text))) {
    return [`${pad}${prefix}${props} [${node.items.map((item) => (item as { text: string }).text).join(', ')}]`];
  }
  return [`${pad}${prefix}${props}`, ...block(node, indent + 2, r)];
}

// ---- Valid manifests, in the format of SPEC.md -----------------------------------------------

const LINKS = ['"#12"', 'acme/api#45', 'https://github.com/acme/api/pull/7', '"#3"'];

function item(r: Random, id: string, doneness: number): Node {
  const done = r.chance(doneness);
  return map({
    id: scalar(id),
    title: scalar(r.pick(['Remove default secrets', '"Rotate keys: all of them"', 'Backups restore'])),
    status: done || r.chance(0.7) ? scalar(done ? 'done' : r.pick(['todo', 'in-progress', 'blocked'])) : undefined,
    owner: r.chance(0.3) ? scalar('"@alice"') : undefined,
    due: r.chance(0.3) ? scalar(r.pick(['2026-01-05', '2027-03-01'])) : undefined,
    links: r.chance(0.4) ? list(LINKS.slice(0, 1 + r.int(LINKS.length))) : undefined,
    waiver: r.chance(0.15)
      ? map({
          reason: scalar('"accepted risk, see ADR-7"'),
          'approved-by': r.chance(0.5) ? scalar('"@cto"') : undefined,
          expires: r.chance(0.6) ? scalar(r.pick(['2026-03-01', '2026-12-06', '2027-01-01'])) : undefined,
        })
      : undefined,
    notes: r.chance(0.2) ? scalar('free text') : undefined,
  });
}

function phase(r: Random, p: number, doneness: number): Node {
  const id = `P${p}`;
  return map({
    id: scalar(id),
    name: scalar(r.pick(['Critical security', 'Beta scope', 'Operations'])),
    blocking: p === 0 || r.chance(0.5) ? scalar(r.pick(['true', 'false'])) : undefined,
    requires: p > 0 && r.chance(0.4) ? list([`P${r.int(p)}`]) : undefined,
    owner: r.chance(0.3) ? scalar('backend') : undefined,
    due: r.chance(0.3) ? scalar('2026-01-10') : undefined,
    paths: r.chance(0.3) ? list(['"deploy/prod/**"', 'src/**/*.ts']) : undefined,
    notes: r.chance(0.2) ? scalar('free text') : undefined,
    tasks: r.chance(0.9) ? seq(Array.from({ length: r.int(4) }, (_, t) => item(r, `${id}.${t + 1}`, doneness))) : undefined,
    acceptance: r.chance(0.4) ? seq(Array.from({ length: 1 + r.int(2) }, (_, a) => item(r, `${id}.acc${a + 1}`, doneness))) : undefined,
  });
}

function manifest(r: Random): Node {
  const doneness = r.pick([0.3, 0.9, 1]);
  const count = 1 + r.int(4);
  const gate = () => map({ phases: r.chance(0.6) ? scalar(r.pick(['blocking', 'all'])) : list([`P${r.int(count)}`]) });
  return map({
    $schema: r.chance(0.1) ? scalar('../schema/readiness.schema.json') : undefined,
    version: scalar('1'),
    title: r.chance(0.5) ? scalar('Production readiness') : undefined,
    phases: seq(Array.from({ length: count }, (_, p) => phase(r, p, doneness))),
    gates: r.chance(0.4)
      ? map({ merge: r.chance(0.5) ? gate() : undefined, release: gate(), 'v1.0': r.chance(0.5) ? gate() : undefined })
      : undefined,
  });
}

// ---- Mutations --------------------------------------------------------------------------------

const BRACES = [
  '"{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}{u,v}{w,x}{y,z}{0,1}{2,3}{4,5}{6,7}"',
  '"src/{a,b}/{c,d}/{e,f}/{g,h}/{i,j}/{k,l}/{m,n}"',
  '"{1..1000}"',
  '"{a..z}{a..z}"',
  '"{a,{b,{c,{d,{e,f}}}}}"',
  '"{,}{,}{,}{,}{,}{,}{,}"',
  '"{{{{{{{{{{a}}}}}}}}}}"',
  `"${'{a,b}'.repeat(40)}"`,
  '"{a,b"',
  '"deploy/{prod,staging}/**"',
];
const SCALARS = [
  '7',
  '-1',
  '0',
  '3.5',
  '-0',
  '+12',
  'true',
  'false',
  'null',
  '~',
  '',
  "''",
  '""',
  '1e400',
  '-1e400',
  '99999999999999999999999',
  '0x7fffffffffffffffff',
  '0o777',
  '.inf',
  '-.inf',
  '.nan',
  '2026-1-1',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-12-06T10:00:00Z',
  '2026-12-06 10:00',
  '2026/12/06',
  '20261206',
  "'2026-12-06'",
  '2026-12-06',
  '0001-01-01',
  '9999-12-31',
  '"2026-12-06 "',
  'done',
  'todo',
  'blocking',
  'all',
  'P0',
  '"#12"',
  '"#0"',
  '"#99999999999"',
  'acme/api#45',
  '"@alice"',
  '"ünïcødé ✅"',
  '"line\\nbreak"',
  '"tab\\tand\\rreturn"',
  '"\\u2028"',
  '"\\u0000"',
  '"\\x85"',
  '"a\\u0085b"',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '"../../etc"',
  '"/abs/**"',
  '"./rel/**"',
  ...BRACES,
];
const TAGS = [
  '!!str',
  '!!binary',
  '!custom',
  '!!int',
  '!!float',
  '!!bool',
  '!!null',
  '!!map',
  '!!seq',
  '!!set',
  '!!omap',
  '!!timestamp',
  '!<tag:yaml.org,2002:str>',
  '!',
];
const KEYS = [
  'id',
  'title',
  'status',
  'Status',
  'tasks',
  'task',
  'phases',
  'reason',
  'paths',
  '<<',
  '7',
  'true',
  'null',
  '"id"',
  "'id'",
  '__proto__',
  '"a b"',
  '? id',
];

/** Every slot of the tree that holds a node, in document order, with its ancestors. */
interface Slot {
  get: () => Node;
  set: (node: Node) => void;
  ancestors: Node[];
}

function slots(node: Node, ancestors: Node[] = [], out: Slot[] = []): Slot[] {
  const inner = [...ancestors, node];
  const children = node.kind === 'map' ? node.entries : node.kind === 'seq' ? node.items.map((_, i) => ({ index: i })) : [];
  for (const child of children) {
    const slot: Slot =
      'key' in child
        ? { get: () => child.value, set: (value) => (child.value = value), ancestors: inner }
        : {
            get: () => (node as { items: Node[] }).items[child.index]!,
            set: (value) => ((node as { items: Node[] }).items[child.index] = value),
            ancestors: inner,
          };
    out.push(slot);
    slots(slot.get(), inner, out);
  }
  return out;
}

let anchors = 0;

/** Gives `node` an anchor, unless it has one, and returns its name. */
function anchor(node: Node, slot: Slot | undefined): string {
  const name = `a${++anchors}`;
  if (node.kind === 'scalar') {
    // A scalar is anchored where it stands: its slot is rewritten.
    slot?.set(scalar(`&${name} ${node.text}`.trimEnd()));
  } else {
    if (node.props?.includes('&')) return /&(\w+)/.exec(node.props)![1]!;
    node.props = `&${name}${node.props ? ` ${node.props}` : ''}`;
  }
  return name;
}

function randomValue(r: Random, depth = 0): Node {
  const roll = r.int(depth > 1 ? 1 : 5);
  if (roll === 0) return scalar(r.pick(SCALARS));
  if (roll === 1)
    return map(
      Object.fromEntries(
        Array.from({ length: 1 + r.int(3) }, () => [r.pick(['id', 'title', 'status', 'reason', 'name', 'x']), randomValue(r, depth + 1)]),
      ),
    );
  if (roll === 2) return seq(Array.from({ length: r.int(3) }, () => randomValue(r, depth + 1)));
  if (roll === 3) return seq([map({ id: scalar('X1'), title: scalar('t') }), map({ phases: scalar('all') })]);
  return scalar(r.pick(['[]', '{}', '[a, b]', '{a: 1}', '[{id: x}]', '[[[]]]', '{ id: P9, title: t }', '[1, "2", null]']));
}

function mutate(tree: Node, r: Random): void {
  const all = slots(tree);
  const index = r.int(all.length);
  const slot = all[index]!;
  const node = slot.get();
  const maps = all.map((s) => s.get()).filter((n): n is Extract<Node, { kind: 'map' }> => n.kind === 'map');
  switch (r.int(10)) {
    case 0:
    case 1:
      return slot.set(randomValue(r));
    case 2: {
      // An alias to an ancestor (a node that contains itself) or to an earlier node.
      const target = r.chance(0.5) ? r.pick(slot.ancestors) : all[r.int(index + 1)]!.get();
      const targetSlot = all.find((s) => s.get() === target);
      return slot.set(scalar(`*${anchor(target, targetSlot)}`));
    }
    case 3: {
      const target = r.pick(maps.length > 0 ? maps : [tree]);
      const at = r.pick([...slot.ancestors.filter((n) => n.kind === 'map'), ...maps]);
      if (at.kind !== 'map') return;
      const name = anchor(
        target,
        all.find((s) => s.get() === target),
      );
      at.entries.splice(r.int(at.entries.length + 1), 0, { key: '<<', value: scalar(`*${name}`) });
      return;
    }
    case 4:
      if (node.kind === 'scalar') return slot.set(scalar(`${r.pick(TAGS)} ${node.text}`.trimEnd()));
      node.props = `${node.props ? `${node.props} ` : ''}${r.pick(TAGS)}`;
      return;
    case 5:
      return slot.set(scalar(r.pick([`"${'x'.repeat(20_000)}"`, 'P'.repeat(150), `"${'{a,b}'.repeat(200)}"`, `${'word '.repeat(3000)}end`])));
    case 6:
      return brace(tree, r);
    case 7:
      return duplicateOrRename(r.pick(maps.length > 0 ? maps : [tree]) as Extract<Node, { kind: 'map' }>, r);
    case 8:
      return hugeMapping(r.pick(maps.length > 0 ? maps : [tree]) as Extract<Node, { kind: 'map' }>, r);
    default:
      return slot.set(scalar(r.pick(SCALARS)));
  }
}

/** Brace patterns in the `paths` of a phase. */
function brace(tree: Node, r: Random): void {
  const phases = tree.kind === 'map' ? tree.entries.find((entry) => entry.key === 'phases')?.value : undefined;
  if (phases?.kind !== 'seq' || phases.items.length === 0) return;
  const target = r.pick(phases.items);
  if (target.kind !== 'map') return;
  target.entries = target.entries.filter((entry) => entry.key !== 'paths');
  target.entries.push({ key: 'paths', value: list(Array.from({ length: 1 + r.int(3) }, () => r.pick(BRACES))) });
}

function duplicateOrRename(target: Extract<Node, { kind: 'map' }>, r: Random): void {
  if (target.entries.length === 0) return;
  const entry = r.pick(target.entries);
  const roll = r.int(10);
  if (roll < 3) entry.key = r.pick(KEYS);
  else if (roll < 5) target.entries.splice(target.entries.indexOf(entry), 1);
  else target.entries.splice(r.int(target.entries.length + 1), 0, { key: entry.key, value: r.chance(0.5) ? entry.value : randomValue(r) });
}

function hugeMapping(target: Extract<Node, { kind: 'map' }>, r: Random): void {
  const count = r.chance(0.1) ? 20_000 : r.pick([200, 2_000]);
  const duplicate = r.chance(0.3) ? r.int(count) : -1;
  for (let k = 0; k < count; k++) target.entries.push({ key: k === duplicate ? 'k0' : `k${k}`, value: scalar(String(k)) });
}

/** Damage to the text itself: a stray character, a line lost, doubled or moved. */
function damage(text: string, r: Random): string {
  const at = r.int(text.length);
  const lines = text.split('\n');
  const line = r.int(lines.length);
  switch (r.int(4)) {
    case 0:
      return (
        text.slice(0, at) +
        r.pick(['\t', '\r', '\u2028', '\ufeff', '\u0000', '"', "'", ':', '#', '&', '*', '-', '[', '{', '}', '|', '>', '%', '@', '`', ' ']) +
        text.slice(at)
      );
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + r.int(5));
    case 2:
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    default:
      lines[line] = `${' '.repeat(1 + r.int(3))}${lines[line]}`;
      return lines.join('\n');
  }
}

/** The manifest text of `seed`: the same for the same seed. */
export function shape(seed: number): string {
  const r = random(seed);
  anchors = 0;
  const tree = manifest(r);
  const mutations = r.chance(0.2) ? 0 : 1 + r.int(4);
  for (let m = 0; m < mutations; m++) mutate(tree, r);
  const text = write(tree, r);
  return r.chance(0.15) ? damage(text, r) : text;
}
