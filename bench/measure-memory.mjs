// Preloaded into a measured process (NODE_OPTIONS=--import): records its peak RSS on exit,
// and its CPU time (user + system, ms) where BENCH_CPU_FILE asks for it.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  if (process.env.BENCH_MEMORY_FILE) writeFileSync(process.env.BENCH_MEMORY_FILE, String(usage.maxRSS));
  if (process.env.BENCH_CPU_FILE) writeFileSync(process.env.BENCH_CPU_FILE, String((usage.userCPUTime + usage.systemCPUTime) / 1000));
});
