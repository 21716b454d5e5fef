/**
 * Protected signal reports over 1,000,000 signals, on SQLite and, when it answers, PostgreSQL:
 * p50 and p95 of a two-dimension report (theme × municipality, one year) through the real HTTP
 * API (its counts per subset of dimensions, the k-anonymity protection, the JSON), next to the
 * bare GROUP BY of the cells alone, measured in the same run.
 * Run with `npm run bench` (or `npx tsx packages/server/bench/signal-report.bench.ts --signals 1000000 --runs 10`).
 */
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { systemClock } from "@nabij/domain";
import { createOrganisation, createTeam, createUser } from "../src/admin/provisioning.ts";
import { passwordHasher } from "../src/auth/password.ts";
import { loadConfig } from "../src/config.ts";
import type { DialectName, Store } from "../src/db/connect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { startServer } from "../src/server.ts";
import { loggedIn } from "../test/support/client.ts";
import { onBothDatabases, percentile, recordResults, timeRuns, type BenchRow } from "./support.ts";

const { values } = parseArgs({ options: { signals: { type: "string" }, runs: { type: "string" } }, strict: false });
const SIGNALS = Number(values.signals ?? 1_000_000);
const RUNS = Number(values.runs ?? 10);
const POSTGRES = process.env.NABIJ_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const PASSWORD = "bench bench bench bench";

/**
 * Signals generated in SQL from a counter i, deterministically: 7 mechanism types, 40
 * municipalities, 60 institutions, 12 themes (a third of the signals have two), a quarter
 * without a pseudonym (a group of 1–5), the others over 200,000 pseudonyms, spread over 698 days.
 */
function generate(dialect: DialectName, organisationId: string, userId: string) {
  const series = dialect === "postgres" ? sql`select generate_series(0, ${SIGNALS - 1}) as i` : sql`with recursive n(i) as (select 0 union all select i + 1 from n where i < ${SIGNALS - 1}) select i from n`;
  const day = dialect === "postgres" ? sql`to_char(date '2025-01-01' + (i % 698), 'YYYY-MM-DD')` : sql`date('2025-01-01', '+' || (i % 698) || ' days')`;
  const id = sql`'sig-' || i`;
  const signals = sql`insert into signal (organisation_id, id, text, mechanism_type, themes, domains, institution, service_id, municipality, municipality_key, people_count, pseudonym, source, barrier_reason, raised_by, raised_on, dossier_id)
    select ${organisationId}, ${id}, 'Bench', case i % 7 when 0 then 'organisation_practice' when 1 then 'gap_between_organisations' when 2 then 'regulation' when 3 then 'risk_group' when 4 then 'lack_of_information' when 5 then 'policy_gap' else 'other' end,
      '[]', '[]', 'instelling-' || ((i * 17) % 60), null, 'Gemeente ' || ((i * 13) % 40), 'gemeente ' || ((i * 13) % 40),
      case when i % 4 = 0 then (i % 5) + 1 else 1 end, case when i % 4 = 0 then null else 'p' || ((i * 31) % 200000) end, 'own', null, ${userId}, ${day}, null
    from (${series}) n`;
  const themes = sql`insert into signal_theme (organisation_id, signal_id, theme)
    select ${organisationId}, ${id}, 'thema-' || ((i * 7) % 12) from (${series}) n
    union all select ${organisationId}, ${id}, 'thema-' || ((i * 7 + 5) % 12) from (${series}) n where i % 3 = 0`;
  return { signals, themes };
}

async function seed(dialect: DialectName, store: Store): Promise<{ email: string; organisationId: string }> {
  const db = store.db;
  const organisationId = await createOrganisation(db, systemClock, { name: "Bench" });
  const team = await createTeam(db, systemClock, organisationId, "Team");
  const email = "bench@bench.example";
  const userId = await createUser(db, systemClock, organisationId, { email, displayName: "Bench", role: "worker", teamIds: [team], passwordHash: await passwordHasher("test").hashPassword(PASSWORD) });
  const { signals, themes } = generate(dialect, organisationId, userId);
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    await signals.execute(trx);
    await themes.execute(trx);
  });
  if (dialect === "postgres") await sql`analyze`.execute(db);
  console.log(`${dialect}: ${SIGNALS} signals written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { email, organisationId };
}

async function measure(dialect: DialectName, store: Store, keysDir: string): Promise<BenchRow[]> {
  await migrateToLatest(store);
  const { email, organisationId } = await seed(dialect, store);
  const config = loadConfig({ PORT: "8080", NABIJ_PASSWORD_HASHING: "test", NABIJ_KEYS_DIR: keysDir, NABIJ_LOG_LEVEL: "silent", NABIJ_LOGIN_RATE_LIMIT: "10000" });
  const server = await startServer({ ...config, port: 0, databaseUrl: "bench" }, { store, jobs: false });
  try {
    const client = await loggedIn(server.url, email, PASSWORD);
    const report = async () => {
      const answer = await client.get<{ cells: unknown[] }>("/api/reports/signals?groupBy=theme,municipality&period=2026");
      if (answer.status !== 200 || answer.body.cells.length === 0) throw new Error(`report: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    };
    const bare = () =>
      sql`select t.theme, s.municipality_key, count(distinct s.pseudonym), sum(case when s.pseudonym is null then s.people_count else 0 end), count(*)
          from signal s join signal_theme t on t.organisation_id = s.organisation_id and t.signal_id = s.id
          where s.organisation_id = ${organisationId} and s.raised_on >= '2026-01-01' and s.raised_on < '2027-01-01'
          group by t.theme, s.municipality_key`.execute(store.db);
    const reference = await timeRuns(RUNS, bare);
    const ours = await timeRuns(RUNS, report);
    return [
      {
        name: `report theme × municipality (${SIGNALS / 1000}k)`,
        dialect,
        p50: percentile(ours, 50),
        p95: percentile(ours, 95),
        reference: { name: "the cells' GROUP BY alone (bare query)", p50: percentile(reference, 50), p95: percentile(reference, 95) },
        unit: "ms",
      },
    ];
  } finally {
    await server.close();
  }
}

const rows = await onBothDatabases("signals", POSTGRES, measure);
await recordResults("signal-report", rows, { signals: SIGNALS, runs: RUNS, groupBy: "theme,municipality", period: "2026", k: 5 });
