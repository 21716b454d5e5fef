import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { openStore, type DialectName, type Store } from "../src/db/connect.ts";

/** One measured line: our figure next to the reference measured in the same run. */
export interface BenchRow {
  name: string;
  dialect: string;
  p50: number;
  p95: number;
  reference: { name: string; p50: number; p95: number } | null;
  unit: "ms";
}

const RESULTS = join(import.meta.dirname, "..", "..", "..", "bench", "results.json");

/** Runs `work` `runs` times after three warm-up runs; the durations in milliseconds. */
export async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await work();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    durations.push(performance.now() - start);
  }
  return durations;
}

/** The p-th percentile (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const fixed = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(2));

/** Prints the table and merges this section into bench/results.json (one key per bench). */
export async function recordResults(section: string, rows: BenchRow[], settings: Record<string, unknown>): Promise<void> {
  const lines = rows.map((r) => {
    const ref = r.reference ? `${fixed(r.reference.p50)} / ${fixed(r.reference.p95)}` : "–";
    const ratio = r.reference ? `${(r.p50 / Math.max(r.reference.p50, 0.001)).toFixed(1)}×` : "";
    return `| ${r.dialect.padEnd(8)} | ${r.name.padEnd(40)} | ${`${fixed(r.p50)} / ${fixed(r.p95)}`.padStart(15)} | ${ref.padStart(15)} | ${ratio.padStart(6)} |`;
  });
  console.log(`\n${section} (${Object.entries(settings).map(([k, v]) => `${k} ${String(v)}`).join(", ")}); milliseconds, p50 / p95`);
  console.log(`| database | measure                                  |       ours     |   bare query   | ratio  |`);
  console.log(`|----------|------------------------------------------|----------------|----------------|--------|`);
  for (const line of lines) console.log(line);
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(await readFile(RESULTS, "utf8")) as Record<string, unknown>;
  } catch {
    existing = {};
  }
  await mkdir(dirname(RESULTS), { recursive: true });
  const machine = { node: process.version, platform: process.platform, arch: process.arch };
  await writeFile(RESULTS, `${JSON.stringify({ ...existing, [section]: { measuredAt: new Date().toISOString(), machine, settings, rows } }, null, 2)}\n`);
  console.log(`\nWritten to ${RESULTS}`);
}

/** A PostgreSQL database of its own for one bench run, dropped after; undefined (and said) when PostgreSQL does not answer. */
export async function throwawayPostgres(url: string, prefix: string): Promise<{ store: Store; drop: () => Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL does not answer at ${url}: only SQLite is measured.`);
    return undefined;
  }
  const name = `${prefix}_${process.pid}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = openStore(target.toString());
  return {
    store,
    drop: async () => {
      await store.close();
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`drop database if exists ${name}`);
      await again.end();
    },
  };
}

/**
 * Runs one measurement on a fresh SQLite file and, when it answers, a throwaway PostgreSQL
 * database, with a keys folder of its own; everything is removed afterwards.
 */
export async function onBothDatabases(name: string, postgresUrl: string, measure: (dialect: DialectName, store: Store, keysDir: string) => Promise<BenchRow[]>): Promise<BenchRow[]> {
  const keysDir = mkdtempSync(join(tmpdir(), "nabij-bench-keys-"));
  const dir = mkdtempSync(join(tmpdir(), `nabij-bench-${name}-`));
  const rows: BenchRow[] = [];
  try {
    const sqlite = openStore(join(dir, "bench.db"));
    try {
      rows.push(...(await measure("sqlite", sqlite, keysDir)));
    } finally {
      await sqlite.close();
    }
    const postgres = await throwawayPostgres(postgresUrl, `nabij_bench_${name.replace(/\W/g, "_")}`);
    if (postgres) {
      try {
        rows.push(...(await measure("postgres", postgres.store, keysDir)));
      } finally {
        await postgres.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(keysDir, { recursive: true, force: true });
  }
  return rows;
}
