/**
 * The version `readiness-gate --version` prints. Kept here rather than read from package.json
 * at run time so the bundle answers the same wherever it is installed; a unit test keeps it
 * equal to package.json's version.
 */
export const VERSION = '0.1.0';
