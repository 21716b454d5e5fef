import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PERSON_LOGIN, seedDemo, seedDemoMap } from "../src/demo/demo.ts";
import { DEMO_MAP_ANCHORS } from "../src/socialmap/demo-map.ts";
import { loggedIn, portalClient } from "./support/client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

interface Caseload {
  items: Array<{ id: string; basis: string }>;
}

describe("the demo", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
    await seedDemo(server.services.db, server.clock, server.services.hashPassword);
    await seedDemoMap({ db: server.services.db, dialect: server.services.dialect }, server.clock);
  });
  afterAll(async () => server.close());

  it("has the four documented accounts, each able to log in with the documented password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const client = await loggedIn(server.url, account.email, DEMO_PASSWORD);
      const session = await client.session();
      expect(session.body.user).toMatchObject({ email: account.email, role: account.role, organisationName: account.organisation });
    }
  });

  it("gives the worker a caseload, the coordinator the team's, and keeps the organisations apart", async () => {
    const caseload = async (email: string): Promise<Caseload["items"]> => (await (await loggedIn(server.url, email, DEMO_PASSWORD)).get<Caseload>("/api/persons?limit=100")).body.items;
    const worker = await caseload("worker@demo.nabij.be");
    const coordinator = await caseload("coordinator@demo.nabij.be");
    const admin = await caseload("admin@demo.nabij.be");
    const otherOrganisation = await caseload("worker@demo2.nabij.be");
    expect(worker.length).toBeGreaterThanOrEqual(15);
    expect(coordinator.length).toBeGreaterThan(worker.length);
    expect(coordinator.filter((p) => p.basis === "team").length).toBe(coordinator.length);
    expect(admin).toEqual([]);
    expect(otherOrganisation).toHaveLength(6);
    const ids = new Set(worker.map((p) => p.id));
    expect(otherOrganisation.some((p) => ids.has(p.id))).toBe(false);
    const client = await loggedIn(server.url, "worker@demo.nabij.be", DEMO_PASSWORD);
    const agendas = await Promise.all(worker.slice(0, 3).map(async (p) => (await client.get<{ items: Array<{ ownWords: string | null }> }>(`/api/persons/${p.id}/agenda`)).body.items));
    expect(agendas.map((items) => items.length)).toEqual([2, 1, 1]);
    const appointments = await client.get<{ items: unknown[] }>(`/api/persons/${worker[0]?.id ?? ""}/appointments`);
    expect(appointments.body.items).toHaveLength(1);
    const total = await server.services.db.selectFrom("person").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(Number(total.n)).toBeGreaterThanOrEqual(40);
  });

  it("has a person with their own portal account who shared their agenda with the other organisation's worker", async () => {
    const person = portalClient(server.url);
    await person.session();
    const login = await person.post<{ person: { displayName: string; organisationName: string } }>("/api/portal/login", { login: DEMO_PERSON_LOGIN, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.person.organisationName).toBe("Sociaal Huis Demostad");
    const other = await loggedIn(server.url, "worker@demo2.nabij.be", DEMO_PASSWORD);
    const shared = await other.get<{ items: Array<{ personId: string; personDisplayName: string; scopes: string[] }> }>("/api/consents/received");
    expect(shared.body.items).toEqual([expect.objectContaining({ personDisplayName: login.body.person.displayName, scopes: ["agenda"] })]);
    expect((await other.get(`/api/persons/${shared.body.items[0]?.personId ?? ""}/agenda`)).status).toBe(200);
  });

  it("gives both organisations the fictional social map", async () => {
    for (const email of ["worker@demo.nabij.be", "worker@demo2.nabij.be"]) {
      const client = await loggedIn(server.url, email, DEMO_PASSWORD);
      const found = await client.get<{ items: Array<{ id: string }>; totalItems: number }>(`/api/socialmap/services?q=${encodeURIComponent(DEMO_MAP_ANCHORS.creche.query)}`);
      expect(found.body.items.map((i) => i.id)).toContain(DEMO_MAP_ANCHORS.creche.id);
      expect((await client.get<{ totalItems: number }>("/api/socialmap/services?perPage=1")).body.totalItems).toBeGreaterThanOrEqual(280);
    }
  });
});
