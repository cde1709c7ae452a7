import type { List, ListItem, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { Document } from 'yaml';
import { parseLink } from '../links.js';
import type { ManifestData, TaskStatus } from '../schema.js';
import { repairMojibake } from './mojibake.js';
import { splitMarker, statusFromText, tierOf, truthy, type Tier } from './vocabulary.js';

/**
 * Turns a Markdown readiness document into a manifest: headings give phases, task lists
 * and task tables give tasks, an overview table gives phases and their Blocking flags,
 * a dependencies table gives `requires`. Where a choice is guessed, the YAML says so.
 */
export interface ImportResult {
  yaml: string;
  manifest: ManifestData;
}

interface ImportedItem {
  id?: string;
  title: string;
  status: TaskStatus;
  owner?: string;
  due?: string;
  links: string[];
  notes?: string;
  acceptance: boolean;
  /** Why the status was guessed, for a comment. */
  guess?: string;
}

interface Section {
  heading: string;
  /** The tier the heading or its ancestors state, nearest first. */
  tier?: Tier;
  items: ImportedItem[];
  owner?: string;
  due?: string;
}

interface OverviewRow {
  id: string;
  name: string;
  blocking?: boolean;
  owner?: string;
  due?: string;
}

interface ImportedPhase {
  id: string;
  name: string;
  blocking: boolean;
  blockingReason?: string;
  owner?: string;
  due?: string;
  requires: string[];
  items: ImportedItem[];
}

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
const BOX = /\[( |x|X|~|-)\]/g;
const LABEL_FOR_PLAIN_TASKS = /\b(?:missing|required|to ?do|tasks?|action items?|gaps?|open items?|remaining|checklist|blockers?)\b/i;
/** Group labels that say nothing a task's notes would need. */
const GENERIC_GROUP = /^(?:tasks?|acceptance(?: criteria)?|to ?dos?|items|checklist|work|subtasks)$/i;
const GROUP_IS_ACCEPTANCE = /\b(?:acceptance|exit criteria|definition of done)\b/i;

export function importMarkdown(source: string, file = 'readiness.md'): ImportResult {
  const tree = fromMarkdown(repairMojibake(source), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const reader = new DocumentReader();
  reader.read(tree);
  const phases = reader.phases();
  const manifest = toManifest(reader.title, phases);
  return { manifest, yaml: toYaml(manifest, phases, reader.ignored, file) };
}

class DocumentReader {
  title: string | undefined;
  readonly sections: Section[] = [];
  readonly overview: OverviewRow[] = [];
  readonly dependencies: { blocked: string; dependsOn: string }[] = [];
  /** Sections with tasks that an overview table did not list. */
  readonly ignored: string[] = [];
  private headings: { depth: number; text: string }[] = [];
  private current: Section = { heading: '', items: [] };
  private label = '';

  read(tree: Root): void {
    this.sections.push(this.current);
    for (const node of tree.children) this.visit(node);
  }

  private visit(node: RootContent): void {
    switch (node.type) {
      case 'heading': {
        const text = clean(toString(node));
        if (node.depth === 1 && this.title === undefined) this.title = stripDecorations(text) || undefined;
        this.headings = [...this.headings.filter((h) => h.depth < node.depth), { depth: node.depth, text }];
        const tier = [...this.headings].reverse().map((h) => tierOf(h.text)).find(Boolean);
        this.current = { heading: text, items: [], ...(tier ? { tier } : {}) };
        this.sections.push(this.current);
        this.label = '';
        return;
      }
      case 'paragraph': {
        // A bold lead-in such as "**What's Missing**:" labels the list that follows.
        const first = node.children[0];
        this.label = first?.type === 'strong' ? clean(toString(node)) : '';
        return;
      }
      case 'list':
        this.readList(node, { acceptance: false, plainAreTasks: LABEL_FOR_PLAIN_TASKS.test(this.label) && /:\s*$/.test(this.label) });
        this.label = '';
        return;
      case 'table':
        this.readTable(node);
        return;
      default:
        return;
    }
  }

  private readList(list: List, context: { acceptance: boolean; plainAreTasks: boolean; group?: string }): void {
    for (const item of list.children) this.readListItem(item, context);
  }

  private readListItem(item: ListItem, context: { acceptance: boolean; plainAreTasks: boolean; group?: string }): void {
    const paragraph = item.children.find((child) => child.type === 'paragraph');
    const childLists = item.children.filter((child): child is List => child.type === 'list');
    const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
    const text = box + clean(paragraph ? toString(paragraph) : '');
    const struck = paragraph?.children.length === 1 && paragraph.children[0]!.type === 'delete';
    const entries = splitEntries(text);

    if (childLists.some(hasMarkedItems)) {
      // A heading-like item ("Tasks", "Acceptance", "[ ] Authentication") whose children are the work.
      const label = stripDecorations(entries[0]?.text ?? text);
      if (/^(?:owner|target|due)\b/i.test(label)) this.readMetadata(label);
      for (const child of childLists) {
        this.readList(child, {
          acceptance: context.acceptance || GROUP_IS_ACCEPTANCE.test(label),
          plainAreTasks: false,
          ...(label ? { group: label } : {}),
        });
      }
      return;
    }

    const notes = childLists.map((child) => clean(toString(child))).join('; ');
    for (const entry of entries) {
      if (entry.status === undefined && !context.plainAreTasks) continue;
      if (isLegend(entry.text)) continue;
      if (isMetadata(entry.text)) {
        this.readMetadata(entry.text);
        continue;
      }
      const task = makeItem(entry.text, struck ? 'done' : (entry.status ?? 'todo'), context.acceptance);
      if (!task) continue;
      if (struck) task.guess = 'struck through in the source: counted as done';
      const group = context.group && !GENERIC_GROUP.test(context.group) ? context.group : undefined;
      const allNotes = [group, notes].filter(Boolean).join(' — ');
      if (allNotes) task.notes = allNotes;
      this.current.items.push(task);
    }
  }

  private readMetadata(text: string): void {
    const owner = /\b(?:owner|owners|assignee)\s*:\s*(.+?)(?=\s{2,}|\s+(?:target|due|deadline)\b|[;|]|$)/i.exec(text)?.[1];
    const due = /\b(?:target|due|deadline|eta)(?:\s+date)?\s*:?\s*(\d{4}-\d{2}-\d{2})/i.exec(text)?.[1];
    if (owner?.trim()) this.current.owner = owner.trim();
    if (due && isRealDate(due)) this.current.due = due;
  }

  private readTable(table: Table): void {
    const [header, ...rows] = table.children.map((row) => row.children.map((cell) => clean(toString(cell))));
    if (!header) return;
    const column = (pattern: RegExp) => header.findIndex((cell) => pattern.test(cell.toLowerCase().replace(/[*_]/g, '').trim()));
    const cell = (row: string[], index: number) => (index >= 0 ? (row[index] ?? '').trim() : '');

    const dependsOn = column(/depends|dependency|prerequisite|requires/);
    const blocked = column(/blocked|task|phase|item/);
    if (dependsOn >= 0 && blocked >= 0 && blocked !== dependsOn) {
      for (const row of rows) this.dependencies.push({ blocked: cell(row, blocked), dependsOn: cell(row, dependsOn) });
      return;
    }

    const phase = column(/^(?:phase|milestone|stage)$/);
    const id = column(/^(?:id|#|task id|ref|key)$/);
    const title = column(/^(?:task|tasks|item|title|description|deliverable|work item|action|requirement|check)$/);
    const name = column(/^(?:name|phase name|milestone name)$/);
    const status = column(/^(?:status|state|done\??|progress)$/);
    const owner = column(/^(?:owner|owners|assignee|who|responsible|dri)$/);
    const due = column(/^(?:due|target|target date|deadline|eta|date|due date)$/);
    const links = column(/^(?:prs?|issues?|links?|tickets?|pull requests?|references?)$/);
    const blocking = column(/^(?:blocking|blocker|blocks release|required|must)$/);
    const notes = column(/^(?:notes?|comments?|details)$/);

    if (phase >= 0 && title < 0 && (name >= 0 || blocking >= 0)) {
      for (const row of rows) {
        const rowId = sanitizeId(cell(row, phase));
        if (!rowId) continue;
        const rowBlocking = truthy(cell(row, blocking));
        const rowDue = ISO_DATE.exec(cell(row, due))?.[1];
        this.overview.push({
          id: rowId,
          name: stripDecorations(cell(row, name)) || rowId,
          ...(blocking >= 0 && rowBlocking !== undefined ? { blocking: rowBlocking } : {}),
          ...(cell(row, owner) ? { owner: cell(row, owner) } : {}),
          ...(rowDue && isRealDate(rowDue) ? { due: rowDue } : {}),
        });
      }
      return;
    }

    if (title < 0 || (status < 0 && id < 0)) return;
    for (const row of rows) {
      const rowTitle = cell(row, title);
      if (!rowTitle) continue;
      const declared = status >= 0 ? statusFromText(cell(row, status)) : undefined;
      const task = makeItem(rowTitle, declared ?? 'todo', false);
      if (!task) continue;
      if (status >= 0 && declared === undefined) task.guess = `status '${cell(row, status)}' not understood: todo`;
      const rowId = sanitizeId(cell(row, id));
      if (rowId) task.id = rowId;
      if (cell(row, owner)) task.owner = cell(row, owner);
      const rowDue = ISO_DATE.exec(cell(row, due))?.[1];
      if (rowDue && isRealDate(rowDue)) task.due = rowDue;
      task.links = [...new Set([...task.links, ...findLinks(cell(row, links))])];
      if (cell(row, notes)) task.notes = cell(row, notes);
      this.current.items.push(task);
    }
  }

  /** The phases: from the overview table when there is one, else every section with tasks. */
  phases(): ImportedPhase[] {
    const withItems = this.sections.filter((section) => section.items.length > 0);
    let phases: ImportedPhase[];
    if (this.overview.length > 0) {
      phases = this.overview.map((row) => ({
        id: row.id,
        name: row.name,
        blocking: row.blocking ?? true,
        ...(row.blocking === undefined ? { blockingReason: 'the overview table has no Blocking value: assumed blocking' } : {}),
        ...(row.owner ? { owner: row.owner } : {}),
        ...(row.due ? { due: row.due } : {}),
        requires: [],
        items: [],
      }));
      for (const section of withItems) {
        const match = phases.find((phase) => sectionMatches(section.heading, phase));
        if (!match) {
          this.ignored.push(section.heading || '(before the first heading)');
          continue;
        }
        match.items.push(...section.items);
        match.owner ??= section.owner;
        match.due ??= section.due;
      }
    } else {
      phases = withItems.map((section) => {
        const { id, name } = phaseIdentity(section.heading || this.title || 'Plan');
        const tier = section.tier;
        return {
          id,
          name,
          blocking: tier?.blocking ?? true,
          blockingReason: tier
            ? `from '${tier.word}' in the heading`
            : 'no Blocking column, marker or priority tier: assumed blocking',
          ...(section.owner ? { owner: section.owner } : {}),
          ...(section.due ? { due: section.due } : {}),
          requires: [],
          items: section.items,
        };
      });
    }
    if (phases.length === 0) {
      phases.push({
        id: 'P0',
        name: this.title || 'Imported plan',
        blocking: true,
        blockingReason: 'no tasks were found in the document: add them here',
        requires: [],
        items: [],
      });
    }
    uniquePhaseIds(phases);
    assignTaskIds(phases);
    this.applyDependencies(phases);
    return phases;
  }

  private applyDependencies(phases: ImportedPhase[]): void {
    for (const { blocked, dependsOn } of this.dependencies) {
      const targets = phasesNamed(blocked, phases);
      const sources = phasesNamed(dependsOn, phases);
      for (const target of targets) {
        for (const source of sources) {
          if (source === target || target.requires.includes(source.id)) continue;
          // An edge that would close a cycle is dropped: the manifest must stay valid.
          if (reaches(source, target.id, phases)) continue;
          target.requires.push(source.id);
        }
      }
    }
  }
}

/** "P1.*", "P0-P5", "P7.4, P7.5" → the phases those ids belong to. */
function phasesNamed(text: string, phases: readonly ImportedPhase[]): ImportedPhase[] {
  const found = new Set<ImportedPhase>();
  const byId = new Map(phases.map((phase) => [phase.id.toLowerCase(), phase]));
  for (const range of text.matchAll(/\b([A-Za-z]+)(\d+)\s*[-–—]\s*\1?(\d+)\b/g)) {
    for (let n = Number(range[2]); n <= Number(range[3]); n++) {
      const phase = byId.get(`${range[1]!.toLowerCase()}${n}`);
      if (phase) found.add(phase);
    }
  }
  for (const token of text.matchAll(/\b([A-Za-z]*\d+)(?:\.[\w*]+)*/g)) {
    const phase = byId.get(token[1]!.toLowerCase());
    if (phase) found.add(phase);
  }
  return [...found];
}

function reaches(from: ImportedPhase, id: string, phases: readonly ImportedPhase[]): boolean {
  const byId = new Map(phases.map((phase) => [phase.id, phase]));
  const seen = new Set<string>();
  const stack = [from.id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === id) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(byId.get(next)?.requires ?? []));
  }
  return false;
}

function sectionMatches(heading: string, phase: ImportedPhase): boolean {
  const text = heading.toLowerCase();
  const id = phase.id.toLowerCase();
  if (text === id || text.startsWith(`${id} `) || new RegExp(`^${escapeRegExp(id)}\\b[^.\\w]`).test(text)) return true;
  const numbered = /^(?:phase|milestone|stage|step)\s+(\d+)\b/i.exec(heading);
  if (numbered && /\d+$/.exec(phase.id)?.[0] === numbered[1]) return true;
  const name = phaseIdentity(heading).name.toLowerCase();
  return name === phase.name.toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits "[x] a; [ ] b" into its entries; a line without boxes is one entry. */
function splitEntries(text: string): { status?: TaskStatus; text: string }[] {
  const boxes = [...text.matchAll(BOX)];
  if (boxes.length === 0 || text.slice(0, boxes[0]!.index).trim() !== '') return [splitMarker(text)];
  return boxes.map((box, i) => {
    const end = i + 1 < boxes.length ? boxes[i + 1]!.index : text.length;
    const body = text.slice(box.index + box[0].length, end).replace(/[;,]\s*$/, '').trim();
    const mark = box[1]!;
    const status: TaskStatus = mark === 'x' || mark === 'X' ? 'done' : mark === '~' || mark === '-' ? 'in-progress' : 'todo';
    return { status, text: body };
  });
}

function hasMarkedItems(list: List): boolean {
  return list.children.some((item) => {
    const paragraph = item.children.find((child) => child.type === 'paragraph');
    const text = paragraph ? toString(paragraph) : '';
    return (
      item.checked !== null && item.checked !== undefined ||
      BOX.test(text) ||
      splitMarker(text).status !== undefined ||
      item.children.some((child) => child.type === 'list' && hasMarkedItems(child))
    );
  });
}

/** "✅ = Task is complete", "[x] Done" — a legend, not work. */
function isLegend(text: string): boolean {
  const trimmed = text.trim();
  return /^(?:=|:|means\b|[-–—]\s)/i.test(trimmed) || /^(?:done|complete|not started|in progress|todo|blocked)\.?$/i.test(trimmed);
}

/** "Owner: Platform  Target: 2025-09-22" — about the phase, not a task. */
function isMetadata(text: string): boolean {
  return /^(?:owners?|assignee|target|due|deadline)\s*:/i.test(text.trim()) && !/[.!?]\s+\w+\s+\w+/.test(text);
}

function makeItem(raw: string, status: TaskStatus, acceptance: boolean): ImportedItem | undefined {
  let text = raw.trim();
  let isAcceptance = acceptance;
  const prefix = /^acceptance\s*:\s*/i.exec(text);
  if (prefix) {
    isAcceptance = true;
    text = text.slice(prefix[0].length);
  }
  const idMatch = /^([A-Za-z]{1,4}\d+(?:\.\d+)+[a-z]?|[A-Za-z]{1,4}\d+[a-z]|[A-Za-z]{1,4}\d+\.acc\d+)\b\s*[:\-–—]?\s+/.exec(text);
  const owner = /\((?:owner\s*:\s*)?(@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?)\)|\bowner\s*:\s*([^;,|()]+?)(?=\s{2,}|[;,|()]|$)/i.exec(text);
  const due = /\b(?:target|due|deadline|eta|by)\s*:?\s*(\d{4}-\d{2}-\d{2})/i.exec(text)?.[1];
  const title = stripDecorations(idMatch ? text.slice(idMatch[0].length) : text);
  if (!title) return undefined;
  return {
    ...(idMatch ? { id: idMatch[1]! } : {}),
    title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
    status,
    ...(owner ? { owner: (owner[1] ?? owner[2]!).trim() } : {}),
    ...(due && isRealDate(due) ? { due } : {}),
    links: findLinks(text),
    acceptance: isAcceptance,
  };
}

function findLinks(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/https?:\/\/[^\s)>\]]+\/(?:issues|pull|pulls)\/\d+|(?<![\w&/#])(?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)?#\d+\b/g)) {
    if (parseLink(match[0])) found.add(match[0]);
  }
  return [...found];
}

/** Drops emphasis leftovers, emoji markers, trailing colons and tier parentheses. */
function stripDecorations(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
    .replace(/\uFFFD/g, ' ')
    .replace(/\s*\((?:[^()]*\b(?:priority|critical|high|medium|low|must|optional|nice to have|if applicable|blocking)\b[^()]*)\)/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:–—-]+|[\s:]+$/g, '')
    .trim();
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function phaseIdentity(heading: string): { id: string; name: string } {
  const text = stripDecorations(heading);
  const numbered = /^(phase|milestone|stage|step|part)\s+(\d+)\s*[:.)–—-]*\s*(.*)$/i.exec(text);
  if (numbered) return { id: `${numbered[1]![0]!.toUpperCase()}${numbered[2]}`, name: numbered[3] || text };
  const coded = /^([A-Za-z]{1,4}\d+)\b\s*[:.)–—-]*\s*(.*)$/.exec(text);
  if (coded) return { id: coded[1]!, name: coded[2] || text };
  const counted = /^(\d+(?:\.\d+)*)[.)]\s*(.*)$/.exec(text);
  if (counted) return { id: counted[1]!, name: counted[2] || text };
  return { id: slug(text) || 'phase', name: text || 'Untitled phase' };
}

