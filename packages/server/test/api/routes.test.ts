import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.ts";
import { allRoutes } from "../../src/routes.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

describe("routes", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(async () => server.close());

  it("every route of the running server declares its permission", () => {
    const registered = server.app.registeredRoutes;
    expect(registered.length).toBeGreaterThan(20);
    for (const route of registered) expect(["public", "user", "coordinator", "admin", "person"], `${route.method} ${route.url}`).toContain(route.permission);
    for (const route of allRoutes) {
      expect(registered, `${route.method} ${route.url}`).toContainEqual({ method: route.method, url: route.url, permission: route.permission });
    }
  });

  it("the real app refuses a route that declares no permission, and accepts one that does", async () => {
    const app = await buildApp(server.services); // a second instance of the same app, not yet listening
    try {
      expect(() => app.get("/api/unguarded", async () => "oops")).toThrow(/declares no permission/);
      expect(() => app.get("/api/guarded", { config: { permission: "user" } }, async () => "fine")).not.toThrow();
      // The realms never mix: a person's route lives under /api/portal/, and nothing else does.
      expect(() => app.get("/api/persons/:id/secret", { config: { permission: "person" } }, async () => "oops")).toThrow(/does not belong outside/);
      expect(() => app.get("/api/portal/backdoor", { config: { permission: "user" } }, async () => "oops")).toThrow(/does not belong in/);
      expect(() => app.get("/api/portal/fine", { config: { permission: "person" } }, async () => "fine")).not.toThrow();
    } finally {
      await app.close();
    }
  });

  it("serves an OpenAPI 3.1 document with every API route and its permission", async () => {
    const answer = await fetch(`${server.url}/api/openapi.json`);
    const doc = (await answer.json()) as { openapi: string; paths: Record<string, Record<string, { "x-nabij-permission": string }>> };
    expect(doc.openapi).toBe("3.1.0");
    const validation = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    for (const route of allRoutes) {
      const path = route.url.replace(/:([A-Za-z]+)/g, "{$1}");
      expect(doc.paths[path]?.[route.method.toLowerCase()]?.["x-nabij-permission"], `${route.method} ${path}`).toBe(route.permission);
    }
  });

  it("answers health and readiness", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: "ready" });
  });

  it("an unexpected failure is a 500 with a generic message and a request id, never a stack trace", async () => {
    const broken = await startTestServer("sqlite");
    try {
      await broken.store.db.destroy(); // the database goes away under a running server
      const answer = await fetch(`${broken.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json", cookie: "nabij_csrf=t", "x-csrf-token": "t" }, body: JSON.stringify({ email: "a@b.c", password: "whatever" }) });
      expect(answer.status).toBe(500);
      const body = (await answer.json()) as { error: { code: string; message: string; requestId: string } };
      expect(body.error).toEqual({ code: "internal", message: "Something went wrong on our side", requestId: answer.headers.get("x-request-id") });
      expect(JSON.stringify(body)).not.toMatch(/at |\.ts|destroyed/);
      expect((await fetch(`${broken.url}/readyz`)).status).toBe(503);
    } finally {
      await broken.app.close();
    }
  });

  it("answers an unknown API path with the error envelope", async () => {
    const answer = await fetch(`${server.url}/api/nothing-here`);
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
