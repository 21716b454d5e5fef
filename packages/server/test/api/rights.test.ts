import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recheckStale } from "../../src/rights/person-rights.repository.ts";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, personInPortal, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string; message: string }> } };
type RightCheck = { id: string; outcome: string; automatic: boolean; reasons: Array<{ code: string; holds: boolean; text: string }>; questions: Array<{ id: string; text: string }>; amount?: { value: number; period: string }; toBeChecked: Array<{ parameter: string }> };
type CheckReport = { date: string; rights: RightCheck[]; questions: Array<{ id: string; text: string; input: string }> };
type PersonRights = {
  situation: { version: number; situation: Record<string, unknown>; recordedBy: { displayName: string } } | null;
  check: (CheckReport & { id: string; trigger: string; stale: boolean }) | null;
  takeUp: Array<{ rightId: string; status: string; date: string; note: string | null }>;
};
type Radar = { scope: string; counts: Array<{ rightId: string; entitled: number; maybe: number; automaticNotGranted: number }>; items: Array<{ personId: string; displayName: string; rightId: string; outcome: string; automatic: boolean; takeUp: string }>; nextCursor?: string };

/** Lives alone, received the IGO: the verhoogde tegemoetkoming follows automatically. */
const IGO_ALONE = { person: { birthDate: "1950-02-03", postcode: "9000" }, benefits: { igo: true }, household: { members: [] } };

const right = (report: CheckReport | null | undefined, id: string): RightCheck | undefined => report?.rights.find((r) => r.id === id);

