import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type Entry = { id: string; kind: string; at: string; domains: string[]; data: Record<string, unknown> };
type Timeline = { items: Entry[]; nextBefore?: string };

describe.each(DIALECTS)("the person's timeline on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("puts encounters, agenda changes, referral steps, life events and agreements in one list, newest first, filtered and paged", async () => {
    const { worker, personId } = await workerWithPerson(server, "Tijdlijn Persoon");
    const step = () => server.clock.advance(60_000);
    await worker.post("/api/encounters", { startedAt: new Date(server.clock.now().getTime() - 3_600_000).toISOString(), placeType: "home", personIds: [personId], domains: ["housing"] });
    step();
    const item = await worker.post(`/api/persons/${personId}/agenda`, { title: "Een woning vinden", raisedBy: "person", domains: ["housing"] });
    expect(item.status, JSON.stringify(item.body)).toBe(201);
    step();
    const referral = await worker.post<{ id: string }>("/api/referrals", { personId, organisationName: "Sociaal Verhuurkantoor", institutionCategory: "housing", reason: "Wachtlijst" });
    step();
    await worker.post(`/api/referrals/${referral.body.id}/transitions`, { to: "accepted", version: 1 });
    step();
    await worker.post(`/api/persons/${personId}/agreements`, { what: "Elke week samen zoeken" });
    await worker.post(`/api/persons/${personId}/life-events`, { kind: "eviction", date: "2026-11-01", domains: ["housing"] });

    const all = await worker.get<Timeline>(`/api/persons/${personId}/timeline`);
    expect(all.status).toBe(200);
    const kinds = all.body.items.map((e) => e.kind);
    expect(kinds).toEqual(["agreement", "referral", "referral", "agenda", "encounter", "life_event"]);
    expect(all.body.items.map((e) => e.at)).toEqual([...all.body.items.map((e) => e.at)].sort().reverse());
    expect(all.body.items.find((e) => e.kind === "referral")?.data).toMatchObject({ from: "requested", to: "accepted", toName: "Sociaal Verhuurkantoor" });

    const referrals = await worker.get<Timeline>(`/api/persons/${personId}/timeline?kinds=referral,life_event`);
    expect(referrals.body.items.map((e) => e.kind)).toEqual(["referral", "referral", "life_event"]);
    const housing = await worker.get<Timeline>(`/api/persons/${personId}/timeline?domains=housing`);
    expect(housing.body.items.map((e) => e.kind)).toEqual(["agenda", "encounter", "life_event"]);

    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = await worker.get<Timeline>(`/api/persons/${personId}/timeline?limit=2${before ? `&before=${before}` : ""}`);
      seen.push(...page.body.items.map((e) => e.id));
      before = page.body.nextBefore;
    } while (before);
    expect(seen).toEqual(all.body.items.map((e) => e.id));

    expect((await worker.get(`/api/persons/${personId}/timeline?kinds=holiday`)).status).toBe(400);
    expect((await worker.get(`/api/persons/${personId}/timeline?before=not-a-cursor`)).status).toBe(400);
  });

  it("shows a reader by consent only the parts the consent covers, and nothing to others", async () => {
    const { worker, personId } = await workerWithPerson(server, "Gedeelde Tijdlijn");
    await worker.post("/api/encounters", { startedAt: server.clock.now().toISOString(), placeType: "office", personIds: [personId] });
    await worker.post("/api/referrals", { personId, organisationName: "CAW", institutionCategory: "care", reason: "Ondersteuning" });
    const orgB = await createTestOrganisation(server);
    await worker.post(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["referrals"], purpose: "Samen de toeleiding opvolgen", givenHow: "in_person" });
    const workerB = await loggedIn(server.url, orgB.worker.email, PASSWORD);
    const shared = await workerB.get<Timeline>(`/api/persons/${personId}/timeline`);
    expect(shared.status).toBe(200);
    expect(shared.body.items.map((e) => e.kind)).toEqual(["referral"]);
    const stranger = await workerWithPerson(server, "Vreemde");
    expect((await stranger.worker.get(`/api/persons/${personId}/timeline`)).status).toBe(404);
  });

  it("pages through entries at the same moment without skipping or repeating, also under a domain filter far back", async () => {
    const { worker, personId } = await workerWithPerson(server, "Gelijke Tijden");
    // Five life events on two days (all at the start of their day), and an encounter in between.
    for (const date of ["2026-10-10", "2026-10-10", "2026-10-10", "2026-10-09", "2026-10-08"]) await worker.post(`/api/persons/${personId}/life-events`, { kind: "crisis", date, domains: ["housing"] });
    await worker.post("/api/encounters", { startedAt: "2026-10-09T12:00:00.000Z", placeType: "street", personIds: [personId], domains: ["income"] });
    for (let i = 0; i < 6; i++) await worker.post("/api/encounters", { startedAt: new Date(Date.parse("2026-11-01T08:00:00Z") + i * 3_600_000).toISOString(), placeType: "home", personIds: [personId], domains: ["income"] });
    const all = await worker.get<Timeline>(`/api/persons/${personId}/timeline?limit=100`);
    expect(all.body.items).toHaveLength(12);
    for (const limit of [1, 2, 3, 5]) {
      const seen: string[] = [];
      let before: string | undefined;
      do {
        const page = await worker.get<Timeline>(`/api/persons/${personId}/timeline?limit=${limit}${before ? `&before=${before}` : ""}`);
        seen.push(...page.body.items.map((e) => e.id));
        before = page.body.nextBefore;
      } while (before);
      expect(seen, `limit ${limit}`).toEqual(all.body.items.map((e) => e.id));
    }
    // The housing entries lie behind seven income ones: a one-entry page still finds them, and pages on.
    const housing: string[] = [];
    let next: string | undefined;
    do {
      const page = await worker.get<Timeline>(`/api/persons/${personId}/timeline?domains=housing&limit=1${next ? `&before=${next}` : ""}`);
      housing.push(...page.body.items.map((e) => e.kind));
      next = page.body.nextBefore;
    } while (next);
    expect(housing).toEqual(["life_event", "life_event", "life_event", "life_event", "life_event"]);
    const twice = await worker.get<Timeline>(`/api/persons/${personId}/timeline?kinds=life_event,life_event`);
    expect(twice.body.items).toHaveLength(5);
  });
});
