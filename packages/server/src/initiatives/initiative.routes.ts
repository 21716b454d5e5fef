import { z } from "zod";
import { initiativeActivityCreate, initiativeChange, initiativeCreate, initiativeParticipantAdd, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { InitiativeRepository } from "./initiative.repository.ts";

const idParams = z.strictObject({ id: uuid });

export const initiativeRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/initiatives",
    permission: "user",
    summary: "Start a collective initiative (buurtwerk, group work) with its aim, partners and the dossiers and signals it addresses",
    tags: ["initiatives"],
    body: initiativeCreate,
    status: 201,
    handler: ({ ctx, body }) => new InitiativeRepository(ctx).create(body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/initiatives",
    permission: "user",
    summary: "The organisation's collective initiatives, last changed first",
    tags: ["initiatives"],
    handler: async ({ ctx }) => ({ items: await new InitiativeRepository(ctx).list() }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/initiatives/:id",
    permission: "user",
    summary: "An initiative with its activities, partners, dossiers and participants (named only to those who may see the person)",
    tags: ["initiatives"],
    params: idParams,
    handler: ({ ctx, params }) => new InitiativeRepository(ctx).get(params.id),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/initiatives/:id",
    permission: "user",
    summary: "Change an initiative; a stale version is refused (409)",
    tags: ["initiatives"],
    params: idParams,
    body: initiativeChange,
    handler: ({ ctx, params, body }) => new InitiativeRepository(ctx).change(params.id, body),
  }),
  defineRoute({
    method: "POST",
    url: "/api/initiatives/:id/activities",
    permission: "user",
    summary: "Record an activity: date, place, what happened, how many took part",
    tags: ["initiatives"],
    params: idParams,
    body: initiativeActivityCreate,
    status: 201,
    handler: ({ ctx, params, body }) => new InitiativeRepository(ctx).addActivity(params.id, body),
  }),
  defineRoute({
    method: "POST",
    url: "/api/initiatives/:id/participants",
    permission: "user",
    summary: "A person the worker works with takes part, with their consent (audited on the person)",
    tags: ["initiatives"],
    params: idParams,
    body: initiativeParticipantAdd,
    status: 201,
    handler: ({ ctx, params, body }) => new InitiativeRepository(ctx).addParticipant(params.id, body.personId),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/initiatives/:id/participants/:personId",
    permission: "user",
    summary: "The person no longer takes part (or withdrew their consent)",
    tags: ["initiatives"],
    params: z.strictObject({ id: uuid, personId: uuid }),
    handler: ({ ctx, params }) => new InitiativeRepository(ctx).removeParticipant(params.id, params.personId),
  }),
];
