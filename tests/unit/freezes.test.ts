import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/shared/errors.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { freezesAt, type Moment, type PullRequestLabel } from '../../src/core/freezes/moment.js';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { LinkStates } from '../../src/core/links/links.js';
import { freezeWords, localTime } from '../../src/core/views/freeze-words.js';
import { statusFor } from '../../src/github/statuses.js';

const PLAN = `version: 1
phases:
  - id: P0
    name: Security
    blocking: true
    tasks:
      - { id: P0.1, title: Secrets, status: done }
`;

/** The manifest with one freeze window, written as the lines under `- `. */
function windows(...entries: string[]) {
  const freezes = entries.map((entry) => `  - ${entry.trim().split('\n').join('\n    ')}`).join('\n');
  return parseManifest(`${PLAN}freezes:\n${freezes}\n`, 'readiness.yml').freezes;
}

const at = (iso: string): Moment => ({ instant: Date.parse(iso) });

/** Each window's state at the moment: "name: open until …", "name: upcoming from …", or nothing. */
function judged(entries: string[], moment: Moment, options: { gate?: string; labels?: PullRequestLabel[] } = {}) {
  return freezesAt(windows(...entries), options.gate ?? 'merge', moment, options.labels).map(
    (freeze) => `${freeze.state} ${freeze.from} → ${freeze.until}`,
  );
}

describe('freeze windows across daylight saving', () => {
  // Berlin springs forward on 29 March 2026 at 02:00 CET (01:00 UTC) to 03:00 CEST.
  const nightly = 'name: Nightly\nevery: "0 1 * * *"\nfor: 3h\ntimezone: Europe/Berlin';

  it('Europe/Berlin: a nightly window opens at 01:00 local time on both sides of the change and lasts 3 elapsed hours', () => {
    // 01:00 CET is 00:00 UTC; three elapsed hours later it is 05:00 CEST (03:00 UTC).
    expect(judged([nightly], at('2026-03-29T02:59:59Z'))).toEqual(['open 2026-03-29T00:00:00.000Z → 2026-03-29T03:00:00.000Z']);
    expect(judged([nightly], at('2026-03-29T03:00:00Z'))).toEqual(['upcoming 2026-03-29T23:00:00.000Z → 2026-03-30T02:00:00.000Z']);
    // The next night 01:00 is CEST, 23:00 UTC the day before.
    expect(judged([nightly], at('2026-03-29T23:30:00Z'))).toEqual(['open 2026-03-29T23:00:00.000Z → 2026-03-30T02:00:00.000Z']);
    expect(localTime('2026-03-29T03:00:00.000Z', 'Europe/Berlin')).toBe('Sun 29 Mar 05:00 CEST');
  });

  it('Europe/Berlin: a fixed window over the autumn change is an hour longer than its wall-clock span', () => {
    const [report] = freezesAt(
      windows('name: Launch\nfrom: 2026-10-24T12:00\nuntil: 2026-10-26T12:00\ntimezone: Europe/Berlin'),
      'merge',
      at('2026-10-25T12:00:00Z'),
    );
    expect(report).toMatchObject({ state: 'open', from: '2026-10-24T10:00:00.000Z', until: '2026-10-26T11:00:00.000Z' });
    expect(Date.parse(report!.until) - Date.parse(report!.from)).toBe(49 * 3_600_000);
  });

  it('America/New_York: a Friday-afternoon window of 67 h ends at 10:00 EDT on the Monday after the spring change', () => {
    const friday = 'name: No Friday releases\nevery: "0 14 * * 5"\nfor: 67h\ntimezone: America/New_York';
    // Friday 6 March 14:00 EST is 19:00 UTC; clocks go forward on Sunday 8 March.
    expect(judged([friday], at('2026-03-08T12:00:00Z'))).toEqual(['open 2026-03-06T19:00:00.000Z → 2026-03-09T14:00:00.000Z']);
    expect(localTime('2026-03-09T14:00:00.000Z', 'America/New_York')).toBe('Mon 9 Mar 10:00 EDT');
    // The next Friday 14:00 is EDT: 18:00 UTC.
    expect(judged([friday], at('2026-03-09T14:00:00Z'))).toEqual(['upcoming 2026-03-13T18:00:00.000Z → 2026-03-16T13:00:00.000Z']);
  });

  it('a local moment is read in each window’s own zone', () => {
    const berlin = 'name: Berlin\nfrom: 2026-12-24T09:00\nuntil: 2026-12-24T11:00\ntimezone: Europe/Berlin';
    const newYork = 'name: New York\nfrom: 2026-12-24T09:00\nuntil: 2026-12-24T11:00\ntimezone: America/New_York';
    const reports = freezesAt(windows(berlin, newYork), 'merge', { local: '2026-12-24T10:00' });
    expect(reports.map((r) => [r.name, r.state, r.at])).toEqual([
      ['Berlin', 'open', '2026-12-24T09:00:00.000Z'],
      ['New York', 'open', '2026-12-24T15:00:00.000Z'],
    ]);
  });
});

