import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mayTransition, REASON_REQUIRED, REFERRAL_STATUSES, type ReferralStatus } from "@nabij/domain";
import { demoSocialMap, DEMO_MAP_ANCHORS } from "../../src/socialmap/demo-map.ts";
import { importSocialMap } from "../../src/socialmap/socialmap-import.ts";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type ErrorBody = { error: { code: string; fields?: Array<{ path: string; code: string }>; details?: { from: string; allowed: string[] } } };
type Step = { seq: number; kind: "status" | "note"; from: ReferralStatus | null; to: ReferralStatus; reason: string | null; barrier: boolean; barrierReason: string | null };
type Referral = {
  id: string;
  status: ReferralStatus;
  version: number;
  next: ReferralStatus[];
  overdue: boolean;
  service: { id: string; name: string | null } | null;
  organisationName: string | null;
  outcomeOwnWords: string | null;
  history?: Step[];
};

describe.each(DIALECTS)("referrals on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  it("refers to a social map service, follows it to access with the person's words, and keeps every step", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Toeleiding Persoon");
    await importSocialMap({ db: server.services.db, dialect: server.services.dialect }, { organisationId: org.id, clock: server.clock }, demoSocialMap());
    const serviceId = DEMO_MAP_ANCHORS.psycholoog.id;
    const created = await worker.post<Referral>("/api/referrals", { personId, serviceId, institutionCategory: "health", reason: "Slaapt slecht sinds de uithuiszetting", shared: "Naam en telefoon", consentGiven: true, handoverNote: "Bel eerst even, ze schrikt van brieven" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "requested", version: 1, service: { id: serviceId, name: DEMO_MAP_ANCHORS.psycholoog.name }, next: ["accepted", "rejected", "cancelled", "entered_in_error"] });
    let version = 1;
    for (const to of ["accepted", "in_progress"] as const) {
      const moved = await worker.post<Referral>(`/api/referrals/${created.body.id}/transitions`, { to, version });
      expect(moved.body.status).toBe(to);
      version = moved.body.version;
    }
    const done = await worker.post<Referral>(`/api/referrals/${created.body.id}/transitions`, { to: "completed", ownWords: "Ik heb nu elke week een gesprek", version });
    expect(done.body).toMatchObject({ status: "completed", outcomeOwnWords: "Ik heb nu elke week een gesprek", next: ["entered_in_error"] });
    expect(done.body.history?.map((s) => `${s.from ?? "-"}>${s.to}`)).toEqual(["->requested", "requested>accepted", "accepted>in_progress", "in_progress>completed"]);
    const listed = await worker.get<{ items: Referral[] }>(`/api/persons/${personId}/referrals`);
    expect(listed.body.items.map((r) => r.id)).toEqual([created.body.id]);
  });

  it("refuses a step the state machine does not allow with 409 and the allowed states, a missing reason with 422, a stale version with 409", async () => {
    const { worker, personId } = await workerWithPerson(server, "Geweigerde Stap");
    const r = await worker.post<Referral>("/api/referrals", { personId, organisationName: "Huurdersbond Demostad", institutionCategory: "housing", reason: "Vochtprobleem", status: "draft" });
    const jump = await worker.post<ErrorBody>(`/api/referrals/${r.body.id}/transitions`, { to: "completed", version: 1 });
    expect(jump.status).toBe(409);
    expect(jump.body.error.details).toEqual({ from: "draft", allowed: ["requested", "entered_in_error"] });
    await worker.post(`/api/referrals/${r.body.id}/transitions`, { to: "requested", version: 1 });
    const noReason = await worker.post<ErrorBody>(`/api/referrals/${r.body.id}/transitions`, { to: "rejected", version: 2 });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.fields?.[0]).toMatchObject({ path: "body.reason", code: "reason_required" });
    expect((await worker.post<ErrorBody>(`/api/referrals/${r.body.id}/transitions`, { to: "accepted", version: 1 })).body.error.code).toBe("stale_version");
    const rejected = await worker.post<Referral>(`/api/referrals/${r.body.id}/transitions`, { to: "rejected", reason: "Niet voor huurders van een sociale woning", barrierReason: "not_eligible", version: 2 });
    expect(rejected.body.history?.at(-1)).toMatchObject({ to: "rejected", reason: "Niet voor huurders van een sociale woning", barrier: true, barrierReason: "not_eligible" });
    const bad = await worker.post<ErrorBody>("/api/referrals", { personId, organisationName: "Ook", institutionCategory: "moon", reason: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path).sort()).toEqual(["body.institutionCategory", "body.reason"]);
    const both = await worker.post<ErrorBody>("/api/referrals", { personId, serviceId: "nope", organisationName: "Ook", institutionCategory: "health", reason: "x", shared: "alles" });
    expect(both.body.error.fields?.map((f) => f.path).sort()).toEqual(["body.consentGiven", "body.serviceId"]);
    const unknownService = await worker.post<ErrorBody>("/api/referrals", { personId, serviceId: "no-such-service", institutionCategory: "health", reason: "x" });
    expect(unknownService.body.error.fields?.[0]).toMatchObject({ path: "body.serviceId", code: "unknown_service" });
  });

  it("every random sequence of steps follows the state machine or is refused without a change, and the history replays to the status", async () => {
    const { worker, personId } = await workerWithPerson(server, "Willekeurige Stappen");
    await fc.assert(
      // Mostly steps the referral may take (so the walk gets past draft), sometimes any status at all.
      fc.asyncProperty(fc.array(fc.record({ to: fc.constantFrom(...REFERRAL_STATUSES), follow: fc.nat({ max: 9 }), reason: fc.boolean() }), { minLength: 1, maxLength: 8 }), async (wanted) => {
        const r = await worker.post<Referral>("/api/referrals", { personId, organisationName: "OCMW Demostad", institutionCategory: "income", reason: "Schulden", status: "draft" });
        let current = r.body;
        for (const w of wanted) {
          const onward = current.next.filter((s) => s !== "entered_in_error");
          const step = { to: w.follow < 7 && onward.length > 0 ? (onward[w.follow % onward.length] as ReferralStatus) : w.to, reason: w.reason };
          const answer = await worker.post<Referral & ErrorBody>(`/api/referrals/${current.id}/transitions`, { to: step.to, version: current.version, ...(step.reason ? { reason: "Een reden" } : {}) });
          const allowed = mayTransition(current.status, step.to) && (!REASON_REQUIRED.includes(step.to) || step.reason);
          if (allowed) {
            expect(answer.status).toBe(200);
            expect(answer.body.status).toBe(step.to);
            current = answer.body;
          } else {
            expect([409, 422]).toContain(answer.status);
            const after = await worker.get<Referral>(`/api/referrals/${current.id}`);
            expect([after.body.status, after.body.version]).toEqual([current.status, current.version]);
          }
        }
        const stored = await worker.get<Referral>(`/api/referrals/${current.id}`);
        const replayed = (stored.body.history ?? []).reduce<ReferralStatus | null>((status, s) => {
          expect(s.from).toBe(status);
          return s.to;
        }, null);
        expect(replayed).toBe(stored.body.status);
      }),
      { seed: 11, numRuns: 25 },
    );
  });

  it("lists referrals waiting too long for a change, only for the persons the worker works with", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Wachtende Toeleiding");
    const r = await worker.post<Referral>("/api/referrals", { personId, organisationName: "VDAB Demostad", institutionCategory: "labour", reason: "Werk zoeken" });
    expect((await worker.get<{ items: Referral[] }>("/api/referrals?overdue=true")).body.items).toEqual([]);
    // Fifteen days without a change (the organisation's follow-up limit is 14).
    await server.services.db.updateTable("referral").set({ status_changed_at: new Date(server.clock.now().getTime() - 15 * 86_400_000).toISOString() }).where("organisation_id", "=", org.id).where("id", "=", r.body.id).execute();
    const overdue = await worker.get<{ items: Array<Referral & { person: { displayName: string } }> }>("/api/referrals?overdue=true");
    expect(overdue.status, JSON.stringify(overdue.body)).toBe(200);
    expect(overdue.body.items.map((i) => [i.id, i.overdue, i.person.displayName])).toEqual([[r.body.id, true, "Wachtende Toeleiding"]]);
    const today = await worker.get<{ referralsToFollowUp: Array<{ id: string; to: string; daysSince: number }>; referralFollowUpDays: number }>("/api/me/today");
    expect(today.body.referralFollowUpDays).toBe(14);
    expect(today.body.referralsToFollowUp).toEqual([expect.objectContaining({ id: r.body.id, to: "VDAB Demostad", daysSince: 15 })]);
    // The organisation's limit is its own: at 30 days, fifteen days is not overdue yet.
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const organisation = await admin.get<{ version: number; referralFollowUpDays: number }>("/api/admin/organisation");
    expect(organisation.body.referralFollowUpDays).toBe(14);
    const patched = await admin.patch<{ referralFollowUpDays: number }>("/api/admin/organisation", { referralFollowUpDays: 30, version: organisation.body.version });
    expect(patched.body.referralFollowUpDays).toBe(30);
    expect((await worker.get<{ items: Referral[] }>("/api/referrals?overdue=true")).body.items).toEqual([]);
    expect((await worker.get<{ referralsToFollowUp: unknown[] }>("/api/me/today")).body.referralsToFollowUp).toEqual([]);
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.get<{ items: Referral[] }>("/api/referrals?overdue=true")).body.items).toEqual([]);
    expect((await colleague.get(`/api/referrals/${r.body.id}`)).status).toBe(404);
    expect((await colleague.post(`/api/referrals/${r.body.id}/transitions`, { to: "accepted", version: 1 })).status).toBe(404);
    const other = await workerWithPerson(server, "Andere Organisatie");
    expect((await other.worker.get(`/api/referrals/${r.body.id}`)).status).toBe(404);
  });

  it("keeps a barrier note without a change of status: the status, its date, the version and the follow-up clock stay", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Drempel Notitie");
    const r = await worker.post<Referral & { statusChangedAt: string }>("/api/referrals", { personId, organisationName: "Huurdersbond Demostad", institutionCategory: "housing", reason: "Huurwaarborg terugkrijgen" });
    const accepted = await worker.post<Referral & { statusChangedAt: string }>(`/api/referrals/${r.body.id}/transitions`, { to: "accepted", version: 1 });
    server.clock.advance(60_000);
    const noted = await worker.post<Referral & { statusChangedAt: string }>(`/api/referrals/${r.body.id}/notes`, { text: "Het loket is alleen open tijdens de werkuren; ze werkt dan", barrier: true, barrierReason: "unreachable" });
    expect(noted.status).toBe(201);
    expect(noted.body).toMatchObject({ status: "accepted", version: accepted.body.version, statusChangedAt: accepted.body.statusChangedAt });
    expect(noted.body.history?.at(-1)).toMatchObject({ kind: "note", from: "accepted", to: "accepted", reason: "Het loket is alleen open tijdens de werkuren; ze werkt dan", barrier: true, barrierReason: "unreachable" });
    expect(noted.body.history?.map((h) => h.kind)).toEqual(["status", "status", "note"]);
    const plain = await worker.post<Referral>(`/api/referrals/${r.body.id}/notes`, { text: "Gebeld, morgen terugbellen" });
    expect(plain.body.history?.at(-1)).toMatchObject({ kind: "note", barrier: false, barrierReason: null });
    // The version the worker saw before the notes still moves the referral on.
    expect((await worker.post<Referral>(`/api/referrals/${r.body.id}/transitions`, { to: "in_progress", version: accepted.body.version })).status).toBe(200);

    const bad = await worker.post<ErrorBody>(`/api/referrals/${r.body.id}/notes`, { text: "Geen drempel", barrierReason: "cost" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: "body.barrierReason", code: "barrier_reason_without_barrier" })]);
    expect((await worker.post<ErrorBody>(`/api/referrals/${r.body.id}/notes`, { text: "  " })).body.error.fields?.[0]?.path).toBe("body.text");
    const timeline = await worker.get<{ items: Array<{ data: { step: string; reason: string | null; barrierReason: string | null } }> }>(`/api/persons/${personId}/timeline?kinds=referral`);
    expect(timeline.body.items.map((i) => i.data.step)).toEqual(["status", "note", "note", "status", "status"]);
    expect(timeline.body.items[2]?.data).toMatchObject({ step: "note", barrierReason: "unreachable" });

    const wrong = await worker.post<Referral>("/api/referrals", { personId, organisationName: "Verkeerd", institutionCategory: "other", reason: "Vergissing" });
    await worker.post(`/api/referrals/${wrong.body.id}/transitions`, { to: "entered_in_error", version: 1 });
    const closed = await worker.post<ErrorBody>(`/api/referrals/${wrong.body.id}/notes`, { text: "Nog iets" });
    expect(closed.status).toBe(409);
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.post(`/api/referrals/${r.body.id}/notes`, { text: "Gekaapt" })).status).toBe(404);
    const after = await worker.get<Referral>(`/api/referrals/${r.body.id}`);
    expect(after.body.history).toHaveLength(5);
  });

  it("reports how referrals end per institution category and per service, counts only, by scope", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Uitkomst Persoon");
    const refer = async (body: Record<string, unknown>) => (await worker.post<Referral>("/api/referrals", { personId, reason: "Toegang", ...body })).body;
    const gp = await refer({ organisationName: "Wijkgezondheidscentrum", institutionCategory: "health" });
    const dentist = await refer({ organisationName: "Tandarts Demostad", institutionCategory: "health" });
    await refer({ organisationName: "VDAB Demostad", institutionCategory: "labour" });
    await server.services.db.updateTable("referral").set({ created_at: new Date(server.clock.now().getTime() - 10 * 86_400_000).toISOString() }).where("organisation_id", "=", org.id).where("id", "=", gp.id).execute();
    await worker.post(`/api/referrals/${gp.id}/transitions`, { to: "accepted", version: 1 });
    await worker.post(`/api/referrals/${gp.id}/transitions`, { to: "completed", ownWords: "Ik heb een huisarts", version: 2 });
    await worker.post(`/api/referrals/${dentist.id}/transitions`, { to: "accepted", version: 1 });
    await worker.post(`/api/referrals/${dentist.id}/transitions`, { to: "failed", reason: "Geen plaats voor nieuwe patiënten", version: 2 });
    type Outcomes = { byCategory: Array<Record<string, unknown>>; byService: Array<Record<string, unknown>> };
    const mine = await worker.get<Outcomes>("/api/referrals/outcomes");
    expect(mine.body.byCategory).toEqual([
      expect.objectContaining({ institutionCategory: "health", referrals: 2, ended: 2, completed: 1, failed: 1, completedShare: 0.5, failedShare: 0.5, medianDaysToAccess: 10 }),
      expect.objectContaining({ institutionCategory: "labour", referrals: 1, ended: 0, open: 1, completedShare: null, medianDaysToAccess: null }),
    ]);
    expect(mine.body.byService.map((s) => s.name)).toEqual(["Tandarts Demostad", "VDAB Demostad", "Wijkgezondheidscentrum"]);
    expect((await worker.get("/api/referrals/outcomes?scope=organisation")).status).toBe(403);
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    expect((await admin.get<Outcomes>("/api/referrals/outcomes?scope=organisation")).body.byCategory.map((c) => c.institutionCategory)).toEqual(["health", "labour"]);
  });
});
