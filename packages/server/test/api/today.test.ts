import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DAY } from "@nabij/domain";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface Today {
  date: string;
  lapseDays: number;
  lapsedContacts: Array<{ displayName: string; daysSince: number | null }>;
  openAgendaItems: Array<{ title: string; personDisplayName: string; status: string }>;
}

/** Time for relationships and the "today" view, with a clock the test sets. */
describe.each(DIALECTS)("today and relationships on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;
  const at = (daysAgo: number): string => new Date(server.clock.now().getTime() - daysAgo * DAY).toISOString();

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    server.clock.set("2026-11-29T09:00:00.000Z");
    org = await createTestOrganisation(server);
    worker = await loggedIn(server.url, org.worker.email, PASSWORD);
  });

  async function person(name: string): Promise<string> {
    return (await worker.post<{ id: string }>("/api/persons", { displayName: name })).body.id;
  }
  async function meet(personId: string, daysAgo: number, workerIds: string[] = []): Promise<void> {
    expect((await worker.post("/api/encounters", { startedAt: at(daysAgo), placeType: "home", personIds: [personId], workerIds })).status).toBe(201);
  }

  it("shows lapsed contacts beyond the organisation's limit and the open agenda items", async () => {
    server.clock.set("2026-10-01T09:00:00.000Z"); // persons created two months ago
    const recent = await person("Recent Contact");
    const lapsed = await person("Lapsed Contact");
    const never = await person("Never Met");
    server.clock.set("2026-11-29T09:00:00.000Z");
    await meet(recent, 3);
    await meet(lapsed, 40);
    await worker.post(`/api/persons/${recent}/agenda`, { title: "Huurwaarborg", raisedBy: "person" });
    const done = (await worker.post<{ id: string }>(`/api/persons/${recent}/agenda`, { title: "Al geregeld", raisedBy: "person", status: "in_progress" })).body.id;
    await worker.patch(`/api/agenda/${done}`, { status: "done", version: 1 });
    await worker.post(`/api/persons/${never}/agenda`, { title: "Kennismaken", raisedBy: "worker" });

    const today = await worker.get<Today>("/api/me/today");
    expect(today.status).toBe(200);
    expect(today.body.date).toBe("2026-11-29");
    expect(today.body.lapseDays).toBe(30);
    expect(today.body.lapsedContacts).toEqual([
      { personId: never, displayName: "Never Met", lastContactAt: null, daysSince: null },
      { personId: lapsed, displayName: "Lapsed Contact", lastContactAt: at(40), daysSince: 40 },
    ]);
    expect(today.body.openAgendaItems.map((i) => `${i.personDisplayName}: ${i.title}`)).toEqual(["Never Met: Kennismaken", "Recent Contact: Huurwaarborg"]);

    // My appointments of the Belgian day (09:00 UTC is 10:00 in Brussels), not tomorrow's.
    await worker.post(`/api/persons/${recent}/appointments`, { startsAt: "2026-11-29T13:00:00Z", place: "Buurthuis" });
    await worker.post(`/api/persons/${lapsed}/appointments`, { startsAt: "2026-11-29T22:30:00Z" }); // 23:30 in Brussels
    await worker.post(`/api/persons/${recent}/appointments`, { startsAt: "2026-11-29T23:30:00Z" }); // tomorrow in Brussels
    const withAppointments = await worker.get<Today & { appointments: Array<{ personDisplayName: string; startsAt: string }> }>("/api/me/today");
    expect(withAppointments.body.appointments.map((a) => `${a.startsAt} ${a.personDisplayName}`)).toEqual(["2026-11-29T13:00:00.000Z Recent Contact", "2026-11-29T22:30:00.000Z Lapsed Contact"]);

    // Another worker's persons never show up in my today.
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.get<Today>("/api/me/today")).body.lapsedContacts).toEqual([]);
  });

  it("counts contacts in the last 90 days and the workers who were there", async () => {
    const id = await person("Jos");
    await meet(id, 100);
    await meet(id, 50, [org.colleague.id]);
    await meet(id, 10, [org.colleague.id]);
    await meet(id, 1);
    const relationship = await worker.get<{ lastContactAt: string; contactsLast90Days: number; trustedWorkers: Array<{ id: string; encounters: number }> }>(`/api/persons/${id}/relationship`);
    expect(relationship.body.lastContactAt).toBe(at(1));
    expect(relationship.body.contactsLast90Days).toBe(3);
    expect(relationship.body.trustedWorkers.map((w) => [w.id, w.encounters])).toEqual([
      [org.worker.id, 3],
      [org.colleague.id, 2],
    ]);
    const outsider = await loggedIn(server.url, org.otherTeamWorker.email, PASSWORD);
    expect((await outsider.get(`/api/persons/${id}/relationship`)).status).toBe(404);
  });

  it("shows a coordinator, per worker of their team, lapsed persons and minutes in encounters per week", async () => {
    server.clock.set("2026-10-01T09:00:00.000Z");
    await person("Lapsed");
    const met = await person("Met");
    server.clock.set("2026-11-29T09:00:00.000Z"); // a Sunday
    await worker.post("/api/encounters", { startedAt: "2026-11-24T10:00:00Z", placeType: "home", durationMinutes: 45, personIds: [met] });
    await worker.post("/api/encounters", { startedAt: "2026-11-28T10:00:00Z", placeType: "street", durationMinutes: 30, workerIds: [org.colleague.id] });
    await worker.post("/api/encounters", { startedAt: "2026-11-18T10:00:00Z", placeType: "phone", durationMinutes: 15 });
    const coordinator = await loggedIn(server.url, org.coordinator.email, PASSWORD);
    const view = await coordinator.get<{ weeks: string[]; workers: Array<{ userId: string; persons: number; lapsedPersons: number; encounterMinutesPerWeek: number[] }> }>(`/api/teams/${org.teamA}/relationships?weeks=2`);
    expect(view.status).toBe(200);
    expect(view.body.weeks).toEqual(["2026-11-16", "2026-11-23"]);
    const byUser = new Map(view.body.workers.map((w) => [w.userId, w]));
    expect(byUser.get(org.worker.id)).toMatchObject({ persons: 2, lapsedPersons: 1, encounterMinutesPerWeek: [15, 75] });
    expect(byUser.get(org.colleague.id)).toMatchObject({ persons: 0, lapsedPersons: 0, encounterMinutesPerWeek: [0, 30] });
    expect(JSON.stringify(view.body)).not.toContain("Lapsed");
    expect((await coordinator.get(`/api/teams/${org.teamB}/relationships`)).status).toBe(404);
    expect((await worker.get(`/api/teams/${org.teamA}/relationships`)).status).toBe(403);
  });
});
