import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY } from "@nabij/domain";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, personInPortal, startTestServer, workerWithPerson, type TestOrganisation, type TestServer } from "../support/test-server.ts";

type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string }> } };
type Consent = { id: string; state: string; scopes: string[]; recipientOrganisation: { id: string; name: string } | null; recipientUser: { id: string; displayName: string } | null; givenHow: string; recordedBy: { kind: string } };
type LogEntry = { who: { kind: string; name: string | null; organisationName: string | null }; access: string; what: string; basis: string | null; consentPurpose: string | null };

/** Every way a worker can try to read a person: what each answers. */
async function reads(client: Client, personId: string): Promise<Record<string, number>> {
  const paths = { person: "", agenda: "/agenda", strengths: "/strengths", appointments: "/appointments", encounters: "/encounters", consents: "/consents", audit: "/audit", portal: "/portal" };
  const result: Record<string, number> = {};
  for (const [name, path] of Object.entries(paths)) result[name] = (await client.get(`/api/persons/${personId}${path}`)).status;
  return result;
}

const NOTHING = { person: 404, agenda: 404, strengths: 404, appointments: 404, encounters: 404, consents: 404, audit: 404, portal: 404 };

describe.each(DIALECTS)("consent as the basis of access on %s", (dialect) => {
  let server: TestServer;
  let orgB: TestOrganisation;
  let workerB: Client;
  let colleagueB: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    orgB = await createTestOrganisation(server);
    workerB = await loggedIn(server.url, orgB.worker.email, PASSWORD);
    colleagueB = await loggedIn(server.url, orgB.colleague.email, PASSWORD);
  });
  afterAll(async () => server.close());

  it("a worker of B reads a person of A only after the person's consent for the agenda, only the agenda, and not after withdrawal", async () => {
    const { worker, personId } = await workerWithPerson(server, "Toestemming Persoon");
    await worker.post(`/api/persons/${personId}/agenda`, { title: "Een woning vinden", raisedBy: "person" });
    await worker.post("/api/encounters", { startedAt: server.clock.now().toISOString(), placeType: "home", personIds: [personId], note: "Geheime notitie" });
    expect(await reads(workerB, personId)).toEqual(NOTHING);

    const person = await personInPortal(server, worker, personId);
    const given = await person.post<Consent>("/api/portal/me/consents", { recipientOrganisationId: orgB.id, recipientUserId: orgB.worker.id, scopes: ["agenda"], purpose: "Samen een woning zoeken" });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ state: "active", scopes: ["agenda"], givenHow: "portal", recordedBy: { kind: "person" }, recipientUser: { id: orgB.worker.id } });

    expect(await reads(workerB, personId)).toEqual({ ...NOTHING, agenda: 200, strengths: 200 });
    const agenda = await workerB.get<{ items: Array<{ title: string }> }>(`/api/persons/${personId}/agenda`);
    expect(agenda.body.items.map((i) => i.title)).toEqual(["Een woning vinden"]);
    // Reading is not writing: a consent never lets B change the agenda.
    expect((await workerB.post(`/api/persons/${personId}/agenda`, { title: "Van B", raisedBy: "worker" })).status).toBe(404);
    // The consent names one worker: a colleague of the same organisation sees nothing.
    expect(await reads(colleagueB, personId)).toEqual(NOTHING);

    const received = await workerB.get<{ items: Array<{ personId: string; personDisplayName: string; scopes: string[] }> }>("/api/consents/received");
    expect(received.body.items).toContainEqual(expect.objectContaining({ personId, personDisplayName: "Toestemming Persoon", scopes: ["agenda"] }));
    expect((await colleagueB.get<{ items: Array<{ personId: string }> }>("/api/consents/received")).body.items.map((i) => i.personId)).not.toContain(personId);

    const withdrawn = await person.post<Consent>(`/api/portal/me/consents/${given.body.id}/withdraw`);
    expect(withdrawn.body.state).toBe("withdrawn");
    expect(await reads(workerB, personId)).toEqual(NOTHING);
    expect((await workerB.get<{ items: Array<{ personId: string }> }>("/api/consents/received")).body.items.map((i) => i.personId)).not.toContain(personId);

    // Every read by consent is in the person's "who looked at my file", with B's name and the purpose.
    const log = await person.get<{ items: LogEntry[] }>("/api/portal/me/access-log?limit=100");
    const byB = log.body.items.filter((e) => e.basis === "consent");
    expect(byB.map((e) => e.what).sort()).toEqual(["agenda", "agenda", "agenda", "consents"]);
    for (const entry of byB) expect(entry).toMatchObject({ who: { kind: "worker", name: expect.stringMatching(/^worker /), organisationName: expect.stringMatching(/^Test organisation/) }, access: "looked", consentPurpose: "Samen een woning zoeken" });
    // The involved worker's audit trail shows the same reads, with the consent they relied on.
    const trail = await worker.get<{ items: Array<{ action: string; basis: string; consentId: string; actorName: string; actorOrganisationName: string | null }> }>(`/api/persons/${personId}/audit?limit=100`);
    const agendaByB = trail.body.items.filter((e) => e.basis === "consent" && e.action === "agenda.list");
    expect(agendaByB).toHaveLength(2);
    for (const entry of agendaByB) expect(entry).toMatchObject({ consentId: given.body.id, actorName: expect.stringMatching(/^worker /), actorOrganisationName: expect.stringMatching(/^Test organisation/) });
  });

  it("a consent for encounters shows them without notes; an organisation-wide consent opens it to every worker of B", async () => {
    const { worker, personId } = await workerWithPerson(server, "Ontmoeting Persoon");
    await worker.post("/api/encounters", { startedAt: server.clock.now().toISOString(), placeType: "street", personIds: [personId], note: "Enkel voor ons" });
    const consent = await worker.post<Consent>(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["encounters", "appointments"], purpose: "Opvolging samen met B", givenHow: "in_person" });
    expect(consent.status).toBe(201);
    expect(consent.body).toMatchObject({ recordedBy: { kind: "worker" }, givenHow: "in_person", recipientOrganisation: { id: orgB.id }, recipientUser: null });
    for (const client of [workerB, colleagueB]) expect(await reads(client, personId)).toEqual({ ...NOTHING, encounters: 200, appointments: 200 });
    const encounters = await colleagueB.get<{ items: Array<{ placeType: string; note: string | null; noteHidden: boolean; persons: unknown[] }> }>(`/api/persons/${personId}/encounters`);
    expect(encounters.body.items).toEqual([expect.objectContaining({ placeType: "street", note: null, noteHidden: true, persons: [] })]);
    expect(JSON.stringify(encounters.body)).not.toContain("Enkel voor ons");
  });

  it("a consent never lets its holder write: logging an encounter with the person is refused, online and offline", async () => {
    const { org, personId } = await workerWithPerson(server, "Geen Schrijfrecht");
    const startedAt = server.clock.now().toISOString();
    const colleague = await loggedIn(server.url, org.otherTeamWorker.email, PASSWORD);
    const owner = await loggedIn(server.url, org.worker.email, PASSWORD);
    // One consent to a colleague of the same organisation, one to a worker of B.
    await owner.post(`/api/persons/${personId}/consents`, { recipientUserId: org.otherTeamWorker.id, scopes: ["encounters"], purpose: "Meekijken", givenHow: "in_person" });
    await owner.post(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["encounters"], purpose: "Meekijken", givenHow: "in_person" });
    for (const client of [colleague, workerB]) {
      expect((await client.get(`/api/persons/${personId}/encounters`)).status).toBe(200);
      const online = await client.post<ErrorBody>("/api/encounters", { startedAt, placeType: "home", personIds: [personId], note: "Niet van mij", noteShared: true });
      expect(online.status).toBe(400);
      expect(online.body.error.fields?.[0]).toMatchObject({ path: "body.personIds.0", code: "unknown_person" });
      const offline = await client.post<{ results: Array<{ status: number; error?: { fields?: Array<{ code: string }> } }> }>("/api/sync", { items: [{ kind: "encounter", data: { id: crypto.randomUUID(), startedAt, placeType: "home", personIds: [personId] } }] });
      expect(offline.status).toBe(200);
      expect(offline.body.results[0]).toMatchObject({ status: 400, error: { fields: [expect.objectContaining({ code: "unknown_person" })] } });
    }
    const encounters = await owner.get<{ items: unknown[] }>(`/api/persons/${personId}/encounters`);
    expect(encounters.body.items).toEqual([]);
  });

  it("a consent shows appointments without the reasons for moving them or the person's messages; administrators only when named", async () => {
    const { worker, personId } = await workerWithPerson(server, "Verplaatste Afspraak");
    const planned = await worker.post<{ id: string; version: number }>(`/api/persons/${personId}/appointments`, { startsAt: new Date(server.clock.now().getTime() + DAY).toISOString(), durationMinutes: 30 });
    await worker.patch(`/api/appointments/${planned.body.id}`, { startsAt: new Date(server.clock.now().getTime() + 2 * DAY).toISOString(), reason: "Opname in het ziekenhuis", version: planned.body.version });
    await worker.post(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["appointments"], purpose: "Vervoer regelen", givenHow: "in_person" });
    const seen = await workerB.get<{ items: Array<{ reason: string | null; moveRequest: unknown }> }>(`/api/persons/${personId}/appointments`);
    expect(seen.body.items).toEqual([expect.objectContaining({ reason: null, moveRequest: null })]);
    expect(JSON.stringify(seen.body)).not.toContain("ziekenhuis");
    const adminB = await loggedIn(server.url, orgB.admin.email, PASSWORD);
    expect((await adminB.get(`/api/persons/${personId}/appointments`)).status).toBe(404);
    expect((await adminB.get<{ items: unknown[] }>("/api/consents/received")).body.items).toEqual([]);
  });

  it("a consent holds only from its start until its end", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Tijdelijke Toestemming");
    const now = server.clock.now().getTime();
    const later = await worker.post<Consent>(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["agenda"], purpose: "Later", givenHow: "written", validFrom: new Date(now + DAY).toISOString(), validUntil: new Date(now + 3 * DAY).toISOString() });
    expect(later.body.state).toBe("not_yet");
    expect((await workerB.get(`/api/persons/${personId}/agenda`)).status).toBe(404);
    // Sessions time out over days: log in anew after each move of the clock (the shared ones stay untouched).
    const fresh = (email: string): Promise<Client> => loggedIn(server.url, email, PASSWORD);
    server.clock.advance(2 * DAY);
    try {
      expect((await (await fresh(orgB.worker.email)).get(`/api/persons/${personId}/agenda`)).status).toBe(200);
      server.clock.advance(2 * DAY);
      expect((await (await fresh(orgB.worker.email)).get(`/api/persons/${personId}/agenda`)).status).toBe(404);
      const own = await fresh(org.worker.email);
      expect((await own.get<{ items: Consent[] }>(`/api/persons/${personId}/consents`)).body.items[0]?.state).toBe("expired");
    } finally {
      server.clock.advance(-4 * DAY);
    }
  });

  it("refuses a consent that ends before it starts, an unknown part or an unknown recipient, and records nothing", async () => {
    const { worker, personId } = await workerWithPerson(server, "Foute Toestemming");
    const now = server.clock.now().getTime();
    const base = { recipientOrganisationId: orgB.id, scopes: ["agenda"], purpose: "Test", givenHow: "in_person" };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...base, validFrom: new Date(now + DAY).toISOString(), validUntil: new Date(now).toISOString() }, "body.validUntil", "ends_before_start"],
      [{ ...base, scopes: ["agenda", "diary"] }, "body.scopes.1", "invalid_value"],
      [{ ...base, scopes: [] }, "body.scopes", "too_small"],
      [{ ...base, recipientOrganisationId: "01890000-0000-7000-8000-000000000000" }, "body.recipientOrganisationId", "unknown_recipient"],
      [{ ...base, recipientUserId: orgB.worker.id, recipientOrganisationId: "01890000-0000-7000-8000-000000000000" }, "body.recipientUserId", "unknown_recipient"],
      [{ scopes: ["agenda"], purpose: "Test", givenHow: "in_person" }, "body.recipientOrganisationId", "recipient_required"],
      [{ ...base, givenHow: "portal" }, "body.givenHow", "invalid_value"],
    ];
    for (const [body, path, code] of cases) {
      const answer = await worker.post<ErrorBody>(`/api/persons/${personId}/consents`, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.fields, JSON.stringify(body)).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await worker.get<{ items: unknown[] }>(`/api/persons/${personId}/consents`)).body.items).toEqual([]);
  });

  it("only a worker who works with the person records or withdraws consent; another person's consent is 404 in the portal", async () => {
    const { worker, personId } = await workerWithPerson(server, "Wie Mag");
    const consent = await worker.post<Consent>(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["agenda"], purpose: "Test", givenHow: "in_person" });
    expect((await workerB.post(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["encounters"], purpose: "Meer", givenHow: "in_person" })).status).toBe(404);
    expect((await workerB.post(`/api/persons/${personId}/consents/${consent.body.id}/withdraw`)).status).toBe(404);
    expect((await workerB.post(`/api/persons/${personId}/portal-invitations`)).status).toBe(404);

    const other = await workerWithPerson(server, "Andere Persoon");
    const otherPerson = await personInPortal(server, other.worker, other.personId);
    expect((await otherPerson.post(`/api/portal/me/consents/${consent.body.id}/withdraw`)).status).toBe(404);
    expect((await workerB.get(`/api/persons/${personId}/agenda`)).status).toBe(200);
    expect((await worker.post<Consent>(`/api/persons/${personId}/consents/${consent.body.id}/withdraw`)).body.state).toBe("withdrawn");
    expect((await workerB.get(`/api/persons/${personId}/agenda`)).status).toBe(404);
  });

  it("the directory lists organisations and their active workers, for choosing a recipient", async () => {
    const organisations = await workerB.get<{ items: Array<{ id: string; name: string }> }>("/api/directory/organisations");
    expect(organisations.body.items.map((o) => o.id)).toContain(orgB.id);
    const workers = await workerB.get<{ items: Array<{ id: string }> }>(`/api/directory/organisations/${orgB.id}/workers`);
    expect(workers.body.items.map((w) => w.id)).toContain(orgB.colleague.id);
    expect((await workerB.get("/api/directory/organisations/01890000-0000-7000-8000-000000000000/workers")).status).toBe(404);
  });
});
