import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, LIFE_DOMAINS } from "@nabij/domain";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string }> } };
type Domains = { domains: Array<{ key: string; labels: Record<string, string> | null; hidden: boolean; builtIn: boolean }>; version: number };
type Overview = { domains: Array<{ key: string; latest: { personRating: number | null; workerRating: number | null } | null; previous: unknown; change: { person: number | null; worker: number | null }; agendaItems: Array<{ title: string }>; encounters: Array<{ id: string }> }> };

describe.each(DIALECTS)("life domains on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("an organisation starts with the 14 domains and renames, hides, reorders and extends them at once", async () => {
    const { org, worker } = await workerWithPerson(server, "Domeinen");
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const start = await worker.get<Domains>("/api/life-domains");
    expect(start.body.domains.map((d) => d.key)).toEqual([...LIFE_DOMAINS]);
    expect(start.body.domains.every((d) => d.builtIn && !d.hidden && d.labels === null)).toBe(true);

    const own = { key: "own_digital", labels: { "nl-BE": "Digitale vaardigheden", "fr-BE": "Compétences numériques", en: "Digital skills" } };
    const reordered = [{ key: "housing" }, own, ...LIFE_DOMAINS.filter((k) => k !== "housing").map((key) => (key === "mobility" ? { key, hidden: true } : key === "income" ? { key, labels: { "nl-BE": "Geld", "fr-BE": "Argent", en: "Money" } } : { key }))];
    const saved = await admin.request<Domains>("PUT", "/api/admin/life-domains", { domains: reordered, version: start.body.version });
    expect(saved.status).toBe(200);
    expect(saved.body.domains.slice(0, 2).map((d) => d.key)).toEqual(["housing", "own_digital"]);
    expect(saved.body.domains.find((d) => d.key === "mobility")?.hidden).toBe(true);
    expect(saved.body.domains.find((d) => d.key === "income")?.labels?.en).toBe("Money");
    expect(saved.body.domains.find((d) => d.key === "own_digital")?.builtIn).toBe(false);
    expect((await worker.get<Domains>("/api/life-domains")).body.version).toBe(start.body.version + 1);

    // A stale version, a missing built-in domain, an own domain without names: refused, nothing changes.
    expect((await admin.request("PUT", "/api/admin/life-domains", { domains: reordered, version: start.body.version })).status).toBe(409);
    const missing = await admin.request<ErrorBody>("PUT", "/api/admin/life-domains", { domains: reordered.filter((d) => d.key !== "justice"), version: saved.body.version });
    expect(missing.body.error.fields?.map((f) => f.code)).toContain("builtin_missing");
    const unnamed = await admin.request<ErrorBody>("PUT", "/api/admin/life-domains", { domains: [...reordered, { key: "own_x" }], version: saved.body.version });
    expect(unnamed.body.error.fields).toContainEqual(expect.objectContaining({ code: "labels_required" }));
    const badKey = await admin.request<ErrorBody>("PUT", "/api/admin/life-domains", { domains: [...reordered, { key: "sport", labels: own.labels }], version: saved.body.version });
    expect(badKey.body.error.fields).toContainEqual(expect.objectContaining({ code: "own_domain_key" }));
    expect((await worker.request("PUT", "/api/admin/life-domains", { domains: reordered, version: saved.body.version })).status).toBe(403);
    expect((await worker.get<Domains>("/api/life-domains")).body.version).toBe(saved.body.version);
  });

  it("agenda items and encounters take only the organisation's domain keys", async () => {
    const { worker, personId } = await workerWithPerson(server, "Tags");
    const bad = await worker.post<ErrorBody>(`/api/persons/${personId}/agenda`, { title: "x", raisedBy: "worker", domains: ["housing", "own_unknown"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: "body.domains.1", code: "unknown_domain" })]);
    const encounter = await worker.post<ErrorBody>("/api/encounters", { startedAt: server.clock.now().toISOString(), placeType: "home", personIds: [personId], domains: ["nonsense"] });
    expect(encounter.body.error.fields).toEqual([expect.objectContaining({ path: "body.domains.0", code: "unknown_domain" })]);
    const ok = await worker.post<{ domains: string[] }>("/api/encounters", { startedAt: server.clock.now().toISOString(), placeType: "home", personIds: [personId], domains: ["income", "housing"] });
    expect(ok.status).toBe(201);
    expect(ok.body.domains).toEqual(["income", "housing"]);
  });

  it("assessments over time: the overview shows the latest ratings, the change, and what is tagged per domain", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Beoordeling");
    const first = await worker.post("/api/persons/" + personId + "/assessments", {
      assessedAt: new Date(server.clock.now().getTime() - 30 * DAY).toISOString(),
      participants: { person: true },
      ratings: [
        { domain: "income", personRating: 1, workerRating: 2 },
        { domain: "housing", personRating: 3 },
      ],
    });
    expect(first.status).toBe(201);
    const second = await worker.post<{ participants: { person: boolean; workers: Array<{ id: string }> }; ratings: unknown[] }>(`/api/persons/${personId}/assessments`, {
      assessedAt: server.clock.now().toISOString(),
      participants: { person: true, workerIds: [org.colleague.id], others: "zus Amina" },
      ratings: [
        { domain: "income", personRating: 3, workerRating: 3, note: "Afbetalingsplan loopt" },
        { domain: "housing", workerRating: 4 },
      ],
      note: "Samen met de zus",
    });
    expect(second.status).toBe(201);
    expect(second.body.participants.workers.map((w) => w.id)).toEqual([org.colleague.id]);
    await worker.post(`/api/persons/${personId}/agenda`, { title: "Schulden afbetalen", raisedBy: "person", domains: ["income"] });
    const encounter = await worker.post<{ id: string }>("/api/encounters", { startedAt: server.clock.now().toISOString(), placeType: "home", personIds: [personId], domains: ["income"] });

    const list = await worker.get<{ items: Array<{ note: string | null }> }>(`/api/persons/${personId}/assessments`);
    expect(list.body.items.map((a) => a.note)).toEqual(["Samen met de zus", null]);

    const overview = await worker.get<Overview>(`/api/persons/${personId}/life-domains`);
    const income = overview.body.domains.find((d) => d.key === "income");
    expect(income).toMatchObject({ latest: { personRating: 3, workerRating: 3 }, change: { person: 2, worker: 1 }, agendaItems: [{ title: "Schulden afbetalen" }], encounters: [{ id: encounter.body.id }] });
    const housing = overview.body.domains.find((d) => d.key === "housing");
    expect(housing).toMatchObject({ latest: { personRating: null, workerRating: 4 }, change: { person: null, worker: null } });
    expect(overview.body.domains.find((d) => d.key === "justice")).toMatchObject({ latest: null, previous: null, agendaItems: [], encounters: [] });
    expect(overview.body.domains).toHaveLength(LIFE_DOMAINS.length);
  });

  it("refuses an empty rating, a rating out of the scale, a domain twice, an unknown domain or worker, and records nothing", async () => {
    const { worker, personId } = await workerWithPerson(server, "Foute Beoordeling");
    const at = server.clock.now().toISOString();
    const cases: Array<[unknown, string, string]> = [
      [[{ domain: "income" }], "body.ratings.0", "rating_empty"],
      [[{ domain: "income", personRating: 6 }], "body.ratings.0.personRating", "too_big"],
      [[{ domain: "income", personRating: 0 }], "body.ratings.0.personRating", "too_small"],
      [[{ domain: "income", personRating: 2 }, { domain: "income", workerRating: 3 }], "body.ratings.1.domain", "duplicate"],
      [[{ domain: "own_nope", personRating: 2 }], "body.ratings.0", "unknown_domain"],
      [[], "body.ratings", "too_small"],
    ];
    for (const [ratings, path, code] of cases) {
      const answer = await worker.post<ErrorBody>(`/api/persons/${personId}/assessments`, { assessedAt: at, participants: { person: false }, ratings });
      expect(answer.status, JSON.stringify(ratings)).toBe(400);
      expect(answer.body.error.fields, JSON.stringify(ratings)).toContainEqual(expect.objectContaining({ path, code }));
    }
    const unknownWorker = await worker.post<ErrorBody>(`/api/persons/${personId}/assessments`, { assessedAt: at, participants: { person: false, workerIds: ["01890000-0000-7000-8000-000000000000"] }, ratings: [{ domain: "income", personRating: 2 }] });
    expect(unknownWorker.body.error.fields?.[0]).toMatchObject({ path: "body.participants.workerIds.0", code: "unknown_user" });
    expect((await worker.get<{ items: unknown[] }>(`/api/persons/${personId}/assessments`)).body.items).toEqual([]);
  });

  it("is part 'life_domains' of the file: another organisation sees it only with a consent for it, read only", async () => {
    const { worker, personId } = await workerWithPerson(server, "Gedeelde Domeinen");
    await worker.post(`/api/persons/${personId}/assessments`, { assessedAt: server.clock.now().toISOString(), participants: { person: true }, ratings: [{ domain: "work", personRating: 2 }] });
    await worker.post(`/api/persons/${personId}/agenda`, { title: "Werk zoeken", raisedBy: "person", domains: ["work"] });
    const orgB = await createTestOrganisation(server);
    const workerB = await loggedIn(server.url, orgB.worker.email, PASSWORD);
    expect((await workerB.get(`/api/persons/${personId}/life-domains`)).status).toBe(404);
    await worker.post(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["life_domains"], purpose: "Samen naar werk", givenHow: "in_person" });
    const shared = await workerB.get<Overview>(`/api/persons/${personId}/life-domains`);
    expect(shared.status).toBe(200);
    // The domains, not the agenda: a consent for life domains does not open the agenda items tagged with them.
    expect(shared.body.domains.find((d) => d.key === "work")).toMatchObject({ latest: { personRating: 2 }, agendaItems: [] });
    expect((await workerB.get(`/api/persons/${personId}/assessments`)).status).toBe(200);
    expect((await workerB.post(`/api/persons/${personId}/assessments`, { assessedAt: server.clock.now().toISOString(), participants: { person: false }, ratings: [{ domain: "work", workerRating: 4 }] })).status).toBe(404);
    // With a consent for the agenda too, the overview shows the tagged items, and that read is
    // audited with the agenda's consent (not only the life domains').
    const agendaConsent = await worker.post<{ id: string }>(`/api/persons/${personId}/consents`, { recipientOrganisationId: orgB.id, scopes: ["agenda"], purpose: "Agenda samen", givenHow: "in_person" });
    const withAgenda = await workerB.get<Overview>(`/api/persons/${personId}/life-domains`);
    expect(withAgenda.body.domains.find((d) => d.key === "work")?.agendaItems.map((i) => i.title)).toEqual(["Werk zoeken"]);
    const trail = await worker.get<{ items: Array<{ action: string; consentId: string | null }> }>(`/api/persons/${personId}/audit?limit=100`);
    expect(trail.body.items).toContainEqual(expect.objectContaining({ action: "agenda.list", consentId: agendaConsent.body.id }));
  });
});
