import { countGuess, type DraftItem, type DraftPhase, type Guesses, type Reading, type Section } from './model.js';
import type { TaskStatus } from '../manifest/schema.js';
import { linkIdentity, uniqueLinks } from './classify/link.js';
import { itemKey, phaseIdentity, uniqueIds } from './classify/text.js';
import { holdUnfoundedDone } from './classify/marks.js';

/**
 * Step 5: phases from the sections read — from the overview table when the document has
 * one, else one phase per section with items, split in two when its items state their
 * own tiers — then duplicates dropped, ids made unique and `requires` resolved. Every
 * step here is linear in the number of items and phases.
 */
export function assemblePhases(reading: Reading): DraftPhase[] {
  const withItems = reading.sections.filter((section) => section.items.length > 0);
  const phases = reading.overview.length > 0 ? fromOverview(reading, withItems) : withItems.flatMap((section) => fromSection(section, reading));
  dropDuplicates(phases, reading.guesses);
  const nonEmpty = reading.overview.length > 0 ? phases : phases.filter((phase) => phase.items.length > 0);
  assignIds(nonEmpty);
  resolveRequires(nonEmpty, reading);
  for (const phase of nonEmpty) if (phase.blockingComment?.startsWith('no Blocking')) countGuess(reading.guesses, 'blocking assumed');
  let held = 0;
  for (const phase of nonEmpty) held += holdUnfoundedDone(phase.items);
  countGuess(reading.guesses, 'status guessed', held);
  return nonEmpty;
}

const ASSUMED = 'no Blocking column, marker or priority tier: assumed blocking';

function fromOverview(reading: Reading, sections: readonly Section[]): DraftPhase[] {
  const phases: DraftPhase[] = reading.overview.map((row) => ({
    id: row.id,
    name: row.name,
    blocking: row.blocking ?? true,
    ...(row.blocking === undefined ? { blockingComment: 'the overview table has no Blocking value: assumed blocking' } : {}),
    ...(row.owner ? { owner: row.owner } : {}),
    ...(row.due ? { due: row.due } : {}),
    requires: [],
    items: [],
  }));
  const byId = new Map(phases.map((phase) => [phase.id.toLowerCase(), phase]));
  const byName = new Map(phases.map((phase) => [phase.name.toLowerCase(), phase]));
  for (const section of sections) {
    const match = matchSection(section.heading, byId, byName);
    if (!match) {
      reading.notes.push(
        `left out: '${section.heading || '(before the first heading)'}' has ${section.items.length} item(s) but the phase overview table does not list it`,
      );
      countGuess(reading.guesses, 'section left out');
      for (const item of section.items)
        item.leftOut = `its section '${section.heading || '(before the first heading)'}' is not in the phase overview table`;
      continue;
    }
    for (const item of section.items) match.items.push(item);
    match.owner ??= section.owner;
    match.due ??= section.due;
    if (section.requires.length) match.wants = [...(match.wants ?? []), ...section.requires];
  }
  return phases;
}

function matchSection(heading: string, byId: ReadonlyMap<string, DraftPhase>, byName: ReadonlyMap<string, DraftPhase>): DraftPhase | undefined {
  const identity = phaseIdentity(heading);
  const first = /^[A-Za-z]*\d+(?:\.\d+)*|^[^\s:.—–-]+/.exec(heading.trim())?.[0]?.toLowerCase() ?? '';
  return byId.get(identity.id.toLowerCase()) ?? (/\.\d/.test(first) ? undefined : byId.get(first)) ?? byName.get(identity.name.toLowerCase());
}

/** One section: one phase, or two when its items state tiers ("(CRITICAL)" items block, the rest do not). */
function fromSection(section: Section, reading: Reading): DraftPhase[] {
  const { id, name } = phaseIdentity(section.heading || reading.title || 'Plan');
  const common = {
    ...(section.owner ? { owner: section.owner } : {}),
    ...(section.due ? { due: section.due } : {}),
    ...(section.dueProblem ? { dueProblem: section.dueProblem } : {}),
    ...(section.milestone !== undefined ? { milestone: section.milestone } : {}),
    ...(section.requires.length ? { wants: section.requires } : {}),
    requires: [] as string[],
  };
  const effective = (item: DraftItem) => item.tier ?? section.tier;
  const first = effective(section.items[0]!);
  const uniform = section.items.every(
    (item) => effective(item)?.blocking === first?.blocking && (effective(item) === undefined) === (first === undefined),
  );
  if (uniform) {
    const blocking = first?.blocking ?? true;
    const ownTier = section.items.every((item) => item.tier);
    const comment = !first ? ASSUMED : ownTier ? `every item is marked '${first.word}'` : `from '${first.word}' in the heading`;
    if (first) countGuess(reading.guesses, 'blocking from a tier');
    return [{ id, name, blocking, blockingComment: comment, ...common, items: section.items }];
  }
  // Items marked required block and the rest do not; when the only marks say "optional", the unmarked ones are the required.
  const marksRequired = section.items.some((item) => effective(item)?.blocking);
  const required = section.items.filter((item) => (marksRequired ? effective(item)?.blocking : effective(item) === undefined));
  const requiredSet = new Set(required);
  const rest = section.items.filter((item) => !requiredSet.has(item));
  countGuess(reading.guesses, 'blocking from a tier', 2);
  const words = [...new Set((marksRequired ? required : rest).map((item) => effective(item)!.word))].slice(0, 3).join("', '");
  const comment = marksRequired ? `the items marked '${words}'` : `the items not marked '${words}'`;
  return [
    { id, name, blocking: true, blockingComment: comment, ...common, items: required },
    {
      id: `${id}-later`,
      name: `${name} (not blocking)`,
      blocking: false,
      blockingComment: marksRequired ? 'the items of the section not marked as required' : `the items marked '${words}'`,
      ...common,
      // The milestone's items are the section's as a whole: they go with its required part, once.
      milestone: undefined,
      requires: [],
      items: rest,
    },
  ];
}

