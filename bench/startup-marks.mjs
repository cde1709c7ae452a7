// Preloaded (NODE_OPTIONS=--import) into the breakdown runs of bench/coldstart.ts, never into
// the timed ones: when Node is ready to load the script, when the script first reads an input
// (its modules are loaded and evaluated by then), when each HTTP request starts and each
// answer ends, and the exit. Written to BENCH_MARKS_FILE as JSON, in ms since the process began.
import dc from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const marks = { started: performance.now(), inputs: undefined, requests: [], answers: [], exit: undefined };
const env = process.env;
process.env = new Proxy(env, {
  get(target, name) {
    if (marks.inputs === undefined && typeof name === 'string' && name.startsWith('INPUT_')) marks.inputs = performance.now();
    return Reflect.get(target, name);
  },
});
dc.subscribe('http.client.request.start', () => marks.requests.push(performance.now()));
dc.subscribe('http.client.response.finish', () => marks.answers.push(performance.now()));
process.on('exit', () => {
  marks.exit = performance.now();
  writeFileSync(env.BENCH_MARKS_FILE, JSON.stringify(marks));
});
