import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSocialMap, DEMO_MAP_ANCHORS } from "../../src/socialmap/demo-map.ts";
import { importSocialMap } from "../../src/socialmap/socialmap-import.ts";
import { DIALECTS } from "../support/databases.ts";
import { startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type Tie = { id: string; name: string; kind: string; relation: string | null; closeness: string; support: string[]; stress: boolean; version: number };
type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string }> } };

describe.each(DIALECTS)("the person's network on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("adds, changes and removes ties; a stale version changes nothing; removed ties leave the ecomap", async () => {
    const { worker, personId } = await workerWithPerson(server, "Netwerk Persoon");
    const sister = await worker.post<Tie>(`/api/persons/${personId}/network`, { name: "Amina", kind: "family", relation: "zus", closeness: "close", support: ["emotional", "practical"] });
    expect(sister.status).toBe(201);
    expect(sister.body).toMatchObject({ name: "Amina", kind: "family", relation: "zus", closeness: "close", support: ["emotional", "practical"], stress: false, version: 1 });
    const landlord = await worker.post<Tie>(`/api/persons/${personId}/network`, { name: "De huisbaas", kind: "other", closeness: "distant", stress: true });

    const changed = await worker.patch<Tie>(`/api/network/${sister.body.id}`, { closeness: "medium", stress: true, version: 1 });
    expect(changed.body).toMatchObject({ closeness: "medium", stress: true, version: 2 });
    expect((await worker.patch(`/api/network/${sister.body.id}`, { name: "Te laat", version: 1 })).status).toBe(409);
    expect((await worker.delete(`/api/network/${landlord.body.id}?version=1`)).status).toBe(204);

    const list = await worker.get<{ items: Tie[] }>(`/api/persons/${personId}/network`);
    expect(list.body.items.map((t) => [t.name, t.closeness, t.stress])).toEqual([["Amina", "medium", true]]);
    // The same client id again returns the first tie, not a second one.
    const id = crypto.randomUUID();
    expect((await worker.post(`/api/persons/${personId}/network`, { id, name: "Buurman Jef", kind: "neighbour", closeness: "medium" })).status).toBe(201);
    expect((await worker.post(`/api/persons/${personId}/network`, { id, name: "Buurman Jef", kind: "neighbour", closeness: "medium" })).status).toBe(200);
    expect((await worker.get<{ items: Tie[] }>(`/api/persons/${personId}/network`)).body.items).toHaveLength(2);
  });

  it("links a professional to a service of the organisation's social map, and refuses an unknown one", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Gelinkt Netwerk");
    await importSocialMap({ db: server.services.db, dialect: server.services.dialect }, { organisationId: org.id, clock: server.clock }, demoSocialMap());
    const serviceId = DEMO_MAP_ANCHORS.psycholoog.id;
    const tie = await worker.post<Tie & { serviceId: string | null; serviceName: string | null }>(`/api/persons/${personId}/network`, { name: "Psycholoog Lies", kind: "professional", closeness: "medium", serviceId });
    expect(tie.body).toMatchObject({ serviceId, serviceName: DEMO_MAP_ANCHORS.psycholoog.name });
    expect((await worker.get<{ items: Array<{ serviceName: string | null }> }>(`/api/persons/${personId}/network`)).body.items[0]?.serviceName).toBe(DEMO_MAP_ANCHORS.psycholoog.name);
    const unknown = await worker.patch<ErrorBody>(`/api/network/${tie.body.id}`, { serviceId: "01890000-0000-7000-8000-000000000001", version: 1 });
    expect(unknown.body.error.fields?.[0]).toMatchObject({ path: "body.serviceId", code: "unknown_service" });
    const unlinked = await worker.patch<Tie & { serviceId: string | null }>(`/api/network/${tie.body.id}`, { serviceId: null, version: 1 });
    expect(unlinked.body.serviceId).toBeNull();
  });

  it("refuses bad input with field errors, and another organisation's ties are 404", async () => {
    const { worker, personId } = await workerWithPerson(server, "Fout Netwerk");
    const bad = await worker.post<ErrorBody>(`/api/persons/${personId}/network`, { name: "", kind: "enemy", closeness: "very", support: ["money"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path).sort()).toEqual(["body.closeness", "body.kind", "body.name", "body.support.0"]);
    const tie = await worker.post<Tie>(`/api/persons/${personId}/network`, { name: "Vriendin", kind: "friend", closeness: "close" });
    const other = await workerWithPerson(server, "Ander");
    expect((await other.worker.patch(`/api/network/${tie.body.id}`, { name: "Gekaapt", version: 1 })).status).toBe(404);
    expect((await other.worker.get(`/api/persons/${personId}/network`)).status).toBe(404);
    expect((await worker.get<{ items: Tie[] }>(`/api/persons/${personId}/network`)).body.items[0]?.name).toBe("Vriendin");
  });
});
