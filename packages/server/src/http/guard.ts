import type { FastifyRequest } from "fastify";
import { AppError } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { Permission } from "./route.ts";
import { cookieNames, safeEqual } from "../auth/session-store.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The route's declared permission, checked before validation and before the handler. */
export function checkPermission(ctx: RequestContext, permission: Permission): void {
  if (permission === "public") return;
  if (permission === "person") {
    void ctx.person; // 401 unless a person is logged in to the portal
    return;
  }
  const user = ctx.user; // 401 unless a worker is logged in
  if (permission === "user") return;
  if (user.role !== permission) throw new AppError("forbidden", "Your role does not allow this");
}

function requestOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin) return origin;
  const referer = request.headers.referer;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return "invalid";
  }
}

/**
 * Cross-site request forgery: a state-changing request must come from the app's own origin
 * (when the browser says where it comes from) and carry the token of GET /api/auth/session.
 */
export function checkCsrf(request: FastifyRequest, ctx: RequestContext, sessionCsrf: string | undefined): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = requestOrigin(request);
  if (origin !== undefined && !ctx.services.config.allowedOrigins.includes(origin)) {
    throw new AppError("origin_refused", "Requests from another site are refused");
  }
  const sent = request.headers["x-csrf-token"];
  const expected = sessionCsrf ?? request.cookies[cookieNames(ctx.services.config).preSession];
  if (typeof sent !== "string" || !expected || !safeEqual(sent, expected)) {
    throw new AppError("csrf_failed", "Missing or wrong X-CSRF-Token header; get one from GET /api/auth/session");
  }
}
