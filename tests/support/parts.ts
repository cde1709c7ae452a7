import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parseMarkdown } from '../../src/core/import/2-parse.js';
import { readStructure, type Block } from '../../src/core/import/3-structure.js';
import { documentReader } from '../../src/core/import/4-read.js';

/** A document read through the import's parse step in parts, and the same one parsed whole by `fromMarkdown` with GFM. */

/** The blocks of the parts in order, each item's parent counted in the whole list. */
export function readInParts(text: string, partLines: number): { blocks: Block[]; parts: number; reading: unknown } {
  const blocks: Block[] = [];
  let parts = 0;
  let reader = documentReader([], new Map());
  parseMarkdown(
    text,
    'doc.md',
    () => {
      blocks.length = 0;
      parts = 0;
      reader = documentReader([], new Map());
      return (part) => {
        const structure = readStructure(part.tree, part);
        reader.read(structure);
        const base = blocks.length;
        for (const block of structure.blocks)
          blocks.push(block.kind === 'item' && block.parent !== undefined ? { ...block, parent: block.parent + base } : block);
        parts++;
      };
    },
    partLines,
  );
  return { blocks, parts, reading: reader.finish() };
}

export function readWhole(text: string): { blocks: Block[]; reading: unknown } {
  const structure = readStructure(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  const reader = documentReader([], new Map());
  reader.read(structure);
  return { blocks: structure.blocks, reading: reader.finish() };
}
