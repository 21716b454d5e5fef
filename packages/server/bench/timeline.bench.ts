/**
 * The person's timeline with 5,000 entries (encounters, agenda changes, referral steps, agreement
 * versions), on SQLite and, when it answers, PostgreSQL: p50 and p95 of the first page and
 * of a deep page (the 80th of 50), through the real HTTP API, next to the bare query of one page of
 * encounters alone, measured in the same run.
 * Run with `npm run bench` (or `npx tsx packages/server/bench/timeline.bench.ts --entries 5000`).
 */
import { parseArgs } from "node:util";
import { systemClock } from "@nabij/domain";
import { createOrganisation, createTeam, createUser } from "../src/admin/provisioning.ts";
import { passwordHasher } from "../src/auth/password.ts";
import { loadConfig } from "../src/config.ts";
import type { DialectName, Store } from "../src/db/connect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { newId } from "../src/ids.ts";
import { startServer } from "../src/server.ts";
import { loggedIn } from "../test/support/client.ts";
import { onBothDatabases, percentile, recordResults, timeRuns, type BenchRow } from "./support.ts";

const { values } = parseArgs({ options: { entries: { type: "string" }, runs: { type: "string" } }, strict: false });
const ENTRIES = Number(values.entries ?? 5_000);
const RUNS = Number(values.runs ?? 30);
const POSTGRES = process.env.NABIJ_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const PASSWORD = "bench bench bench bench";


/** One person with ENTRIES entries spread over five kinds, a minute apart, written directly. */
async function seed(store: Store): Promise<{ email: string; personId: string; organisationId: string }> {
  const db = store.db;
  const organisationId = await createOrganisation(db, systemClock, { name: "Bench" });
  const team = await createTeam(db, systemClock, organisationId, "Team");
  const email = "bench@bench.example";
  const userId = await createUser(db, systemClock, organisationId, { email, displayName: "Bench", role: "worker", teamIds: [team], passwordHash: await passwordHasher("test").hashPassword(PASSWORD) });
  const personId = newId(systemClock);
  const start = Date.parse("2020-01-01T08:00:00Z");
  const at = (i: number) => new Date(start + i * 60_000).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("person").values({ organisation_id: organisationId, id: personId, display_name: "Bench Persoon", display_name_search: "bench persoon", legal_name: null, legal_name_search: null, birth_date: null, insz: null, phone: null, email: null, languages: "[]", contact_preference: null, created_by: userId, created_at: at(0), updated_at: at(0), version: 1 }).execute();
    await trx.insertInto("involvement").values({ organisation_id: organisationId, person_id: personId, user_id: userId, created_by: userId, created_at: at(0) }).execute();
    const referralId = newId(systemClock);
    await trx.insertInto("referral").values({ organisation_id: organisationId, id: referralId, person_id: personId, service_id: null, organisation_name: "OCMW", institution_category: "income", reason: "Bench", shared: null, consent_given: 0, handover_note: null, status: "on_hold", status_changed_at: at(0), outcome_own_words: null, created_by: userId, created_at: at(0), updated_at: at(0), version: 1 }).execute();
    const itemId = newId(systemClock);
    await trx.insertInto("agenda_item").values({ organisation_id: organisationId, id: itemId, person_id: personId, title: "Bench", own_words: null, raised_by: "person", domains: '["housing"]', status: "open", dropped_by: null, drop_reason: null, position: 0, created_by: userId, created_at: at(0), updated_at: at(0), version: 1 }).execute();
    const agreementId = newId(systemClock);
    await trx.insertInto("agreement").values({ organisation_id: organisationId, id: agreementId, person_id: personId, version: 1, created_by: userId, created_at: at(0), updated_at: at(0) }).execute();
    for (let i = 0; i < ENTRIES; i++) {
      const kind = i % 5;
      if (kind === 0 || kind === 1) {
        const id = newId(systemClock);
        await trx.insertInto("encounter").values({ organisation_id: organisationId, id, started_at: at(i), duration_minutes: 30, place_type: "home", note: null, anonymous_nickname: null, anonymous_description: null, anonymous_head_count: null, note_shared: 0, domains: '["housing"]', created_by: userId, created_at: at(i), updated_at: at(i), version: 1 }).execute();
        await trx.insertInto("encounter_person").values({ organisation_id: organisationId, encounter_id: id, person_id: personId }).execute();
      } else if (kind === 2) {
        await trx.insertInto("agenda_item_version").values({ organisation_id: organisationId, item_id: itemId, version: i + 1, changed_by: userId, changed_at: at(i), changes: "{}" }).execute();
      } else if (kind === 3) {
        await trx.insertInto("referral_event").values({ organisation_id: organisationId, referral_id: referralId, seq: i + 1, person_id: personId, from_status: "in_progress", to_status: "on_hold", reason: "Wachten", own_words: null, barrier: 0, barrier_reason: null, at: at(i), by: userId }).execute();
      } else {
        await trx.insertInto("agreement_version").values({ organisation_id: organisationId, agreement_id: agreementId, version: i + 1, person_id: personId, what: "Bench", who_does_what: null, due_date: null, own_words: null, why: "Bench", changed_by: userId, changed_at: at(i), confirmed_at: null, confirmed_how: null, confirmed_by: null }).execute();
      }
    }
  });
  return { email, personId, organisationId };
}

