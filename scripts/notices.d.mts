export interface Notice {
  name: string;
  version: string;
  license: string;
  repository: string | undefined;
  text: string;
}
export function packageDirectory(modulePath: string): string | undefined;
export function collectNotices(modulePaths: readonly string[]): Notice[];
export function renderNotices(title: string, notices: readonly Notice[]): string;
