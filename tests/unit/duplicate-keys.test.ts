/**
 * Duplicate keys are found in one pass per mapping rather than by yaml's own check, which
 * compares every key with every earlier one: the manifest must report exactly the places
 * yaml's `uniqueKeys` reports, on random documents whose keys repeat.
 */
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { ConfigError } from '../../src/core/shared/errors.js';
import { random, type Random } from '../support/random.js';

const SEED = Number(process.env.READINESS_KEYS_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.READINESS_KEYS_RUNS ?? 300);
const KEYS = ['a', 'b', '"a"', "'b'", '1', '01', 'true', 'null', '~', '.nan', '.NaN', '1.0', '"1"', '? a', '&x a', '*x '];

function scalarKey(r: Random): string {
  return r.pick(KEYS);
}

/** A random mapping, block or flow, nested a little, whose keys often repeat. */
function mapping(r: Random, indent: string, depth: number): string {
  if (depth > 0 && r.chance(0.3)) {
    const pairs = Array.from({ length: 1 + r.int(4) }, () => `${r.pick(['a', 'b', '1', '"a"'])}: ${r.int(9)}`);
    return ` { ${pairs.join(', ')} }`;
  }
  const lines = Array.from({ length: 1 + r.int(5) }, () => {
    const key = scalarKey(r);
    const value = depth < 2 && r.chance(0.3) ? mapping(r, `${indent}  `, depth + 1) : ` ${r.int(9)}`;
    return key.startsWith('? ') ? `${indent}${key}\n${indent}:${value}` : `${indent}${key}:${value}`;
  });
  return `${depth > 0 ? '\n' : ''}${lines.join('\n')}`;
}

/**
 * Where yaml's own check puts duplicate keys, as line:col. yaml places some at the end of
 * the line before the key (where the key's properties end); the manifest names the key
 * itself, so the comparison starts at the first character that is not white space.
 */
function yamlDuplicates(text: string): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter: lines, prettyErrors: false });
  return doc.errors
    .filter((error) => error.code === 'DUPLICATE_KEY')
    .map((error) => {
      let at = error.pos[0];
      while (/\s/.test(text[at] ?? '')) at++;
      const { line, col } = lines.linePos(at);
      return `${line}:${col}`;
    });
}

function manifestDuplicates(text: string): string[] {
  try {
    parseManifest(text, 'readiness.yml');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems
      .filter((problem) => problem.message.includes('Map keys must be unique'))
      .map((problem) => `${problem.line}:${problem.column}`);
  }
  return [];
}

describe(`duplicate keys (seed ${SEED}; READINESS_KEYS_SEED replays)`, () => {
  it('are reported where yaml reports them', () => {
    const r = random(SEED);
    let withDuplicates = 0;
    for (let run = 0; run < RUNS; run++) {
      // An anchor keeps the plain reader out, so yaml reads every document.
      const text = `x0: &x anchor\n${mapping(r, '', 0)}\n`;
      const expected = yamlDuplicates(text);
      if (expected.length > 0) withDuplicates++;
      expect(manifestDuplicates(text), `seed ${SEED}, run ${run}:\n${text}`).toEqual(expected);
    }
    // The generator did make documents with repeated keys.
    expect(withDuplicates).toBeGreaterThan(RUNS / 4);
  });
});
