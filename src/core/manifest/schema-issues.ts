import type { z } from 'zod';
import { KNOWN_KEYS, LIMITS } from './schema.js';
import { closest, listInWords, shorten, thousands } from '../shared/words.js';

/** A path into the manifest's data, as zod reports it. */
export type Path = readonly (string | number)[];

/** A zod issue in a plain sentence; `key` is set when the issue is about a key, not a value. */
export interface DescribedIssue {
  message: string;
  key?: string;
}

/** What the failing value is and where it sits, for the sentences below. */
interface IssueSubject {
  path: Path;
  keyName: string;
  value: unknown;
  /** "task 'P0.1'", "phase #2", "gate 'merge'": the object the failing key belongs to. */
  owner: string;
  root: unknown;
}

/** Turns one zod issue into a plain sentence a maintainer can act on. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): DescribedIssue {
  const path = issue.path as Path;
  const key = path[path.length - 1];
  const subject: IssueSubject = {
    path,
    keyName: typeof key === 'string' ? key : 'entry',
    value: valueAtPath(root, path),
    owner: describeOwner(path.slice(0, -1), root),
    root,
  };
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKey(issue.keys[0]!, subject);
    case 'invalid_type':
      return wrongType(issue.expected, subject);
    case 'invalid_value':
      return unknownValue(issue.values.map(String), subject);
    case 'invalid_format':
      return badFormat(issue.format, subject);
    case 'too_small':
      return {
        message: Array.isArray(subject.value)
          ? `'${subject.keyName}' must list at least one entry`
          : `'${subject.keyName}' in ${subject.owner} must not be empty`,
      };
    case 'too_big':
      return tooBig(issue.maximum, subject);
    case 'invalid_union':
      return subject.keyName === 'phases'
        ? { message: `${subject.owner} must select phases as 'blocking', 'all' or a list of phase ids` }
        : { message: `invalid ${subject.keyName} in ${subject.owner}` };
    case 'invalid_key':
      if (issue.issues.some((inner) => inner.code === 'too_big') && typeof key === 'string') {
        return { message: `gate name ${show(key)} is ${thousands(key.length)} characters long — at most ${LIMITS.idLength}` };
      }
      return { message: `invalid gate name ${show(key)} — use only letters, digits, '.', '_' and '-'` };
    default:
      return { message: `${subject.keyName} in ${subject.owner}: ${issue.message}` };
  }
}

function tooBig(maximum: number | bigint, { keyName, value, owner }: IssueSubject): DescribedIssue {
  const most = thousands(Number(maximum));
  if (Array.isArray(value)) {
    return { message: `'${keyName}' in ${owner} lists ${thousands(value.length)} entries — at most ${most}` };
  }
  const length = typeof value === 'string' ? thousands(value.length) : 'too many';
  const what = keyName === 'entry' ? `an entry in ${owner}` : `'${keyName}' in ${owner}`;
  return { message: `${what} is ${length} characters long — at most ${most}` };
}

/**
 * A misspelt key is one mistake, not two: where an unknown key is the near miss of a
 * required key that is missing beside it ('titel' for 'title'), only the unknown key is
 * reported, with its "did you mean".
 */
export function withoutMissingMisspelt(issues: readonly z.core.$ZodIssue[], root: unknown): z.core.$ZodIssue[] {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path as Path;
    for (const key of issue.keys) {
      const guess = closest(key, knownKeysAt(path));
      if (guess) meant.add(JSON.stringify([...path, guess]));
    }
  }
  if (meant.size === 0) return [...issues];
  const missing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && valueAtPath(root, issue.path as Path) === undefined;
  return issues.filter((issue) => !(missing(issue) && meant.has(JSON.stringify(issue.path))));
}

function unknownKey(unknown: string, subject: IssueSubject): DescribedIssue {
  const known = knownKeysAt(subject.path);
  const guess = closest(unknown, known);
  return {
    key: unknown,
    message:
      `unknown key '${shorten(unknown)}' in ${describeOwner(subject.path, subject.root)}` +
      (guess ? ` (did you mean '${guess}'?)` : ` — expected ${listInWords(known, 'or')}`),
  };
}

function wrongType(expected: string, subject: IssueSubject): DescribedIssue {
  const { path, keyName, value, owner } = subject;
  if (value === undefined) {
    if (keyName === 'reason' && path[path.length - 2] === 'waiver') return { message: `${owner} needs a reason` };
    return { message: `${owner} is missing the required key '${keyName}'` };
  }
  const quote = expected === 'string' ? ' (quote it)' : '';
  return { message: `${nameOf(subject)} must be ${article(expected)}, not ${typeName(value)}${quote}` };
}