describe.each(DIALECTS)("rights as code on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("lists the pack with dated parameters, sources and the to-be-checked mark; only for logged-in users", async () => {
    const { worker } = await workerWithPerson(server, "Lijst Persoon");
    const list = await worker.get<{ rights: Array<{ id: string; level: string; name: string; sources: unknown[]; parameters: Array<{ name: string; current: { value: number; toBeChecked: boolean; source: string } | null }>; toBeChecked: boolean }> }>("/api/rights?language=fr");
    expect(list.status).toBe(200);
    expect(list.body.rights.map((r) => r.id).sort()).toEqual(["groeipakket-sociale-toeslag", "leefloon", "sociaal-tarief-energie", "verhoogde-tegemoetkoming", "verwarmingsfonds"]);
    const vt = list.body.rights.find((r) => r.id === "verhoogde-tegemoetkoming");
    expect(vt?.name).toBe("Intervention majorée");
    expect(vt?.parameters.find((p) => p.name === "vt.threshold_base")?.current).toMatchObject({ value: 25630.67, toBeChecked: true });
    expect(vt?.toBeChecked).toBe(true);
    const anonymous = await fetch(`${server.url}/api/rights`);
    expect(anonymous.status).toBe(401);
    expect((await worker.get<{ questions: Array<{ id: string; text: string }> }>("/api/rights?language=en")).body.questions.find((q) => q.id === "person.birthDate")?.text).toBe("What is the date of birth?");
    const schema = await worker.get<{ properties: Record<string, unknown> }>("/api/rights/schema");
    expect(Object.keys(schema.body.properties)).toContain("household");
  });

  it("checks a situation without storing it: outcome, reasons with the figures, questions most decisive first", async () => {
    const { worker } = await workerWithPerson(server, "Check Persoon");
    const check = await worker.post<CheckReport>("/api/rights/check", { situation: { household: { members: [] }, incomes: [{ kind: "gross_taxable", period: "2023", amount: 23400 }] }, date: "2024-06-01", language: "nl" });
    expect(check.status).toBe(200);
    const vt = right(check.body, "verhoogde-tegemoetkoming");
    expect(vt).toMatchObject({ outcome: "entitled", automatic: false });
    expect(vt?.reasons[0]?.text).toContain("25.630,67");
    expect(vt?.reasons[0]?.text).toContain("23.400");
    const empty = await worker.post<CheckReport>("/api/rights/check", { situation: {}, date: "2025-03-01" });
    expect(empty.body.rights.every((r) => r.outcome === "maybe")).toBe(true);
    expect(empty.body.questions.length).toBeGreaterThan(3);
    // The first question is one that most undecided rights wait for.
    const waiting = (id: string) => empty.body.rights.filter((r) => r.questions.some((q) => q.id === id)).length;
    const first = empty.body.questions[0]?.id ?? "";
    expect(Math.max(...empty.body.questions.map((q) => waiting(q.id)))).toBe(waiting(first));
  });

  it("refuses bad input with field errors: a broken situation, an unknown right, a date without figures", async () => {
    const { worker } = await workerWithPerson(server, "Fout Persoon");
    const contradiction = await worker.post<ErrorBody>("/api/rights/check", { situation: { benefits: { vt: true }, household: { benefits: [] } } });
    expect(contradiction.body.error.fields).toEqual([expect.objectContaining({ path: "body.situation.household.benefits", code: "own_benefit_missing" })]);
    const broken = await worker.post<ErrorBody>("/api/rights/check", { situation: { person: { birthDate: "gisteren", shoeSize: 43 }, incomes: [{ kind: "salary", period: "2024", amount: -1 }] } });
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields?.map((f) => f.path).sort()).toEqual(["body.situation.incomes.0.amount", "body.situation.incomes.0.kind", "body.situation.person", "body.situation.person.birthDate"]);
    const unknown = await worker.post<ErrorBody>("/api/rights/check", { situation: {}, rights: ["leefloon", "huurpremie-op-de-maan"] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields?.[0]).toMatchObject({ path: "body.rights.1", code: "unknown_right" });
    const tooEarly = await worker.post<ErrorBody>("/api/rights/check", { situation: {}, date: "1999-01-01" });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.error.fields?.[0]).toMatchObject({ path: "body.date", code: "parameter_without_value" });
  });

  it("stores the situation in versions, checks it at once, and keeps take-up with its history", async () => {
    const { worker, personId } = await workerWithPerson(server, "Situatie Persoon");
    expect((await worker.get<PersonRights>(`/api/persons/${personId}/rights`)).body).toEqual({ situation: null, check: null, takeUp: [] });

    const saved = await worker.put<PersonRights>(`/api/persons/${personId}/rights/situation`, { situation: IGO_ALONE, expectedVersion: null, language: "en" });
    expect(saved.status).toBe(200);
    expect(saved.body.situation?.version).toBe(1);
    expect(saved.body.check?.trigger).toBe("situation");
    expect(saved.body.check?.stale).toBe(false);
    expect(right(saved.body.check, "verhoogde-tegemoetkoming")).toMatchObject({ outcome: "entitled", automatic: true });
    expect(right(saved.body.check, "verhoogde-tegemoetkoming")?.reasons[0]?.text).toMatch(/grants the increased reimbursement automatically/);

    // A form that started from no situation, saved after someone else saved: refused, nothing changes.
    const late = await worker.put<ErrorBody>(`/api/persons/${personId}/rights/situation`, { situation: {}, expectedVersion: null });
    expect(late.status).toBe(409);
    const second = await worker.put<PersonRights>(`/api/persons/${personId}/rights/situation`, { situation: { ...IGO_ALONE, benefits: { igo: false } }, expectedVersion: 1 });
    expect(second.body.situation?.version).toBe(2);
    expect(right(second.body.check, "verhoogde-tegemoetkoming")?.outcome).not.toBe("entitled");
    const back = await worker.put<PersonRights>(`/api/persons/${personId}/rights/situation`, { situation: IGO_ALONE, expectedVersion: 2 });
    expect(back.body.situation?.version).toBe(3);

    const takeUp = await worker.put<{ status: string; date: string }>(`/api/persons/${personId}/rights/verhoogde-tegemoetkoming/take-up`, { status: "to_apply", note: "Samen naar het ziekenfonds" });
    expect(takeUp.body).toMatchObject({ status: "to_apply", date: "2026-11-29" });
    server.clock.advance(60_000);
    await worker.put(`/api/persons/${personId}/rights/verhoogde-tegemoetkoming/take-up`, { status: "applied", date: "2026-11-30" });
    const history = await worker.get<{ current: { status: string }; history: Array<{ status: string; note: string | null }> }>(`/api/persons/${personId}/rights/verhoogde-tegemoetkoming/take-up`);
    expect(history.body.current.status).toBe("applied");
    expect(history.body.history.map((h) => h.status)).toEqual(["applied", "to_apply"]);
    expect((await worker.get<PersonRights>(`/api/persons/${personId}/rights`)).body.takeUp).toEqual([expect.objectContaining({ rightId: "verhoogde-tegemoetkoming", status: "applied", date: "2026-11-30" })]);

    const badStatus = await worker.put<ErrorBody>(`/api/persons/${personId}/rights/verhoogde-tegemoetkoming/take-up`, { status: "maybe later" });
    expect(badStatus.body.error.fields?.[0]?.path).toBe("body.status");
    expect((await worker.put(`/api/persons/${personId}/rights/onbestaand-recht/take-up`, { status: "applied" })).status).toBe(404);
  });

  it("the person sees in their access log that their rights were looked at and changed", async () => {
    const { worker, personId } = await workerWithPerson(server, "Kijkend Persoon");
    const person = await personInPortal(server, worker, personId);
    await worker.put(`/api/persons/${personId}/rights/situation`, { situation: IGO_ALONE, expectedVersion: null });
    await worker.get(`/api/persons/${personId}/rights`);
    await server.services.audit.flush();
    const log = await person.get<{ items: Array<{ who: { kind: string }; access: string; what: string }> }>("/api/portal/me/access-log?limit=100");
    const rights = log.body.items.filter((i) => i.what === "rights" && i.who.kind === "worker");
    expect(rights.map((i) => i.access)).toEqual(expect.arrayContaining(["looked", "changed"]));
  });

  it("another organisation cannot read or change a person's rights; a colleague without involvement cannot either", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Geheim Persoon");
    await worker.put(`/api/persons/${personId}/rights/situation`, { situation: IGO_ALONE, expectedVersion: null });
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.get(`/api/persons/${personId}/rights`)).status).toBe(404);
    expect((await colleague.put(`/api/persons/${personId}/rights/leefloon/take-up`, { status: "applied" })).status).toBe(404);
    expect((await colleague.get<Radar>("/api/rights/radar")).body.items.map((i) => i.personId)).not.toContain(personId);
    const other = await workerWithPerson(server, "Ander");
    expect((await other.worker.get(`/api/persons/${personId}/rights`)).status).toBe(404);
    expect((await other.worker.put(`/api/persons/${personId}/rights/situation`, { situation: {}, expectedVersion: 1 })).status).toBe(404);
    expect((await other.worker.put(`/api/persons/${personId}/rights/leefloon/take-up`, { status: "applied" })).status).toBe(404);
    const radar = await other.worker.get<Radar>("/api/rights/radar");
    expect(radar.body.items.map((i) => i.personId)).not.toContain(personId);
  });

  it("the radar lists probable non-take-up per scope, drops what is applied for, and exports formula-safe CSV", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "=HYPERLINK(\"http://x\")");
    await worker.put(`/api/persons/${personId}/rights/situation`, { situation: IGO_ALONE, expectedVersion: null });
    const second = await worker.post<{ id: string }>("/api/persons", { displayName: "Tweede Radar" });
    await worker.put(`/api/persons/${second.body.id}/rights/situation`, { situation: { household: { members: [] }, benefits: { igo: false } }, expectedVersion: null });

    const mine = await worker.get<Radar>("/api/rights/radar?scope=mine&language=nl");
    expect(mine.status).toBe(200);
    const vtItems = mine.body.items.filter((i) => i.rightId === "verhoogde-tegemoetkoming");
    expect(vtItems.find((i) => i.personId === personId)).toMatchObject({ outcome: "entitled", automatic: true, takeUp: "unknown" });
    expect(mine.body.counts.find((c) => c.rightId === "verhoogde-tegemoetkoming")).toMatchObject({ entitled: 1, automaticNotGranted: 1 });
    const automaticOnly = await worker.get<Radar>("/api/rights/radar?automatic=true");
    expect(automaticOnly.body.items.every((i) => i.automatic && i.outcome === "entitled")).toBe(true);

    // Paging walks every row once.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await worker.get<Radar>(`/api/rights/radar?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.body.items.map((i) => `${i.rightId}/${i.personId}`));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(mine.body.items.map((i) => `${i.rightId}/${i.personId}`));

    const csv = await worker.raw("GET", "/api/rights/radar.csv?scope=mine&language=en");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    // (fetch's text() drops the byte order mark; rights-csv.test.ts checks it is sent.)
    const text = String(csv.body.text);
    expect(text.startsWith("person,right,outcome,automatic,take-up,checked at\r\n")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toMatch(/(^|\n|,)"?=HYPERLINK/);

    await worker.put(`/api/persons/${personId}/rights/verhoogde-tegemoetkoming/take-up`, { status: "granted" });
    const after = await worker.get<Radar>("/api/rights/radar?right=verhoogde-tegemoetkoming");
    expect(after.body.items.map((i) => i.personId)).not.toContain(personId);

    // Scopes by role: a worker has no team radar; a coordinator sees the team's; an admin counts the organisation.
    expect((await worker.get("/api/rights/radar?scope=team")).status).toBe(403);
    const coordinator = await loggedIn(server.url, org.coordinator.email, PASSWORD);
    const team = await coordinator.get<Radar>("/api/rights/radar?scope=team");
    expect(team.body.items.map((i) => i.personId)).toContain(second.body.id);
    // A person of the other team is counted in the organisation's figures but not listed for this coordinator.
    const otherTeam = await loggedIn(server.url, org.otherTeamWorker.email, PASSWORD);
    const elsewhere = await otherTeam.post<{ id: string }>("/api/persons", { displayName: "Ander Team" });
    await otherTeam.put(`/api/persons/${elsewhere.body.id}/rights/situation`, { situation: IGO_ALONE, expectedVersion: null });
    const wide = await coordinator.get<Radar>("/api/rights/radar?scope=organisation&right=verhoogde-tegemoetkoming");
    expect(wide.body.items.map((i) => i.personId)).not.toContain(elsewhere.body.id);
    expect(wide.body.counts[0]?.automaticNotGranted).toBe(1 + ((await coordinator.get<Radar>("/api/rights/radar?scope=team&right=verhoogde-tegemoetkoming")).body.counts[0]?.automaticNotGranted ?? 0));
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const organisation = await admin.get<Radar>("/api/rights/radar?scope=organisation");
    expect(organisation.body.counts.reduce((n, c) => n + c.entitled + c.maybe, 0)).toBeGreaterThan(0);
    expect(organisation.body.items).toEqual([]);
  });

  it("checks the rights that have figures at an early date and names the ones that do not", async () => {
    const { worker } = await workerWithPerson(server, "Vroeg Persoon");
    const early = await worker.post<CheckReport & { unavailable: Array<{ id: string; parameter: string; firstFrom: string }> }>("/api/rights/check", { situation: IGO_ALONE, date: "2023-02-01" });
    expect(early.status).toBe(200);
    expect(right(early.body, "verhoogde-tegemoetkoming")?.outcome).toBe("entitled");
    expect(early.body.unavailable).toEqual([expect.objectContaining({ id: "groeipakket-sociale-toeslag", firstFrom: "2023-04-01" })]);
    const asked = await worker.post<ErrorBody>("/api/rights/check", { situation: IGO_ALONE, date: "2023-02-01", rights: ["groeipakket-sociale-toeslag"] });
    expect(asked.body.error.fields?.[0]).toMatchObject({ path: "body.date", code: "parameter_without_value" });
  });

  it("a stored situation that no longer fits the format is shown with its problems and never checked as empty", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Oud Formaat");
    await worker.put(`/api/persons/${personId}/rights/situation`, { situation: IGO_ALONE, expectedVersion: null });
    await server.services.db.updateTable("rights_situation").set({ situation: JSON.stringify({ ...IGO_ALONE, person: { ...IGO_ALONE.person, shoeSize: 43 } }) }).where("organisation_id", "=", org.id).where("person_id", "=", personId).execute();
    const view = await worker.get<PersonRights & { situation: { problems?: Array<{ path: string }> } }>(`/api/persons/${personId}/rights`);
    expect(view.body.situation?.problems?.[0]?.path).toBe("situation.person");
    expect((view.body.situation?.situation as { person?: { shoeSize?: number } }).person?.shoeSize).toBe(43);
    const again = await worker.post<ErrorBody>(`/api/persons/${personId}/rights/check`, {});
    expect(again.status).toBe(422);
    await server.services.db.updateTable("rights_check").set({ pack_fingerprint: "older" }).where("organisation_id", "=", org.id).where("person_id", "=", personId).execute();
    expect(await recheckStale(server.services, org.id)).toBe(0);
    expect(right((await worker.get<PersonRights>(`/api/persons/${personId}/rights`)).body.check, "verhoogde-tegemoetkoming")?.outcome).toBe("entitled");
  });

  it("a change of the packs or of a parameter makes a check stale, and the re-check job brings it up to date", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Herbekeken Persoon");
    await worker.put(`/api/persons/${personId}/rights/situation`, { situation: IGO_ALONE, expectedVersion: null });
    const { db } = server.services;
    await db.updateTable("rights_check").set({ pack_fingerprint: "an-older-pack" }).where("organisation_id", "=", org.id).where("person_id", "=", personId).execute();
    expect((await worker.get<PersonRights>(`/api/persons/${personId}/rights`)).body.check?.stale).toBe(true);
    expect(await recheckStale(server.services, org.id)).toBe(1);
    const fresh = (await worker.get<PersonRights>(`/api/persons/${personId}/rights`)).body.check;
    expect(fresh).toMatchObject({ stale: false, trigger: "recheck" });
    // A check dated before the newest parameter value is stale too.
    await db.updateTable("rights_check").set({ check_date: "2023-01-01" }).where("organisation_id", "=", org.id).where("person_id", "=", personId).execute();
    expect((await worker.get<PersonRights>(`/api/persons/${personId}/rights`)).body.check?.stale).toBe(true);
    expect(await recheckStale(server.services, org.id)).toBe(1);
    expect(await recheckStale(server.services, org.id)).toBe(0);
  });
});