describe('recurring windows over midnight and a weekend', () => {
  const weekend = 'name: Weekend\nevery: "0 22 * * 5"\nfor: 60h';
  const lateNight = 'name: Late night\nevery: "30 23 * * *"\nfor: 1h';

  it('a window opening on Friday 22:00 holds through Saturday and Sunday until Monday 10:00', () => {
    const open = ['open 2026-06-05T22:00:00.000Z → 2026-06-08T10:00:00.000Z'];
    expect(judged([weekend], at('2026-06-05T22:00:00Z'))).toEqual(open);
    expect(judged([weekend], at('2026-06-06T03:00:00Z'))).toEqual(open);
    expect(judged([weekend], at('2026-06-07T23:59:59Z'))).toEqual(open);
    expect(judged([weekend], at('2026-06-08T09:59:59.999Z'))).toEqual(open);
    // Closed; the next Friday's window is mentioned, as it opens within the week.
    expect(judged([weekend], at('2026-06-08T10:00:00Z'))).toEqual(['upcoming 2026-06-12T22:00:00.000Z → 2026-06-15T10:00:00.000Z']);
    expect(judged([weekend], at('2026-06-05T21:59:59Z'))).toEqual(['upcoming 2026-06-05T22:00:00.000Z → 2026-06-08T10:00:00.000Z']);
  });

  it('a window opened before midnight is still open after it', () => {
    expect(judged([lateNight], at('2026-06-06T00:15:00Z'))).toEqual(['open 2026-06-05T23:30:00.000Z → 2026-06-06T00:30:00.000Z']);
    expect(judged([lateNight], at('2026-06-06T00:30:00Z'))).toEqual(['upcoming 2026-06-06T23:30:00.000Z → 2026-06-07T00:30:00.000Z']);
  });

  it('openings that come before the window closes keep it open', () => {
    const overlapping = 'name: Busy days\nevery: "0 9 * * 1-5"\nfor: 25h';
    // Monday 09:00 to Saturday 10:00: each weekday's opening falls inside the day before's.
    expect(judged([overlapping], at('2026-06-03T12:00:00Z'))).toEqual(['open 2026-06-03T09:00:00.000Z → 2026-06-06T10:00:00.000Z']);
  });
});