function slug(text: string): string {
  const full = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= 40) return full;
  // Cut long slugs at a word boundary.
  const cut = full.slice(0, 41);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, 40);
}

function sanitizeId(text: string): string {
  return stripDecorations(text).replace(/\s+/g, '-').replace(/[^A-Za-z0-9._-]/g, '');
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

function uniquePhaseIds(phases: ImportedPhase[]): void {
  const used = new Set<string>();
  for (const phase of phases) {
    let id = phase.id;
    for (let n = 2; used.has(id); n++) id = `${phase.id}-${n}`;
    phase.id = id;
    used.add(id);
  }
}

function assignTaskIds(phases: ImportedPhase[]): void {
  const used = new Set<string>();
  for (const phase of phases) {
    let task = 0;
    let acceptance = 0;
    for (const item of phase.items) {
      const base = item.id ?? (item.acceptance ? `${phase.id}.acc${++acceptance}` : `${phase.id}.${++task}`);
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      item.id = id;
      used.add(id);
    }
  }
}

function toManifest(title: string | undefined, phases: readonly ImportedPhase[]): ManifestData {
  const item = (entry: ImportedItem) => ({
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
  } as ManifestData;
}

function toYaml(manifest: ManifestData, phases: readonly ImportedPhase[], ignored: readonly string[], file: string): string {
  const output = structuredClone(manifest) as unknown as Record<string, unknown> & { phases: Record<string, unknown>[] };
  for (const phase of output.phases) {
    if ((phase.requires as string[]).length === 0) delete phase.requires;
    if ((phase.acceptance as unknown[]).length === 0) delete phase.acceptance;
  }
  const doc = new Document(output);
  const header = [
    ` Imported from ${file} by readiness-gate import. Check the guesses noted in comments,`,
    ' then validate with: readiness-gate check <this file>',
  ];
  if (ignored.length > 0) {
    header.push(` Sections with tasks that the phase overview table does not list were left out:`);
    for (const heading of ignored) header.push(`   - ${heading}`);
  }
  doc.commentBefore = header.join('\n');
  phases.forEach((phase, p) => {
    const blocking = doc.getIn(['phases', p, 'blocking'], true) as { comment?: string } | undefined;
    if (blocking && phase.blockingReason) blocking.comment = ` ${phase.blockingReason}`;
    let task = 0;
    let acceptance = 0;
    for (const entry of phase.items) {
      const path = entry.acceptance ? ['phases', p, 'acceptance', acceptance++] : ['phases', p, 'tasks', task++];
      if (!entry.guess) continue;
      const status = doc.getIn([...path, 'status'], true) as { comment?: string } | undefined;
      if (status) status.comment = ` ${entry.guess}`;
    }
  });
  return doc.toString({ lineWidth: 0 });
}

