import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeInsz } from "@nabij/domain";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, type TestOrganisation, type TestServer } from "../support/test-server.ts";

interface Person {
  id: string;
  displayName: string;
  insz: string | null;
  version: number;
  languages: string[];
}
interface AuditItem {
  action: string;
  actorId: string;
  basis: string;
  personId: string;
}

describe.each(DIALECTS)("persons on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    org = await createTestOrganisation(server);
    worker = await loggedIn(server.url, org.worker.email, PASSWORD);
  });

  async function countPersons(): Promise<number> {
    const rows = await server.services.db.selectFrom("person").select("id").where("organisation_id", "=", org.id).execute();
    return rows.length;
  }

  it("creates a person from a display name alone, and with every optional field", async () => {
    const minimal = await worker.post<Person>("/api/persons", { displayName: "De Muzikant" });
    expect(minimal.status).toBe(201);
    expect(minimal.body).toMatchObject({ displayName: "De Muzikant", insz: null, version: 1, languages: [] });
    const full = await worker.post<Person>("/api/persons", {
      displayName: "Youssef",
      legalName: "Youssef El Amrani",
      birthDate: "1984-03-12",
      insz: makeInsz({ year: 1984, month: 3, day: 12 }, 77),
      phone: "0470 12 34 56",
      email: "youssef@example.org",
      languages: ["ar", "nl"],
      contactPreference: "sms",
    });
    expect(full.status).toBe(201);
    expect(full.body).toMatchObject({ legalName: "Youssef El Amrani", languages: ["ar", "nl"], insz: makeInsz({ year: 1984, month: 3, day: 12 }, 77) });
  });

  it("searches the caseload by folded name and pages with a cursor", async () => {
    for (const name of ["Josée Lambert", "José Garcia", "Zeynep Kaya", "Aïcha Benali", "Anna Jose"]) await worker.post("/api/persons", { displayName: name });
    const found = await worker.get<{ items: Person[] }>("/api/persons?q=JOSE");
    expect(found.body.items.map((p) => p.displayName)).toEqual(["Anna Jose", "José Garcia", "Josée Lambert"]);
    const first = await worker.get<{ items: Person[]; nextCursor?: string }>("/api/persons?limit=2");
    expect(first.body.items.map((p) => p.displayName)).toEqual(["Aïcha Benali", "Anna Jose"]);
    const second = await worker.get<{ items: Person[]; nextCursor?: string }>(`/api/persons?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((p) => p.displayName)).toEqual(["José Garcia", "Josée Lambert"]);
    const third = await worker.get<{ items: Person[]; nextCursor?: string }>(`/api/persons?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.items.map((p) => p.displayName)).toEqual(["Zeynep Kaya"]);
    expect(third.body.nextCursor).toBeUndefined();
  });

  it("matches %, _ and \\ in a search literally", async () => {
    for (const name of ["Kamer 50% korting", "Kamer 500", "a_b", "axb", "back\\slash"]) await worker.post("/api/persons", { displayName: name });
    const names = async (q: string) => (await worker.get<{ items: Person[] }>(`/api/persons?q=${encodeURIComponent(q)}`)).body.items.map((p) => p.displayName);
    expect(await names("50%")).toEqual(["Kamer 50% korting"]);
    expect(await names("a_b")).toEqual(["a_b"]);
    expect(await names("k\\s")).toEqual(["back\\slash"]);
  });

  it("refuses a wrong INSZ with a field error, and writes nothing", async () => {
    const answer = await worker.post("/api/persons", { displayName: "X", insz: "85073003329" });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: "validation_failed", fields: [{ path: "body.insz", code: "insz_checksum" }] } });
    expect(await countPersons()).toBe(0);
  });

  it("refuses a second person with the same INSZ in the organisation (409)", async () => {
    const insz = makeInsz({ year: 2001, month: 5, day: 6 }, 12);
    expect((await worker.post("/api/persons", { displayName: "A", insz })).status).toBe(201);
    const duplicate = await worker.post("/api/persons", { displayName: "B", insz });
    expect(duplicate.status).toBe(409);
    expect(await countPersons()).toBe(1);
  });

  it("updates with the current version and refuses a stale one (409), changing nothing", async () => {
    const created = await worker.post<Person>("/api/persons", { displayName: "Mia", phone: "0470 00 00 00" });
    const updated = await worker.patch<Person>(`/api/persons/${created.body.id}`, { displayName: "Mia V.", version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ displayName: "Mia V.", version: 2 });
    expect((updated.body as unknown as { phone: string }).phone).toBe("0470 00 00 00");
    const stale = await worker.patch(`/api/persons/${created.body.id}`, { displayName: "Overwritten", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "stale_version" } });
    expect((await worker.get<Person>(`/api/persons/${created.body.id}`)).body.displayName).toBe("Mia V.");
    const cleared = await worker.patch<Person>(`/api/persons/${created.body.id}`, { phone: null, version: 2 });
    expect((cleared.body as unknown as { phone: string | null }).phone).toBeNull();
  });

  it("leaves an audit event for every read and write, with ids and codes only", async () => {
    const created = await worker.post<Person>("/api/persons", { displayName: "Secret Name", legalName: "Very Secret" });
    const id = created.body.id;
    const step = async (work: () => Promise<unknown>) => {
      server.clock.advance(1000);
      await work();
    };
    await step(() => worker.get(`/api/persons/${id}`));
    await step(() => worker.patch(`/api/persons/${id}`, { displayName: "Other Name", version: 1 }));
    await step(() => worker.get("/api/persons"));
    await step(() => worker.post("/api/encounters", { startedAt: "2026-11-29T10:00:00Z", placeType: "home", personIds: [id], note: "private words" }));
    await step(() => worker.get(`/api/persons/${id}/encounters`));
    server.clock.advance(1000);
    const trail = await worker.get<{ items: AuditItem[] }>(`/api/persons/${id}/audit`);
    expect(trail.body.items.map((e) => e.action).reverse()).toEqual(["person.create", "person.read", "person.update", "person.list", "encounter.create", "encounter.list"]);
    for (const event of trail.body.items) expect(event).toMatchObject({ actorId: org.worker.id, personId: id });
    const rows = await server.services.db.selectFrom("audit_event").selectAll().where("organisation_id", "=", org.id).execute();
    const text = JSON.stringify(rows);
    for (const secret of ["Secret Name", "Very Secret", "Other Name", "private words"]) expect(text).not.toContain(secret);
    const list = rows.find((r) => r.action === "person.list");
    expect(JSON.parse(list?.person_ids ?? "[]")).toEqual([id]);
    expect(rows.filter((r) => r.person_id === id).every((r) => r.basis === "involvement" && r.request_id)).toBe(true);
  });

  it("answers 404 for an unknown id and 400 for an id that is not a UUID", async () => {
    expect((await worker.get("/api/persons/01a22550-9c7f-7d4b-b054-05ab57fcc847")).status).toBe(404);
    const bad = await worker.get("/api/persons/not-an-id");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: [{ path: "params.id" }] } });
  });
});
