import { z } from "zod";
import { agreementChange, agreementConfirm, agreementCreate, evaluationDone, evaluationRequestCreate, lifeEventCreate, ownWordsInput, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { AgreementRepository } from "./agreement.repository.ts";
import { EvaluationRepository } from "./evaluation.repository.ts";
import { LifeEventRepository } from "./life-event.repository.ts";

const idParams = z.strictObject({ id: uuid });

export const processRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/life-events",
    permission: "user",
    summary: "Record an expected or unexpected life event (an unexpected one answers revisitAgenda: true)",
    tags: ["process"],
    params: idParams,
    body: lifeEventCreate,
    status: 201,
    handler: async ({ ctx, params, body, reply }) => {
      const { event, created } = await new LifeEventRepository(ctx).create(params.id, body);
      return created ? event : reply.status(200).send(event);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/life-events",
    permission: "user",
    summary: "The person's life events, newest first",
    tags: ["process"],
    params: idParams,
    handler: async ({ ctx, params }) => ({ items: await new LifeEventRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/life-events/:id/own-words",
    permission: "user",
    summary: "Write down the person's own words on a life event, with them",
    tags: ["process"],
    params: idParams,
    body: ownWordsInput,
    handler: ({ ctx, params, body }) => new LifeEventRepository(ctx).writeOwnWords(params.id, body.ownWords),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/agreements",
    permission: "user",
    summary: "Record an agreement between the person and the worker: what, who does what, by when",
    tags: ["process"],
    params: idParams,
    body: agreementCreate,
    status: 201,
    handler: ({ ctx, params, body }) => new AgreementRepository(ctx).create(params.id, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/agreements",
    permission: "user",
    summary: "The person's agreements, each with every version",
    tags: ["process"],
    params: idParams,
    handler: async ({ ctx, params }) => ({ items: await new AgreementRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/agreements/:id",
    permission: "user",
    summary: "Change an agreement: a new version with why; a stale version is refused (409)",
    tags: ["process"],
    params: idParams,
    body: agreementChange,
    handler: ({ ctx, params, body }) => new AgreementRepository(ctx).change(params.id, body),
  }),
  defineRoute({
    method: "POST",
    url: "/api/agreements/:id/confirmations",
    permission: "user",
    summary: "Record that the person confirmed the current version, in person",
    tags: ["process"],
    params: idParams,
    body: agreementConfirm,
    handler: ({ ctx, params, body }) => new AgreementRepository(ctx).confirm(params.id, body.version),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/evaluations",
    permission: "user",
    summary: "Plan an evaluation moment with the person (the person can ask for one in the portal too)",
    tags: ["process"],
    params: idParams,
    body: evaluationRequestCreate,
    status: 201,
    handler: ({ ctx, params, body }) => new EvaluationRepository(ctx).ask(params.id, body.note),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/evaluations",
    permission: "user",
    summary: "Evaluation moments asked for or planned, newest first, and what came out of them",
    tags: ["process"],
    params: idParams,
    handler: async ({ ctx, params }) => ({ items: await new EvaluationRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/evaluations/:id/done",
    permission: "user",
    summary: "Record that the evaluation took place, with what came out of it and the person's own words",
    tags: ["process"],
    params: idParams,
    body: evaluationDone,
    handler: ({ ctx, params, body }) => new EvaluationRepository(ctx).done(params.id, body),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/evaluations/:id/own-words",
    permission: "user",
    summary: "Write down the person's own words on an evaluation moment, with them",
    tags: ["process"],
    params: idParams,
    body: ownWordsInput,
    handler: ({ ctx, params, body }) => new EvaluationRepository(ctx).writeOwnWords(params.id, body.ownWords),
  }),
];
