import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signalPseudonym } from "../../src/signals/pseudonym.ts";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, personInPortal, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string }>; details?: { findings: Array<{ kind: string; text: string; start: number; end: number }> } } };
type Signal = { id: string; text: string; themes: string[]; municipality: string; peopleCount: number; aboutOnePerson: boolean; source: string; barrierReason: string | null; institution: string | null; raisedOn: string; raisedBy: { id: string }; dossier: { id: string; phase: string; feedback: string | null } | null };
type Dossier = { id: string; title: string; phase: string; version: number; signalCount: number; trekker: { id: string }; position: string | null; feedback: string | null; signals: Signal[]; history: Array<{ field: string; value: string | null; at: string }> };

const base = { mechanismType: "organisation_practice", themes: ["Huur", "wachtlijst"], municipality: "Demostad" };

describe.each(DIALECTS)("structural signals on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("refuses a text with personal data until each finding is removed or confirmed, and keeps no link to the person", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Yasmina Fictief");
    const text = "Yasmina Fictief kreeg geen afspraak; het loket (09 266 00 00) belt niet terug. Haar nummer: 0470 12 34 56";
    const checked = await worker.post<{ findings: Array<{ kind: string; text: string }> }>("/api/signals/check", { text });
    expect(checked.body.findings.map((f) => [f.kind, f.text])).toEqual([
      ["name", "Yasmina"],
      ["name", "Fictief"],
      ["phone", "09 266 00 00"],
      ["phone", "0470 12 34 56"],
    ]);
    const refused = await worker.post<ErrorBody>("/api/signals", { ...base, text, personId, confirmations: [{ kind: "phone", text: "09 266 00 00" }] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details?.findings.map((f) => f.text)).toEqual(["Yasmina", "Fictief", "0470 12 34 56"]);
    expect(refused.body.error.fields?.map((f) => f.code)).toEqual(["personal_data_name", "personal_data_name", "personal_data_phone"]);
    expect((await worker.get<{ items: Signal[] }>("/api/signals")).body.items).toEqual([]);

    const clean = "Een bewoonster kreeg geen afspraak; het loket (09 266 00 00) belt niet terug.";
    const raised = await worker.post<Signal>("/api/signals", { ...base, text: clean, personId, source: "referral_barrier", barrierReason: "unreachable", institution: "OCMW Demostad", confirmations: [{ kind: "phone", text: "09 266 00 00" }] });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ text: clean, themes: ["huur", "wachtlijst"], peopleCount: 1, aboutOnePerson: true, source: "referral_barrier", barrierReason: "unreachable", institution: "OCMW Demostad", raisedOn: "2026-11-29" });
    // Nothing the API answers, nor any column of the signal, holds the person's id.
    expect(JSON.stringify(raised.body)).not.toContain(personId);
    const stored = await server.services.db.selectFrom("signal").selectAll().where("organisation_id", "=", org.id).execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(personId);
    expect(stored[0]?.pseudonym).toBe(signalPseudonym(server.services.signalKey, org.id, personId));
    // The person's access log says they were counted, not in which signal.
    const trail = await worker.get<{ items: Array<{ action: string; entityId: string | null }> }>(`/api/persons/${personId}/audit?limit=100`);
    expect(trail.body.items.filter((a) => a.action === "signal.count_person")).toEqual([expect.objectContaining({ entityId: null })]);
  });

  it("counts a group without a person, refuses a count with a person, and validates the fields", async () => {
    const { worker, personId } = await workerWithPerson(server, "Groep Persoon");
    const group = await worker.post<Signal>("/api/signals", { ...base, mechanismType: "regulation", text: "Twaalf gezinnen in de wijk kregen dezelfde foute afrekening", peopleCount: 12 });
    expect(group.body).toMatchObject({ peopleCount: 12, aboutOnePerson: false, source: "own" });
    const both = await worker.post<ErrorBody>("/api/signals", { ...base, text: "Foute afrekening", peopleCount: 3, personId });
    expect(both.status).toBe(400);
    expect(both.body.error.fields).toEqual([expect.objectContaining({ path: "body.peopleCount", code: "people_count_with_person" })]);
    const bad = await worker.post<ErrorBody>("/api/signals", { text: "", mechanismType: "weather", themes: [], municipality: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path).sort()).toEqual(["body.mechanismType", "body.municipality", "body.text", "body.themes"]);
    const unknownService = await worker.post<ErrorBody>("/api/signals", { ...base, text: "Iets", serviceId: "no-such-service" });
    expect(unknownService.body.error.fields?.[0]).toMatchObject({ path: "body.serviceId", code: "unknown_service" });
  });

  it("names a person only the worker works with; others do not exist for this", async () => {
    const { org, personId } = await workerWithPerson(server, "Andermans Persoon");
    const colleague = await loggedIn(server.url, org.otherTeamWorker.email, PASSWORD);
    expect((await colleague.post("/api/signals", { ...base, text: "Iets", personId })).status).toBe(404);
    // A name the worker does not see is not looked for (nor revealed) in their text.
    expect((await colleague.post<{ findings: unknown[] }>("/api/signals/check", { text: "Andermans Persoon" })).body.findings).toEqual([]);
  });

  it("shows a worker their own signals and a coordinator the organisation's, newest first, paged", async () => {
    const org = await createTestOrganisation(server);
    const first = await (await loggedIn(server.url, org.worker.email, PASSWORD)).post<Signal>("/api/signals", { ...base, text: "Eerste" });
    // A day later (sessions do not last that long: log in again).
    server.clock.advance(86_400_000);
    const worker = await loggedIn(server.url, org.worker.email, PASSWORD);
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    const coordinator = await loggedIn(server.url, org.coordinator.email, PASSWORD);
    const second = await worker.post<Signal>("/api/signals", { ...base, text: "Tweede" });
    const theirs = await colleague.post<Signal>("/api/signals", { ...base, text: "Van een collega" });
    expect((await worker.get<{ items: Signal[] }>("/api/signals")).body.items.map((s) => s.text)).toEqual(["Tweede", "Eerste"]);
    expect((await worker.get("/api/signals?scope=organisation")).status).toBe(403);
    expect((await worker.get(`/api/signals/${theirs.body.id}`)).status).toBe(403);
    const page1 = await coordinator.get<{ items: Signal[]; nextCursor?: string }>("/api/signals?scope=organisation&limit=2");
    expect(page1.body.items).toHaveLength(2);
    const page2 = await coordinator.get<{ items: Signal[]; nextCursor?: string }>(`/api/signals?scope=organisation&limit=2&cursor=${page1.body.nextCursor ?? ""}`);
    expect([...page1.body.items, ...page2.body.items].map((s) => s.id).sort()).toEqual([first.body.id, second.body.id, theirs.body.id].sort());
    expect(page2.body.nextCursor).toBeUndefined();
    expect((await coordinator.get<Signal>(`/api/signals/${first.body.id}`)).body.text).toBe("Eerste");
    const stranger = await workerWithPerson(server, "Vreemde");
    expect((await stranger.worker.get(`/api/signals/${first.body.id}`)).status).toBe(404);
  });
});

