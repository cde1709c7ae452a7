import type { Block } from '../3-structure.js';
import { countGuess, type Section } from '../model.js';
import { readTable } from '../classify/tables.js';
import { frame, newSection, noteSkipped, type State } from './state.js';

/** A table: an overview of the phases, their dependencies, or tasks — in the current section, or in one per phase it names. */
export function readTableBlock(state: State, block: Extract<Block, { kind: 'table' }>): void {
  const current = frame(state);
  const table = readTable(block.header, block.rows, state.legend, state.reading.guesses);
  switch (table.kind) {
    case 'overview':
      state.reading.shape.tablesRead++;
      state.reading.overview.push(...table.rows);
      return;
    case 'dependencies':
      state.reading.shape.tablesRead++;
      state.reading.dependencies.push(...table.rows);
      return;
    case 'other':
      return;
    case 'tasks':
      break;
  }
  if (current.skip) {
    countGuess(state.reading.guesses, 'not a task', table.items.length);
    state.reading.shape.skipped += table.items.length;
    for (let i = 0; i < table.items.length; i++) noteSkipped(state, current.section.heading, current.skip);
    return;
  }
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
    const guessed = item.comments.filter((c) => c.field === 'status').length;
    if (guessed) countGuess(state.reading.guesses, 'status guessed', guessed);
    if (item.comments.some((c) => /date left out/.test(c.text))) countGuess(state.reading.guesses, 'date left out');
  }
}
