import type { Block } from '../3-structure.js';
import { countGuess, type AccountEntry, type Section } from '../model.js';
import { readTable } from '../classify/tables.js';
import { frame, newSection, noteSkipped, skipWords, type State } from './state.js';
import { NOT_A_TASK } from './account.js';
import { shorten } from '../classify/text.js';
import { readDue } from './tasks.js';

/** A table: an overview of the phases, their dependencies, or tasks — in the current section, or in one per phase it names. */
export function readTableBlock(state: State, block: Extract<Block, { kind: 'table' }>): void {
  const current = frame(state);
  const table = readTable(block.header, block.rows, state.legend, state.reading.guesses);
  const entries = block.rows.map((row) => rowEntry(state, row));
  switch (table.kind) {
    case 'overview':
      state.reading.shape.tablesRead++;
      state.reading.overview.push(...table.rows);
      return explainRows(entries, 'a row of the phase overview table');
    case 'dependencies':
      state.reading.shape.tablesRead++;
      state.reading.dependencies.push(...table.rows);
      return explainRows(entries, 'a row of the table of dependencies between phases');
    case 'other':
      return explainRows(entries, current.skip ? `in '${shorten(current.section.heading, 60)}': ${skipWords(current.skip)}` : table.reason);
    case 'tasks':
      break;
  }
  if (current.skip) {
    countGuess(state.reading.guesses, 'not a task', table.items.length);
    state.reading.shape.skipped += table.items.length;
    for (let i = 0; i < table.items.length; i++) noteSkipped(state, current.section.heading, current.skip);
    return explainRows(entries, `in '${shorten(current.section.heading, 60)}': ${skipWords(current.skip)}`);
  }
  table.items.forEach((item, i) => entries[table.rowOf[i]!]!.items.push(item));
  explainRows(entries, NOT_A_TASK.emptyRow);
  state.reading.shape.tablesRead++;
  const byPhase = new Map<string, Section>();
  table.items.forEach((item, i) => {
    if (item.owner === undefined && current.owner) item.owner = current.owner;
    if (current.acceptance) item.acceptance = true;
    const phase = table.phaseOf[i];
    if (!phase) return void current.section.items.push(item);
    let section = byPhase.get(phase);
    if (!section) {
      section = newSection(phase, [...current.section.trail, phase], block.line, current.section.tier);
      byPhase.set(phase, section);
      state.reading.sections.push(section);
    }
    section.items.push(item);
  });
  for (const item of table.items) {
    if (item.undated) readDue(state, item, item.undated, false);
    delete item.undated;
    const guessed = item.comments.filter((c) => c.field === 'status').length;
    if (guessed) countGuess(state.reading.guesses, 'status guessed', guessed);
    if (item.comments.some((c) => /date left out/.test(c.text))) countGuess(state.reading.guesses, 'date left out');
  }
}

function rowEntry(state: State, row: { cells: { text: string }[]; line: number }): AccountEntry {
  let text = '';
  for (const cell of row.cells) {
    if (text.length > 120) break;
    text += text ? ` | ${cell.text}` : cell.text;
  }
  const entry: AccountEntry = { line: row.line, text: text.trim() ? shorten(text, 120) : '(an empty row)', items: [] };
  state.reading.account.push(entry);
  return entry;
}

/** Rows of no task say why. */
function explainRows(entries: readonly AccountEntry[], reason: string): void {
  for (const entry of entries) if (entry.items.length === 0) entry.reason ??= reason;
}
