// Preloaded (--import) into a CLI process by the start-up benchmark: on exit, writes the process's peak resident set
// size (KiB) and CPU time (user + system, µs) as JSON to the file named by NEWSGRAPH_BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.NEWSGRAPH_BENCH_USAGE_FILE, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});
