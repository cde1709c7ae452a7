import { manifestJsonSchema } from '../core/manifest/json-schema.js';
import { parseCommandArgs } from './args.js';
import { EXIT_READY, type CliIo } from './io.js';
import { SCHEMA_OPTIONS } from './options.js';

/** `readiness-gate schema`: the manifest's JSON Schema, from the definition the CLI validates with. */
export function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  parseCommandArgs('schema', args, SCHEMA_OPTIONS, 0);
  io.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
  return Promise.resolve(EXIT_READY);
}
