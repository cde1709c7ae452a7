/**
 * The shape the code base keeps, checked on every run so that it cannot drift: no file in
 * `src/` over 400 lines, no function over 60, no import cycle, at most 12 files directly in
 * `src/core` (the rest in folders named for the pipeline's stages), and no block of six or
 * more lines written twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 60;
const MAX_CORE_FILES = 12;
const REPEAT_WINDOW = 6;

interface SourceFile {
  path: string;
  text: string;
  tree: ts.SourceFile;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files: SourceFile[] = listFiles(SRC).map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path, text, tree: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
});
const name = (path: string) => relative(ROOT, path).replaceAll('\\', '/');

function lineOf(tree: ts.SourceFile, at: number): number {
  return tree.getLineAndCharacterOfPosition(at).line + 1;
}

/** Every function, method, arrow function and accessor with its length in lines. */
function functionLengths(file: SourceFile): { where: string; lines: number }[] {
  const found: { where: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = lineOf(file.tree, node.getStart(file.tree));
      const lines = lineOf(file.tree, node.getEnd()) - start + 1;
      found.push({ where: `${name(file.path)}:${start}`, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(file.tree);
  return found;
}

/** The files of `src/` a file imports (static, dynamic and type-only imports alike). */
function importsOf(file: SourceFile): string[] {
  const targets: string[] = [];
  const add = (specifier: string) => {
    if (!specifier.startsWith('.')) return;
    targets.push(resolve(dirname(file.path), specifier.replace(/\.js$/, '.ts')));
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) add(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file.tree);
  return targets;
}

/** The first import cycle found by a depth-first walk, as the files around it; none: []. */
function findCycle(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const walk = (node: string): string[] => {
    state.set(node, 'open');
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...trail.slice(trail.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = walk(next);
        if (cycle.length > 0) return cycle;
      }
    }
    trail.pop();
    state.set(node, 'done');
    return [];
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const cycle = walk(node);
    if (cycle.length > 0) return cycle;
  }
  return [];
}

/** Lines that say something: not blank, not a lone bracket, not an import or a comment. */
function meaningfulLines(file: SourceFile): { text: string; line: number }[] {
  return file.text
    .split('\n')
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter(({ text }) => text.length > 3 && !/^(import|export \{|\/\/|\*|\/\*\*)/.test(text));
}

/** Places where the same run of meaningful lines appears a second time. */
function repeatedBlocks(sources: SourceFile[]): string[] {
  const seen = new Map<string, string>();
  const repeats: string[] = [];
  for (const file of sources) {
    const lines = meaningfulLines(file);
    for (let at = 0; at + REPEAT_WINDOW <= lines.length; at++) {
      const block = lines
        .slice(at, at + REPEAT_WINDOW)
        .map(({ text }) => text)
        .join('\n');
      const where = `${name(file.path)}:${lines[at]!.line}`;
      const first = seen.get(block);
      if (first === undefined) seen.set(block, where);
      else repeats.push(`${where} repeats ${first}`);
    }
  }
  return repeats;
}

describe('the shape of src/', () => {
  it('has read the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it(`keeps every file within ${MAX_FILE_LINES} lines`, () => {
    const long = files.map((file) => ({ file: name(file.path), lines: file.text.split('\n').length })).filter(({ lines }) => lines > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`keeps every function within ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap(functionLengths).filter(({ lines }) => lines > MAX_FUNCTION_LINES);
    expect(long).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((file) => [file.path, importsOf(file)]));
    expect(findCycle(graph).map(name)).toEqual([]);
  });

  it(`keeps at most ${MAX_CORE_FILES} files directly in src/core`, () => {
    const direct = readdirSync(join(SRC, 'core'), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(direct.length).toBeLessThanOrEqual(MAX_CORE_FILES);
  });

  it(`writes no block of ${REPEAT_WINDOW} lines twice`, () => {
    expect(repeatedBlocks(files)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find a cycle and measure a function', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
    const text = `function f() {\n${'  x();\n'.repeat(70)}}\n`;
    const file = { path: join(SRC, 'x.ts'), text, tree: ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true) };
    expect(functionLengths(file)).toEqual([{ where: 'src/x.ts:1', lines: 72 }]);
    const block = Array.from({ length: 7 }, (_, i) => `call${i}(argument);`).join('\n');
    const twice = { ...file, text: `${block}\nother();\n${block}\n` };
    expect(repeatedBlocks([twice])).toEqual(['src/x.ts:9 repeats src/x.ts:1', 'src/x.ts:10 repeats src/x.ts:2']);
  });
});
