import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MINUTE } from "@nabij/domain";
import { ARGON2_PROFILES, passwordHasher } from "../../src/auth/password.ts";
import { Client, loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, type TestOrganisation, type TestServer } from "../support/test-server.ts";

describe("password hashing", () => {
  it("the production profile meets OWASP's argon2id minimum (m ≥ 19 MiB, t ≥ 2, p = 1)", async () => {
    const owasp = ARGON2_PROFILES.owasp;
    expect(owasp.algorithm).toBe(2); // Argon2id
    expect(owasp.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(owasp.timeCost).toBeGreaterThanOrEqual(2);
    const hasher = passwordHasher("owasp");
    const hash = await hasher.hashPassword("a long enough passphrase");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verifyPassword(hash, "a long enough passphrase")).toBe(true);
    expect(await hasher.verifyPassword(hash, "another passphrase")).toBe(false);
  });
});

describe.each(DIALECTS)("auth on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => server.close());
  beforeEach(async () => {
    server.clock.set("2026-11-29T09:00:00.000Z");
    org = await createTestOrganisation(server);
  });

  it("GET /api/auth/session answers everyone with a CSRF token, and the user once logged in", async () => {
    const client = new Client(server.url);
    const anonymous = await client.session();
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.user).toBeNull();
    expect(anonymous.body.csrfToken).toEqual(expect.any(String));
    const login = await client.login(org.worker.email, PASSWORD);
    expect(login.status).toBe(200);
    expect(login.body.csrfToken).not.toBe(anonymous.body.csrfToken);
    const session = await client.session();
    expect(session.body.user).toMatchObject({ id: org.worker.id, role: "worker", organisationId: org.id });
    expect(session.body.csrfToken).toBe(login.body.csrfToken);
  });

  it("sets an HttpOnly, SameSite=Lax session cookie and a new session id at every login", async () => {
    const client = new Client(server.url);
    await client.session();
    const first = await client.post("/api/auth/login", { email: org.worker.email, password: PASSWORD });
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith("nabij_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // http in tests; Secure when NABIJ_PUBLIC_URL is https
    client.csrfToken = first.body.csrfToken as string;
    const second = await client.post("/api/auth/login", { email: org.worker.email, password: PASSWORD });
    const cookie2 = second.headers.getSetCookie().find((c) => c.startsWith("nabij_session="));
    expect(cookie2?.split(";")[0]).not.toBe(cookie?.split(";")[0]);
  });

  it("marks the cookie Secure when the app is served over https", async () => {
    const secure = await startTestServer(dialect, { NABIJ_PUBLIC_URL: "https://nabij.example.org" });
    try {
      const anonymous = await fetch(`${secure.url}/api/auth/session`);
      const cookie = anonymous.headers.getSetCookie().join(";");
      expect(cookie).toMatch(/^__Host-nabij_csrf=/);
      expect(cookie).toMatch(/Secure/i);
      expect(anonymous.headers.get("strict-transport-security")).toMatch(/max-age/);
    } finally {
      await secure.close();
    }
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    const unknown = await new Client(server.url).login("nobody@test.nabij.be", PASSWORD);
    const wrong = await new Client(server.url).login(org.worker.email, "not the password");
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...(b.error as object), requestId: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
  });

  it("throttles failed logins per account, and lets the right password in after the wait", async () => {
    const client = new Client(server.url);
    for (let i = 0; i < 5; i++) expect((await client.login(org.colleague.email, "wrong")).status).toBe(401);
    expect((await client.login(org.colleague.email, PASSWORD)).status).toBe(429);
    server.clock.advance(16 * MINUTE);
    expect((await client.login(org.colleague.email, PASSWORD)).status).toBe(200);
  });

  it("counts parallel wrong passwords each, so guessing in parallel still locks the account", async () => {
    await Promise.all(Array.from({ length: 12 }, () => new Client(server.url).login(org.colleague.email, "wrong")));
    expect((await new Client(server.url).login(org.colleague.email, PASSWORD)).status).toBe(429);
  });

  it("an account and an unknown address answer the same, also after a lock has expired", async () => {
    const sequence = async (email: string): Promise<number[]> => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await new Client(server.url).login(email, "wrong")).status);
      return statuses;
    };
    const unknown = `nobody-${org.id}@test.nabij.be`;
    const first = [await sequence(org.colleague.email), await sequence(unknown)];
    expect(first[0]).toEqual([401, 401, 401, 401, 401, 429]);
    expect(first[1]).toEqual(first[0]);
    server.clock.advance(16 * MINUTE);
    const second = [await sequence(org.colleague.email), await sequence(unknown)];
    expect(second[1]).toEqual(second[0]);
  });

  it("limits login attempts per client address, whatever the account", async () => {
    const limited = await startTestServer(dialect, { NABIJ_LOGIN_RATE_LIMIT: "3" });
    try {
      const client = new Client(limited.url);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await client.login(`someone-${i}@test.nabij.be`, "wrong")).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it("logout ends the session on the server: the old cookie no longer works", async () => {
    const client = await loggedIn(server.url, org.worker.email, PASSWORD);
    const stolen = new Client(server.url);
    Object.assign(stolen, { cookies: new Map((client as unknown as { cookies: Map<string, string> }).cookies) });
    expect((await stolen.get("/api/persons")).status).toBe(200);
    expect((await client.post("/api/auth/logout")).status).toBe(204);
    expect((await stolen.get("/api/persons")).status).toBe(401);
  });

  it("ends a session after 30 idle minutes, and after 12 hours however active", async () => {
    const idle = await loggedIn(server.url, org.worker.email, PASSWORD);
    server.clock.advance(29 * MINUTE);
    expect((await idle.get("/api/persons")).status).toBe(200);
    server.clock.advance(31 * MINUTE);
    expect((await idle.get("/api/persons")).status).toBe(401);

    const busy = await loggedIn(server.url, org.worker.email, PASSWORD);
    // A request every 20 minutes keeps the session from idling, until 12 hours have passed.
    for (let step = 1; step <= 36; step++) {
      server.clock.advance(20 * MINUTE);
      expect((await busy.get("/api/persons")).status, `after ${step * 20} minutes`).toBe(step * 20 < 12 * 60 ? 200 : 401);
    }
  });

  it("disabling an account ends its sessions and refuses its login", async () => {
    const worker = await loggedIn(server.url, org.worker.email, PASSWORD);
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const users = await admin.get<{ items: Array<{ id: string; version: number }> }>("/api/admin/users");
    const target = users.body.items.find((u) => u.id === org.worker.id);
    const disabled = await admin.patch(`/api/admin/users/${org.worker.id}`, { status: "disabled", version: target?.version });
    expect(disabled.status).toBe(200);
    expect((await worker.get("/api/persons")).status).toBe(401);
    expect((await new Client(server.url).login(org.worker.email, PASSWORD)).status).toBe(401);
  });

  it("refuses a state-changing request without the CSRF token, with a wrong one, or from another origin", async () => {
    const client = await loggedIn(server.url, org.worker.email, PASSWORD);
    const body = JSON.stringify({ displayName: "Nobody" });
    const json = { "content-type": "application/json" };
    const missing = await client.raw("POST", "/api/persons", { body, headers: json });
    expect(missing.status).toBe(403);
    expect((missing.body.error as { code: string }).code).toBe("csrf_failed");
    const wrong = await client.raw("POST", "/api/persons", { body, headers: { ...json, "x-csrf-token": "forged" } });
    expect(wrong.status).toBe(403);
    const foreign = await client.raw("POST", "/api/persons", { body, headers: { ...json, "x-csrf-token": client.csrfToken ?? "", origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect((foreign.body.error as { code: string }).code).toBe("origin_refused");
    const own = await client.raw("POST", "/api/persons", { body, headers: { ...json, "x-csrf-token": client.csrfToken ?? "", origin: "http://localhost:8080" } });
    expect(own.status).toBe(201);
    const list = await client.get<{ items: Array<{ displayName: string }> }>("/api/persons");
    expect(list.body.items.map((p) => p.displayName)).toEqual(["Nobody"]);
  });

  it("the login itself needs the pre-session CSRF token", async () => {
    const client = new Client(server.url);
    const answer = await client.raw("POST", "/api/auth/login", { body: JSON.stringify({ email: org.worker.email, password: PASSWORD }), headers: { "content-type": "application/json" } });
    expect(answer.status).toBe(403);
  });

  it("an invitation no longer opens an account disabled meanwhile; enabled again, it is invited again", async () => {
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const email = `paused-${org.id.slice(-6)}@test.nabij.be`;
    const invite = await admin.post<{ invitationToken: string; user: { id: string; version: number } }>("/api/admin/users", { email, displayName: "Paused", role: "worker" });
    const disabled = await admin.patch<{ version: number; status: string }>(`/api/admin/users/${invite.body.user.id}`, { status: "disabled", version: invite.body.user.version });
    expect(disabled.body.status).toBe("disabled");
    const newcomer = new Client(server.url);
    await newcomer.session();
    expect((await newcomer.post("/api/auth/accept-invitation", { token: invite.body.invitationToken, password: "a good new passphrase" })).status).toBe(400);
    const enabled = await admin.patch<{ status: string }>(`/api/admin/users/${invite.body.user.id}`, { status: "active", version: disabled.body.version });
    expect(enabled.body.status).toBe("invited");
    const accepted = await newcomer.post("/api/auth/accept-invitation", { token: invite.body.invitationToken, password: "a good new passphrase" });
    expect(accepted.status).toBe(200);
    const activation = await server.services.db.selectFrom("audit_event").select(["action", "actor_id"]).where("organisation_id", "=", org.id).where("action", "=", "user.activate").execute();
    expect(activation).toEqual([{ action: "user.activate", actor_id: invite.body.user.id }]);
  });

  it("an invited account sets its password through the invitation, once", async () => {
    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const email = `invited-${org.id.slice(-6)}@test.nabij.be`;
    const invite = await admin.post<{ invitationToken: string; user: { status: string } }>("/api/admin/users", { email, displayName: "New Worker", role: "worker", teamIds: [org.teamA] });
    expect(invite.status).toBe(201);
    expect(invite.body.user.status).toBe("invited");
    expect((await new Client(server.url).login(email, "whatever password")).status).toBe(401);
    const newcomer = new Client(server.url);
    await newcomer.session();
    const short = await newcomer.post("/api/auth/accept-invitation", { token: invite.body.invitationToken, password: "short" });
    expect(short.status).toBe(400);
    const accepted = await newcomer.post<{ user: { email: string } }>("/api/auth/accept-invitation", { token: invite.body.invitationToken, password: "a good new passphrase" });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.email).toBe(email);
    expect((await new Client(server.url).login(email, "a good new passphrase")).status).toBe(200);
    const again = await new Client(server.url).post("/api/auth/accept-invitation", { token: invite.body.invitationToken, password: "another passphrase" });
    expect(again.status).toBe(400);
  });
});