/** "'title' in task 'P0.1'", "phase #3" or "entry 2 of 'requires' in phase 'P1'": what a path ends in. */
function nameOf({ path, keyName, owner, root }: IssueSubject): string {
  const last = path[path.length - 1];
  if (typeof last !== 'number') return `'${keyName}' in ${owner}`;
  const list = path[path.length - 2];
  return typeof list === 'string' && WHAT_BY_KEY[list] ? describeOwner(path, root) : `entry ${last + 1} of '${String(list)}' in ${owner}`;
}

function unknownValue(values: readonly string[], { keyName, value, owner }: IssueSubject): DescribedIssue {
  // A literal (`version: 1`) reports a missing key as a wrong value, not as a missing one.
  if (value === undefined) return { message: `${owner} is missing the required key '${keyName}'` };
  if (keyName === 'version') return { message: `unsupported version ${show(value)} — expected 1` };
  const guess = typeof value === 'string' ? closest(value, values) : undefined;
  return {
    message: `unknown ${keyName} ${show(value)} — expected ${listInWords(values, 'or')}${guess ? ` (did you mean '${guess}'?)` : ''}`,
  };
}

function badFormat(format: string, { keyName, value, owner }: IssueSubject): DescribedIssue {
  if (format === 'date') {
    return { message: `bad date ${show(value)} for '${keyName}' in ${owner} — expected a real date as YYYY-MM-DD` };
  }
  if (format === 'datetime') {
    return { message: `bad time ${show(value)} for '${keyName}' in ${owner} — expected a real local time as YYYY-MM-DDTHH:MM, without an offset` };
  }
  if (keyName === 'for') {
    return { message: `bad duration ${show(value)} for 'for' in ${owner} — expected elapsed time as minutes, hours or days: 30m, 67h, 2d` };
  }
  if (keyName === 'id' || keyName === 'entry' || keyName === 'requires') {
    return { message: `invalid id ${show(value)} — use only letters, digits, '.', '_' and '-'` };
  }
  return { message: `invalid ${keyName} ${show(value)} in ${owner}` };
}

const WHAT_BY_KEY: Record<string, string> = {
  phases: 'phase',
  tasks: 'task',
  acceptance: 'acceptance item',
  gates: 'gate',
  freezes: 'freeze window',
};

/** "task 'P0.1'" or "phase #3": how to name the object a path ends in. */
function describeOwner(path: Path, root: unknown): string {
  let node: unknown = root;
  let what = 'manifest';
  path.forEach((step, i) => {
    node = (node as Record<string | number, unknown> | undefined)?.[step];
    const parentKey = path[i - 1];
    if (typeof step === 'number' && typeof parentKey === 'string' && WHAT_BY_KEY[parentKey]) {
      // Freeze windows are known by their names, everything else by its id.
      const id = (node as { id?: unknown; name?: unknown } | undefined)?.[parentKey === 'freezes' ? 'name' : 'id'];
      what = typeof id === 'string' ? `${WHAT_BY_KEY[parentKey]} '${shorten(id)}'` : `${WHAT_BY_KEY[parentKey]} #${step + 1}`;
    } else if (parentKey === 'gates' && typeof step === 'string') {
      what = `gate '${shorten(step)}'`;
    } else if (step === 'waiver') {
      what = `the waiver of ${what}`;
    }
  });
  return what;
}

function knownKeysAt(path: Path): readonly string[] {
  if (path.length === 0) return KNOWN_KEYS.manifest;
  if (path[path.length - 1] === 'waiver') return KNOWN_KEYS.waiver;
  if (path[path.length - 2] === 'gates') return KNOWN_KEYS.gate;
  if (path[0] === 'freezes') return path[path.length - 1] === 'override' ? KNOWN_KEYS.override : KNOWN_KEYS.freeze;
  if (path.length === 2) return KNOWN_KEYS.phase;
  return KNOWN_KEYS.item;
}

function valueAtPath(root: unknown, path: Path): unknown {
  let node = root;
  for (const step of path) node = (node as Record<string | number, unknown> | undefined)?.[step];
  return node;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${shorten(value)}'`;
  try {
    return shorten(JSON.stringify(value) ?? String(value));
  } catch {
    // An alias inside the node it names (`phases: &a` … `*a`) makes a value that contains itself.
    return 'a value that contains itself (an alias to a node around it)';
  }
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  number: 'a number',
};

function article(expected: string): string {
  return EXPECTED_NAMES[expected] ?? expected;
}
