import { toJSONSchema } from 'zod/mini';
import { manifestSchema } from './schema.js';

/** The JSON Schema of the manifest, generated from the definition `check` validates with. */
export function manifestJsonSchema(): Record<string, unknown> {
  return toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' });
}
