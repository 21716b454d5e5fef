import type { FastifyReply } from "fastify";
import { z } from "zod";
import { agendaOrder, agreementOwnWords, evaluationRequestCreate, ownWordsInput, moveRequestInput, portalActivate, portalAgendaCreate, portalAgendaPatch, portalConsentCreate, portalLoginInput, portalMePatch, uuid } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { personAccessLog } from "../audit/access-log.repository.ts";
import { cookieOptions, preSessionCsrf } from "../auth/auth.routes.ts";
import { cookieNames } from "../auth/session-store.ts";
import { DirectoryRepository } from "../consents/consent.repository.ts";
import { pageQuery } from "../http/cursor.ts";
import { AgreementRepository } from "../process/agreement.repository.ts";
import { EvaluationRepository } from "../process/evaluation.repository.ts";
import { LifeEventRepository } from "../process/life-event.repository.ts";
import { TestimonyRepository } from "../signals/testimony.repository.ts";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { activatePortalAccount, PortalAccountRepository, portalPerson, type PortalPersonView } from "./portal-account.repository.ts";
import { verifyPortalLogin } from "./portal-login.ts";
import { createPortalSession, endPortalSession } from "./portal-session.ts";
import * as portal from "./portal.service.ts";

/** A new portal session (a new id and CSRF token every time); a worker's session is untouched. */
async function startPortalSession(ctx: RequestContext, reply: FastifyReply, account: { organisationId: string; accountId: string; personId: string }): Promise<{ person: PortalPersonView; csrfToken: string }> {
  const { organisationId, accountId } = account;
  if (ctx.actor.kind === "person") await endPortalSession(ctx.services, ctx.actor, "replaced");
  const { cookie, csrfToken } = await createPortalSession(ctx.services, organisationId, accountId);
  const names = cookieNames(ctx.services.config);
  void reply.setCookie(names.portalSession, cookie, cookieOptions(ctx, ctx.services.config.sessionAbsoluteHours * 3600));
  void reply.clearCookie(names.preSession, cookieOptions(ctx));
  const person = await portalPerson(ctx.db, organisationId, accountId);
  return { person, csrfToken };
}

const idParams = z.strictObject({ id: uuid });
const itemParams = z.strictObject({ itemId: uuid });

/**
 * The person's own Nabij. Every route here is in the portal realm: it reads only the portal
 * cookie, and (apart from activate, login and session) needs a person's session.
 */
