import ical from "node-ical";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, startTestServer, workerWithPerson, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface Appointment {
  id: string;
  startsAt: string;
  place: string | null;
  status: string;
  sequence: number;
  version: number;
  agendaItemIds: string[];
  workers: Array<{ id: string }>;
}
interface CalendarEvent {
  type: string;
  uid: string;
  sequence: number | string;
  summary: string;
  status?: string;
  location?: string;
  start: Date;
}

function events(ics: string): CalendarEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c) => (c as { type?: string }).type === "VEVENT") as unknown as CalendarEvent[];
}

describe.each(DIALECTS)("appointments and calendar feeds on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;
  let personId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    ({ org, worker, personId } = await workerWithPerson(server, "Mia Vermeulen"));
  });

  const plan = (body: Record<string, unknown>) => worker.post<Appointment>(`/api/persons/${personId}/appointments`, { startsAt: "2026-12-02T09:00:00Z", ...body });
  const fetchFeed = async (url: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(`${server.url}${new URL(url).pathname}`);
    return { status: response.status, text: await response.text() };
  };

  it("plans at the person's home by default, with agenda items and colleagues; moving and cancelling need a reason", async () => {
    const item = (await worker.post<{ id: string }>(`/api/persons/${personId}/agenda`, { title: "Huurcontract", raisedBy: "person" })).body.id;
    const planned = await plan({ agendaItemIds: [item], workerIds: [org.colleague.id] });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({ place: null, status: "planned", sequence: 0, agendaItemIds: [item] });
    expect(planned.body.workers.map((w) => w.id).sort()).toEqual([org.worker.id, org.colleague.id].sort());
    const id = planned.body.id;
    expect((await worker.patch(`/api/appointments/${id}`, { startsAt: "2026-12-03T09:00:00Z", version: 1 })).status).toBe(400);
    const moved = await worker.patch<Appointment>(`/api/appointments/${id}`, { startsAt: "2026-12-03T09:00:00Z", reason: "Mia is ziek", version: 1 });
    expect(moved.body).toMatchObject({ startsAt: "2026-12-03T09:00:00.000Z", sequence: 1, version: 2 });
    expect((await worker.patch(`/api/appointments/${id}`, { status: "cancelled", version: 2 })).status).toBe(400);
    const cancelled = await worker.patch<Appointment>(`/api/appointments/${id}`, { status: "cancelled", reason: "Verhuisd", version: 2 });
    expect(cancelled.body).toMatchObject({ status: "cancelled", sequence: 2 });
    expect((await worker.patch(`/api/appointments/${id}`, { place: "Buurthuis", version: 2 })).status).toBe(409);
    const other = (await worker.post<{ id: string }>("/api/persons", { displayName: "Else" })).body.id;
    const foreignItem = (await worker.post<{ id: string }>(`/api/persons/${other}/agenda`, { title: "x", raisedBy: "worker" })).body.id;
    expect((await plan({ agendaItemIds: [foreignItem] })).status).toBe(400);
  });

  it("keeps free text out of the audit log, keeps someone coming, clears the reason when planned again, refuses odd years", async () => {
    const id = (await plan({})).body.id;
    await worker.patch(`/api/appointments/${id}`, { status: "cancelled", reason: "Mia ligt in het ziekenhuis", version: 1 });
    const events = await server.services.db.selectFrom("audit_event").selectAll().where("organisation_id", "=", org.id).where("entity_id", "=", id).execute();
    expect(events.map((e) => e.action)).toEqual(["appointment.create", "appointment.cancel"]);
    expect(JSON.stringify(events)).not.toContain("ziekenhuis");
    const replanned = await worker.patch<Appointment & { reason: string | null }>(`/api/appointments/${id}`, { status: "planned", version: 2 });
    expect(replanned.body).toMatchObject({ status: "planned", reason: null });
    expect((await worker.patch(`/api/appointments/${id}`, { workerIds: [], version: 3 })).status).toBe(400);
    for (const startsAt of ["9999-12-31T23:59:59-23:59", "0000-01-01T00:00:00+14:00", "1850-01-01T10:00:00Z"]) {
      expect((await plan({ startsAt })).status, startsAt).toBe(400);
    }
  });

  it("serves a worker's feed that an independent parser reads, with stable UIDs, raised SEQUENCE and cancellations", async () => {
    const first = (await plan({})).body;
    const second = (await plan({ startsAt: "2026-12-04T13:00:00Z", place: "Buurthuis De Linde" })).body;
    const created = await worker.post<{ url: string; feed: { id: string } }>("/api/me/calendar-feeds");
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/\/ical\/[^/]+\.ics$/);
    const before = events((await fetchFeed(created.body.url)).text);
    expect(before.map((e) => e.uid).sort()).toEqual([first.id, second.id].sort());
    // Full names stay out of a worker's feed unless the organisation allows them.
    expect(before.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringContaining("M. V.")]));
    expect(before.some((e) => e.summary.includes("Vermeulen"))).toBe(false);
    await worker.patch(`/api/appointments/${first.id}`, { status: "cancelled", reason: "Niet meer nodig", version: 1 });
    const after = events((await fetchFeed(created.body.url)).text);
    const cancelled = after.find((e) => e.uid === first.id);
    expect(cancelled).toMatchObject({ status: "CANCELLED" });
    expect(Number(cancelled?.sequence)).toBe(1);
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    expect(after.find((e) => e.uid === second.id)?.location).toBe("Buurthuis De Linde");

    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const settings = await admin.get<{ version: number }>("/api/admin/organisation");
    await admin.patch("/api/admin/organisation", { calendarFullNames: true, version: settings.body.version });
    expect(events((await fetchFeed(created.body.url)).text).some((e) => e.summary.includes("Mia Vermeulen"))).toBe(true);
  });

  it("a person's feed shows only their appointments; revoked and unknown tokens get a bare 404", async () => {
    await plan({});
    const other = (await worker.post<{ id: string }>("/api/persons", { displayName: "Other Person" })).body.id;
    await worker.post(`/api/persons/${other}/appointments`, { startsAt: "2026-12-05T09:00:00Z" });
    const feed = await worker.post<{ url: string; feed: { id: string } }>(`/api/persons/${personId}/calendar-feeds`);
    const parsed = events((await fetchFeed(feed.body.url)).text);
    expect(parsed).toHaveLength(1);
    expect((await worker.get<{ items: Array<{ id: string }> }>(`/api/persons/${personId}/calendar-feeds`)).body.items.map((f) => f.id)).toEqual([feed.body.feed.id]);
    expect((await worker.delete(`/api/calendar-feeds/${feed.body.feed.id}`)).status).toBe(204);
    const revoked = await fetchFeed(feed.body.url);
    const unknown = await fetchFeed(`${server.url}/ical/${org.id}.not-a-real-token.ics`);
    expect(revoked.status).toBe(404);
    expect(unknown.status).toBe(404);
    const withoutRequestId = (text: string): unknown => ({ ...(JSON.parse(text) as { error: object }).error, requestId: undefined });
    expect(withoutRequestId(revoked.text)).toEqual(withoutRequestId(unknown.text));
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.post(`/api/persons/${personId}/calendar-feeds`)).status).toBe(404);
    expect((await colleague.get(`/api/persons/${personId}/appointments`)).status).toBe(404);
  });

  it("a worker's feed drops a person once the worker no longer works with them, and every fetch is audited", async () => {
    await plan({ workerIds: [org.colleague.id] });
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    const feed = await colleague.post<{ url: string; feed: { id: string } }>("/api/me/calendar-feeds");
    expect(events((await fetchFeed(feed.body.url)).text)).toHaveLength(0); // present, but not involved
    await worker.post(`/api/persons/${personId}/involvements`, { userId: org.colleague.id });
    expect(events((await fetchFeed(feed.body.url)).text)).toHaveLength(1);
    await server.services.audit.flush();
    const reads = await server.services.db.selectFrom("audit_event").select(["actor_kind", "actor_id", "person_ids"]).where("organisation_id", "=", org.id).where("action", "=", "calendar_feed.read").execute();
    expect(reads.at(-1)).toEqual({ actor_kind: "feed", actor_id: feed.body.feed.id, person_ids: JSON.stringify([personId]) });
  });
});
