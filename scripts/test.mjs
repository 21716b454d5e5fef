#!/usr/bin/env node
// `npm test`: finds out which suites this machine can run, says what it leaves out and why,
// then runs them all in one Vitest run. In CI (CI=true) a missing PostgreSQL or Chromium fails.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";

const ci = process.env.CI === "true" || process.env.CI === "1";
const postgresUrl = process.env.NABIJ_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const chromium = process.env.NABIJ_CHROMIUM ?? "/usr/bin/chromium";

async function postgresAnswers() {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch (error) {
    console.warn(`PostgreSQL at ${postgresUrl.replace(/\/\/[^@]*@/, "//***@")} does not answer: ${error.message}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const env = { ...process.env };
const missing = [];
if (await postgresAnswers()) env.NABIJ_TEST_POSTGRES_URL = postgresUrl;
else missing.push("the PostgreSQL storage and API suites (start PostgreSQL or set NABIJ_TEST_POSTGRES_URL; see DEVELOPERS.md)");

if (existsSync(chromium)) {
  env.NABIJ_CHROMIUM = chromium;
  env.NABIJ_REQUIRE_BROWSER = "1";
  const build = spawnSync("npm", ["run", "build", "-w", "@nabij/web"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  missing.push(`the browser suite (no Chromium at ${chromium}; apt-get install -y chromium)`);
}

if (missing.length > 0) {
  for (const m of missing) console.warn(`npm test leaves out ${m}.`);
  if (ci) {
    console.error("CI needs every suite; failing.");
    process.exit(1);
  }
}

const report = "test-results/vitest.json";
rmSync(report, { force: true });
const result = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)], { stdio: "inherit", env });
if (missing.length > 0) for (const m of missing) console.warn(`Left out: ${m}.`);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, "utf8"));
  // One plain closing line that any CI can read.
  console.log(`Tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(result.status ?? 1);