async function measure(dialect: DialectName, store: Store, keysDir: string): Promise<BenchRow[]> {
  await migrateToLatest(store);
  const { email, personId, organisationId } = await seed(store);
  const config = loadConfig({ PORT: "8080", NABIJ_PASSWORD_HASHING: "test", NABIJ_KEYS_DIR: keysDir, NABIJ_LOG_LEVEL: "silent", NABIJ_LOGIN_RATE_LIMIT: "10000" });
  const server = await startServer({ ...config, port: 0, databaseUrl: "bench" }, { store, jobs: false });
  try {
    const client = await loggedIn(server.url, email, PASSWORD);
    const get = async (path: string) => {
      const answer = await client.get<{ items: unknown[]; nextBefore?: string }>(path);
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    };
    // The cursor of page 80 (of 50 entries), found once by walking.
    let deep: string | undefined;
    let page = await get(`/api/persons/${personId}/timeline?limit=50`);
    let pages = 1;
    for (; pages < 80 && page.nextBefore; pages++) {
      deep = page.nextBefore;
      page = await get(`/api/persons/${personId}/timeline?limit=50&before=${deep}`);
    }
    if (pages < 80) throw new Error(`The timeline ended after ${pages} pages; the deep page needs 80 (use --entries 4000 or more)`);
    const bare = () =>
      store.db
        .selectFrom("encounter_person")
        .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_person.organisation_id").onRef("encounter.id", "=", "encounter_person.encounter_id"))
        .select(["encounter.id", "encounter.started_at"])
        .where("encounter_person.organisation_id", "=", organisationId)
        .where("encounter_person.person_id", "=", personId)
        .orderBy("encounter.started_at", "desc")
        .limit(50)
        .execute();
    const reference = await timeRuns(RUNS, bare);
    const ref = { name: "one page of encounters alone (bare query)", p50: percentile(reference, 50), p95: percentile(reference, 95) };
    const first = await timeRuns(RUNS, () => get(`/api/persons/${personId}/timeline?limit=50`));
    const deepRuns = await timeRuns(RUNS, () => get(`/api/persons/${personId}/timeline?limit=50&before=${deep ?? ""}`));
    return [
      { name: `timeline first page (${ENTRIES} entries)`, dialect, p50: percentile(first, 50), p95: percentile(first, 95), reference: ref, unit: "ms" },
      { name: `timeline page 80 (${ENTRIES} entries)`, dialect, p50: percentile(deepRuns, 50), p95: percentile(deepRuns, 95), reference: ref, unit: "ms" },
    ];
  } finally {
    await server.close();
  }
}

const rows = await onBothDatabases("timeline", POSTGRES, measure);
await recordResults("timeline", rows, { entries: ENTRIES, runs: RUNS, pageSize: 50, deepPage: 80 });
