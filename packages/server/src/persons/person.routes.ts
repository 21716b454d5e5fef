import { z } from "zod";
import { LIMITS, personCreate, personPatch, uuid } from "@nabij/domain";
import { pageQuery } from "../http/cursor.ts";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { listAuditForPerson } from "../audit/audit.repository.ts";
import { EncounterRepository } from "../encounters/encounter.repository.ts";
import { relationshipOf } from "../encounters/relationship.repository.ts";
import { InvolvementRepository } from "./involvement.repository.ts";
import { PersonRepository, type PersonRecord } from "./person.repository.ts";
import { presentPerson, type PersonView } from "./person.presenter.ts";
import type { RequestContext } from "../access/context.ts";

const idParams = z.strictObject({ id: uuid });
async function personView(ctx: RequestContext, record: PersonRecord): Promise<PersonView> {
  return presentPerson(record.row, record.grant, await new InvolvementRepository(ctx).workersOf(record.row.id));
}

export const personRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/persons",
    permission: "user",
    summary: "The persons the actor may see (caseload), searchable by name",
    tags: ["persons"],
    query: pageQuery.extend({ q: z.string().trim().max(LIMITS.search).optional() }),
    handler: ({ ctx, query }) => new PersonRepository(ctx).list(query),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons",
    permission: "user",
    summary: "Create a person; the creating worker becomes involved",
    tags: ["persons"],
    body: personCreate,
    status: 201,
    handler: async ({ ctx, body }) => personView(ctx, await new PersonRepository(ctx).create(body)),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id",
    permission: "user",
    summary: "One person",
    tags: ["persons"],
    params: idParams,
    handler: async ({ ctx, params }) => personView(ctx, await new PersonRepository(ctx).get(params.id)),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/persons/:id",
    permission: "user",
    summary: "Change a person; send the version you read (409 when stale)",
    tags: ["persons"],
    params: idParams,
    body: personPatch,
    handler: async ({ ctx, params, body }) => personView(ctx, await new PersonRepository(ctx).update(params.id, body)),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/encounters",
    permission: "user",
    summary: "The encounters with a person, newest first",
    tags: ["encounters"],
    params: idParams,
    query: pageQuery,
    handler: ({ ctx, params, query }) => new EncounterRepository(ctx).listForPerson(params.id, query),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/relationship",
    permission: "user",
    summary: "Time for the relationship: last contact, contacts in the last 90 days, the workers who met the person",
    tags: ["encounters"],
    params: idParams,
    handler: ({ ctx, params }) => relationshipOf(ctx, params.id),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/audit",
    permission: "user",
    summary: "Who read or changed this person's file (a coordinator or an involved worker)",
    tags: ["audit"],
    params: idParams,
    query: pageQuery,
    handler: ({ ctx, params, query }) => listAuditForPerson(ctx, params.id, query),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/involvements",
    permission: "user",
    summary: "The workers involved with a person",
    tags: ["persons"],
    params: idParams,
    handler: async ({ ctx, params }) => {
      const rows = await new InvolvementRepository(ctx).listForPerson(params.id);
      return { items: rows.map((r) => ({ userId: r.userId, displayName: r.userDisplayName, since: r.since })) };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/involvements",
    permission: "user",
    summary: "Involve a colleague (an involved worker or a coordinator)",
    tags: ["persons"],
    params: idParams,
    body: z.strictObject({ userId: uuid }),
    status: 201,
    handler: async ({ ctx, params, body }) => {
      await new InvolvementRepository(ctx).add(params.id, body.userId);
      return { personId: params.id, userId: body.userId };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/persons/:id/involvements/:userId",
    permission: "user",
    summary: "End a worker's involvement",
    tags: ["persons"],
    params: z.strictObject({ id: uuid, userId: uuid }),
    status: 204,
    handler: ({ ctx, params }) => new InvolvementRepository(ctx).remove(params.id, params.userId),
  }),
];
