/**
 * Where the shipped schema is published: its `$id`, and what a manifest's
 * `# yaml-language-server: $schema=…` line points editors at.
 */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/your-org/readiness-gate/v0/schema/readiness.schema.json';

/** The line that tells editors (the YAML language server) which schema a manifest follows. */
export const YAML_SCHEMA_COMMENT = `# yaml-language-server: $schema=${SCHEMA_URL}`;
