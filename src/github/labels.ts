/**
 * The labels of pull requests and when each was added, for freeze windows that a label
 * passes. Asked only when such a window is open: many pull requests to a query (a refresh
 * during a freeze), each with its labels and the timeline's latest `LabeledEvent`s.
 */
import type { PullRequestLabel } from '../core/freezes/moment.js';
import type { Repository } from '../core/links/links.js';
import type { GitHubClient } from './client.js';

/** Pull requests per query: two small connections each, far inside GitHub's limits. */
const PULLS_PER_QUERY = 50;
/** Labels and label events read per pull request; a pull request rarely carries more. */
const LABELS_READ = 100;

type LabelData = {
  labels: { nodes: ({ name: string } | null)[] | null } | null;
  timelineItems: { nodes: ({ createdAt?: string; label?: { name: string } } | null)[] | null } | null;
} | null;

/**
 * The labels of each pull request, with when each was last added. A pull request GitHub
 * did not answer for has no entry: no label passes a window for it.
 */
export async function readPullRequestLabels(
  client: GitHubClient,
  repository: Repository,
  numbers: readonly number[],
): Promise<Map<number, PullRequestLabel[]>> {
  const labels = new Map<number, PullRequestLabel[]>();
  const batches = [];
  for (let start = 0; start < numbers.length; start += PULLS_PER_QUERY) batches.push(numbers.slice(start, start + PULLS_PER_QUERY));
  await Promise.all(
    batches.map(async (batch) => {
      const { data } = await client.graphql<{ repository: Record<string, LabelData> | null }>(labelQuery(repository, batch));
      for (const number of batch) {
        const pull = data?.repository?.[`pr${number}`];
        if (pull?.labels?.nodes) labels.set(number, labelsOf(pull));
      }
    }),
  );
  return labels;
}

function labelQuery(repository: Repository, numbers: readonly number[]): string {
  const fields =
    `labels(first: ${LABELS_READ}) { nodes { name } } ` +
    `timelineItems(itemTypes: [LABELED_EVENT], last: ${LABELS_READ}) { nodes { ... on LabeledEvent { createdAt label { name } } } }`;
  const pulls = numbers.map((number) => `pr${number}: pullRequest(number: ${number}) { ${fields} }`).join(' ');
  return `query ReadinessLabels { repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ${pulls} } }`;
}

/** Each label on the pull request, with the time of the latest event that added it. */
function labelsOf(pull: NonNullable<LabelData>): PullRequestLabel[] {
  const added = new Map<string, string>();
  for (const event of pull.timelineItems?.nodes ?? []) {
    const name = event?.label?.name.toLowerCase();
    // Oldest first: a later event that added the label again is the one that counts.
    if (name && event?.createdAt) added.set(name, event.createdAt);
  }
  return (pull.labels?.nodes ?? []).flatMap((label) => {
    if (!label) return [];
    const addedAt = added.get(label.name.toLowerCase());
    return [{ name: label.name, ...(addedAt ? { addedAt } : {}) }];
  });
}
