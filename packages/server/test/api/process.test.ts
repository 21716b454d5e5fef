import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, personInPortal, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string }> } };
type LifeEvent = { id: string; kind: string; date: string; expected: boolean; domains: string[]; ownWords: string | null; ownWordsBy: string | null; revisitAgenda: boolean };
type Version = { version: number; what: string; whoDoesWhat: string | null; dueDate: string | null; ownWords: string | null; why: string | null; changedBy: { displayName: string }; byPerson: boolean; confirmed: { how: string } | null };
type Evaluation = { id: string; requestedBy: string; ownWords: string | null; ownWordsBy: string | null; done: { outcome: string | null } | null };
type Agreement = Version & { id: string; versions: Version[] };

describe.each(DIALECTS)("life events and agreements on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("records expected and unexpected life events; an unexpected one asks to revisit the agenda; an expected one shows on today as it nears", async () => {
    const { worker, personId } = await workerWithPerson(server, "Levensgebeurtenis Persoon");
    const eviction = await worker.post<LifeEvent>(`/api/persons/${personId}/life-events`, { kind: "eviction", date: "2026-11-20", domains: ["housing"], whatChanges: "Slaapt bij een vriendin", ownWords: "Ik heb alles moeten achterlaten" });
    expect(eviction.status).toBe(201);
    expect(eviction.body).toMatchObject({ kind: "eviction", expected: false, revisitAgenda: true, domains: ["housing"], ownWords: "Ik heb alles moeten achterlaten" });
    const hearing = await worker.post<LifeEvent>(`/api/persons/${personId}/life-events`, { kind: "hearing", date: "2026-12-05", expected: true, title: "Zitting vredegerecht" });
    expect(hearing.body).toMatchObject({ expected: true, revisitAgenda: false });
    await worker.post(`/api/persons/${personId}/life-events`, { kind: "birth", date: "2027-06-01", expected: true });
    const list = await worker.get<{ items: LifeEvent[] }>(`/api/persons/${personId}/life-events`);
    expect(list.body.items.map((e) => e.kind)).toEqual(["birth", "hearing", "eviction"]);
    const today = await worker.get<{ upcomingLifeEvents: Array<{ id: string; title: string | null }> }>("/api/me/today");
    expect(today.body.upcomingLifeEvents).toEqual([expect.objectContaining({ id: hearing.body.id, title: "Zitting vredegerecht" })]);
    const bad = await worker.post<ErrorBody>(`/api/persons/${personId}/life-events`, { kind: "eviction", date: "morgen", expected: true, domains: ["no_such_domain_here"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path)).toContain("body.date");
    const unknownDomain = await worker.post<ErrorBody>(`/api/persons/${personId}/life-events`, { kind: "crisis", date: "2026-11-28", domains: ["own_unknown"] });
    expect(unknownDomain.body.error.fields?.[0]?.path).toMatch(/^body\.domains/);
  });

  it("changes an agreement in versions with why, refuses a stale version, records the person's confirmation", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Afspraak Persoon");
    const created = await worker.post<Agreement>(`/api/persons/${personId}/agreements`, { what: "Samen de huurwaarborg aanvragen", whoDoesWhat: "Sam belt het OCMW, Amina zoekt het huurcontract", dueDate: "2026-12-10", ownWords: "Ik wil eerst weten hoeveel het is" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, what: "Samen de huurwaarborg aanvragen", ownWords: "Ik wil eerst weten hoeveel het is", confirmed: null });
    const confirmed = await worker.post<Agreement>(`/api/agreements/${created.body.id}/confirmations`, { version: 1, how: "in_person" });
    expect(confirmed.body.confirmed).toMatchObject({ how: "in_person" });
    const changed = await worker.patch<Agreement>(`/api/agreements/${created.body.id}`, { dueDate: "2026-12-20", why: "Het OCMW heeft pas later een afspraak", version: 1 });
    expect(changed.body).toMatchObject({ version: 2, dueDate: "2026-12-20", what: "Samen de huurwaarborg aanvragen", why: "Het OCMW heeft pas later een afspraak", confirmed: null });
    expect(changed.body.versions.map((v) => [v.version, v.dueDate, v.confirmed?.how ?? null])).toEqual([[2, "2026-12-20", null], [1, "2026-12-10", "in_person"]]);
    const stale = await worker.patch<ErrorBody>(`/api/agreements/${created.body.id}`, { what: "Iets anders", why: "Te laat", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    const noWhy = await worker.patch<ErrorBody>(`/api/agreements/${created.body.id}`, { what: "Iets anders", version: 2 });
    expect(noWhy.body.error.fields?.[0]?.path).toBe("body.why");
    expect((await worker.get<{ items: Agreement[] }>(`/api/persons/${personId}/agreements`)).body.items[0]?.version).toBe(2);
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.patch(`/api/agreements/${created.body.id}`, { what: "Gekaapt", why: "x", version: 2 })).status).toBe(404);
    expect((await colleague.get(`/api/persons/${personId}/agreements`)).status).toBe(404);
  });

  it("the person sees their agreements in the portal and confirms the current version there", async () => {
    const { worker, personId } = await workerWithPerson(server, "Portaal Afspraak");
    const created = await worker.post<Agreement>(`/api/persons/${personId}/agreements`, { what: "Samen de huurwaarborg aanvragen" });
    const person = await personInPortal(server, worker, personId);
    const mine = await person.get<{ items: Agreement[] }>("/api/portal/me/agreements");
    expect(mine.body.items.map((a) => a.what)).toEqual(["Samen de huurwaarborg aanvragen"]);
    const confirmed = await person.post<Agreement>(`/api/portal/me/agreements/${created.body.id}/confirmations`, { version: 1 });
    expect(confirmed.body.confirmed).toMatchObject({ how: "portal" });
    expect((await person.post(`/api/portal/me/agreements/${created.body.id}/confirmations`, { version: 7 })).status).toBe(409);
    const other = await workerWithPerson(server, "Ander Portaal");
    const otherAgreement = await other.worker.post<Agreement>(`/api/persons/${other.personId}/agreements`, { what: "Iets anders" });
    expect((await person.post(`/api/portal/me/agreements/${otherAgreement.body.id}/confirmations`, { version: 1 })).status).toBe(404);
  });

  it("the person asks for an evaluation moment in the portal; the worker sees it on today and records what came out of it", async () => {
    const { worker, personId } = await workerWithPerson(server, "Evaluatie Persoon");
    const person = await personInPortal(server, worker, personId);
    const asked = await person.post<{ id: string; requestedBy: string; done: unknown }>("/api/portal/me/evaluations", { note: "Ik wil eens samen terugkijken" });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ requestedBy: "person", done: null });
    const today = await worker.get<{ evaluationsAsked: Array<{ id: string; note: string | null }> }>("/api/me/today");
    expect(today.body.evaluationsAsked).toEqual([expect.objectContaining({ id: asked.body.id, note: "Ik wil eens samen terugkijken" })]);
    const done = await worker.post<Evaluation>(`/api/evaluations/${asked.body.id}/done`, { outcome: "Het gaat beter met de huur", ownWords: "Ik heb meer rust" });
    expect(done.body).toMatchObject({ done: { outcome: "Het gaat beter met de huur" }, ownWords: "Ik heb meer rust", ownWordsBy: "worker" });
    expect((await worker.get<{ evaluationsAsked: unknown[] }>("/api/me/today")).body.evaluationsAsked).toEqual([]);
    const timeline = await worker.get<{ items: Array<{ kind: string; data: { askedByPerson?: boolean } }> }>(`/api/persons/${personId}/timeline?kinds=evaluation`);
    expect(timeline.body.items).toEqual([expect.objectContaining({ kind: "evaluation", data: expect.objectContaining({ askedByPerson: true, done: true }) })]);
    expect((await person.get<{ items: unknown[] }>("/api/portal/me/evaluations")).body.items).toHaveLength(1);
  });

  it("the person adds their own words in the portal: an agreement gets a version written by them, a life event and an evaluation keep who wrote the words", async () => {
    const { worker, personId } = await workerWithPerson(server, "Eigen Woorden");
    const agreement = await worker.post<Agreement>(`/api/persons/${personId}/agreements`, { what: "Samen naar het OCMW", whoDoesWhat: "Sam maakt de afspraak" });
    const event = await worker.post<LifeEvent>(`/api/persons/${personId}/life-events`, { kind: "job_loss", date: "2026-11-02", whatChanges: "Geen loon meer" });
    expect(event.body.ownWordsBy).toBeNull();
    const planned = await worker.post<Evaluation>(`/api/persons/${personId}/evaluations`, { note: "Na drie maanden" });
    const person = await personInPortal(server, worker, personId);

    const words = await person.post<Agreement>(`/api/portal/me/agreements/${agreement.body.id}/own-words`, { ownWords: "Ik wil dat iemand meegaat", version: 1 });
    expect(words.status).toBe(200);
    expect(words.body).toMatchObject({ version: 2, what: "Samen naar het OCMW", whoDoesWhat: "Sam maakt de afspraak", ownWords: "Ik wil dat iemand meegaat", why: null, byPerson: true, confirmed: null });
    expect(words.body.versions.map((v) => [v.version, v.byPerson])).toEqual([[2, true], [1, false]]);
    const stale = await person.post<ErrorBody>(`/api/portal/me/agreements/${agreement.body.id}/own-words`, { ownWords: "Toch anders", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    expect((await worker.get<{ items: Agreement[] }>(`/api/persons/${personId}/agreements`)).body.items[0]).toMatchObject({ version: 2, ownWords: "Ik wil dat iemand meegaat", byPerson: true });

    const mine = await person.get<{ items: LifeEvent[] }>("/api/portal/me/life-events");
    expect(mine.body.items.map((e) => e.id)).toEqual([event.body.id]);
    const eventWords = await person.put<LifeEvent>(`/api/portal/me/life-events/${event.body.id}/own-words`, { ownWords: "Ik schaam me, maar ik wil hulp" });
    expect(eventWords.body).toMatchObject({ ownWords: "Ik schaam me, maar ik wil hulp", ownWordsBy: "person", whatChanges: "Geen loon meer" });
    const tooLong = await person.put<ErrorBody>(`/api/portal/me/life-events/${event.body.id}/own-words`, { ownWords: "x".repeat(4001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields?.[0]?.path).toBe("body.ownWords");
    expect((await worker.get<{ items: LifeEvent[] }>(`/api/persons/${personId}/life-events`)).body.items[0]).toMatchObject({ ownWords: "Ik schaam me, maar ik wil hulp", ownWordsBy: "person" });

    const evaluationWords = await person.put<Evaluation>(`/api/portal/me/evaluations/${planned.body.id}/own-words`, { ownWords: "Het gaat beter dan ik dacht" });
    expect(evaluationWords.body).toMatchObject({ ownWords: "Het gaat beter dan ik dacht", ownWordsBy: "person", done: null });
    // Held without new words from the person: what the person wrote stays.
    const held = await worker.post<Evaluation>(`/api/evaluations/${planned.body.id}/done`, { outcome: "Afspraken blijven" });
    expect(held.body).toMatchObject({ ownWords: "Het gaat beter dan ik dacht", ownWordsBy: "person", done: { outcome: "Afspraken blijven" } });
    const cleared = await worker.put<LifeEvent>(`/api/life-events/${event.body.id}/own-words`, { ownWords: "" });
    expect(cleared.body).toMatchObject({ ownWords: null, ownWordsBy: null });

    // Another person's agreement, event or evaluation does not exist for this person.
    const other = await workerWithPerson(server, "Ander Eigen Woorden");
    const otherAgreement = await other.worker.post<Agreement>(`/api/persons/${other.personId}/agreements`, { what: "Iets anders" });
    const otherEvent = await other.worker.post<LifeEvent>(`/api/persons/${other.personId}/life-events`, { kind: "crisis", date: "2026-11-01" });
    const otherEvaluation = await other.worker.post<Evaluation>(`/api/persons/${other.personId}/evaluations`, {});
    expect((await person.post(`/api/portal/me/agreements/${otherAgreement.body.id}/own-words`, { ownWords: "Gekaapt", version: 1 })).status).toBe(404);
    expect((await person.put(`/api/portal/me/life-events/${otherEvent.body.id}/own-words`, { ownWords: "Gekaapt" })).status).toBe(404);
    expect((await person.put(`/api/portal/me/evaluations/${otherEvaluation.body.id}/own-words`, { ownWords: "Gekaapt" })).status).toBe(404);
    expect((await other.worker.get<{ items: LifeEvent[] }>(`/api/persons/${other.personId}/life-events`)).body.items[0]?.ownWords).toBeNull();

    const audit = await worker.get<{ items: Array<{ action: string }> }>(`/api/persons/${personId}/audit?limit=100`);
    expect(audit.body.items.map((a) => a.action)).toEqual(expect.arrayContaining(["agreement.own_words", "life_event.own_words", "evaluation.own_words"]));
  });
});
