// Written by scripts/bundle.mjs: the bundle imports this instead of undici (see there why).
export class ProxyAgent {
  constructor() {
    throw new Error('readiness-gate does not bundle undici: its requests go through Node http (src/github/http.ts)');
  }
}
