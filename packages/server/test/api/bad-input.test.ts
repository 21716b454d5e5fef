import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn, type Client } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, type TestOrganisation, type TestServer } from "../support/test-server.ts";

/** Bad input gets a clear 4xx in the error envelope and changes nothing; never a 500. */
describe.each(DIALECTS)("bad input on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;
  let admin: Client;
  let personId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    org = await createTestOrganisation(server);
    worker = await loggedIn(server.url, org.worker.email, PASSWORD);
    admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    personId = (await worker.post<{ id: string }>("/api/persons", { displayName: "Fixture" })).body.id;
  });
  afterAll(async () => server.close());

  async function snapshot(): Promise<string> {
    const db = server.services.db;
    const persons = await db.selectFrom("person").selectAll().where("organisation_id", "=", org.id).orderBy("id").execute();
    const encounters = await db.selectFrom("encounter").select("id").where("organisation_id", "=", org.id).execute();
    const users = await db.selectFrom("user_account").select(["id", "version"]).where("organisation_id", "=", org.id).orderBy("id").execute();
    const teams = await db.selectFrom("team").select(["id", "version"]).where("organisation_id", "=", org.id).orderBy("id").execute();
    return JSON.stringify({ persons, encounters, users, teams });
  }

  function expectEnvelope(answer: { status: number; body: Record<string, unknown> }): void {
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    const error = answer.body.error as { code: string; message: string };
    expect(typeof error.code).toBe("string");
    expect(typeof error.message).toBe("string");
  }

  it("malformed JSON, a wrong content type and an oversized body", async () => {
    const before = await snapshot();
    const headers = { "content-type": "application/json", "x-csrf-token": worker.csrfToken ?? "" };
    const malformed = await worker.raw("POST", "/api/persons", { body: "{\"displayName\": ", headers });
    expect(malformed.status).toBe(400);
    expectEnvelope(malformed);
    const text = await worker.raw("POST", "/api/persons", { body: "displayName=x", headers: { ...headers, "content-type": "text/plain" } });
    expectEnvelope(text);
    const huge = await worker.raw("POST", "/api/persons", { body: JSON.stringify({ displayName: "x".repeat(300_000) }), headers });
    expect(huge.status).toBe(413);
    expectEnvelope(huge);
    expect(await snapshot()).toBe(before);
  });

  it("wrong types, unknown enum values, too-long strings and unknown fields", async () => {
    const before = await snapshot();
    const cases: Array<[string, string, unknown]> = [
      ["POST", "/api/persons", { displayName: 42 }],
      ["POST", "/api/persons", { displayName: "x".repeat(121) }],
      ["POST", "/api/persons", { displayName: "x", contactPreference: "pigeon" }],
      ["POST", "/api/persons", { displayName: "x", isAdmin: true }],
      ["POST", "/api/persons", [1, 2, 3]],
      ["PATCH", `/api/persons/${personId}`, { displayName: "x" }],
      ["PATCH", `/api/persons/${personId}`, { version: "1" }],
      ["POST", "/api/encounters", { startedAt: "2026-13-45T99:00:00Z", placeType: "home" }],
      ["POST", "/api/encounters", { startedAt: "2026-11-29T10:00:00Z", placeType: "home", anonymous: { headCount: 0 } }],
      ["POST", "/api/persons", { displayName: "nul\u0000byte" }],
      ["GET", "/api/persons?q=%00", undefined],
      ["PATCH", `/api/persons/${personId}`, { displayName: "x", version: 2_147_483_648 }],
      ["PATCH", "/api/admin/organisation", { name: "x", version: 3_000_000_000 }],
      ["GET", `/api/persons?cursor=${Buffer.from(JSON.stringify(["a\u0000", "01a22550-9c7f-7d4b-b054-05ab57fcc847"])).toString("base64url")}`, undefined],
      ["GET", `/api/persons/${personId}/audit?cursor=${Buffer.from(JSON.stringify(["2026-11-29T09:00:00.000Z", "abc"])).toString("base64url")}`, undefined],
      ["GET", "/api/persons?limit=100000", undefined],
      ["GET", "/api/persons?cursor=garbage", undefined],
    ];
    for (const [method, path, body] of cases) {
      const client = path.startsWith("/api/admin") ? admin : worker;
      const answer = await client.request(method, path, body);
      expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expectEnvelope(answer);
      expect((answer.body.error as { fields?: unknown[] }).fields?.length, `${method} ${path}`).toBeGreaterThan(0);
    }
    expect(await snapshot()).toBe(before);
  });

  it("property: random JSON bodies on every writing route never cause a 500 or a half-written change", async () => {
    const routes: Array<[Client, string, string]> = [
      [worker, "POST", "/api/persons"],
      [worker, "PATCH", `/api/persons/${personId}`],
      [worker, "POST", "/api/encounters"],
      [worker, "POST", `/api/persons/${personId}/involvements`],
      [admin, "POST", "/api/admin/teams"],
      [admin, "POST", "/api/admin/users"],
      [admin, "PATCH", "/api/admin/organisation"],
      [admin, "POST", "/api/admin/involvements"],
      [worker, "PATCH", "/api/auth/me"],
    ];
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({
        displayName: fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.integer(), fc.constant(null)),
        startedAt: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
        placeType: fc.oneof(fc.constantFrom("home", "street", "moon"), fc.string()),
        personIds: fc.array(fc.oneof(fc.uuid(), fc.string()), { maxLength: 3 }),
        version: fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.string()),
        name: fc.string(),
        insz: fc.oneof(fc.string(), fc.stringMatching(/^\d{11}$/)),
      }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([client, method, path], payload) => {
        const answer = await client.request(method, path, payload);
        expect(answer.status, `${method} ${path} ${JSON.stringify(payload)}`).toBeLessThan(500);
        if (answer.status >= 400) expectEnvelope(answer);
      }),
      { seed: 2026, numRuns: 150 },
    );
  });

  it("a foreign organisation's ids are not found, and nothing changes", async () => {
    const other = await createTestOrganisation(server);
    const foreignWorker = await loggedIn(server.url, other.worker.email, PASSWORD);
    const before = await snapshot();
    expect((await foreignWorker.patch(`/api/persons/${personId}`, { displayName: "Hijack", version: 1 })).status).toBe(404);
    expect((await foreignWorker.post(`/api/persons/${personId}/involvements`, { userId: other.worker.id })).status).toBe(404);
    const foreignAdmin = await loggedIn(server.url, other.admin.email, PASSWORD);
    expect((await foreignAdmin.patch(`/api/admin/users/${org.worker.id}`, { status: "disabled", version: 1 })).status).toBe(404);
    expect((await foreignAdmin.patch(`/api/admin/teams/${org.teamA}`, { name: "Taken", version: 1 })).status).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});
