import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldForSearch, ManualClock } from "@nabij/domain";
import { createOrganisation, createTeam, createUser } from "../../src/admin/provisioning.ts";
import { AuditLog } from "../../src/audit/audit-log.ts";
import { toBool, fromBool, toCount, toJson, fromJson } from "../../src/db/values.ts";
import { newId } from "../../src/ids.ts";
import { enqueueJob, runDueJobs } from "../../src/jobs/job-queue.ts";
import { DIALECTS, openTestStore, type TestStore } from "../support/databases.ts";

describe.each(DIALECTS)("storage on %s", (dialect) => {
  let store: TestStore;
  const clock = new ManualClock("2026-11-29T09:00:00.000Z");
  beforeAll(async () => {
    store = await openTestStore(dialect);
  });
  afterAll(async () => store.close());

  async function personIn(organisationId: string, id = newId(clock), name = "Aïcha Benali"): Promise<string> {
    const now = clock.now().toISOString();
    await store.db
      .insertInto("person")
      .values({ organisation_id: organisationId, id, display_name: name, display_name_search: foldForSearch(name), legal_name: null, legal_name_search: null, birth_date: "1990-02-03", insz: null, phone: null, email: null, languages: toJson(["nl", "ar"]), contact_preference: null, created_by: "system", created_at: now, updated_at: now, version: 1 })
      .execute();
    return id;
  }

  it("stores ids, timestamps, dates, JSON and counts one way and reads them back the same", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Type policy" });
    const id = await personIn(org);
    const row = await store.db.selectFrom("person").selectAll().where("organisation_id", "=", org).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.created_at).toBe("2026-11-29T09:00:00.000Z");
    expect(row.birth_date).toBe("1990-02-03");
    expect(fromJson<string[]>(row.languages, [])).toEqual(["nl", "ar"]);
    expect(typeof row.version).toBe("number");
    const count = await store.db.selectFrom("person").select((eb) => eb.fn.countAll().as("n")).where("organisation_id", "=", org).executeTakeFirstOrThrow();
    expect(toCount(count.n)).toBe(1);
    expect(fromBool(toBool(true))).toBe(true);
    expect(fromBool(toBool(false))).toBe(false);
  });

  it("keys lead with organisation_id: the same id may exist in two organisations", async () => {
    const a = await createOrganisation(store.db, clock, { name: "A" });
    const b = await createOrganisation(store.db, clock, { name: "B" });
    const shared = newId(clock);
    await personIn(a, shared);
    await expect(personIn(b, shared)).resolves.toBe(shared);
    await expect(personIn(a, shared)).rejects.toThrow();
  });

  it("foreign keys include organisation_id: an encounter cannot name another organisation's person", async () => {
    const a = await createOrganisation(store.db, clock, { name: "A" });
    const b = await createOrganisation(store.db, clock, { name: "B" });
    const foreignPerson = await personIn(b);
    const encounter = newId(clock);
    const now = clock.now().toISOString();
    await store.db.insertInto("encounter").values({ organisation_id: a, id: encounter, started_at: now, duration_minutes: null, place_type: "street", note: null, anonymous_nickname: null, anonymous_description: null, anonymous_head_count: null, note_shared: 0, domains: "[]", created_by: "x", created_at: now, updated_at: now, version: 1 }).execute();
    await expect(store.db.insertInto("encounter_person").values({ organisation_id: a, encounter_id: encounter, person_id: foreignPerson }).execute()).rejects.toThrow();
  });

  it("an update naming a stale version changes nothing", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Versions" });
    const id = await personIn(org);
    const update = (version: number, name: string) =>
      store.db.updateTable("person").set({ display_name: name, version: version + 1 }).where("organisation_id", "=", org).where("id", "=", id).where("version", "=", version).executeTakeFirst();
    expect(Number((await update(1, "First")).numUpdatedRows)).toBe(1);
    expect(Number((await update(1, "Stale")).numUpdatedRows)).toBe(0);
    const row = await store.db.selectFrom("person").select(["display_name", "version"]).where("organisation_id", "=", org).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toEqual({ display_name: "First", version: 2 });
  });

  it("searches folded names the same way on both databases", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Search" });
    await personIn(org, newId(clock), "Josée Lambert");
    await personIn(org, newId(clock), "JOSE Garcia");
    await personIn(org, newId(clock), "Zeynep Kaya");
    const rows = await store.db.selectFrom("person").select("display_name").where("organisation_id", "=", org).where("display_name_search", "like", `%${foldForSearch("JOSÉ")}%`).orderBy("display_name_search").execute();
    expect(rows.map((r) => r.display_name)).toEqual(["JOSE Garcia", "Josée Lambert"]);
  });

  it("orders folded names byte-wise on both databases, whatever the server's locale", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Order" });
    for (const name of ["Aa Zed", "A Bee", "Émile", "Zoë", "'t Kint"]) await personIn(org, newId(clock), name);
    const rows = await store.db.selectFrom("person").select("display_name").where("organisation_id", "=", org).orderBy("display_name_search").execute();
    expect(rows.map((r) => r.display_name)).toEqual(["'t Kint", "A Bee", "Aa Zed", "Émile", "Zoë"]);
  });

  it("numbers audit events per organisation without gaps, also for batched reads", async () => {
    const a = await createOrganisation(store.db, clock, { name: "Audit A" });
    const b = await createOrganisation(store.db, clock, { name: "Audit B" });
    const audit = new AuditLog(store.db, clock, (e) => {
      throw e;
    });
    const actor = (organisationId: string) => ({ organisationId, actorKind: "user" as const, actorId: "u", requestId: "r" });
    await store.db.transaction().execute((trx) => audit.write(trx, actor(a), { action: "person.create", entityType: "person" }));
    for (let i = 0; i < 5; i++) audit.read(actor(a), { action: "person.read", entityType: "person" });
    audit.read(actor(b), { action: "person.read", entityType: "person" });
    await audit.flush();
    const seqs = async (org: string) => (await store.db.selectFrom("audit_event").select("seq").where("organisation_id", "=", org).orderBy("seq").execute()).map((r) => Number(r.seq));
    expect(await seqs(a)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await seqs(b)).toEqual([1]);
  });

  it("a write rolled back leaves no audit event behind", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Rollback" });
    const audit = new AuditLog(store.db, clock, () => undefined);
    await expect(
      store.db.transaction().execute(async (trx) => {
        await audit.write(trx, { organisationId: org, actorKind: "user", actorId: "u", requestId: null }, { action: "person.create", entityType: "person" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const rows = await store.db.selectFrom("audit_event").select("seq").where("organisation_id", "=", org).execute();
    expect(rows).toEqual([]);
  });

  it("runs due jobs once, retries failures with back-off, and gives up after max attempts", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Jobs" });
    const seen: string[] = [];
    const handlers = {
      ok: async (job: { payload: unknown }) => {
        seen.push(JSON.stringify(job.payload));
      },
      broken: async () => {
        throw new Error("always fails");
      },
    };
    await enqueueJob(store.db, clock, { organisationId: org, kind: "ok", payload: { n: 1 } });
    await enqueueJob(store.db, clock, { organisationId: org, kind: "ok", payload: { n: 2 }, runAt: new Date(clock.now().getTime() + 60_000) });
    const broken = await enqueueJob(store.db, clock, { organisationId: org, kind: "broken", maxAttempts: 2 });
    expect(await runDueJobs(store.db, store.dialect, clock, handlers, "w1")).toBe(2);
    expect(seen).toEqual(['{"n":1}']);
    expect(await runDueJobs(store.db, store.dialect, clock, handlers, "w1")).toBe(0);
    clock.advance(61_000);
    expect(await runDueJobs(store.db, store.dialect, clock, handlers, "w1")).toBe(2);
    expect(seen).toEqual(['{"n":1}', '{"n":2}']);
    const job = await store.db.selectFrom("job").selectAll().where("organisation_id", "=", org).where("id", "=", broken).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: "failed", attempts: 2, last_error: "always fails" });
  });

  it("runs a job again when its worker died, and fails it once the attempts are used up", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Dead workers" });
    const ran: string[] = [];
    const handlers = { work: async (job: { id: string }) => void ran.push(job.id) };
    const retry = await enqueueJob(store.db, clock, { organisationId: org, kind: "work", maxAttempts: 3 });
    const spent = await enqueueJob(store.db, clock, { organisationId: org, kind: "work", maxAttempts: 3 });
    const expired = new Date(clock.now().getTime() - 1000).toISOString();
    const died = { status: "running" as const, locked_by: "dead-worker", locked_until: expired };
    await store.db.updateTable("job").set({ ...died, attempts: 1 }).where("organisation_id", "=", org).where("id", "=", retry).execute();
    await store.db.updateTable("job").set({ ...died, attempts: 3 }).where("organisation_id", "=", org).where("id", "=", spent).execute();
    await runDueJobs(store.db, store.dialect, clock, handlers, "w2");
    expect(ran).toEqual([retry]);
    const rows = await store.db.selectFrom("job").select(["id", "status", "attempts"]).where("organisation_id", "=", org).orderBy("status").execute();
    expect(rows).toEqual([
      { id: retry, status: "done", attempts: 2 },
      { id: spent, status: "failed", attempts: 3 },
    ]);
  });

  it("creates accounts with globally unique login e-mails", async () => {
    const a = await createOrganisation(store.db, clock, { name: "Accounts A" });
    const b = await createOrganisation(store.db, clock, { name: "Accounts B" });
    const team = await createTeam(store.db, clock, a, "Team");
    const email = `same-${newId(clock)}@test.nabij.be`;
    await createUser(store.db, clock, a, { email, displayName: "One", role: "worker", teamIds: [team] });
    await expect(createUser(store.db, clock, b, { email: email.toUpperCase(), displayName: "Two", role: "worker" })).rejects.toThrow(/exists already/);
  });
});

/** Uses a SQLite trigger to make the database refuse a write, without mocking anything. */
describe("audit log on a failing database", () => {
  let store: TestStore;
  const clock = new ManualClock();
  beforeAll(async () => {
    store = await openTestStore("sqlite");
  });
  afterAll(async () => store.close());

  it("a batch of reads that fails to commit is kept and written on the next flush", async () => {
    const org = await createOrganisation(store.db, clock, { name: "Retry" });
    const errors: unknown[] = [];
    const audit = new AuditLog(store.db, clock, (e) => errors.push(e));
    const { sql } = await import("kysely");
    await sql`create trigger refuse_audit before insert on audit_event begin select raise(abort, 'disk full'); end`.execute(store.db);
    audit.read({ organisationId: org, actorKind: "user", actorId: "u", requestId: null }, { action: "person.read", entityType: "person" });
    await audit.flush();
    expect(errors).toHaveLength(1);
    await sql`drop trigger refuse_audit`.execute(store.db);
    await audit.flush();
    audit.close();
    const rows = await store.db.selectFrom("audit_event").select(["seq", "action"]).where("organisation_id", "=", org).execute();
    expect(rows).toEqual([{ seq: 1, action: "person.read" }]);
  });
});
