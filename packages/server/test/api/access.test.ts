import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface PersonList {
  items: Array<{ id: string; displayName: string; basis: string }>;
}

/** Who sees whom: involvement, team, and nothing across organisations. */
describe.each(DIALECTS)("access to persons on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let other: TestOrganisation;
  let personId: string;
  const as = (email: string): Promise<Client> => loggedIn(server.url, email, PASSWORD);

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    org = await createTestOrganisation(server);
    other = await createTestOrganisation(server);
    const worker = await as(org.worker.email);
    const created = await worker.post<{ id: string }>("/api/persons", { displayName: "Mia Vermeulen" });
    personId = created.body.id;
  });

  it("the creating worker is involved and sees the person", async () => {
    const worker = await as(org.worker.email);
    const person = await worker.get<{ access: { basis: string } }>(`/api/persons/${personId}`);
    expect(person.status).toBe(200);
    expect(person.body.access.basis).toBe("involvement");
    expect((await worker.get<PersonList>("/api/persons")).body.items.map((p) => p.id)).toEqual([personId]);
  });

  it("a worker of the same team who is not involved gets 404 and an empty list", async () => {
    const colleague = await as(org.colleague.email);
    expect((await colleague.get(`/api/persons/${personId}`)).status).toBe(404);
    expect((await colleague.get(`/api/persons/${personId}/encounters`)).status).toBe(404);
    expect((await colleague.patch(`/api/persons/${personId}`, { displayName: "X", version: 1 })).status).toBe(404);
    expect((await colleague.get<PersonList>("/api/persons")).body.items).toEqual([]);
  });

  it("a worker of another organisation gets 404 and never sees the person in lists", async () => {
    const foreign = await as(other.worker.email);
    expect((await foreign.get(`/api/persons/${personId}`)).status).toBe(404);
    expect((await foreign.get(`/api/persons/${personId}/audit`)).status).toBe(404);
    expect((await foreign.get<PersonList>("/api/persons")).body.items).toEqual([]);
    expect((await foreign.get<PersonList>("/api/persons?q=mia")).body.items).toEqual([]);
    const encounter = await foreign.post("/api/encounters", { startedAt: "2026-11-29T10:00:00Z", placeType: "home", personIds: [personId] });
    expect(encounter.status).toBe(400);
    const foreignAdmin = await as(other.admin.email);
    expect((await foreignAdmin.post("/api/admin/involvements", { personId, userId: other.worker.id })).status).toBe(404);
  });

  it("the coordinator of the worker's team sees the person on the basis 'team'; another team's coordinator does not", async () => {
    const coordinator = await as(org.coordinator.email);
    const seen = await coordinator.get<{ access: { basis: string } }>(`/api/persons/${personId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.access.basis).toBe("team");
    expect((await coordinator.get<PersonList>("/api/persons")).body.items.map((p) => p.basis)).toEqual(["team"]);
    const otherCoordinator = await as(org.otherCoordinator.email);
    expect((await otherCoordinator.get(`/api/persons/${personId}`)).status).toBe(404);
    expect((await otherCoordinator.get<PersonList>("/api/persons")).body.items).toEqual([]);
  });

  it("an admin manages involvement but sees person data only when involved", async () => {
    const admin = await as(org.admin.email);
    expect((await admin.get(`/api/persons/${personId}`)).status).toBe(404);
    expect((await admin.post("/api/admin/involvements", { personId, userId: org.colleague.id })).status).toBe(201);
    const colleague = await as(org.colleague.email);
    expect((await colleague.get(`/api/persons/${personId}`)).status).toBe(200);
    const list = await admin.get<{ items: Array<{ personId: string; userId: string }> }>(`/api/admin/involvements?personId=${personId}`);
    expect(list.body.items.map((i) => i.userId).sort()).toEqual([org.worker.id, org.colleague.id].sort());
    expect((await admin.delete(`/api/admin/involvements/${personId}/${org.colleague.id}`)).status).toBe(204);
    expect((await colleague.get(`/api/persons/${personId}`)).status).toBe(404);
  });

  it("an involved worker involves a colleague, who then sees the person; the last involvement cannot be removed", async () => {
    const worker = await as(org.worker.email);
    expect((await worker.post(`/api/persons/${personId}/involvements`, { userId: org.colleague.id })).status).toBe(201);
    expect((await worker.post(`/api/persons/${personId}/involvements`, { userId: org.colleague.id })).status).toBe(409);
    expect((await worker.post(`/api/persons/${personId}/involvements`, { userId: other.worker.id })).status).toBe(400);
    const colleague = await as(org.colleague.email);
    expect((await colleague.get(`/api/persons/${personId}`)).status).toBe(200);
    expect((await colleague.delete(`/api/persons/${personId}/involvements/${org.worker.id}`)).status).toBe(204);
    const last = await colleague.delete(`/api/persons/${personId}/involvements/${org.colleague.id}`);
    expect(last.status).toBe(422);
    expect((await worker.get(`/api/persons/${personId}`)).status).toBe(404);
  });

  it("two workers removing each other at the same moment leave one of them involved", async () => {
    const worker = await as(org.worker.email);
    await worker.post(`/api/persons/${personId}/involvements`, { userId: org.colleague.id });
    const colleague = await as(org.colleague.email);
    const [a, b] = await Promise.all([worker.delete(`/api/persons/${personId}/involvements/${org.colleague.id}`), colleague.delete(`/api/persons/${personId}/involvements/${org.worker.id}`)]);
    // The second one finds either the rule (422) or, if the first already removed them, no access (404).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(204);
    expect([404, 422]).toContain(statuses[1]);
    const remaining = await server.services.db.selectFrom("involvement").select("user_id").where("organisation_id", "=", org.id).where("person_id", "=", personId).execute();
    expect(remaining).toHaveLength(1);
  });

  it("an admin cannot involve themselves to read a file", async () => {
    const admin = await as(org.admin.email);
    const self = await admin.post("/api/admin/involvements", { personId, userId: org.admin.id });
    expect(self.status).toBe(422);
    expect((await admin.post(`/api/persons/${personId}/involvements`, { userId: org.admin.id })).status).toBe(422);
    expect((await admin.get(`/api/persons/${personId}`)).status).toBe(404);
  });

  it("a worker may not use admin routes (403) and the anonymous get 401", async () => {
    const worker = await as(org.worker.email);
    expect((await worker.get("/api/admin/users")).status).toBe(403);
    const coordinator = await as(org.coordinator.email);
    expect((await coordinator.get("/api/admin/teams")).status).toBe(403);
    const anonymous = await fetch(`${server.url}/api/persons/${personId}`);
    expect(anonymous.status).toBe(401);
  });

  it("the audit trail is for involved workers and coordinators", async () => {
    const worker = await as(org.worker.email);
    expect((await worker.get(`/api/persons/${personId}/audit`)).status).toBe(200);
    const coordinator = await as(org.coordinator.email);
    expect((await coordinator.get(`/api/persons/${personId}/audit`)).status).toBe(200);
    const colleague = await as(org.colleague.email);
    expect((await colleague.get(`/api/persons/${personId}/audit`)).status).toBe(404);
  });
});
