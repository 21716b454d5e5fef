import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, startTestServer, workerWithPerson, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface Item {
  id: string;
  title: string;
  ownWords: string | null;
  status: string;
  droppedBy: string | null;
  dropReason: string | null;
  version: number;
  position: number;
  domains: string[];
}
interface History {
  items: Array<{ version: number; changedBy: string; changes: Record<string, { from: unknown; to: unknown }> }>;
}

describe.each(DIALECTS)("shared agenda on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;
  let personId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    ({ org, worker, personId } = await workerWithPerson(server, "Nadia"));
  });

  const add = (title: string, extra: Record<string, unknown> = {}) => worker.post<Item>(`/api/persons/${personId}/agenda`, { title, raisedBy: "person", ...extra });
  const agenda = async (client = worker): Promise<Item[]> => (await client.get<{ items: Item[] }>(`/api/persons/${personId}/agenda`)).body.items;

  it("adds items at the end, in the person's own words, with life domains", async () => {
    const first = await add("Een huis met een tuin", { ownWords: "Ik wil dat mijn kinderen buiten kunnen spelen", domains: ["housing", "family"] });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "open", position: 0, version: 1, domains: ["housing", "family"], ownWords: "Ik wil dat mijn kinderen buiten kunnen spelen" });
    await add("Schulden op een rij");
    expect((await agenda()).map((i) => i.title)).toEqual(["Een huis met een tuin", "Schulden op een rij"]);
  });

  it("the same client id twice returns the first item; someone else's id is a 409 without details", async () => {
    const id = "01a22550-9c7f-7d4b-b054-05ab57fcc111";
    expect((await add("Werk zoeken", { id })).status).toBe(201);
    const replay = await add("Werk zoeken (dubbel)", { id });
    expect(replay.status).toBe(200);
    expect(replay.body.title).toBe("Werk zoeken");
    expect(await agenda()).toHaveLength(1);
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    const theirs = (await colleague.post<{ id: string }>("/api/persons", { displayName: "Other" })).body.id;
    const taken = await colleague.post(`/api/persons/${theirs}/agenda`, { id, title: "x", raisedBy: "worker" });
    expect(taken.status).toBe(409);
    expect(JSON.stringify(taken.body)).not.toContain("Werk zoeken");
  });

  it("moves status along the allowed paths, refuses others with 422, and keeps every version", async () => {
    const item = (await add("Naar de mutualiteit")).body;
    const agreed = await worker.patch<Item>(`/api/agenda/${item.id}`, { status: "agreed", version: 1 });
    expect(agreed.body).toMatchObject({ status: "agreed", version: 2 });
    const jump = await worker.patch(`/api/agenda/${item.id}`, { status: "done", version: 2 });
    expect(jump.status).toBe(422);
    expect(jump.body).toMatchObject({ error: { code: "rule_violation", fields: [{ path: "body.status", code: "transition_not_allowed" }] } });
    const noReason = await worker.patch(`/api/agenda/${item.id}`, { status: "dropped", version: 2 });
    expect(noReason.status).toBe(400);
    const dropped = await worker.patch<Item>(`/api/agenda/${item.id}`, { status: "dropped", droppedBy: "person", dropReason: "Het lukte zelf", version: 2 });
    expect(dropped.body).toMatchObject({ status: "dropped", droppedBy: "person", dropReason: "Het lukte zelf", version: 3 });
    const reopened = await worker.patch<Item>(`/api/agenda/${item.id}`, { status: "open", version: 3 });
    expect(reopened.body).toMatchObject({ status: "open", droppedBy: null, dropReason: null });
    const stale = await worker.patch(`/api/agenda/${item.id}`, { title: "Te laat", version: 3 });
    expect(stale.status).toBe(409);
    const history = await worker.get<History>(`/api/agenda/${item.id}/history`);
    expect(history.body.items.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect(history.body.items[0]?.changes).toEqual({ status: { from: "dropped", to: "open" }, droppedBy: { from: "person", to: null }, dropReason: { from: "Het lukte zelf", to: null } });
    expect(history.body.items[2]?.changes).toEqual({ status: { from: "open", to: "agreed" } });
    expect(history.body.items.every((v) => v.changedBy === org.worker.id)).toBe(true);
  });

  it("refuses an order that does not list exactly the person's items, and changes nothing", async () => {
    const [a, b, c] = [(await add("A")).body.id, (await add("B")).body.id, (await add("C")).body.id];
    const other = (await worker.post<{ id: string }>("/api/persons", { displayName: "Else" })).body.id;
    const foreign = (await worker.post<Item>(`/api/persons/${other}/agenda`, { title: "X", raisedBy: "worker" })).body.id;
    for (const itemIds of [[a, b], [a, b, c, c], [a, b, foreign], [a, b, c, foreign]]) {
      const answer = await worker.request("PUT", `/api/persons/${personId}/agenda/order`, { itemIds });
      expect(answer.status, JSON.stringify(itemIds)).toBe(409);
    }
    expect((await agenda()).map((i) => i.id)).toEqual([a, b, c]);
    const moved = await worker.request<{ items: Item[] }>("PUT", `/api/persons/${personId}/agenda/order`, { itemIds: [c, a, b] });
    expect(moved.body.items.map((i) => i.id)).toEqual([c, a, b]);
  });

  it("is person data: not visible without access, and every read and write is audited", async () => {
    const item = (await add("Rijbewijs halen")).body;
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.get(`/api/persons/${personId}/agenda`)).status).toBe(404);
    expect((await colleague.patch(`/api/agenda/${item.id}`, { title: "Gekaapt", version: 1 })).status).toBe(404);
    expect((await colleague.get(`/api/agenda/${item.id}/history`)).status).toBe(404);
    const coordinator = await loggedIn(server.url, org.coordinator.email, PASSWORD);
    expect((await agenda(coordinator)).map((i) => i.title)).toEqual(["Rijbewijs halen"]);
    await server.services.audit.flush();
    const actions = (await server.services.db.selectFrom("audit_event").select("action").where("organisation_id", "=", org.id).where("person_id", "=", personId).execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["agenda.create", "agenda.list"]));
  });

  it("keeps strengths, supports and own goals in the person's words; removing hides them", async () => {
    const strength = await worker.post<{ id: string; version: number }>(`/api/persons/${personId}/strengths`, { kind: "strength", text: "Ik kan goed koken" });
    expect(strength.status).toBe(201);
    await worker.post(`/api/persons/${personId}/strengths`, { kind: "goal", text: "Zelf mijn papieren regelen" });
    await worker.post(`/api/persons/${personId}/strengths`, { kind: "support", text: "Mijn zus" });
    expect((await worker.post(`/api/persons/${personId}/strengths`, { kind: "weakness", text: "x" })).status).toBe(400);
    const list = async () => (await worker.get<{ items: Array<{ kind: string; text: string }> }>(`/api/persons/${personId}/strengths`)).body.items;
    expect((await list()).map((s) => `${s.kind}:${s.text}`)).toEqual(["goal:Zelf mijn papieren regelen", "strength:Ik kan goed koken", "support:Mijn zus"]);
    const edited = await worker.patch<{ text: string; version: number }>(`/api/strengths/${strength.body.id}`, { text: "Ik kan goed koken voor veel mensen", version: 1 });
    expect(edited.body).toMatchObject({ text: "Ik kan goed koken voor veel mensen", version: 2 });
    expect((await worker.delete(`/api/strengths/${strength.body.id}?version=1`)).status).toBe(409);
    expect((await worker.delete(`/api/strengths/${strength.body.id}?version=2`)).status).toBe(204);
    expect((await list()).map((s) => s.kind)).toEqual(["goal", "support"]);
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.get(`/api/persons/${personId}/strengths`)).status).toBe(404);
  });

  it("property: after any sequence of reorderings, accepted or refused, the agenda holds the same items in the last accepted order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.record({ kind: fc.constantFrom("valid", "missing", "duplicate", "unknown"), seed: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }) }), { minLength: 1, maxLength: 5 }),
        async (count, operations) => {
          personId = (await worker.post<{ id: string }>("/api/persons", { displayName: "Property" })).body.id;
          const ids: string[] = [];
          for (let i = 0; i < count; i++) ids.push((await add(`Item ${i}`)).body.id);
          let model = [...ids];
          for (const op of operations) {
            // A permutation of the current items, chosen by the generated numbers.
            const shuffled = [...model].map((id, i) => ({ id, key: op.seed[i % op.seed.length] ?? 0 })).sort((x, y) => x.key - y.key).map((x) => x.id);
            const proposal =
              op.kind === "valid" ? shuffled
              : op.kind === "missing" ? shuffled.slice(1)
              : op.kind === "duplicate" ? [...shuffled, shuffled[0] ?? ""]
              : [...shuffled, "01a22550-9c7f-7d4b-b054-000000000000"];
            const answer = await worker.request("PUT", `/api/persons/${personId}/agenda/order`, { itemIds: proposal });
            if (op.kind === "valid") {
              expect(answer.status).toBe(200);
              model = shuffled;
            } else {
              expect(answer.status).toBe(409);
            }
            expect((await agenda()).map((i) => i.id)).toEqual(model);
          }
          expect([...model].sort()).toEqual([...ids].sort());
        },
      ),
      { seed: 3, numRuns: 12 },
    );
  });
});
