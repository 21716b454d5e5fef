#!/usr/bin/env node
// npm run bench: every benchmark of the project, one after the other; each prints its table and
// writes its section of bench/results.json. Extra arguments go to each bench (e.g. --services 5000).
import { spawnSync } from "node:child_process";

const benches = ["packages/rights/bench/rights.bench.ts", "packages/server/bench/timeline.bench.ts", "packages/server/bench/socialmap.bench.ts", "packages/server/bench/signal-report.bench.ts"];
for (const bench of benches) {
  const result = spawnSync("npx", ["tsx", bench, ...process.argv.slice(2)], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
