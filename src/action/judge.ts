/**
 * What a run needs once its first requests are out — the evaluator, the reports and the
 * writes, and with them the manifest parser — in a part of the bundle of its own, which
 * main.ts imports dynamically: Node compiles and loads it while GitHub answers, instead of
 * before the first request is sent.
 */
export { PlanEvaluator, todayUtc } from '../service/evaluator.js';
export { statusFor, statusIsCurrent } from '../github/statuses.js';
export { logReport } from './log.js';
export { annotate, errorLine, failureMarkdown, setFailureOutputs, setOutputs, summaryMarkdown } from './publish.js';
export { writeComment, writeStatus } from './writes.js';
