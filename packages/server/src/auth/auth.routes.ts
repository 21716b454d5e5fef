import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError, acceptInvitation, loginInput, UI_LANGUAGES } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { findSessionUser, setOwnLanguage, type SessionUser } from "../users/user.repository.ts";
import { verifyLogin } from "./login.ts";
import { acceptInvitation as acceptInvite } from "./invitation.repository.ts";
import { cookieNames, createSession, endSession, randomToken } from "./session-store.ts";

export function cookieOptions(ctx: RequestContext, maxAgeSeconds?: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: ctx.services.config.publicUrl.startsWith("https://"),
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
  };
}

/** Before login (either realm): the CSRF token of a pre-session cookie, set when missing. */
export function preSessionCsrf(ctx: RequestContext, request: FastifyRequest, reply: FastifyReply): string {
  const name = cookieNames(ctx.services.config).preSession;
  const existing = request.cookies[name];
  if (existing) return existing;
  const token = randomToken();
  void reply.setCookie(name, token, cookieOptions(ctx));
  return token;
}

/** Logs a user in: a new session (and so a new session id and CSRF token) every time. */
async function startSession(ctx: RequestContext, reply: FastifyReply, organisationId: string, userId: string): Promise<{ user: SessionUser; csrfToken: string }> {
  if (ctx.actor.kind === "user") await endSession(ctx.services, ctx.actor, "replaced");
  const { cookie, csrfToken } = await createSession(ctx.services, organisationId, userId);
  void reply.setCookie(cookieNames(ctx.services.config).session, cookie, cookieOptions(ctx, ctx.services.config.sessionAbsoluteHours * 3600));
  void reply.clearCookie(cookieNames(ctx.services.config).preSession, cookieOptions(ctx));
  const user = await findSessionUser(ctx.db, organisationId, userId);
  if (!user) throw new AppError("unauthenticated", "Account not found");
  ctx.services.audit.read({ organisationId, actorKind: "user", actorId: userId, requestId: ctx.requestId }, { action: "auth.login", entityType: "user", entityId: userId });
  return { user, csrfToken };
}

export const authRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/auth/session",
    permission: "public",
    summary: "The current user (or null) and the CSRF token for state-changing requests",
    tags: ["auth"],
    handler: async ({ ctx, request, reply }) => {
      if (ctx.actor.kind === "user") {
        return { user: await findSessionUser(ctx.db, ctx.actor.organisationId, ctx.actor.userId), csrfToken: request.sessionCsrf };
      }
      return { user: null, csrfToken: preSessionCsrf(ctx, request, reply) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/login",
    permission: "public",
    summary: "Log in with e-mail and password",
    tags: ["auth"],
    body: loginInput,
    rateLimit: "login",
    handler: async ({ ctx, body, reply }) => {
      const { organisationId, userId } = await verifyLogin(ctx.services, body.email, body.password);
      return startSession(ctx, reply, organisationId, userId);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/logout",
    permission: "user",
    summary: "Log out: the session ends on the server",
    tags: ["auth"],
    status: 204,
    handler: async ({ ctx, reply }) => {
      await endSession(ctx.services, ctx.user, "logout");
      void reply.clearCookie(cookieNames(ctx.services.config).session, cookieOptions(ctx));
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/accept-invitation",
    permission: "public",
    summary: "Set the password of an invited account and log in",
    tags: ["auth"],
    body: acceptInvitation,
    rateLimit: "login",
    handler: async ({ ctx, body, reply }) => {
      const { organisationId, userId } = await acceptInvite(ctx.services, body.token, body.password, ctx.requestId);
      return startSession(ctx, reply, organisationId, userId);
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/auth/me",
    permission: "user",
    summary: "Change the signed-in user's own language",
    tags: ["auth"],
    body: z.strictObject({ language: z.enum(UI_LANGUAGES) }),
    handler: async ({ ctx, body }) => {
      const { organisationId, userId } = ctx.user;
      await setOwnLanguage(ctx, body.language);
      return { user: await findSessionUser(ctx.db, organisationId, userId) };
    },
  }),
];