/** The same item twice — in one phase, or with the same links anywhere — is imported once. */
function dropDuplicates(phases: DraftPhase[], guesses: Guesses): void {
  const linked = new Map<string, DraftItem>();
  for (const phase of phases) {
    const local = new Map<string, DraftItem>();
    const kept: DraftItem[] = [];
    for (const item of phase.items) {
      if (item.links.length > 0) item.links = uniqueLinks(item.links);
      const title = `${item.acceptance ? 'a:' : ''}${itemKey(item.title)}`;
      const links =
        item.links.length > 0
          ? item.links
              .map((link) => linkIdentity(link)!)
              .sort()
              .join(' ')
          : '';
      const key = `${title}|${links}|${item.variant ?? ''}`;
      const first = local.get(key) ?? (links ? linked.get(key) : undefined);
      if (first) {
        countGuess(guesses, 'duplicate imported once');
        item.duplicateOf = first;
        keepLessFinished(first, item);
        continue;
      }
      local.set(key, item);
      if (links) linked.set(key, item);
      kept.push(item);
    }
    phase.items = kept;
  }
}

const PROGRESS: Record<TaskStatus, number> = { todo: 0, blocked: 0, 'in-progress': 1, done: 2 };

/** The same task listed twice with two statuses is as finished as the less finished of them. */
function keepLessFinished(kept: DraftItem, duplicate: DraftItem): void {
  if (PROGRESS[duplicate.status] < PROGRESS[kept.status]) kept.status = duplicate.status;
}

function assignIds(phases: DraftPhase[]): void {
  const phaseId = uniqueIds();
  for (const phase of phases) phase.id = phaseId(phase.id);
  // Generated ids ("P1.3", "P1.acc2") are distinct by construction: phase ids are unique,
  // and what follows the last dot is a counter. They need checking, in a set as large as
  // the plan, only against ids the document gives, when it gives any.
  const given = phases.some((phase) => phase.items.some((item) => item.id));
  const itemId = given ? uniqueIds() : (base: string) => base;
  // Ids the document gives are kept first; generated ones fill in around them.
  for (const phase of phases) for (const item of phase.items) if (item.id) item.id = itemId(item.id);
  for (const phase of phases) {
    let task = 0;
    let acceptance = 0;
    for (const item of phase.items) {
      if (item.id) continue;
      item.id = itemId(item.acceptance ? `${phase.id}.acc${++acceptance}` : `${phase.id}.${++task}`);
    }
  }
}

/** "Waiting for: P1, P2" lines and the dependencies table, as `requires` between phases that exist. */
function resolveRequires(phases: DraftPhase[], reading: Reading): void {
  const byId = new Map(phases.map((phase) => [phase.id.toLowerCase(), phase]));
  for (const phase of phases) for (const id of phase.wants ?? []) addRequire(phase, byId.get(id.toLowerCase()), byId);
  for (const { blocked, dependsOn } of reading.dependencies) {
    const sources = phasesNamed(dependsOn, phases, byId);
    for (const target of phasesNamed(blocked, phases, byId)) for (const source of sources) addRequire(target, source, byId);
  }
}

function addRequire(target: DraftPhase, source: DraftPhase | undefined, byId: ReadonlyMap<string, DraftPhase>): void {
  if (!source || source === target || target.requires.includes(source.id)) return;
  // An edge that would close a cycle is dropped: the manifest must stay valid.
  if (reaches(source, target.id, byId)) return;
  target.requires.push(source.id);
}

/**
 * "P1.*", "P0-P5", "P7.4, P7.5" → the phases those ids belong to. A range is matched
 * against the phases that exist, so "P0-P999999999" costs one pass over the phases.
 */
function phasesNamed(text: string, phases: readonly DraftPhase[], byId: ReadonlyMap<string, DraftPhase>): DraftPhase[] {
  const found = new Set<DraftPhase>();
  for (const range of text.slice(0, 2000).matchAll(/\b([A-Za-z]+)(\d{1,12})\s*[-–—]\s*\1?(\d{1,12})\b/g)) {
    const prefix = range[1]!.toLowerCase();
    const low = Number(range[2]);
    const high = Number(range[3]);
    for (const phase of phases) {
      const match = /^([A-Za-z]+)(\d+)$/.exec(phase.id);
      if (match && match[1]!.toLowerCase() === prefix && Number(match[2]) >= low && Number(match[2]) <= high) found.add(phase);
    }
  }
  for (const token of text.slice(0, 2000).matchAll(/\b([A-Za-z]*\d+)(?:\.[\w*]+)*/g)) {
    const phase = byId.get(token[1]!.toLowerCase());
    if (phase) found.add(phase);
  }
  return [...found];
}

function reaches(from: DraftPhase, id: string, byId: ReadonlyMap<string, DraftPhase>): boolean {
  const seen = new Set<string>();
  const stack = [from.id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === id) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const required of byId.get(next.toLowerCase())?.requires ?? []) stack.push(required);
  }
  return false;
}
