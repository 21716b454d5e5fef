import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface Team {
  id: string;
  name: string;
  version: number;
  memberIds: string[];
}
interface User {
  id: string;
  role: string;
  status: string;
  teamIds: string[];
  version: number;
}

describe.each(DIALECTS)("administration on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let admin: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    org = await createTestOrganisation(server);
    admin = await loggedIn(server.url, org.admin.email, PASSWORD);
  });

  it("changes the organisation's settings with optimistic concurrency", async () => {
    const current = await admin.get<{ name: string; lapseDays: number; version: number }>("/api/admin/organisation");
    const changed = await admin.patch<{ lapseDays: number; languages: string[] }>("/api/admin/organisation", { lapseDays: 21, languages: ["nl-BE", "fr-BE"], version: current.body.version });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ lapseDays: 21, languages: ["nl-BE", "fr-BE"] });
    const stale = await admin.patch("/api/admin/organisation", { name: "Too late", version: current.body.version });
    expect(stale.status).toBe(409);
    expect((await admin.patch("/api/admin/organisation", { lapseDays: 0, version: 2 })).status).toBe(400);
  });

  it("creates and renames teams, and moves accounts between them", async () => {
    const created = await admin.post<Team>("/api/admin/teams", { name: "Straathoekwerk" });
    expect(created.status).toBe(201);
    const renamed = await admin.patch<Team>(`/api/admin/teams/${created.body.id}`, { name: "Straathoekwerk Noord", version: 1 });
    expect(renamed.body).toMatchObject({ name: "Straathoekwerk Noord", version: 2 });
    const users = await admin.get<{ items: User[] }>("/api/admin/users");
    const worker = users.body.items.find((u) => u.id === org.worker.id);
    const moved = await admin.patch<User>(`/api/admin/users/${org.worker.id}`, { teamIds: [created.body.id], role: "coordinator", version: worker?.version });
    expect(moved.body).toMatchObject({ teamIds: [created.body.id], role: "coordinator" });
    const teams = await admin.get<{ items: Team[] }>("/api/admin/teams");
    expect(teams.body.items.find((t) => t.id === created.body.id)?.memberIds).toEqual([org.worker.id]);
    const foreign = await createTestOrganisation(server);
    const foreignTeam = await admin.patch(`/api/admin/users/${org.worker.id}`, { teamIds: [foreign.teamA], version: (moved.body.version) });
    expect(foreignTeam.status).toBe(400);
  });

  it("refuses a duplicate e-mail and an admin disabling themselves", async () => {
    const duplicate = await admin.post("/api/admin/users", { email: org.worker.email, displayName: "Twin", role: "worker" });
    expect(duplicate.status).toBe(409);
    const me = (await admin.get<{ items: User[] }>("/api/admin/users")).body.items.find((u) => u.id === org.admin.id);
    expect((await admin.patch(`/api/admin/users/${org.admin.id}`, { status: "disabled", version: me?.version })).status).toBe(422);
  });

  it("lists colleagues for every logged-in user, without e-mail addresses", async () => {
    const worker = await loggedIn(server.url, org.worker.email, PASSWORD);
    const colleagues = await worker.get<{ items: Array<Record<string, unknown>> }>("/api/users");
    expect(colleagues.body.items).toHaveLength(6);
    expect(Object.keys(colleagues.body.items[0] ?? {}).sort()).toEqual(["displayName", "id", "role", "teamIds"]);
  });
});
