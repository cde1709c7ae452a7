/**
 * "Never a green it cannot justify": manifests whose gates, paths or links could make a
 * gate pass without grounds are errors at the line of the mistake, with the fix.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/shared/errors.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';

function problems(yaml: string, serverHost?: string): string[] {
  try {
    parseManifest(`version: 1\n${yaml}`, 'readiness.yml', serverHost ? { serverHost } : {});
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  return [];
}

const PHASE = 'phases:\n  - id: P0\n    name: a\n    blocking: true\n    tasks:\n';

describe('gates that select nothing', () => {
  it('an empty list is an error at the gate', () => {
    expect(problems(`${PHASE}      - { id: T, title: t }\ngates:\n  v1: { phases: [] }\n`)).toEqual([
      "readiness.yml:9:17 gate 'v1' selects no phase — list the phases it needs, e.g. phases: [P0], or use 'blocking' or 'all'",
    ]);
  });

  it("'blocking' with no blocking phase is an error at the gate, naming the fix", () => {
    const [message] = problems('phases:\n  - id: P0\n    name: a\ngates:\n  merge: { phases: blocking }\n');
    expect(message).toMatch(/^readiness\.yml:6:20 gate 'merge' selects the blocking phases, but no phase is marked 'blocking: true'/);
    expect(message).toContain("mark the phases that must be complete with 'blocking: true'");
  });
});

describe('paths that can never match', () => {
  it('paths: [] is an error', () => {
    expect(problems(`${PHASE}      - { id: T, title: t }\n    paths: []\n`)).toEqual([
      "readiness.yml:8:12 'paths' of phase 'P0' is empty, so no pull request could touch it — list globs such as 'deploy/prod/**', or remove 'paths' to gate the phase on every pull request",
    ]);
  });

  it.each([
    ['/deploy/**', 'deploy/**'],
    ['./deploy/prod/*.yaml', 'deploy/prod/*.yaml'],
  ])('%s names the form that would match', (pattern, fixed) => {
    expect(problems(`${PHASE}      - { id: T, title: t }\n    paths: ["${pattern}"]\n`)).toEqual([
      `readiness.yml:8:13 paths pattern '${pattern}' can never match: changed files are named from the repository root, without a leading '/' or './' — write '${fixed}'`,
    ]);
  });
});

describe('links the run cannot verify', () => {
  it.each(['https://gitlab.com/acme/api/issues/1', 'https://evil.example/acme/api/issues/1'])('%s is an error at its line', (url) => {
    expect(problems(`${PHASE}      - { id: T, title: t, status: done, links: ["${url}"] }\n`)).toEqual([
      `readiness.yml:7:50 link '${url}' is not on github.com, the GitHub this run verifies links on — link the issue or pull request on github.com, or write it as owner/repo#N`,
    ]);
  });

  it('on Enterprise Server, github.com links are the foreign ones', () => {
    const yaml = `${PHASE}      - { id: T, title: t, links: ["https://ghe.example.com/acme/api/pull/7", "https://github.com/acme/api/issues/1"] }\n`;
    expect(problems(yaml, 'ghe.example.com')).toEqual([
      "readiness.yml:7:79 link 'https://github.com/acme/api/issues/1' is not on ghe.example.com, the GitHub this run verifies links on — link the issue or pull request on ghe.example.com, or write it as owner/repo#N",
    ]);
  });

  it.each(['#2147483648', 'acme/api#99999999999999999999'])('%s is past GitHub range', (link) => {
    expect(problems(`${PHASE}      - { id: T, title: t, links: ["${link}"] }\n`)).toEqual([
      `readiness.yml:7:36 link '${link}' has a number past GitHub's range (1 to 2147483647) — is it an issue's id rather than its number?`,
    ]);
  });

  it('the largest number GitHub can have is accepted', () => {
    expect(problems(`${PHASE}      - { id: T, title: t, links: ["#2147483647"] }\n`)).toEqual([]);
  });
});

describe('every mistake in one pass', () => {
  it('a shape error and a reference error are reported together', () => {
    const found = problems(`${PHASE}      - { id: T, title: t, status: dne }\n  - id: P1\n    name: b\n    requires: [P9]\n    blocking: maybe\n`);
    expect(found).toEqual([
      "readiness.yml:7:36 unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)",
      "readiness.yml:11:15 'blocking' in phase 'P1' must be true or false, not a string",
      "readiness.yml:10:16 requires unknown phase 'P9' (did you mean 'P0'?) — phases are P0 and P1",
    ]);
  });
});
