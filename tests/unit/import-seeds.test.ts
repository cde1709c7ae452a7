import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { importMarkdown } from '../../src/core/import/importer.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';

/** The plans this product replaces, kept beside the repository; the tests run where they are. */
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix))!;
  return parseManifest(importMarkdown(readFileSync(new URL(name, SEEDS), 'utf8'), name).yaml, 'readiness.yml');
};

describe.skipIf(!existsSync(SEEDS))('the seed documents import as before', () => {
  it('000: the tracking matrix leaves P2, P3 and P6 incomplete and blocking', () => {
    const report = evaluate(seed('000'), { gate: 'merge', today: '2026-01-01', links: 'offline' });
    expect(report.incompletePhases).toEqual(['P2', 'P3', 'P6']);
  });

  it('001: the milestone roadmap has 39 tasks done and 11 open', () => {
    const items = seed('001').data.phases.flatMap((phase) => [...phase.tasks, ...phase.acceptance]);
    expect(items.filter((item) => item.status === 'done')).toHaveLength(39);
    expect(items.filter((item) => item.status !== 'done')).toHaveLength(11);
  });

  it('002: CRITICAL and HIGH sections block, MEDIUM ones do not', () => {
    const phases = seed('002').data.phases;
    const blocking = (name: string) => phases.find((phase) => phase.name === name)?.blocking;
    expect(blocking('AI Service Integration')).toBe(true);
    expect(blocking('Security Hardening')).toBe(true);
    expect(blocking('Celery Task Implementation')).toBe(true);
    expect(blocking('Testing')).toBe(true);
    expect(blocking('Complete Frontend Implementation')).toBe(false);
    expect(blocking('Database Optimizations')).toBe(false);
  });
});
