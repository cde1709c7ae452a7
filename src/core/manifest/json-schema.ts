import { toJSONSchema } from 'zod/mini';
import { manifestSchema } from './schema.js';
import { SCHEMA_URL } from './schema-url.js';

export { SCHEMA_URL, YAML_SCHEMA_COMMENT } from './schema-url.js';

/** The JSON Schema of the manifest, generated from the definition `check` validates with. */
export function manifestJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: SCHEMA_URL, ...schema };
}