describe.each(DIALECTS)("signal dossiers on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("a coordinator bundles signals into a dossier, moves it through the phases with every change dated, and the worker sees what became of it", async () => {
    const org = await createTestOrganisation(server);
    const worker = await loggedIn(server.url, org.worker.email, PASSWORD);
    const coordinator = await loggedIn(server.url, org.coordinator.email, PASSWORD);
    const a = await worker.post<Signal>("/api/signals", { ...base, text: "Het OCMW-loket is alleen open in de voormiddag", institution: "OCMW Demostad" });
    const b = await worker.post<Signal>("/api/signals", { ...base, themes: ["huur"], text: "Geen afspraak mogelijk aan het OCMW-loket na 12 uur", institution: "OCMW Demostad" });
    const unrelated = await worker.post<Signal>("/api/signals", { mechanismType: "policy_gap", themes: ["mobiliteit"], municipality: "Elders", text: "De bus rijdt niet meer op zondag" });

    expect((await worker.post("/api/signal-dossiers", { title: "Bereikbaarheid OCMW", trekkerId: org.worker.id, signalIds: [a.body.id] })).status).toBe(403);
    const created = await coordinator.post<Dossier>("/api/signal-dossiers", { title: "Bereikbaarheid OCMW", trekkerId: org.worker.id, signalIds: [a.body.id] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ phase: "bundle", signalCount: 1, trekker: { id: org.worker.id }, version: 1 });

    const suggested = await coordinator.get<{ items: Array<{ signal: Signal; score: number; reasons: string[] }> }>(`/api/signal-dossiers/${created.body.id}/suggestions`);
    expect(suggested.body.items[0]?.signal.id).toBe(b.body.id);
    expect(suggested.body.items[0]?.reasons).toEqual(expect.arrayContaining(["themes", "institution"]));
    expect(suggested.body.items.map((i) => i.signal.id)).not.toContain(unrelated.body.id);

    const added = await coordinator.post<Dossier>(`/api/signal-dossiers/${created.body.id}/signals`, { signalIds: [b.body.id] });
    expect(added.body.signals.map((s) => s.id).sort()).toEqual([a.body.id, b.body.id].sort());
    const other = await coordinator.post<Dossier>("/api/signal-dossiers", { title: "Ander dossier", trekkerId: org.coordinator.id });
    const taken = await coordinator.post<ErrorBody>(`/api/signal-dossiers/${other.body.id}/signals`, { signalIds: [a.body.id] });
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields?.[0]).toMatchObject({ path: "body.signalIds.0", code: "in_another_dossier" });

    const analysed = await coordinator.patch<Dossier>(`/api/signal-dossiers/${created.body.id}`, { phase: "analyse", position: "Toegankelijkheid is een recht, geen gunst", version: added.body.version });
    expect(analysed.body).toMatchObject({ phase: "analyse", position: "Toegankelijkheid is een recht, geen gunst" });
    const stale = await coordinator.patch<ErrorBody>(`/api/signal-dossiers/${created.body.id}`, { phase: "report", version: added.body.version });
    expect(stale.status).toBe(409);
    server.clock.advance(60_000);
    const fed = await coordinator.patch<Dossier>(`/api/signal-dossiers/${created.body.id}`, { phase: "feedback", feedback: "Het OCMW opent het loket ook op dinsdagnamiddag", version: analysed.body.version });
    expect(fed.body.history.map((h) => [h.field, h.value])).toEqual([
      ["title", "Bereikbaarheid OCMW"],
      ["trekker", org.worker.id],
      ["phase", "bundle"],
      ["signal_added", a.body.id],
      ["signal_added", b.body.id],
      ["phase", "analyse"],
      ["position", "Toegankelijkheid is een recht, geen gunst"],
      ["phase", "feedback"],
      ["feedback", "Het OCMW opent het loket ook op dinsdagnamiddag"],
    ]);
    expect(fed.body.history.at(-1)?.at).not.toBe(fed.body.history[0]?.at);
    // A change that changes nothing records nothing.
    const same = await coordinator.patch<Dossier>(`/api/signal-dossiers/${created.body.id}`, { phase: "feedback", version: fed.body.version });
    expect(same.body.history).toHaveLength(fed.body.history.length);

    // The worker who raised the signal sees what became of it, but not the dossier itself.
    const mine = await worker.get<Signal>(`/api/signals/${a.body.id}`);
    expect(mine.body.dossier).toMatchObject({ id: created.body.id, phase: "feedback", feedback: "Het OCMW opent het loket ook op dinsdagnamiddag" });
    expect((await worker.get(`/api/signal-dossiers/${created.body.id}`)).status).toBe(403);
    const removed = await coordinator.delete<Dossier>(`/api/signal-dossiers/${created.body.id}/signals/${b.body.id}`);
    expect(removed.body.signals.map((s) => s.id)).toEqual([a.body.id]);
    expect((await coordinator.get<{ items: Dossier[] }>("/api/signal-dossiers")).body.items.map((d) => [d.title, d.signalCount])).toEqual([
      ["Bereikbaarheid OCMW", 1],
      ["Ander dossier", 0],
    ]);
    const badTrekker = await coordinator.post<ErrorBody>("/api/signal-dossiers", { title: "X", trekkerId: "0193a2b4-0000-7000-8000-000000000009" });
    expect(badTrekker.body.error.fields?.[0]).toMatchObject({ path: "body.trekkerId", code: "unknown_user" });
    const stranger = await createTestOrganisation(server);
    const foreign = await loggedIn(server.url, stranger.coordinator.email, PASSWORD);
    expect((await foreign.get(`/api/signal-dossiers/${created.body.id}`)).status).toBe(404);
    expect((await foreign.post(`/api/signal-dossiers/${other.body.id}/signals`, { signalIds: [unrelated.body.id] })).status).toBe(404);
  });
});

