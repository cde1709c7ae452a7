export function escapeNonAscii(text: string): string;
export function writeBundleInAscii(dir: string): void;
