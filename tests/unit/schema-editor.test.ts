import { describe, expect, it } from 'vitest';
import { manifestJsonSchema, SCHEMA_URL, YAML_SCHEMA_COMMENT } from '../../src/core/manifest/json-schema.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';

describe('the schema for editors', () => {
  it('has an $id, right after the draft it follows', () => {
    const schema = manifestJsonSchema();
    expect(Object.keys(schema).slice(0, 2)).toEqual(['$schema', '$id']);
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(YAML_SCHEMA_COMMENT).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
  });

  it('accepts a top-level $schema key in a manifest, as editors write it', () => {
    const manifest = parseManifest(
      `${YAML_SCHEMA_COMMENT}\n$schema: ${SCHEMA_URL}\nversion: 1\nphases:\n  - { id: P0, name: Security, blocking: true }\n`,
      'readiness.yml',
    );
    expect(manifest.data.phases.map((phase) => phase.id)).toEqual(['P0']);
    expect(() => parseManifest('version: 1\n$schemas: x\nphases:\n  - { id: P0, name: S }\n', 'r.yml')).toThrow(/unknown key '\$schemas'/);
  });
});
