import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { foldForSearch, ManualClock } from "@nabij/domain";
import { RequestContext } from "../../src/access/context.ts";
import { createOrganisation, createUser } from "../../src/admin/provisioning.ts";
import { loadConfig } from "../../src/config.ts";
import { PersonRepository } from "../../src/persons/person.repository.ts";
import { createServices } from "../../src/server.ts";
import { DIALECTS, openTestStore, type TestStore } from "../support/databases.ts";

describe.each(DIALECTS)("paging and sequences on %s", (dialect) => {
  let store: TestStore;
  const clock = new ManualClock();
  beforeAll(async () => {
    store = await openTestStore(dialect);
  });
  afterAll(async () => store.close());

  async function workerContext(): Promise<RequestContext> {
    const services = createServices(loadConfig({ NABIJ_PASSWORD_HASHING: "test", NABIJ_KEYS_DIR: inject("keysDir") }), store, clock);
    const organisationId = await createOrganisation(store.db, clock, { name: "Paging" });
    const userId = await createUser(store.db, clock, organisationId, { email: `w-${organisationId}@test.nabij.be`, displayName: "W", role: "worker", passwordHash: "x" });
    return new RequestContext(services, { kind: "user", organisationId, userId, role: "worker", teamIds: [], sessionId: "s" }, "request");
  }

  it("property: walking the caseload page by page returns every person once, in folded-name order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "é", "E", " ", "'", "z"), minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ""), { minLength: 0, maxLength: 25 }),
        fc.integer({ min: 1, max: 7 }),
        async (names, limit) => {
          const ctx = await workerContext();
          const persons = new PersonRepository(ctx);
          for (const name of names) await persons.create({ displayName: name });
          const seen: Array<{ id: string; displayName: string }> = [];
          let cursor: string | undefined;
          for (let page = 0; page <= names.length; page++) {
            const result = await persons.list({ limit, cursor });
            seen.push(...result.items);
            cursor = result.nextCursor;
            if (!cursor) break;
          }
          expect(cursor).toBeUndefined();
          expect(new Set(seen.map((p) => p.id)).size).toBe(names.length);
          const keys = seen.map((p) => foldForSearch(p.displayName));
          expect(keys).toEqual([...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
          await ctx.services.audit.flush();
        },
      ),
      { seed: 42, numRuns: 15 },
    );
  });

  it("concurrent writes in one organisation get distinct, gap-free audit numbers", async () => {
    const ctx = await workerContext();
    const persons = new PersonRepository(ctx);
    await Promise.all(Array.from({ length: 20 }, (_, i) => persons.create({ displayName: `Concurrent ${i}` })));
    const rows = await store.db.selectFrom("audit_event").select("seq").where("organisation_id", "=", ctx.user.organisationId).where("action", "=", "person.create").orderBy("seq").execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
