import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, workerWithPerson, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface Encounter {
  id: string;
  startedAt: string;
  placeType: string;
  persons: Array<{ id: string; displayName: string }>;
  workers: Array<{ id: string }>;
  anonymous: { nickname: string | null; headCount: number | null } | null;
}

describe.each(DIALECTS)("encounters on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;
  let personId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    ({ org, worker, personId } = await workerWithPerson(server, "Jos Claes"));
  });

  async function encounterCount(): Promise<number> {
    return (await server.services.db.selectFrom("encounter").select("id").where("organisation_id", "=", org.id).execute()).length;
  }

  it("logs an encounter with only a time and a place type; the worker is present", async () => {
    const answer = await worker.post<Encounter>("/api/encounters", { startedAt: "2026-11-29T10:15:00+01:00", placeType: "street" });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ startedAt: "2026-11-29T09:15:00.000Z", placeType: "street", persons: [], anonymous: null });
    expect(answer.body.workers.map((w) => w.id)).toEqual([org.worker.id]);
  });

  it("logs an anonymous encounter with a nickname, a description and a head count", async () => {
    const answer = await worker.post<Encounter>("/api/encounters", { startedAt: "2026-11-29T22:00:00Z", placeType: "street", anonymous: { nickname: "Jongeren skatepark", description: "Vroegen naar vakantiejobs", headCount: 6 } });
    expect(answer.status).toBe(201);
    expect(answer.body.anonymous).toMatchObject({ nickname: "Jongeren skatepark", headCount: 6 });
  });

  it("an encounter is with named persons or anonymous, not both", async () => {
    const answer = await worker.post("/api/encounters", { startedAt: "2026-11-29T22:00:00Z", placeType: "street", personIds: [personId], anonymous: { headCount: 2 } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { fields: [{ path: "body.anonymous", code: "persons_or_anonymous" }] } });
    expect(await encounterCount()).toBe(0);
  });

  it("shows encounters on the person's page, newest first, with colleagues present", async () => {
    await worker.post("/api/encounters", { startedAt: "2026-11-01T10:00:00Z", placeType: "home", personIds: [personId], durationMinutes: 45, note: "Huisbezoek" });
    await worker.post("/api/encounters", { startedAt: "2026-11-20T10:00:00Z", placeType: "phone", personIds: [personId], workerIds: [org.colleague.id] });
    const list = await worker.get<{ items: Encounter[] }>(`/api/persons/${personId}/encounters`);
    expect(list.body.items.map((e) => e.placeType)).toEqual(["phone", "home"]);
    expect(list.body.items[0]?.workers.map((w) => w.id).sort()).toEqual([org.worker.id, org.colleague.id].sort());
    const caseload = await worker.get<{ items: Array<{ lastEncounterAt: string }> }>("/api/persons");
    expect(caseload.body.items[0]?.lastEncounterAt).toBe("2026-11-20T10:00:00.000Z");
  });

  it("a replay with the same id (an offline retry) returns the stored encounter and writes nothing new", async () => {
    const id = "01a22550-9c7f-7d4b-b054-05ab57fcc999";
    const body = { id, startedAt: "2026-11-29T10:00:00Z", placeType: "home", personIds: [personId] };
    expect((await worker.post("/api/encounters", body)).status).toBe(201);
    const replay = await worker.post<Encounter>("/api/encounters", body);
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(id);
    expect(await encounterCount()).toBe(1);
  });

  it("refuses a person the worker may not see, or a foreign worker, as a field error, and writes nothing", async () => {
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    const unseen = await colleague.post("/api/encounters", { startedAt: "2026-11-29T10:00:00Z", placeType: "home", personIds: [personId] });
    expect(unseen.status).toBe(400);
    expect(unseen.body).toMatchObject({ error: { fields: [{ path: "body.personIds.0", code: "unknown_person" }] } });
    const other = await createTestOrganisation(server);
    const foreignWorker = await worker.post("/api/encounters", { startedAt: "2026-11-29T10:00:00Z", placeType: "home", workerIds: [other.worker.id] });
    expect(foreignWorker.status).toBe(400);
    expect(await encounterCount()).toBe(0);
  });

  it("refuses unknown place types, bad times and too-long notes with field messages", async () => {
    const answer = await worker.post("/api/encounters", { startedAt: "yesterday", placeType: "moon", note: "x".repeat(10_001), durationMinutes: -5 });
    expect(answer.status).toBe(400);
    const paths = (answer.body.error as { fields: Array<{ path: string }> }).fields.map((f) => f.path).sort();
    expect(paths).toEqual(["body.durationMinutes", "body.note", "body.placeType", "body.startedAt"]);
    expect(await encounterCount()).toBe(0);
  });

  it("links an anonymous encounter to a person only with consent, audited, and the link can be undone", async () => {
    const anonymous = await worker.post<Encounter>("/api/encounters", { startedAt: "2026-11-20T22:00:00Z", placeType: "street", anonymous: { nickname: "Man met de hond" } });
    const link = (body: unknown) => worker.post(`/api/encounters/${anonymous.body.id}/links`, body);
    expect((await link({ personId })).status).toBe(400);
    expect((await link({ personId, consent: { given: false, method: "verbal" } })).status).toBe(400);
    const mine = await worker.get<{ items: Encounter[] }>("/api/me/anonymous-encounters?days=365");
    expect(mine.body.items.map((e) => e.id)).toEqual([anonymous.body.id]);
    const colleagueList = await (await loggedIn(server.url, org.colleague.email, PASSWORD)).get<{ items: Encounter[] }>("/api/me/anonymous-encounters?days=365");
    expect(colleagueList.body.items).toEqual([]);
    expect((await link({ personId, consent: { given: true, method: "verbal", note: "Vond het goed" } })).status).toBe(201);
    const linked = await worker.get<{ items: Encounter[] }>("/api/me/anonymous-encounters?days=365");
    expect(linked.body.items[0]?.persons.map((p) => p.id)).toEqual([personId]);
    expect((await link({ personId, consent: { given: true, method: "verbal" } })).status).toBe(409);
    const list = await worker.get<{ items: Encounter[] }>(`/api/persons/${personId}/encounters`);
    expect(list.body.items.map((e) => e.id)).toEqual([anonymous.body.id]);
    expect((await worker.delete(`/api/encounters/${anonymous.body.id}/links/${personId}`)).status).toBe(204);
    expect((await worker.get<{ items: Encounter[] }>(`/api/persons/${personId}/encounters`)).body.items).toEqual([]);
    const actions = (await server.services.db.selectFrom("audit_event").select("action").where("organisation_id", "=", org.id).where("entity_id", "=", anonymous.body.id).orderBy("seq").execute()).map((r) => r.action);
    expect(actions).toEqual(["encounter.create", "encounter.link", "encounter.unlink"]);
    const kept = await server.services.db.selectFrom("encounter_link").select(["consent_method", "unlinked_at"]).where("organisation_id", "=", org.id).execute();
    expect(kept).toEqual([{ consent_method: "verbal", unlinked_at: expect.any(String) }]);
    // Only a worker who was there may link; a named encounter is not anonymous.
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.post(`/api/encounters/${anonymous.body.id}/links`, { personId, consent: { given: true, method: "verbal" } })).status).toBe(404);
    const named = await worker.post<Encounter>("/api/encounters", { startedAt: "2026-11-21T10:00:00Z", placeType: "home", personIds: [personId] });
    const other = (await worker.post<{ id: string }>("/api/persons", { displayName: "Other" })).body.id;
    expect((await worker.post(`/api/encounters/${named.body.id}/links`, { personId: other, consent: { given: true, method: "written" } })).status).toBe(422);
  });

  it("a shared encounter never shows a person the reader may not see", async () => {
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    const theirs = (await colleague.post<{ id: string }>("/api/persons", { displayName: "Only Colleague Knows" })).body.id;
    await worker.post(`/api/persons/${personId}/involvements`, { userId: org.colleague.id });
    await colleague.post("/api/encounters", { startedAt: "2026-11-29T10:00:00Z", placeType: "community", personIds: [personId, theirs], note: "Only Colleague Knows told us a secret" });
    await colleague.post("/api/encounters", { startedAt: "2026-11-29T11:00:00Z", placeType: "community", personIds: [personId], note: "Jos came by" });
    const list = await worker.get<{ items: Array<Encounter & { note: string | null; noteHidden: boolean }> }>(`/api/persons/${personId}/encounters`);
    const [own, shared] = list.body.items;
    expect(own).toMatchObject({ note: "Jos came by", noteHidden: false });
    expect(shared?.persons.map((p) => p.displayName)).toEqual(["Jos Claes"]);
    expect(shared).toMatchObject({ note: null, noteHidden: true });
    expect(JSON.stringify(list.body)).not.toContain("Only Colleague Knows");
    const colleagueView = await colleague.get<{ items: Array<{ note: string | null }> }>(`/api/persons/${personId}/encounters`);
    expect(colleagueView.body.items.map((e) => e.note)).toEqual(["Jos came by", "Only Colleague Knows told us a secret"]);
  });
});
