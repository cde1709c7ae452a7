// The baseline the benchmark compares against: what a typical action does without
// batching — one REST `GET /repos/{owner}/{repo}/issues/{number}` per link, ten at a time,
// through the same Octokit, retry and throttling plugins.
import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const CONCURRENCY = 10;
const links = JSON.parse(readFileSync(process.env.BENCH_LINKS_FILE, 'utf8'));
const octokit = getOctokit(
  process.env.BENCH_TOKEN,
  { baseUrl: process.env.GITHUB_API_URL, throttle: { onRateLimit: () => true, onSecondaryRateLimit: () => true } },
  retry,
  throttling,
);

let next = 0;
let satisfied = 0;
async function worker() {
  while (next < links.length) {
    const [owner, repo, number] = links[next++].split(/[/#]/);
    const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: Number(number) });
    if (data.state === 'closed' && (data.pull_request ? data.pull_request.merged_at : data.state_reason === 'completed')) satisfied++;
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
console.log(JSON.stringify({ links: links.length, satisfied }));