describe('fixed windows at their edges', () => {
  const yearEnd = 'name: Year-end freeze\nfrom: 2026-12-18T17:00\nuntil: 2027-01-04T09:00\ntimezone: Europe/Berlin';

  it('from is inclusive and until exclusive, to the millisecond', () => {
    expect(judged([yearEnd], at('2026-12-18T15:59:59.999Z'))).toEqual(['upcoming 2026-12-18T16:00:00.000Z → 2027-01-04T08:00:00.000Z']);
    expect(judged([yearEnd], at('2026-12-18T16:00:00.000Z'))).toEqual(['open 2026-12-18T16:00:00.000Z → 2027-01-04T08:00:00.000Z']);
    expect(judged([yearEnd], at('2027-01-04T07:59:59.999Z'))).toEqual(['open 2026-12-18T16:00:00.000Z → 2027-01-04T08:00:00.000Z']);
    expect(judged([yearEnd], at('2027-01-04T08:00:00.000Z'))).toEqual([]);
  });

  it('a window opening in more than 7 days is not mentioned; within 7 days it is', () => {
    expect(judged([yearEnd], at('2026-12-11T15:59:59Z'))).toEqual([]);
    expect(judged([yearEnd], at('2026-12-11T16:00:00Z'))).toHaveLength(1);
  });
});

describe('a freeze in the verdict', () => {
  const release =
    'name: Year-end freeze\nfrom: 2026-12-18T17:00\nuntil: 2027-01-04T09:00\ntimezone: Europe/Berlin\ngates: [release]\noverride: { label: freeze-exception }';
  const manifest = parseManifest(`${PLAN}freezes:\n  - ${release.split('\n').join('\n    ')}\n`, 'readiness.yml');
  const judge = (gate: string, labels?: PullRequestLabel[]) =>
    evaluate(manifest, {
      gate,
      today: '2026-12-30',
      moment: at('2026-12-30T08:00:00Z'),
      links: new LinkStates(),
      ...(labels ? { pullRequest: { number: 7, touchedPhases: new Set<string>(), labels } } : {}),
    });

  it('holds the gate it names, in words with its end in the window’s zone; leaves the others alone', () => {
    const frozen = judge('release');
    expect(frozen).toMatchObject({ ready: false, frozen: true, incompletePhases: [] });
    expect(freezeWords(frozen).headline).toBe('frozen — Year-end freeze until Mon 4 Jan 09:00 CET (in 5 days)');
    // What a reader can do about it: the window's label.
    expect(freezeWords(frozen).notes).toEqual(['A pull request carrying the label freeze-exception passes Year-end freeze']);
    expect(statusFor(frozen)).toEqual({
      state: 'failure',
      description: '❄️ frozen — Year-end freeze until Mon 4 Jan 09:00 CET · 100% complete (1/1 items)',
    });
    expect(judge('merge')).toMatchObject({ ready: true, frozen: false, freezes: [] });
  });

  it('a pull request with the override label passes, and the report says since when', () => {
    const passed = judge('release', [{ name: 'Freeze-Exception', addedAt: '2026-12-29T09:30:00Z' }]);
    expect(passed).toMatchObject({ ready: true, frozen: false, freezes: [{ state: 'overridden', overriddenSince: '2026-12-29T09:30:00Z' }] });
    expect(freezeWords(passed).notes).toEqual([
      'Year-end freeze is open until Mon 4 Jan 09:00 CET, but this pull request carries its label freeze-exception, there since Tue 29 Dec 10:30 CET: it passes',
    ]);
    expect(judge('release', [{ name: 'other' }])).toMatchObject({ ready: false, frozen: true });
  });

  it('a manifest without freezes has none in its report', () => {
    const plain = evaluate(parseManifest(PLAN, 'readiness.yml'), {
      gate: 'merge',
      today: '2026-12-30',
      moment: at('2026-12-30T08:00:00Z'),
      links: new LinkStates(),
    });
    expect(plain.ready).toBe(true);
    expect('frozen' in plain || 'freezes' in plain).toBe(false);
  });
});

