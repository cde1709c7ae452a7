/**
 * The headers GitHub asks REST clients to send: its current media type and the API version
 * the requests were written against. Checked on what reaches the emulator, for reads,
 * pages and writes, beside GraphQL queries, which take neither.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, REST_HEADERS } from '../../src/github/client.js';
import { ACTIONS_TOKEN, BASE_SHA, MANIFEST_PATH, PR_NUMBER, REPOSITORY, Scenario } from '../support/scenario.js';

const scenario = new Scenario();
const [owner, repo] = REPOSITORY.split('/') as [string, string];

beforeAll(() => scenario.start());
afterAll(() => scenario.stop());

describe('REST requests', () => {
  it('send Accept: application/vnd.github+json and X-GitHub-Api-Version: 2022-11-28; GraphQL queries are posted as they are', async () => {
    const { github } = scenario;
    const client = createClient({ token: ACTIONS_TOKEN, apiUrl: github.apiUrl, graphqlUrl: github.graphqlUrl, warn: () => {} });
    await client.rest.repos.getContent({ owner, repo, path: MANIFEST_PATH, ref: BASE_SHA });
    await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: PR_NUMBER, per_page: 100 });
    await client.rest.issues.createComment({ owner, repo, issue_number: PR_NUMBER, body: 'hello' });
    await client.graphql('query { viewer { login } }');

    const rest = github.restRequests();
    expect(rest.map((request) => request.method)).toEqual(['GET', 'GET', 'POST']);
    for (const request of rest)
      expect({ accept: request.accept, apiVersion: request.apiVersion }).toEqual({ accept: REST_HEADERS.accept, apiVersion: '2022-11-28' });
    expect(github.graphqlRequests().map((request) => request.apiVersion)).toEqual([undefined]);
  });

  it('that name a version GitHub does not serve are refused by the emulator, as by GitHub', async () => {
    const response = await fetch(`${scenario.github.apiUrl}/repos/${REPOSITORY}/issues/${PR_NUMBER}/comments`, {
      headers: { authorization: `token ${ACTIONS_TOKEN}`, 'x-github-api-version': '2021-01-01' },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe('API version 2021-01-01 is not supported.');
  });
});
