import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY } from "@nabij/domain";
import { portalClient, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PERSON_PASSWORD, personInPortal, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

type Item = { id: string; title: string; ownWords: string | null; raisedBy: string; status: string; position: number; version: number };
type ErrorBody = { error: { code: string; message: string; fields?: Array<{ path: string; code: string }> } };

/** An error answer without its request id, to compare two answers. */
const withoutRequestId = (body: ErrorBody): unknown => ({ ...body.error, requestId: undefined });

describe.each(DIALECTS)("the person's portal on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());

  async function invite(worker: Client, personId: string): Promise<string> {
    const answer = await worker.post<{ code: string; expiresAt: string; activateUrl: string }>(`/api/persons/${personId}/portal-invitations`);
    expect(answer.status).toBe(201);
    expect(answer.body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(answer.body.activateUrl).toMatch(/\/portal\/activate$/);
    return answer.body.code;
  }

  it("a worker invites, the person activates with the code once and sees only themself", async () => {
    const { worker, personId } = await workerWithPerson(server, "Portal Persoon");
    const code = await invite(worker, personId);
    expect((await worker.get<{ account: null; invitation: { expiresAt: string } }>(`/api/persons/${personId}/portal`)).body).toMatchObject({ account: null, invitation: { expiresAt: expect.any(String) } });

    const person = portalClient(server.url);
    const login = `fatima-${randomUUID().slice(0, 6)}`;
    // Lower case and without dashes the code still works: people type it as they read it.
    const activated = await person.post<{ person: { displayName: string; login: string }; csrfToken: string }>("/api/portal/activate", { code: code.toLowerCase().replace(/-/g, " "), login, password: PERSON_PASSWORD });
    expect(activated.status).toBe(201);
    expect(activated.body.person).toMatchObject({ displayName: "Portal Persoon", login });
    person.csrfToken = activated.body.csrfToken;
    expect((await person.get<{ person: { displayName: string } }>("/api/portal/session")).body.person.displayName).toBe("Portal Persoon");

    const status = await worker.get<{ account: { login: string; status: string }; invitation: null }>(`/api/persons/${personId}/portal`);
    expect(status.body).toMatchObject({ account: { login, status: "active" }, invitation: null });

    // The same code again, an unknown code and an expired code get one and the same answer.
    const again = await portalClient(server.url).post<ErrorBody>("/api/portal/activate", { code, login: `x-${randomUUID().slice(0, 6)}`, password: PERSON_PASSWORD });
    const unknown = await portalClient(server.url).post<ErrorBody>("/api/portal/activate", { code: "AAAA-BBBB-CCCC", login: `y-${randomUUID().slice(0, 6)}`, password: PERSON_PASSWORD });
    expect(again.status).toBe(400);
    expect(again.body.error.fields).toEqual([{ path: "body.code", code: "invalid_invitation", message: expect.any(String) }]);
    expect(withoutRequestId(unknown.body)).toEqual(withoutRequestId(again.body));
  });

  it("an expired code is refused like an unknown one, and a new code replaces an unused one", async () => {
    const { worker, personId } = await workerWithPerson(server, "Verlopen Code");
    const first = await invite(worker, personId);
    const second = await invite(worker, personId);
    const replaced = await portalClient(server.url).post<ErrorBody>("/api/portal/activate", { code: first, login: `r-${randomUUID().slice(0, 6)}`, password: PERSON_PASSWORD });
    expect(replaced.body.error.fields?.[0]?.code).toBe("invalid_invitation");
    server.clock.advance(8 * DAY);
    try {
      const expired = await portalClient(server.url).post<ErrorBody>("/api/portal/activate", { code: second, login: `e-${randomUUID().slice(0, 6)}`, password: PERSON_PASSWORD });
      expect(expired.status).toBe(400);
      expect(expired.body.error.fields?.[0]?.code).toBe("invalid_invitation");
    } finally {
      server.clock.advance(-8 * DAY);
    }
  });

  it("refuses a common password or a taken login name and changes nothing: the code still works", async () => {
    const { worker, personId } = await workerWithPerson(server, "Zwak Wachtwoord");
    const code = await invite(worker, personId);
    const person = portalClient(server.url);
    for (const password of ["password", "azertyuiop", "Zwak Wachtwoord"]) {
      const weak = await person.post<ErrorBody>("/api/portal/activate", { code, login: `zw-${randomUUID().slice(0, 6)}`, password });
      expect(weak.status, password).toBe(400);
      expect(weak.body.error.fields?.map((f) => f.code), password).toEqual(["password_too_common"]);
    }
    const short = await person.post<ErrorBody>("/api/portal/activate", { code, login: `zw-${randomUUID().slice(0, 6)}`, password: "kort" });
    expect(short.body.error.fields?.[0]?.path).toBe("body.password");

    const other = await workerWithPerson(server, "Andere Persoon");
    const taken = `taken-${randomUUID().slice(0, 6)}`;
    await personInPortal(server, other.worker, other.personId, taken);
    const clash = await person.post<ErrorBody>("/api/portal/activate", { code, login: taken.toUpperCase(), password: PERSON_PASSWORD });
    expect(clash.status).toBe(409);
    expect(clash.body.error.fields?.[0]).toMatchObject({ path: "body.login", code: "login_taken" });

    const works = await person.post("/api/portal/activate", { code, login: `zw-${randomUUID().slice(0, 6)}`, password: PERSON_PASSWORD });
    expect(works.status).toBe(201);
  });

  it("logs in and out with the login name; a wrong password gets a 401 that does not say which part was wrong", async () => {
    const { worker, personId } = await workerWithPerson(server, "Inlog Persoon");
    const login = `inlog-${randomUUID().slice(0, 6)}`;
    await personInPortal(server, worker, personId, login);
    const person = portalClient(server.url);
    await person.session();
    const wrong = await person.post<ErrorBody>("/api/portal/login", { login, password: "not the password" });
    const unknown = await person.post<ErrorBody>("/api/portal/login", { login: `nobody-${randomUUID().slice(0, 6)}`, password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(withoutRequestId(wrong.body)).toEqual(withoutRequestId(unknown.body));
    const ok = await person.post<{ csrfToken: string }>("/api/portal/login", { login: ` ${login.toUpperCase()} `, password: PERSON_PASSWORD });
    expect(ok.status).toBe(200);
    person.csrfToken = ok.body.csrfToken;
    expect((await person.get("/api/portal/me/agenda")).status).toBe(200);
    expect((await person.post("/api/portal/logout")).status).toBe(204);
    expect((await person.get("/api/portal/me/agenda")).status).toBe(401);
  });

  it("the worker ends the access: the person's session stops at once and the login no longer works", async () => {
    const { worker, personId } = await workerWithPerson(server, "Einde Toegang");
    const login = `einde-${randomUUID().slice(0, 6)}`;
    const person = await personInPortal(server, worker, personId, login);
    expect((await worker.post(`/api/persons/${personId}/portal/end`)).status).toBe(204);
    expect((await person.get("/api/portal/me/agenda")).status).toBe(401);
    const again = portalClient(server.url);
    await again.session();
    expect((await again.post("/api/portal/login", { login, password: PERSON_PASSWORD })).status).toBe(401);
    expect((await worker.get<{ account: { status: string; endedBy: string } }>(`/api/persons/${personId}/portal`)).body.account).toMatchObject({ status: "ended", endedBy: "worker" });
  });

  it("gives no new code while the person has access, and ending the access stops the calendar feed the person made", async () => {
    const { worker, personId } = await workerWithPerson(server, "Verloren Telefoon");
    await worker.post(`/api/persons/${personId}/appointments`, { startsAt: new Date(server.clock.now().getTime() + DAY).toISOString(), durationMinutes: 30 });
    const person = await personInPortal(server, worker, personId);
    const again = await worker.post<ErrorBody>(`/api/persons/${personId}/portal-invitations`);
    expect(again.status).toBe(409);
    expect(again.body.error.fields?.[0]?.code).toBe("portal_active");
    const feed = await person.post<{ url: string }>("/api/portal/me/calendar-feed");
    const address = `${server.url}${new URL(feed.body.url).pathname}`;
    expect((await fetch(address)).status).toBe(200);
    expect((await worker.post(`/api/persons/${personId}/portal/end`)).status).toBe(204);
    expect((await fetch(address)).status).toBe(404);
    expect((await worker.post(`/api/persons/${personId}/portal-invitations`)).status).toBe(201);
  });

  it("a code stops working after five refused tries, so it cannot be used to probe login names", async () => {
    const { worker, personId } = await workerWithPerson(server, "Vijf Pogingen");
    const other = await workerWithPerson(server, "Bezet");
    const taken = `bezet-${randomUUID().slice(0, 6)}`;
    await personInPortal(server, other.worker, other.personId, taken);
    const code = await invite(worker, personId);
    const person = portalClient(server.url);
    for (let i = 0; i < 5; i++) {
      expect((await person.post("/api/portal/activate", { code, login: taken, password: PERSON_PASSWORD })).status).toBe(409);
    }
    const burnt = await person.post<ErrorBody>("/api/portal/activate", { code, login: `vrij-${randomUUID().slice(0, 6)}`, password: PERSON_PASSWORD });
    expect(burnt.status).toBe(400);
    expect(burnt.body.error.fields?.[0]?.code).toBe("invalid_invitation");
  });

  it("the person ends their own access", async () => {
    const { worker, personId } = await workerWithPerson(server, "Zelf Stoppen");
    const person = await personInPortal(server, worker, personId);
    expect((await person.post("/api/portal/me/end-access")).status).toBe(204);
    expect((await person.get("/api/portal/me/agenda")).status).toBe(401);
    expect((await worker.get<{ account: { endedBy: string } }>(`/api/persons/${personId}/portal`)).body.account.endedBy).toBe("person");
  });

  it("the person adds a wish, reorders and marks done; the worker sees it; another person's item is 404", async () => {
    const { worker, personId } = await workerWithPerson(server, "Agenda Persoon");
    const byWorker = await worker.post<Item>(`/api/persons/${personId}/agenda`, { title: "Werk zoeken", raisedBy: "worker" });
    const person = await personInPortal(server, worker, personId);
    const wish = await person.post<Item>("/api/portal/me/agenda", { title: "Mijn schulden afbetalen" });
    expect(wish.status).toBe(201);
    expect(wish.body).toMatchObject({ title: "Mijn schulden afbetalen", ownWords: "Mijn schulden afbetalen", raisedBy: "person", status: "open" });

    const order = await person.request<{ items: Item[] }>("PUT", "/api/portal/me/agenda/order", { itemIds: [wish.body.id, byWorker.body.id] });
    expect(order.body.items.map((i) => i.title)).toEqual(["Mijn schulden afbetalen", "Werk zoeken"]);
    const done = await person.patch<Item>(`/api/portal/me/agenda/${byWorker.body.id}`, { status: "done", version: byWorker.body.version });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("done");

    const seen = await worker.get<{ items: Array<Item & { createdBy: string }> }>(`/api/persons/${personId}/agenda`);
    expect(seen.body.items.map((i) => [i.title, i.raisedBy, i.status])).toEqual([
      ["Mijn schulden afbetalen", "person", "open"],
      ["Werk zoeken", "worker", "done"],
    ]);
    expect(seen.body.items[0]?.createdBy).toBe(`person:${personId}`);
    const history = await worker.get<{ items: Array<{ changes: Record<string, unknown> }> }>(`/api/agenda/${byWorker.body.id}/history`);
    expect(history.body.items[0]?.changes).toEqual({ status: { from: "open", to: "done" } });

    // Another person's item does not exist for this person, and changes nothing.
    const other = await workerWithPerson(server, "Ander");
    const foreign = await other.worker.post<Item>(`/api/persons/${other.personId}/agenda`, { title: "Privé", raisedBy: "worker" });
    expect((await person.patch(`/api/portal/me/agenda/${foreign.body.id}`, { status: "done", version: 1 })).status).toBe(404);
    expect((await person.request("PUT", "/api/portal/me/agenda/order", { itemIds: [wish.body.id, byWorker.body.id, foreign.body.id] })).status).toBe(409);
    expect((await other.worker.get<{ items: Item[] }>(`/api/persons/${other.personId}/agenda`)).body.items[0]?.status).toBe("open");
  });

  it("a person's session never reaches a worker endpoint, and a worker's never a person's", async () => {
    const { worker, personId } = await workerWithPerson(server, "Twee Werelden");
    const person = await personInPortal(server, worker, personId);
    const routes = server.app.registeredRoutes.filter((r) => r.url.startsWith("/api/"));
    const path = (url: string): string => url.replace(/:[A-Za-z]+/g, personId);
    let checked = 0;
    for (const route of routes.filter((r) => ["user", "coordinator", "admin"].includes(r.permission))) {
      const answer = await person.request(route.method, path(route.url), route.method === "GET" || route.method === "DELETE" ? undefined : {});
      expect(answer.status, `${route.method} ${route.url}`).toBe(401);
      checked += 1;
    }
    for (const route of routes.filter((r) => r.permission === "person")) {
      const answer = await worker.request(route.method, path(route.url), route.method === "GET" || route.method === "DELETE" ? undefined : {});
      expect(answer.status, `${route.method} ${route.url}`).toBe(401);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("appointments: the person sees theirs, asks to move one, and the worker sees the request until it is moved", async () => {
    const { worker, personId } = await workerWithPerson(server, "Afspraak Persoon");
    const startsAt = new Date(server.clock.now().getTime() + 3 * DAY).toISOString();
    const planned = await worker.post<{ id: string; version: number }>(`/api/persons/${personId}/appointments`, { startsAt, durationMinutes: 45 });
    expect(planned.status).toBe(201);
    const person = await personInPortal(server, worker, personId);
    const mine = await person.get<{ items: Array<{ id: string; workers: string[]; moveRequest: null }> }>("/api/portal/me/appointments");
    expect(mine.body.items).toEqual([expect.objectContaining({ id: planned.body.id, startsAt, durationMinutes: 45, moveRequest: null })]);
    expect(mine.body.items[0]?.workers).toHaveLength(1);

    const asked = await person.post(`/api/portal/me/appointments/${planned.body.id}/move-request`, { message: "Dinsdag moet ik naar de dokter" });
    expect(asked.status).toBe(201);
    const forWorker = await worker.get<Array<{ moveRequest: { message: string } | null }> | { items: Array<{ moveRequest: { message: string } | null }> }>(`/api/persons/${personId}/appointments`);
    const items = Array.isArray(forWorker.body) ? forWorker.body : forWorker.body.items;
    expect(items[0]?.moveRequest?.message).toBe("Dinsdag moet ik naar de dokter");

    const moved = await worker.patch(`/api/appointments/${planned.body.id}`, { startsAt: new Date(server.clock.now().getTime() + 5 * DAY).toISOString(), reason: "Op vraag van de persoon", version: planned.body.version });
    expect(moved.status).toBe(200);
    expect((await person.get<{ items: Array<{ moveRequest: unknown }> }>("/api/portal/me/appointments")).body.items[0]?.moveRequest).toBeNull();

    const other = await workerWithPerson(server, "Ander");
    const foreign = await other.worker.post<{ id: string }>(`/api/persons/${other.personId}/appointments`, { startsAt, durationMinutes: 30 });
    expect((await person.post(`/api/portal/me/appointments/${foreign.body.id}/move-request`, { message: "mag ik?" })).status).toBe(404);
  });

  it("the person subscribes their phone's calendar; a new feed stops the old one", async () => {
    const { worker, personId } = await workerWithPerson(server, "Kalender Persoon");
    await worker.post(`/api/persons/${personId}/appointments`, { startsAt: new Date(server.clock.now().getTime() + DAY).toISOString(), durationMinutes: 30 });
    const person = await personInPortal(server, worker, personId);
    const first = await person.post<{ url: string }>("/api/portal/me/calendar-feed");
    expect(first.status).toBe(201);
    const local = (url: string): string => `${server.url}${new URL(url).pathname}`;
    const feed = await fetch(local(first.body.url));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VEVENT");
    const second = await person.post<{ url: string }>("/api/portal/me/calendar-feed");
    expect((await fetch(local(first.body.url))).status).toBe(404);
    expect((await fetch(local(second.body.url))).status).toBe(200);
    expect((await person.delete("/api/portal/me/calendar-feed")).status).toBe(204);
    expect((await fetch(local(second.body.url))).status).toBe(404);
  });

  it("what we agreed: agreements and shared notes; private notes only as a count when the organisation chooses so", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Afspraken Persoon");
    const item = await worker.post<Item>(`/api/persons/${personId}/agenda`, { title: "Huur op tijd betalen", raisedBy: "worker", status: "agreed" });
    expect(item.status).toBe(201);
    const at = server.clock.now().toISOString();
    expect((await worker.post("/api/encounters", { startedAt: at, placeType: "home", personIds: [personId], note: "We spraken af: elke maand samen de post bekijken.", noteShared: true })).status).toBe(201);
    expect((await worker.post("/api/encounters", { startedAt: at, placeType: "home", personIds: [personId], note: "Privé werknotitie" })).status).toBe(201);
    const person = await personInPortal(server, worker, personId);

    const agreed = await person.get<{ agreements: Array<{ title: string }>; notes: Array<{ note: string; workerName: string }>; privateNotes: number | null }>("/api/portal/me/agreed");
    expect(agreed.body.agreements.map((a) => a.title)).toEqual(["Huur op tijd betalen"]);
    expect(agreed.body.notes.map((n) => n.note)).toEqual(["We spraken af: elke maand samen de post bekijken."]);
    expect(agreed.body.notes[0]?.workerName).toMatch(/^worker /);
    expect(agreed.body.privateNotes).toBeNull();
    expect(JSON.stringify(agreed.body)).not.toContain("Privé werknotitie");

    const admin = await (await import("../support/client.ts")).loggedIn(server.url, org.admin.email, "correct horse battery staple");
    const organisation = await admin.get<{ version: number }>("/api/admin/organisation");
    expect((await admin.patch("/api/admin/organisation", { portalShowsPrivateNotes: true, version: organisation.body.version })).status).toBe(200);
    expect((await person.get<{ privateNotes: number }>("/api/portal/me/agreed")).body.privateNotes).toBe(1);

    // A note about several persons is never shared with one of them.
    const second = await worker.post<{ id: string }>("/api/persons", { displayName: "Tweede" });
    const both = await worker.post<ErrorBody>("/api/encounters", { startedAt: at, placeType: "home", personIds: [personId, second.body.id], note: "Over beiden", noteShared: true });
    expect(both.status).toBe(400);
    expect(both.body.error.fields?.[0]).toMatchObject({ path: "body.noteShared", code: "share_needs_one_person" });
  });

  it("who looked at my file: workers by name and organisation, my own changes as 'you', background work summarised", async () => {
    const { worker, personId } = await workerWithPerson(server, "Logboek Persoon");
    await worker.post(`/api/persons/${personId}/appointments`, { startsAt: new Date(server.clock.now().getTime() + DAY).toISOString(), durationMinutes: 30 });
    const person = await personInPortal(server, worker, personId);
    await person.post("/api/portal/me/agenda", { title: "Een wens" });
    await person.get("/api/portal/me/agenda"); // the person looks at their own page
    await worker.get(`/api/persons/${personId}/agenda`);
    const feed = await person.post<{ url: string }>("/api/portal/me/calendar-feed");
    await fetch(`${server.url}${new URL(feed.body.url).pathname}`);

    const log = await person.get<{ items: Array<{ who: { kind: string; name: string | null; organisationName: string | null; role: string | null }; access: string; what: string; basis: string | null; via: string | null }>; system: { count: number }; ownReads: { count: number } }>("/api/portal/me/access-log?limit=100");
    expect(log.status).toBe(200);
    const looked = log.body.items.find((e) => e.who.kind === "worker" && e.what === "agenda" && e.access === "looked");
    expect(looked).toMatchObject({ who: { name: expect.stringMatching(/^worker /), organisationName: expect.stringMatching(/^Test organisation/), role: "worker" }, basis: "involvement" });
    expect(log.body.items.some((e) => e.who.kind === "you" && e.what === "agenda" && e.access === "changed")).toBe(true);
    expect(log.body.items.some((e) => e.who.kind === "worker" && e.what === "portal" && e.access === "changed")).toBe(true); // the invitation
    // The person's phone fetched the person's feed: that is the person's own access, through a calendar.
    expect(log.body.items).toContainEqual(expect.objectContaining({ who: expect.objectContaining({ kind: "you" }), via: "calendar", access: "looked" }));
    expect(log.body.system.count).toBe(0);
    // The person's own looks at their pages are counted, not listed (they would bury the rest).
    expect(log.body.ownReads.count).toBeGreaterThan(0);
    expect(log.body.items.filter((e) => e.who.kind === "you" && e.access === "looked" && e.via !== "calendar")).toEqual([]);

    // A worker's calendar app fetching the worker's feed is that worker's access, by name.
    const workerFeed = await worker.post<{ url: string }>("/api/me/calendar-feeds");
    expect(workerFeed.status).toBe(201);
    await fetch(`${server.url}${new URL(workerFeed.body.url).pathname}`);
    const after = await person.get<{ items: Array<{ who: { kind: string; name: string | null }; via: string | null }> }>("/api/portal/me/access-log?limit=100");
    expect(after.body.items).toContainEqual(expect.objectContaining({ who: expect.objectContaining({ kind: "worker", name: expect.stringMatching(/^worker /) }), via: "calendar" }));

    // Page by page (two at a time) the log is the same as in one go.
    const all = await person.get<{ items: unknown[] }>("/api/portal/me/access-log?limit=100");
    const pages: unknown[] = [];
    let cursor: string | undefined;
    do {
      const page = await person.get<{ items: unknown[]; nextCursor?: string }>(`/api/portal/me/access-log?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    // Reading the log is the person's own look: counted, not listed, so the pages do not shift.
    expect(pages).toEqual(all.body.items);
  });
});
