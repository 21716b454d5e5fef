import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, personInPortal, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string }> } };
type Initiative = {
  id: string;
  title: string;
  version: number;
  participantCount: number;
  activityCount: number;
  headCount: number;
  participants: Array<{ personId: string; displayName: string }>;
  otherParticipants: number;
  partners: Array<{ organisationName?: string; serviceId?: string }>;
  dossiers: Array<{ id: string }>;
  signalIds: string[];
  activities: Array<{ date: string; place: string; whatHappened: string; headCount: number | null }>;
  endedOn: string | null;
};

describe.each(DIALECTS)("collective initiatives on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("records an initiative with partners, the signals it addresses, activities and participants with consent, named only to those who may see them", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Buurt Bewoner");
    const signal = await worker.post<{ id: string }>("/api/signals", { mechanismType: "policy_gap", themes: ["energie"], municipality: "Demostad", text: "Te weinig hulp bij energiefacturen", peopleCount: 8 });
    const created = await worker.post<Initiative>("/api/initiatives", { title: "Energiecafé Noordwijk", kind: "neighbourhood_work", aim: "Samen facturen lezen en rechten opnemen", municipality: "Demostad", neighbourhood: "Noordwijk", startedOn: "2026-10-01", headCount: 6, partners: [{ organisationName: "Energiehuis Demostad" }], signalIds: [signal.body.id] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "Energiecafé Noordwijk", participantCount: 6, partners: [{ organisationName: "Energiehuis Demostad" }], signalIds: [signal.body.id] });

    const activity = await worker.post<Initiative>(`/api/initiatives/${created.body.id}/activities`, { date: "2026-11-20", place: "Buurthuis De Linde", whatHappened: "Twaalf bewoners lazen samen hun afrekening", headCount: 12 });
    expect(activity.status).toBe(201);
    expect(activity.body.activities).toEqual([expect.objectContaining({ date: "2026-11-20", headCount: 12 })]);
    const withoutConsent = await worker.post<ErrorBody>(`/api/initiatives/${created.body.id}/participants`, { personId, consentGiven: false });
    expect(withoutConsent.status).toBe(400);
    expect(withoutConsent.body.error.fields?.[0]?.path).toBe("body.consentGiven");
    const joined = await worker.post<Initiative>(`/api/initiatives/${created.body.id}/participants`, { personId, consentGiven: true });
    expect(joined.body).toMatchObject({ participantCount: 7, participants: [{ personId, displayName: "Buurt Bewoner" }], otherParticipants: 0 });
    expect((await worker.post(`/api/initiatives/${created.body.id}/participants`, { personId, consentGiven: true })).status).toBe(409);

    // A colleague of another team sees the initiative and that one more person takes part, not who.
    const colleague = await loggedIn(server.url, org.otherTeamWorker.email, PASSWORD);
    const seen = await colleague.get<Initiative>(`/api/initiatives/${created.body.id}`);
    expect(seen.body).toMatchObject({ participants: [], otherParticipants: 1, participantCount: 7 });
    expect(JSON.stringify(seen.body)).not.toContain("Buurt Bewoner");
    expect((await colleague.post(`/api/initiatives/${created.body.id}/participants`, { personId, consentGiven: true })).status).toBe(404);
    expect((await colleague.get<{ items: Initiative[] }>("/api/initiatives")).body.items.map((i) => i.title)).toEqual(["Energiecafé Noordwijk"]);

    // The person sees in their access log that they take part; leaving removes them.
    const person = await personInPortal(server, worker, personId);
    const log = await person.get<{ items: Array<{ what: string; access: string }> }>("/api/portal/me/access-log");
    expect(log.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ what: "initiatives", access: "changed" })]));
    const left = await worker.delete<Initiative>(`/api/initiatives/${created.body.id}/participants/${personId}`);
    expect(left.body).toMatchObject({ participants: [], participantCount: 6 });

    const ended = await worker.patch<Initiative>(`/api/initiatives/${created.body.id}`, { endedOn: "2026-12-31", version: left.body.version });
    expect(ended.body.endedOn).toBe("2026-12-31");
    expect((await worker.patch<ErrorBody>(`/api/initiatives/${created.body.id}`, { title: "Oud", version: left.body.version })).status).toBe(409);
    const other = await workerWithPerson(server, "Andere Organisatie");
    expect((await other.worker.get(`/api/initiatives/${created.body.id}`)).status).toBe(404);
  });

  it("refuses unknown partners, dossiers and signals as a whole, naming each", async () => {
    const { worker } = await workerWithPerson(server, "Foute Partners");
    const bad = await worker.post<ErrorBody>("/api/initiatives", { title: "X", kind: "group_work", aim: "Y", municipality: "Z", partners: [{ serviceId: "no-such-service" }], dossierIds: ["0193a2b4-0000-7000-8000-000000000001"], signalIds: ["0193a2b4-0000-7000-8000-000000000002"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => [f.path, f.code])).toEqual([
      ["body.partners.0.serviceId", "unknown_service"],
      ["body.dossierIds.0", "unknown_dossier"],
      ["body.signalIds.0", "unknown_signal"],
    ]);
    expect((await worker.get<{ items: unknown[] }>("/api/initiatives")).body.items).toEqual([]);
  });
});
