/**
 * Files at many commits in two batched queries: which blob each commit has at the path,
 * then each distinct blob's text once, so pull requests on many base commits that share
 * one manifest cost one read of it, not one per commit.
 */
import type { Repository } from '../core/links/links.js';
import type { GitHubClient, GraphqlResponse } from './client.js';
import { readFileAt } from './contents.js';

/** Commits asked about per query. */
const COMMITS_PER_QUERY = 100;
/** Blob texts per query: a few manifests of up to 1 MiB make an answer of a few MiB at most. */
const TEXTS_PER_QUERY = 5;

type BlobNode = { oid: string; text?: string | null; isTruncated?: boolean } | null;
type BlobData = { repository: Record<string, BlobNode> | null };

/** The file at each commit: its text, or the error reading it through REST gave (a missing file, say). */
export type FileAtCommit = { text: string } | { error: unknown };

export async function readFileAtCommits(
  client: GitHubClient,
  repository: Repository,
  path: string,
  shas: readonly string[],
): Promise<Map<string, FileAtCommit>> {
  const blobOf = new Map<string, string | null>();
  for (const chunk of chunks([...new Set(shas)], COMMITS_PER_QUERY)) {
    const parts = chunk.map((sha, i) => `c${i}: object(expression: ${JSON.stringify(`${sha}:${path}`)}) { ... on Blob { oid } }`);
    const data = await repositoryQuery(client, repository, 'ReadinessManifestBlobs', parts);
    chunk.forEach((sha, i) => blobOf.set(sha, data?.[`c${i}`]?.oid ?? null));
  }
  const texts = new Map<string, string>();
  const oids = [...new Set([...blobOf.values()].filter((oid): oid is string => oid !== null))];
  for (const chunk of chunks(oids, TEXTS_PER_QUERY)) {
    const parts = chunk.map((oid, i) => `b${i}: object(oid: ${JSON.stringify(oid)}) { ... on Blob { oid isTruncated text } }`);
    const data = await repositoryQuery(client, repository, 'ReadinessManifestTexts', parts);
    chunk.forEach((oid, i) => {
      const blob = data?.[`b${i}`];
      if (blob && !blob.isTruncated && typeof blob.text === 'string') texts.set(oid, blob.text);
    });
  }
  // What the batch could not give (no file there, a large or binary one) is read as a single
  // pull request run reads it, with the same errors; one read per distinct blob or commit,
  // one at a time, as such reads are rare and a server that hangs should not get many.
  const results = new Map<string, FileAtCommit>();
  const fallback = new Map<string, Promise<FileAtCommit>>();
  for (const sha of new Set(shas)) {
    const oid = blobOf.get(sha) ?? null;
    const text = oid === null ? undefined : texts.get(oid);
    if (text !== undefined) {
      results.set(sha, { text });
      continue;
    }
    const key = oid ?? `commit ${sha}`;
    let read = fallback.get(key);
    if (!read) {
      read = readFileAt(client, repository, path, sha).then(
        (text) => ({ text }),
        (error: unknown) => ({ error }),
      );
      fallback.set(key, read);
    }
    results.set(sha, await read);
  }
  return results;
}

async function repositoryQuery(
  client: GitHubClient,
  repository: Repository,
  name: string,
  parts: string[],
): Promise<Record<string, BlobNode> | null> {
  const query = `query ${name} { repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ${parts.join(' ')} } }`;
  const answer: GraphqlResponse<BlobData> = await client.graphql<BlobData>(query);
  return answer.data?.repository ?? null;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