describe('freeze window mistakes are errors at their lines', () => {
  function problemsOf(entry: string): string[] {
    try {
      parseManifest(`${PLAN}freezes:\n  - ${entry.split('\n').join('\n    ')}\n`, 'readiness.yml');
    } catch (error) {
      if (error instanceof ConfigError) return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
      throw error;
    }
    return [];
  }

  it.each([
    [
      'a bad cron',
      'name: F\nevery: "0 25 * * 5"\nfor: 2h',
      "10:12 bad cron '0 25 * * 5' for 'every' in freeze window 'F' — Invalid value for hour: 25",
    ],
    [
      'a cron of six fields',
      'name: F\nevery: "0 0 14 * * 5"\nfor: 2h',
      "10:12 bad cron '0 0 14 * * 5' for 'every' in freeze window 'F' — mode '5-part' requires",
    ],
    ['a cron that never comes', 'name: F\nevery: "0 0 30 2 *"\nfor: 2h', '10:12 bad cron'],
    [
      'an unknown time zone',
      'name: F\nevery: "0 14 * * 5"\nfor: 2h\ntimezone: Europe/Berln',
      "12:15 unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)",
    ],
    [
      'until before from',
      'name: F\nfrom: 2026-12-18T17:00\nuntil: 2026-12-18T09:00',
      "11:12 'until' 2026-12-18T09:00 is not after 'from' 2026-12-18T17:00 in freeze window 'F'",
    ],
    [
      'a fixed window over 90 days',
      'name: F\nfrom: 2026-01-01T00:00\nuntil: 2026-04-02T00:00',
      "11:12 freeze window 'F' is open 91 days — at most 90",
    ],
    ['a recurring window over 90 days', 'name: F\nevery: "0 0 1 * *"\nfor: 91d', "11:10 freeze window 'F' stays open 91d — at most 90 days"],
    [
      'a gate that does not exist',
      'name: F\nevery: "0 14 * * 5"\nfor: 2h\ngates: [relase]',
      "12:13 freeze window 'F' names gate 'relase' (did you mean 'release'?), which does not exist",
    ],
    [
      'both kinds at once',
      'name: F\nfrom: 2026-12-18T17:00\nuntil: 2026-12-19T09:00\nevery: "0 14 * * 5"\nfor: 2h',
      "9:5 freeze window 'F' needs either 'from' and 'until' (a fixed window) or 'every' and 'for' (a recurring one), not both",
    ],
    ['half a window', 'name: F\nfrom: 2026-12-18T17:00', "9:5 freeze window 'F' is missing 'until'"],
    ['a bad duration', 'name: F\nevery: "0 14 * * 5"\nfor: 2 hours', "11:10 bad duration '2 hours' for 'for' in freeze window 'F'"],
    [
      'a time that does not exist',
      'name: F\nfrom: 2026-02-30T17:00\nuntil: 2026-03-02T09:00',
      "10:11 bad time '2026-02-30T17:00' for 'from' in freeze window 'F'",
    ],
    [
      'an empty list of gates, which would hold none',
      'name: F\nfrom: 2026-12-18T17:00\nuntil: 2026-12-20T09:00\ngates: []',
      "12:12 freeze window 'F' lists no gate in 'gates'",
    ],
    [
      'a window that opens again before it closes',
      'name: F\nevery: "0 0 * * *"\nfor: 25h',
      "11:10 freeze window 'F' stays open 25h and opens again before it closes at each of the 120 openings looked at, so it would not close",
    ],
    [
      'a window that is open all the time',
      'name: F\nevery: "* * * * *"\nfor: 1m',
      "11:10 freeze window 'F' stays open 1m and opens again before it closes at each of the 120 openings",
    ],
    ['windows that chain for longer than 90 days', 'name: F\nevery: "0 0 * * 1"\nfor: 100d', "11:10 freeze window 'F' stays open 100d"],
    [
      'an unknown key',
      'name: F\nevery: "0 14 * * 5"\nfor: 2h\noverride: { lable: x }',
      "12:17 unknown key 'lable' in freeze window 'F' (did you mean 'label'?)",
    ],
  ])('%s', (_, entry, expected) => {
    const found = problemsOf(entry);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });
});
