import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import { AppError } from "@nabij/domain";
import { RequestContext, type Services } from "../access/context.ts";
import { cookieNames, resolveSession } from "../auth/session-store.ts";
import { resolvePortalSession } from "../portal/portal-session.ts";
import { allRoutes } from "../routes.ts";
import { sendError } from "./errors.ts";
import { openApiDocument } from "./openapi.ts";
import { registerRoutes } from "./register.ts";
import { defineRoute, type AnyRoute } from "./route.ts";

export const BODY_LIMIT = 256 * 1024;

/** The person portal's API: its own realm of cookies, sessions and permissions. */
export const isPortalPath = (url: string): boolean => url.startsWith("/api/portal/");

export interface RegisteredRoute {
  method: string;
  url: string;
  permission: string;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route the server registered, with its declared permission (for the route test). */
    registeredRoutes: RegisteredRoute[];
  }
}

/** Serves the built web app; unknown paths get index.html so the client router takes over. */
function webRoutes(webDist: string): AnyRoute[] {
  const hasWeb = existsSync(`${webDist}/index.html`);
  return [
    defineRoute({
      method: "GET",
      url: "/*",
      permission: "public",
      summary: "The web app",
      tags: ["web"],
      handler: async ({ request, reply }) => {
        const path = request.url.split("?")[0] ?? "/";
        if (path.startsWith("/api/") || !hasWeb) throw new AppError("not_found", hasWeb ? "No such endpoint" : "The web app is not built; run npm run build");
        const file = path.slice(1);
        if (file && !file.includes("..") && existsSync(`${webDist}/${file}`) && !file.endsWith("/")) {
          const immutable = file.startsWith("assets/");
          return reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache").sendFile(file);
        }
        return reply.header("cache-control", "no-cache").sendFile("index.html");
      },
    }),
  ];
}

export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
  });

  // Every route must say who may call it: a route without a permission stops the server.
  const registered: RegisteredRoute[] = [];
  app.decorate("registeredRoutes", registered);
  app.addHook("onRoute", (route) => {
    if (route.method === "HEAD" || route.method === "OPTIONS") return;
    const permission = route.config?.permission;
    if (!permission) throw new Error(`Route ${String(route.method)} ${route.url} declares no permission`);
    // The two realms never mix: portal routes are public or for persons, and only they are for persons.
    const portal = isPortalPath(route.url);
    if (portal ? permission !== "public" && permission !== "person" : permission === "person") {
      throw new Error(`Route ${String(route.method)} ${route.url}: permission ${permission} does not belong ${portal ? "in" : "outside"} /api/portal/`);
    }
    registered.push({ method: String(route.method), url: route.url, permission });
  });

  await app.register(cookie);
  await app.register(helmet, {
    hsts: config.publicUrl.startsWith("https://"),
    contentSecurityPolicy: { directives: { "upgrade-insecure-requests": null, "img-src": ["'self'", "data:"] } },
  });
  await app.register(rateLimit, { global: false });
  await app.register(fastifyStatic, { root: config.webDist, serve: false });

  app.decorateRequest("ctx", null as unknown as RequestContext);
  app.decorateRequest("sessionCsrf", undefined);
  const cookies = cookieNames(config);
  app.addHook("onRequest", async (request, reply) => {
    void reply.header("x-request-id", request.id);
    // A portal path reads only the person's cookie, every other path only the worker's.
    const session = isPortalPath(request.url) ? await resolvePortalSession(services, request.cookies[cookies.portalSession]) : await resolveSession(services, request.cookies[cookies.session]);
    request.sessionCsrf = session?.csrfToken;
    request.ctx = new RequestContext(services, session?.actor ?? { kind: "anonymous" }, request.id);
  });

  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => sendError(new AppError("not_found", "No such endpoint"), request, reply));

  const routes = [...allRoutes, ...webRoutes(config.webDist)];
  const openapi: AnyRoute = defineRoute({
    method: "GET",
    url: "/api/openapi.json",
    permission: "public",
    summary: "This document",
    tags: ["system"],
    handler: async (): Promise<unknown> => openApiDocument([...routes, openapi], "0.1.0"),
  });
  registerRoutes(app, [...routes, openapi], { login: config.loginRateLimit });
  return app;
}