describe.each(DIALECTS)("publishing a dossier on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("shows a preview, publishes it from the phase report on, serves the public page without login with protected figures, and withdraws it", async () => {
    const org = await createTestOrganisation(server);
    const worker = await loggedIn(server.url, org.worker.email, PASSWORD);
    const coordinator = await loggedIn(server.url, org.coordinator.email, PASSWORD);
    const ids: string[] = [];
    // Huur: a group of 6 and a group of 3 in Gent; energie: a group of 2 in Gent.
    for (const [themes, peopleCount] of [[["huur"], 6], [["huur"], 3], [["energie"], 2]] as const) {
      ids.push((await worker.post<Signal>("/api/signals", { mechanismType: "regulation", themes, municipality: "Gent", text: "Afrekening <script>alert(1)</script> onbegrijpelijk", peopleCount })).body.id);
    }
    const dossier = await coordinator.post<Dossier & { publications: unknown[] }>("/api/signal-dossiers", { title: "Onbegrijpelijke afrekeningen", trekkerId: org.coordinator.id, signalIds: ids });
    const positioned = await coordinator.patch<Dossier>(`/api/signal-dossiers/${dossier.body.id}`, { position: "Een afrekening moet te begrijpen zijn <b>voor iedereen</b>", version: dossier.body.version });

    type Preview = { title: string; position: string; version: number; figures: Array<{ groupBy: string[]; cells: Array<{ values: Record<string, string>; people: number | null; suppressed: boolean }>; totals: Array<{ people: number | null }> }> };
    const preview = await coordinator.get<Preview>(`/api/signal-dossiers/${dossier.body.id}/publication-preview`);
    expect(preview.body).toMatchObject({ title: "Onbegrijpelijke afrekeningen", version: positioned.body.version });
    const byTheme = preview.body.figures.find((f) => f.groupBy[0] === "theme");
    expect(byTheme?.cells.map((c) => [c.values.theme, c.people, c.suppressed]).sort()).toEqual([["energie", null, true], ["huur", null, true]]);
    expect(byTheme?.totals[0]?.people).toBe(11);
    expect(JSON.stringify(preview.body)).not.toContain("Afrekening <script>");

    const tooEarly = await coordinator.post<ErrorBody>(`/api/signal-dossiers/${dossier.body.id}/publications`, { version: positioned.body.version });
    expect(tooEarly.status).toBe(409);
    const reported = await coordinator.patch<Dossier>(`/api/signal-dossiers/${dossier.body.id}`, { phase: "report", version: positioned.body.version });
    expect((await coordinator.post(`/api/signal-dossiers/${dossier.body.id}/publications`, { version: positioned.body.version })).status).toBe(409);
    expect((await worker.post(`/api/signal-dossiers/${dossier.body.id}/publications`, { version: reported.body.version })).status).toBe(403);
    const published = await coordinator.post<{ slug: string; url: string }>(`/api/signal-dossiers/${dossier.body.id}/publications`, { version: reported.body.version });
    expect(published.status).toBe(201);
    expect(published.body.slug).toMatch(/^onbegrijpelijke-afrekeningen-[0-9a-f]{8}$/);

    const page = await fetch(`${server.url}/public/reports/${published.body.slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("<h1>Onbegrijpelijke afrekeningen</h1>");
    expect(html).toContain("Een afrekening moet te begrijpen zijn &#60;b&#62;voor iedereen&#60;/b&#62;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("<caption>Mensen per thema</caption>");
    expect(html).toMatch(/<th scope="row">Totaal<\/th><td>11<\/td>/);
    // No count of 1 to 4 anywhere on the page (signal counts are not published at all).
    expect(html).not.toMatch(/<td>[1-4]<\/td>/);
    const french = await (await fetch(`${server.url}/public/reports/${published.body.slug}?lang=fr`)).text();
    expect(french).toContain('<html lang="fr-BE">');
    expect(french).toContain("Personnes par thème");
    const json = await fetch(`${server.url}/api/public/reports/${published.body.slug}`);
    expect(((await json.json()) as { title: string }).title).toBe("Onbegrijpelijke afrekeningen");

    // A testimony with consent, published under the name the person chose; withdrawn in the portal, it leaves the page at once.
    const coordinatorsPerson = await coordinator.post<{ id: string }>("/api/persons", { displayName: "Getuige Fictief" });
    const anonymous = await coordinator.post<{ id: string; shownName: string | null }>(`/api/signal-dossiers/${dossier.body.id}/testimonies`, { personId: coordinatorsPerson.body.id, text: "Ik begreep niets van de afrekening", consentGiven: true });
    expect(anonymous.status).toBe(201);
    const noConsent = await coordinator.post<ErrorBody>(`/api/signal-dossiers/${dossier.body.id}/testimonies`, { personId: coordinatorsPerson.body.id, text: "X", consentGiven: false });
    expect(noConsent.body.error.fields?.[0]?.path).toBe("body.consentGiven");
    const named = await coordinator.post<{ id: string }>(`/api/signal-dossiers/${dossier.body.id}/testimonies`, { personId: coordinatorsPerson.body.id, text: "Drie keer gebeld, nooit een antwoord", consentGiven: true, shownName: "Mira", publishable: true });
    const inDossier = await coordinator.get<{ testimonies: Array<{ text: string; shownName: string | null; publishable: boolean }> }>(`/api/signal-dossiers/${dossier.body.id}`);
    expect(inDossier.body.testimonies.map((t) => [t.text, t.shownName, t.publishable])).toEqual([["Ik begreep niets van de afrekening", null, false], ["Drie keer gebeld, nooit een antwoord", "Mira", true]]);
    expect(JSON.stringify(inDossier.body)).not.toContain(coordinatorsPerson.body.id);
    const current = await coordinator.get<Dossier>(`/api/signal-dossiers/${dossier.body.id}`);
    const second = await coordinator.post<{ slug: string }>(`/api/signal-dossiers/${dossier.body.id}/publications`, { version: current.body.version });
    const withQuote = await (await fetch(`${server.url}/public/reports/${second.body.slug}`)).text();
    expect(withQuote).toContain("Drie keer gebeld, nooit een antwoord");
    expect(withQuote).toContain("— Mira");
    expect(withQuote).not.toContain("Ik begreep niets");
    expect(withQuote).not.toContain("Getuige Fictief");
    const person = await personInPortal(server, coordinator, coordinatorsPerson.body.id);
    const mine = await person.get<{ items: Array<{ id: string; dossierTitle: string }> }>("/api/portal/me/testimonies");
    expect(mine.body.items.map((t) => t.dossierTitle)).toEqual(["Onbegrijpelijke afrekeningen", "Onbegrijpelijke afrekeningen"]);
    expect((await person.post(`/api/portal/me/testimonies/${named.body.id}/withdraw`)).status).toBe(204);
    expect(await (await fetch(`${server.url}/public/reports/${second.body.slug}`)).text()).not.toContain("Drie keer gebeld");
    // Gone from the stored snapshot too, not only from the page; and public answers never carry a testimony's id.
    const stored = await server.services.db.selectFrom("signal_publication").select("content").where("organisation_id", "=", org.id).execute();
    expect(JSON.stringify(stored)).not.toContain("Drie keer gebeld");
    expect(JSON.stringify(await (await fetch(`${server.url}/api/public/reports/${second.body.slug}`)).json())).not.toContain(anonymous.body.id);
    expect((await person.post(`/api/portal/me/testimonies/${named.body.id}/withdraw`)).status).toBe(404);

    const withdrawn = await coordinator.post<{ withdrawnAt: string | null }>(`/api/signal-dossiers/${dossier.body.id}/publications/${published.body.slug}/withdraw`, {});
    expect(withdrawn.body.withdrawnAt).not.toBeNull();
    expect((await fetch(`${server.url}/public/reports/${published.body.slug}`)).status).toBe(404);
    expect((await fetch(`${server.url}/public/reports/no-such-report`)).status).toBe(404);
    expect((await coordinator.get<{ publications: Array<{ slug: string; withdrawnAt: string | null }> }>(`/api/signal-dossiers/${dossier.body.id}`)).body.publications.map((p) => p.slug).sort()).toEqual([published.body.slug, second.body.slug].sort());
  });
});

describe.each(DIALECTS)("protected signal reports on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  type Row = { values: Record<string, string>; people: number | null; suppressed: boolean };
  type Report = { groupBy: string[]; period: string | null; k: number; cells: Row[]; totals: Row[] };
  const find = (rows: Row[], values: Record<string, string>) => rows.find((r) => JSON.stringify(Object.entries(r.values).sort()) === JSON.stringify(Object.entries(values).sort()));

  it("counts distinct people per cell, suppresses small cells and what would give them away, and never shows their number", async () => {
    const { worker, personId } = await workerWithPerson(server, "Rapport Persoon");
    const second = await worker.post<{ id: string }>("/api/persons", { displayName: "Rapport Tweede" });
    const huur = { mechanismType: "organisation_practice", themes: ["huur"], municipality: "Gent" };
    // Huur in Gent: one person named three times (counts once) and a group of six; energie in Gent: a group of 2;
    // huur in Aalst: 9 people; energie in Aalst: 7 people.
    for (let i = 0; i < 3; i++) expect((await worker.post("/api/signals", { ...huur, text: `Huur te hoog (${i})`, personId })).status).toBe(201);
    await worker.post("/api/signals", { ...huur, text: "Huurwaarborg onbetaalbaar", peopleCount: 6 });
    await worker.post("/api/signals", { ...huur, themes: ["energie"], text: "Afsluiting", peopleCount: 2 });
    await worker.post("/api/signals", { ...huur, municipality: "Aalst", text: "Wachtlijst", peopleCount: 8 });
    await worker.post("/api/signals", { ...huur, municipality: " aalst", text: "Wachtlijst", personId: second.body.id });
    await worker.post("/api/signals", { ...huur, themes: ["energie"], municipality: "Aalst", text: "Budgetmeter", peopleCount: 7 });

    const report = await worker.get<Report>("/api/reports/signals?groupBy=theme,municipality&period=2026-11");
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ groupBy: ["theme", "municipality"], period: "2026-11", k: 5 });
    expect(find(report.body.cells, { theme: "energie", municipality: "gent" })).toEqual({ values: { theme: "energie", municipality: "gent" }, people: null, suppressed: true });
    // With the totals published, energie in Gent (2) would be 9 − 7; hiding a second cell of its row would give that one
    // away through its column, and so on: in a 2 × 2 table only the whole square protects it.
    expect(report.body.cells.map((c) => c.suppressed)).toEqual([true, true, true, true]);
    expect(report.body.totals.map((t) => [t.values, t.people])).toEqual(
      expect.arrayContaining([
        [{}, 25],
        [{ theme: "huur" }, 16],
        [{ theme: "energie" }, 9],
        [{ municipality: "gent" }, 9],
        [{ municipality: "aalst" }, 16],
      ]),
    );
    // One dimension: Gent counts the person named three times once (7 + 2 people). Signal counts are never published.
    const byPlace = await worker.get<Report>("/api/reports/signals?groupBy=municipality&period=2026");
    expect(find(byPlace.body.cells, { municipality: "gent" })).toMatchObject({ people: 9, suppressed: false });
    for (const row of [...report.body.cells, ...report.body.totals]) expect(row.suppressed ? row.people === null : (row.people ?? 0) >= 5).toBe(true);

    // The same report as CSV: a suppressed entry says so, never a number.
    const csv = await worker.raw("GET", "/api/reports/signals.csv?groupBy=theme,municipality&period=2026-11&language=en");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = String((csv.body as { text: string }).text).replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Theme,Municipality,People");
    expect(lines).toContain("energie,gent,not shown");
    expect(lines).toContain("all,all,25");
    // Nothing in another period; nothing from another organisation.
    expect((await worker.get<Report>("/api/reports/signals?groupBy=theme&period=2026-Q3")).body.cells).toEqual([]);
    const other = await workerWithPerson(server, "Ander Rapport");
    expect((await other.worker.get<Report>("/api/reports/signals?groupBy=theme")).body.cells).toEqual([]);
    // All time, one dimension, every cell has five people or more: nothing is hidden.
    const themes = await worker.get<Report>("/api/reports/signals?groupBy=mechanismType");
    expect(themes.body.cells).toEqual([{ values: { mechanismType: "organisation_practice" }, people: 25, suppressed: false }]);
  });

  it("refuses more than three dimensions, an unknown one, an unknown period, and k below the minimum", async () => {
    const { worker } = await workerWithPerson(server, "Foute Vraag");
    const tooMany = await worker.get<ErrorBody>("/api/reports/signals?groupBy=theme,municipality,institution,domain");
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields?.[0]).toMatchObject({ path: "query.groupBy", code: "too_many_dimensions" });
    expect((await worker.get<ErrorBody>("/api/reports/signals?groupBy=theme,person")).body.error.fields?.[0]?.code).toBe("unknown_dimension");
    expect((await worker.get<ErrorBody>("/api/reports/signals?groupBy=theme&period=2026-03-01")).body.error.fields?.[0]?.code).toBe("unknown_period");
    const lowK = await worker.get<ErrorBody>("/api/reports/signals?groupBy=theme&k=3");
    expect(lowK.status).toBe(400);
    expect(lowK.body.error.fields?.[0]?.path).toBe("query.k");
    expect((await worker.get<{ k: number }>("/api/reports/signals?groupBy=theme&k=7")).body.k).toBe(7);
  });

  it("lets an administrator raise the organisation's k, never lower it below 5, and refuses reports below it", async () => {
    const { org, worker } = await workerWithPerson(server, "Hogere K");
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const organisation = await admin.get<{ version: number; signalReportK: number }>("/api/admin/organisation");
    expect(organisation.body.signalReportK).toBe(5);
    const tooLow = await admin.patch<ErrorBody>("/api/admin/organisation", { signalReportK: 4, version: organisation.body.version });
    expect(tooLow.body.error.fields?.[0]?.path).toBe("body.signalReportK");
    expect((await admin.patch<{ signalReportK: number }>("/api/admin/organisation", { signalReportK: 8, version: organisation.body.version })).body.signalReportK).toBe(8);
    expect((await worker.get<{ k: number }>("/api/reports/signals?groupBy=theme")).body.k).toBe(8);
    const below = await worker.get<ErrorBody>("/api/reports/signals?groupBy=theme&k=6");
    expect(below.status).toBe(400);
    expect(below.body.error.fields?.[0]).toMatchObject({ path: "query.k", code: "k_below_minimum" });
  });
});

describe("the signal pseudonym", () => {
  it("differs between organisations and cannot be matched to the person without the key", () => {
    const key = Buffer.from("a key kept outside the database, for the test only");
    const person = "0193a2b4-0000-7000-8000-000000000001";
    const a = signalPseudonym(key, "organisation-a", person);
    expect(signalPseudonym(key, "organisation-a", person)).toBe(a);
    expect(signalPseudonym(key, "organisation-b", person)).not.toBe(a);
    // Without the key, neither a plain hash nor an HMAC with another key gives it back.
    expect(createHash("sha256").update(`organisation-a\u0000${person}`).digest("base64url")).not.toBe(a);
    expect(createHmac("sha256", Buffer.from("a guessed key")).update(`organisation-a\u0000${person}`).digest("base64url")).not.toBe(a);
    expect(signalPseudonym(Buffer.from("another organisation's key file"), "organisation-a", person)).not.toBe(a);
    expect(a).not.toContain(person.slice(0, 8));
  });
});