export const portalRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/portal/activate",
    permission: "public",
    summary: "Activate a portal account with an invitation code, choosing a login name and a password",
    tags: ["portal"],
    body: portalActivate,
    rateLimit: "login",
    status: 201,
    handler: async ({ ctx, body, reply }) => {
      return startPortalSession(ctx, reply, await activatePortalAccount(ctx.services, body, ctx.requestId));
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/login",
    permission: "public",
    summary: "Log in to the portal with login name and password",
    tags: ["portal"],
    body: portalLoginInput,
    rateLimit: "login",
    handler: async ({ ctx, body, reply }) => {
      return startPortalSession(ctx, reply, await verifyPortalLogin(ctx.services, body.login, body.password, ctx.requestId));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/session",
    permission: "public",
    summary: "The signed-in person (or null) and the CSRF token for state-changing requests",
    tags: ["portal"],
    handler: async ({ ctx, request, reply }) => {
      if (ctx.actor.kind === "person") return { person: await new PortalAccountRepository(ctx).me(), csrfToken: request.sessionCsrf };
      return { person: null, csrfToken: preSessionCsrf(ctx, request, reply) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/logout",
    permission: "person",
    summary: "Log out of the portal",
    tags: ["portal"],
    status: 204,
    handler: async ({ ctx, reply }) => {
      await endPortalSession(ctx.services, ctx.person, "logout");
      void reply.clearCookie(cookieNames(ctx.services.config).portalSession, cookieOptions(ctx));
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/portal/me",
    permission: "person",
    summary: "Change the language of the portal",
    tags: ["portal"],
    body: portalMePatch,
    handler: async ({ ctx, body }) => {
      const accounts = new PortalAccountRepository(ctx);
      await accounts.setLanguage(body.language);
      return { person: await accounts.me() };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/end-access",
    permission: "person",
    summary: "Close my own portal account; I am logged out at once",
    tags: ["portal"],
    status: 204,
    handler: async ({ ctx, reply }) => {
      await new PortalAccountRepository(ctx).end(ctx.person.personId, "person");
      void reply.clearCookie(cookieNames(ctx.services.config).portalSession, cookieOptions(ctx));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/agenda",
    permission: "person",
    summary: "My agenda, in my order",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await portal.myAgenda(ctx) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/agenda",
    permission: "person",
    summary: "Add a wish to my agenda, in my own words",
    tags: ["portal"],
    body: portalAgendaCreate,
    status: 201,
    handler: async ({ ctx, body, reply }) => {
      const { item, created } = await portal.addWish(ctx, body);
      return created ? item : reply.status(200).send(item);
    },
  }),
  defineRoute({
    method: "PUT",
    url: "/api/portal/me/agenda/order",
    permission: "person",
    summary: "Put my agenda in my order: every item exactly once",
    tags: ["portal"],
    body: agendaOrder,
    handler: async ({ ctx, body }) => ({ items: await portal.reorderMyAgenda(ctx, body.itemIds) }),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/portal/me/agenda/:itemId",
    permission: "person",
    summary: "Mark an item of my agenda done (or park, drop or take it up again)",
    tags: ["portal"],
    params: itemParams,
    body: portalAgendaPatch,
    handler: ({ ctx, params, body }) => portal.setMyItemStatus(ctx, params.itemId, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/appointments",
    permission: "person",
    summary: "My appointments, from 30 days ago on",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await portal.myAppointments(ctx) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/appointments/:id/move-request",
    permission: "person",
    summary: "Ask to move one of my appointments",
    tags: ["portal"],
    params: idParams,
    body: moveRequestInput,
    status: 201,
    handler: ({ ctx, params, body }) => portal.requestMove(ctx, params.id, body.message),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/calendar-feed",
    permission: "person",
    summary: "A private calendar feed of my appointments for my phone; my earlier feeds stop",
    tags: ["portal"],
    status: 201,
    handler: ({ ctx }) => portal.newCalendarFeed(ctx),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/portal/me/calendar-feed",
    permission: "person",
    summary: "Stop my calendar feeds",
    tags: ["portal"],
    status: 204,
    handler: ({ ctx }) => portal.stopCalendarFeed(ctx),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/agreed",
    permission: "person",
    summary: "What we agreed: agreements and the notes my workers shared with me",
    tags: ["portal"],
    handler: ({ ctx }) => portal.whatWeAgreed(ctx),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/agreements",
    permission: "person",
    summary: "My agreements with my workers, each with every version",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await new AgreementRepository(ctx).list(ctx.person.personId) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/agreements/:id/confirmations",
    permission: "person",
    summary: "I confirm the current version of an agreement",
    tags: ["portal"],
    params: idParams,
    body: z.strictObject({ version: z.number().int().positive() }),
    handler: ({ ctx, params, body }) => new AgreementRepository(ctx).confirm(params.id, body.version, "portal"),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/agreements/:id/own-words",
    permission: "person",
    summary: "I add my own words to an agreement (a new version, written by me)",
    tags: ["portal"],
    params: idParams,
    body: agreementOwnWords,
    handler: ({ ctx, params, body }) => new AgreementRepository(ctx).writeOwnWords(params.id, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/life-events",
    permission: "person",
    summary: "The events in my life my workers and I took into account, newest first",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await new LifeEventRepository(ctx).list(ctx.person.personId) }),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/portal/me/life-events/:id/own-words",
    permission: "person",
    summary: "I say in my own words what an event in my life means to me",
    tags: ["portal"],
    params: idParams,
    body: ownWordsInput,
    handler: ({ ctx, params, body }) => new LifeEventRepository(ctx).writeOwnWords(params.id, body.ownWords),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/portal/me/evaluations/:id/own-words",
    permission: "person",
    summary: "I say in my own words how things go, before or after we look back together",
    tags: ["portal"],
    params: idParams,
    body: ownWordsInput,
    handler: ({ ctx, params, body }) => new EvaluationRepository(ctx).writeOwnWords(params.id, body.ownWords),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/testimonies",
    permission: "person",
    summary: "What I told, in my own words, about a problem many people meet",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await new TestimonyRepository(ctx).mine() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/testimonies/:id/withdraw",
    permission: "person",
    summary: "I take my testimony back: it is deleted, and leaves public pages at once",
    tags: ["portal"],
    params: idParams,
    status: 204,
    handler: ({ ctx, params }) => new TestimonyRepository(ctx).withdraw(params.id),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/evaluations",
    permission: "person",
    summary: "I ask for a moment to look back together at how things go",
    tags: ["portal"],
    body: evaluationRequestCreate,
    status: 201,
    handler: ({ ctx, body }) => new EvaluationRepository(ctx).ask(ctx.person.personId, body.note),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/evaluations",
    permission: "person",
    summary: "The evaluation moments I asked for, and what came out of them",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await new EvaluationRepository(ctx).list(ctx.person.personId) }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/access-log",
    permission: "person",
    summary: "Who looked at my file: who, when, what kind of access, and why",
    tags: ["portal"],
    query: pageQuery,
    handler: ({ ctx, query }) => personAccessLog(ctx, query),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/me/consents",
    permission: "person",
    summary: "Who may see what of my file",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await portal.myConsents(ctx) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/consents",
    permission: "person",
    summary: "Give an organisation or a worker consent to see parts of my file",
    tags: ["portal"],
    body: portalConsentCreate,
    status: 201,
    handler: ({ ctx, body }) => portal.giveConsent(ctx, body),
  }),
  defineRoute({
    method: "POST",
    url: "/api/portal/me/consents/:id/withdraw",
    permission: "person",
    summary: "Withdraw a consent; it ends at once",
    tags: ["portal"],
    params: idParams,
    handler: ({ ctx, params }) => portal.withdrawConsent(ctx, params.id),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/directory/organisations",
    permission: "person",
    summary: "The organisations I can give consent to",
    tags: ["portal"],
    handler: async ({ ctx }) => ({ items: await new DirectoryRepository(ctx).organisations() }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/portal/directory/organisations/:id/workers",
    permission: "person",
    summary: "The workers of an organisation I can give consent to",
    tags: ["portal"],
    params: idParams,
    handler: async ({ ctx, params }) => ({ items: await new DirectoryRepository(ctx).workers(params.id) }),
  }),
];
