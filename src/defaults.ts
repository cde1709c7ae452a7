export const DEFAULT_MANIFEST_PATH = '.github/readiness.yml';
