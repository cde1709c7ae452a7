import type { AnnotationProperties } from '@actions/core';
import { formatProblem, problemText, sortedProblems, type ConfigError, type ConfigProblem } from '../core/shared/errors.js';
import { thousands } from '../core/shared/words.js';

/** GitHub shows at most ten error annotations for a step; the rest are lost. */
const ERRORS_SHOWN = 10;
const TITLE = 'readiness-gate configuration';

export interface Annotation {
  message: string;
  properties: AnnotationProperties;
}

/**
 * A manifest's problems as error annotations: one each, in reading order, at most ten —
 * when there are more, the tenth says how many more and that the job summary lists them.
 */
export function problemAnnotations(error: ConfigError): Annotation[] {
  const sorted = sortedProblems(error.problems);
  if (error.total <= ERRORS_SHOWN && sorted.length === error.total) return sorted.map(annotationOf);
  const shown = sorted.slice(0, ERRORS_SHOWN - 1);
  const file = shown[0]?.file ?? '';
  const message = `and ${thousands(error.total - shown.length)} more problems in ${file}: the job summary lists them`;
  return [...shown.map(annotationOf), { message, properties: { file, title: TITLE } }];
}

/** A problem with a line is shown on it; one without (a file missing or too large) names its file. */
function annotationOf(problem: ConfigProblem): Annotation {
  if (!problem.line) return { message: formatProblem(problem), properties: { file: problem.file, title: TITLE } };
  return {
    message: problemText(problem),
    properties: { file: problem.file, startLine: problem.line, startColumn: problem.column ?? 1, title: TITLE },
  };
}
