import { z } from "zod";
import { assessmentCreate, domainSettings, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { AssessmentRepository } from "./assessment.repository.ts";
import { LifeDomainRepository } from "./life-domain.repository.ts";

const personParams = z.strictObject({ id: uuid });

export const lifeDomainRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/life-domains",
    permission: "user",
    summary: "The organisation's life domains: order, own names, hidden ones, own domains",
    tags: ["life domains"],
    handler: ({ ctx }) => new LifeDomainRepository(ctx).list(),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/admin/life-domains",
    permission: "admin",
    summary: "Set the organisation's life domains at once: every built-in one (hide, do not leave out) and own ones",
    tags: ["life domains"],
    body: domainSettings,
    handler: ({ ctx, body }) => new LifeDomainRepository(ctx).update(body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/life-domains",
    permission: "user",
    summary: "All life domains of the person at a glance: latest ratings, the change, what is tagged",
    tags: ["life domains"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ domains: await new AssessmentRepository(ctx).overview(params.id) }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/assessments",
    permission: "user",
    summary: "The person's life-domain assessments, newest first",
    tags: ["life domains"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new AssessmentRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/assessments",
    permission: "user",
    summary: "Record an assessment: per domain the person's and the worker's rating (1–5, either may be empty)",
    tags: ["life domains"],
    params: personParams,
    body: assessmentCreate,
    status: 201,
    handler: async ({ ctx, params, body, reply }) => {
      const { assessment, created } = await new AssessmentRepository(ctx).create(params.id, body);
      return created ? assessment : reply.status(200).send(assessment);
    },
  }),
];
