/** Bundles `entry` into `outDir` as `npm run build` does; returns webpack's stats as JSON. */
export function bundle(entry: string, outDir: string, options?: { sourceMap?: boolean }): Promise<{ modules?: unknown[] }>;
