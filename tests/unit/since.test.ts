import { describe, expect, it } from 'vitest';
import { historyLine, readHistory, type History } from '../../src/core/views/since.js';

const history = (items: [string, 'done' | 'todo'][]): History => ({
  now: { phases: new Map([['beta', 'incomplete']]), items: new Map(items) },
});

describe('the history a comment keeps', () => {
  it('reads back what it wrote, milestone items (`#12`) among the ids', () => {
    const kept = history([
      ['#12', 'todo'],
      ['P1.2', 'done'],
    ]);
    expect(readHistory(`report\n${historyLine(kept)}\n`)).toEqual(kept);
  });

  it('counts a line it did not write as absent', () => {
    const line = historyLine(history([['P1', 'done']]));
    for (const forged of [line.replace('P1=d', 'P1=z'), line.replace('P1', 'P 1'), line.replace('1 now', '2 now')]) {
      expect(readHistory(`report\n${forged}\n`)).toBeUndefined();
    }
  });
});
