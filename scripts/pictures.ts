/**
 * `npm run pictures`: the PR comment and the job summary of the bundled example plan
 * (examples/readiness.yml), not ready, ready, and (the comment) frozen, made by the action's own rendering,
 * written as HTML with GitHub-like Markdown styles to docs/pictures/, and — where a headless
 * Chromium is installed (Debian's `chromium`, or CHROMIUM=path) — as PNG beside them.
 * The link states are set here as GitHub would report them; nothing is fetched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { LinkStates, type LinkStatus } from '../src/core/links/links.ts';
import { parseManifest } from '../src/core/manifest/manifest.ts';
import { evaluate } from '../src/core/verdict/evaluate.ts';
import { summaryMarkdown } from '../src/action/publish.ts';
import { outcomeComment } from '../src/action/writes.ts';
import type { Page } from '../src/action/session.ts';

const OUT = resolve('docs/pictures');
const repository = { owner: 'acme', repo: 'payments-api' };
const text = readFileSync('examples/readiness.yml', 'utf8');
const manifest = parseManifest(text, '.github/readiness.yml');
const PULL = 42;
const SHA = '3f9c2e71b0a4d5c6e7f8091a2b3c4d5e6f708192';

function page(): Page {
  const blobUrl = `https://github.com/acme/payments-api/blob/${SHA}/.github/readiness.yml`;
  const runUrl = 'https://github.com/acme/payments-api/actions/runs/4242';
  return {
    source: { path: '.github/readiness.yml', sha: SHA, blobUrl, runUrl },
    serverUrl: 'https://github.com',
    subject: { pullRequest: PULL },
    lineCount: manifest.lineCount,
  };
}

function issue(
  number: number,
  title: string,
  state: LinkStatus['state'],
  kind: 'issue' | 'pull' = 'issue',
): [{ owner: string; repo: string; number: number }, LinkStatus] {
  const url = `https://github.com/acme/payments-api/${kind === 'pull' ? 'pull' : 'issues'}/${number}`;
  return [
    { ...repository, number },
    { kind, state, title, url },
  ];
}

/**
 * The plan on 17 February 2026, on pull request #42: first with the circuit breaker's
 * issue #31 open and two weeks late; then the pull request marks P2.1 done and closes #31
 * ("Fixes #31"), which completes the gate.
 */
function reportOf(plan: string, closes: boolean, at?: string) {
  const links = LinkStates.of([
    issue(12, 'Default secrets in settings.py', 'completed'),
    issue(15, 'Brute force on /login', 'completed'),
    issue(21, 'Encrypt provider keys at rest', 'merged', 'pull'),
    issue(31, 'Circuit breaker for the card processor', 'open'),
    issue(40, 'Route alerts to PagerDuty', 'open'),
  ]);
  const pullRequest = { number: PULL, touchedPhases: new Set(['P2']), ...(closes ? { closes: [{ ...repository, number: 31 }] } : {}) };
  const moment = at ? { moment: { instant: Date.parse(at) } } : {};
  return evaluate(parseManifest(plan, '.github/readiness.yml'), { gate: 'merge', today: '2026-02-17', links, repository, pullRequest, ...moment });
}

const notReady = reportOf(text, false);
const readyPlan = text.replace(/(id: P2\.1\n(?:.*\n)*?\s+status: )in-progress/, '$1done');
const ready = reportOf(readyPlan, true);
// The ready plan under a freeze window that holds every gate: the plan's own state below the freeze.
const FREEZE = `freezes:\n  - name: Launch week freeze\n    from: 2026-02-16T09:00\n    until: 2026-02-23T09:00\n    timezone: Europe/Berlin\n    override: { label: freeze-exception }\n`;
const frozen = reportOf(`${readyPlan}${FREEZE}`, true, '2026-02-17T10:00:00Z');
if (notReady.ready || !ready.ready || !frozen.frozen) throw new Error('the example plan no longer gives a not-ready, a ready and a frozen report');
// The comment as the first run writes it, then as the run after the pull request's push rewrites it.
const first = outcomeComment({ report: notReady }, page()).body;
const second = outcomeComment({ report: ready }, page(), first).body;
const views = {
  'comment-not-ready': first,
  'comment-ready': second,
  'comment-frozen': outcomeComment({ report: frozen }, page(), second).body,
  'summary-not-ready': summaryMarkdown(notReady, page()),
  'summary-ready': summaryMarkdown(ready, page()),
};

const STYLE = `
body { margin: 0; background: #fff; }
.frame { width: 860px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #57606a; }
.head b { color: #1f2328; }
.markdown-body { padding: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; word-wrap: break-word; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 0 0 16px; line-height: 1.25; }
.markdown-body h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body p, .markdown-body table, .markdown-body details, .markdown-body blockquote, .markdown-body ul { margin: 0 0 16px; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; background: rgba(175,184,193,0.2); padding: .2em .4em; border-radius: 6px; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th, .markdown-body td { border: 1px solid #d0d7de; padding: 6px 13px; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body blockquote { padding: 0 1em; color: #57606a; border-left: .25em solid #d0d7de; }
.markdown-body summary { cursor: pointer; }
.markdown-body sub { font-size: 75%; color: #57606a; }
`;

const markdown = new MarkdownIt({ html: true, linkify: false });

function html(name: string, body: string): string {
  const who = name.startsWith('comment') ? '<b>github-actions</b> bot commented' : '<b>readiness-gate</b> job summary';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title><style>${STYLE}</style></head>
<body><div class="frame"><div class="head">${who}</div><div class="markdown-body">${markdown.render(body)}</div></div>
<script>document.title = String(document.querySelector('.frame').getBoundingClientRect().bottom + 16);</script></body></html>`;
}

/** Debian's `chromium`, or the one CHROMIUM names; undefined when there is none. */
function chromium(): string | undefined {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser'].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

function screenshot(browser: string, file: string, png: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'pictures-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
  ];
  try {
    // The page writes its height into its title: measured first, then shot at that height.
    const dom = execFileSync(browser, [...flags, '--dump-dom', `file://${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const height = Math.ceil(Number(/<title>([\d.]+)<\/title>/.exec(dom)?.[1] ?? 1400));
    execFileSync(browser, [...flags, `--window-size=900,${height}`, `--screenshot=${png}`, `file://${file}`], { stdio: 'ignore' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

mkdirSync(OUT, { recursive: true });
const browser = chromium();
for (const [name, body] of Object.entries(views)) {
  const file = join(OUT, `${name}.html`);
  writeFileSync(join(OUT, `${name}.md`), body);
  writeFileSync(file, html(name, body));
  if (browser) screenshot(browser, file, join(OUT, `${name}.png`));
  console.log(
    `${name}: ${body.length} characters, ${body.split('\n').filter((line) => line.trim()).length} non-empty lines${browser ? ', PNG written' : ''}`,
  );
}
if (!browser) console.log('No headless Chromium found (chromium, or CHROMIUM=path): HTML only.');
