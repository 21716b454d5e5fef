import { z } from "zod";
import { LIMITS, RADAR_SCOPES, REFERRAL_STATUSES, referralCreate, referralNote, referralTransition, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { ReferralOutcomesRepository } from "./referral-outcomes.repository.ts";
import { ReferralRepository } from "./referral.repository.ts";

const idParams = z.strictObject({ id: uuid });

export const referralRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/referrals",
    permission: "user",
    summary: "Refer a person to a service of the social map or a named organisation (starts as draft or requested)",
    tags: ["referrals"],
    body: referralCreate,
    status: 201,
    handler: async ({ ctx, body, reply }) => {
      const { referral, created } = await new ReferralRepository(ctx).create(body);
      return created ? referral : reply.status(200).send(referral);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/referrals",
    permission: "user",
    summary: "Referrals of the persons the worker works with, by status or waiting too long for a change (overdue=true)",
    tags: ["referrals"],
    query: z.strictObject({
      status: z.enum(REFERRAL_STATUSES).optional(),
      overdue: z.enum(["true", "false"]).optional(),
      cursor: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
    }),
    handler: ({ ctx, query }) => new ReferralRepository(ctx).list({ ...query, overdue: query.overdue === "true" }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/referrals/outcomes",
    permission: "user",
    summary: "How referrals end, per institution category and per service: share completed and failed, median days to access (counts only)",
    tags: ["referrals"],
    query: z.strictObject({ scope: z.enum(RADAR_SCOPES).default("mine") }),
    handler: ({ ctx, query }) => new ReferralOutcomesRepository(ctx).outcomes(query.scope),
  }),
  defineRoute({
    method: "GET",
    url: "/api/referrals/:id",
    permission: "user",
    summary: "One referral with its history of status changes",
    tags: ["referrals"],
    params: idParams,
    handler: ({ ctx, params }) => new ReferralRepository(ctx).get(params.id),
  }),
  defineRoute({
    method: "POST",
    url: "/api/referrals/:id/transitions",
    permission: "user",
    summary: "Move a referral to its next status; 409 with the allowed next states when the state machine does not allow it",
    tags: ["referrals"],
    params: idParams,
    body: referralTransition,
    handler: ({ ctx, params, body }) => new ReferralRepository(ctx).transition(params.id, body),
  }),
  defineRoute({
    method: "POST",
    url: "/api/referrals/:id/notes",
    permission: "user",
    summary: "Add a note to a referral's history without changing its status; a note marked as barrier can later become a signal",
    tags: ["referrals"],
    params: idParams,
    body: referralNote,
    status: 201,
    handler: ({ ctx, params, body }) => new ReferralRepository(ctx).addNote(params.id, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/referrals",
    permission: "user",
    summary: "The person's referrals, newest first, each with its history",
    tags: ["referrals"],
    params: idParams,
    handler: async ({ ctx, params }) => ({ items: await new ReferralRepository(ctx).listForPerson(params.id) }),
  }),
];
