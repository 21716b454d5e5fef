import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, startTestServer, workerWithPerson, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface SyncAnswer {
  results: Array<{ index: number; id: string | null; status: number; error?: { code: string; fields?: Array<{ path: string }> } }>;
}

describe.each(DIALECTS)("offline outbox sync on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;
  let personId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    ({ org, worker, personId } = await workerWithPerson(server, "Sync"));
  });

  const ids = ["01a22550-9c7f-7d4b-b054-05ab57fc0001", "01a22550-9c7f-7d4b-b054-05ab57fc0002", "01a22550-9c7f-7d4b-b054-05ab57fc0003"];

  it("stores valid items, refuses the others item by item with reasons, and a resend doubles nothing", async () => {
    const batch = {
      items: [
        { kind: "encounter", data: { id: ids[0], startedAt: "2026-11-29T08:00:00Z", placeType: "street", personIds: [personId] } },
        { kind: "agenda_item", personId, data: { id: ids[1], title: "Een vaste plek om te slapen", raisedBy: "person" } },
        { kind: "encounter", data: { id: ids[2], startedAt: "not a time", placeType: "moon" } },
        { kind: "encounter", data: { startedAt: "2026-11-29T08:00:00Z", placeType: "home" } },
        { kind: "agenda_item", personId: "01a22550-9c7f-7d4b-b054-05ab57fc9999", data: { id: "01a22550-9c7f-7d4b-b054-05ab57fc0004", title: "x", raisedBy: "worker" } },
        "garbage",
      ],
    };
    const first = await worker.post<SyncAnswer>("/api/sync", batch);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r) => r.status)).toEqual([201, 201, 400, 400, 404, 400]);
    expect(first.body.results[2]?.error?.fields?.map((f) => f.path).sort()).toEqual(["items.2.data.placeType", "items.2.data.startedAt"]);
    expect(first.body.results[3]?.error?.fields?.map((f) => f.path)).toEqual(["items.3.data.id"]);
    const again = await worker.post<SyncAnswer>("/api/sync", { items: batch.items.slice(0, 2) });
    expect(again.body.results.map((r) => r.status)).toEqual([200, 200]);
    const encounters = await server.services.db.selectFrom("encounter").select("id").where("organisation_id", "=", org.id).execute();
    const items = await server.services.db.selectFrom("agenda_item").select("id").where("organisation_id", "=", org.id).execute();
    expect(encounters.map((e) => e.id)).toEqual([ids[0]]);
    expect(items.map((i) => i.id)).toEqual([ids[1]]);
  });

  it("an id of someone else's record is refused with 409 and no details", async () => {
    await worker.post("/api/sync", { items: [{ kind: "encounter", data: { id: ids[0], startedAt: "2026-11-29T08:00:00Z", placeType: "street" } }] });
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    const answer = await colleague.post<SyncAnswer>("/api/sync", { items: [{ kind: "encounter", data: { id: ids[0], startedAt: "2026-11-29T09:00:00Z", placeType: "home", note: "mine" } }] });
    expect(answer.body.results[0]).toMatchObject({ status: 409, error: { code: "conflict" } });
    expect(JSON.stringify(answer.body)).not.toContain("street");
  });

  it("answers each item on its own: a NUL in one item, a foreign person, a rule of the single route", async () => {
    const answer = await worker.post<SyncAnswer>("/api/sync", {
      items: [
        { kind: "agenda_item", personId, data: { id: ids[0], title: "Goed", raisedBy: "person" } },
        { kind: "agenda_item", personId, data: { id: ids[1], title: "Slecht\u0000", raisedBy: "person" } },
        { kind: "encounter", data: { id: ids[2], startedAt: "2026-11-29T08:00:00Z", placeType: "street", personIds: ["01a22550-9c7f-7d4b-b054-05ab57fc9999"] } },
        { kind: "encounter", data: { id: "01a22550-9c7f-7d4b-b054-05ab57fc0005", startedAt: "2026-11-29T08:00:00Z", placeType: "street", personIds: [personId], anonymous: { headCount: 2 } } },
      ],
    });
    expect(answer.body.results.map((r) => r.status)).toEqual([201, 400, 400, 400]);
    expect(answer.body.results[1]?.error?.fields?.[0]?.path).toBe("items.1.data.title");
    expect(answer.body.results[2]?.error?.fields?.[0]?.path).toBe("items.2.data.personIds.0");
    expect(answer.body.results[3]?.error?.fields?.[0]).toMatchObject({ path: "items.3.data.anonymous", code: "persons_or_anonymous" });
  });

  it("copies of the same item sent at the same moment are stored once, and each gets a good answer", async () => {
    const item = { kind: "agenda_item", personId, data: { id: ids[0], title: "Tegelijk", raisedBy: "person" } };
    const answers = await Promise.all(Array.from({ length: 4 }, () => worker.post<SyncAnswer>("/api/sync", { items: [item] })));
    const statuses = answers.map((a) => a.body.results[0]?.status).sort();
    expect(statuses).toEqual([200, 200, 200, 201]);
    const direct = await Promise.all(Array.from({ length: 4 }, () => worker.post(`/api/persons/${personId}/agenda`, { id: ids[1], title: "Direct", raisedBy: "person" })));
    expect(direct.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    const stored = await server.services.db.selectFrom("agenda_item").select("id").where("organisation_id", "=", org.id).execute();
    expect(stored).toHaveLength(2);
  });

  it("refuses an empty or oversized batch as a whole", async () => {
    expect((await worker.post("/api/sync", { items: [] })).status).toBe(400);
    expect((await worker.post("/api/sync", { items: Array.from({ length: 201 }, () => ({})) })).status).toBe(400);
  });
});
