export const DEFAULT_MANIFEST_PATH = '.github/readiness.yml';

/** The gate evaluated when none is named: the action's `gate` input and the CLI's `--gate`. */
export const DEFAULT_GATE = 'merge';
