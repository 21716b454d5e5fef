/**
 * Social map search on a generated map (default 50,000 services), on SQLite and, when it
 * answers, PostgreSQL: per query the p50 and p95 of our search (words, filters, ranking, why it
 * matched) next to the bare full-text query of the same words, so the overhead of our layer shows.
 * Run with `npm run bench` (or `npx tsx packages/server/bench/socialmap.bench.ts --services 5000`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { systemClock } from "@nabij/domain";
import { createOrganisation } from "../src/admin/provisioning.ts";
import { openStore, type DialectName, type Store } from "../src/db/connect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { generateSocialMap } from "../src/socialmap/demo-map.ts";
import { fts5Query, queryWords, tsQuery } from "../src/socialmap/search-query.ts";
import { importSocialMap } from "../src/socialmap/socialmap-import.ts";
import { searchServices, type SearchParams } from "../src/socialmap/socialmap-search.ts";
import { percentile, recordResults, throwawayPostgres, timeRuns, type BenchRow } from "./support.ts";

const { values } = parseArgs({ options: { services: { type: "string" }, runs: { type: "string" } } });
const SERVICES = Number(values.services ?? 50_000);
const RUNS = Number(values.runs ?? 30);
const POSTGRES = process.env.NABIJ_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const QUERIES: Array<{ label: string; params: Omit<SearchParams, "page" | "perPage"> }> = [
  { label: "schuldbemiddeling Gent", params: { q: "schuldbemiddeling Gent" } },
  { label: "aide juridique", params: { q: "aide juridique" } },
  { label: "psycholoog", params: { q: "psycholoog" } },
  { label: "creche", params: { q: "creche" } },
  { label: "hulp (a common word)", params: { q: "hulp" } },
  { label: "domain=housing, place=Gent", params: { domains: ["housing"], place: "Gent" } },
  { label: "werk + free + open now", params: { q: "werk", free: true, openNow: true } },
];


/** The full-text query alone, as the database runs it: no filters, no counting, no reasons. */
function bareQuery(store: Store, organisationId: string, q: string): () => Promise<unknown> {
  const words = queryWords(q);
  if (store.dialect === "sqlite") {
    return () => sql`select service_id from socialmap_fts where socialmap_fts match ${fts5Query(words)} and organisation_id = ${organisationId} order by bm25(socialmap_fts, 10.0, 1.0) limit 20`.execute(store.db);
  }
  return () => sql`select service_id from socialmap_service where organisation_id = ${organisationId} and search_vector @@ to_tsquery('simple', ${tsQuery(words)}) order by ts_rank(search_vector, to_tsquery('simple', ${tsQuery(words)})) desc limit 20`.execute(store.db);
}

async function measure(dialect: DialectName, store: Store): Promise<BenchRow[]> {
  await migrateToLatest(store);
  const organisationId = await createOrganisation(store.db, systemClock, { name: "Bench" });
  const map = generateSocialMap({ services: SERVICES, seed: 1 });
  const started = performance.now();
  let shown = -1;
  await importSocialMap(store, { organisationId, clock: systemClock }, map, (stage, done, total) => {
    const tenth = Math.floor((done / Math.max(total, 1)) * 10);
    if (tenth !== shown) process.stderr.write(`  ${dialect} ${stage}: ${done}/${total}\n`);
    shown = tenth;
  });
  const importMs = performance.now() - started;
  const rows: BenchRow[] = [{ name: `socialmap import ${SERVICES} services`, dialect, p50: importMs, p95: importMs, reference: null, unit: "ms" }];
  for (const query of QUERIES) {
    const ours = await timeRuns(RUNS, () => searchServices(store.db, dialect, organisationId, { ...query.params, page: 1, perPage: 20 }, new Date()));
    const bare = query.params.q && !query.params.free && !query.params.openNow ? await timeRuns(RUNS, bareQuery(store, organisationId, query.params.q)) : null;
    rows.push({ name: `search: ${query.label}`, dialect, p50: percentile(ours, 50), p95: percentile(ours, 95), reference: bare ? { name: "bare full-text query", p50: percentile(bare, 50), p95: percentile(bare, 95) } : null, unit: "ms" });
  }
  return rows;
}

const rows: BenchRow[] = [];
const dir = mkdtempSync(join(tmpdir(), "nabij-bench-"));
const sqlite = openStore(join(dir, "bench.db"));
try {
  rows.push(...(await measure("sqlite", sqlite)));
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}
const postgres = await throwawayPostgres(POSTGRES, "nabij_bench");
if (postgres) {
  try {
    rows.push(...(await measure("postgres", postgres.store)));
  } finally {
    await postgres.drop();
  }
}
await recordResults("socialmap", rows, { services: SERVICES, runs: RUNS });
