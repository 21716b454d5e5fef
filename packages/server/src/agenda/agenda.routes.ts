import { z } from "zod";
import { agendaItemCreate, agendaItemPatch, agendaOrder, strengthCreate, strengthPatch, uuid, version } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { AgendaRepository } from "./agenda.repository.ts";
import { StrengthRepository } from "./strength.repository.ts";

const personParams = z.strictObject({ id: uuid });
const itemParams = z.strictObject({ itemId: uuid });
const strengthParams = z.strictObject({ strengthId: uuid });

export const agendaRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/agenda",
    permission: "user",
    summary: "The person's shared agenda, in the person's order",
    tags: ["agenda"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new AgendaRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/agenda",
    permission: "user",
    summary: "Add an item to the agenda (at the end); the same client id twice returns the first result",
    tags: ["agenda"],
    params: personParams,
    body: agendaItemCreate,
    status: 201,
    handler: async ({ ctx, params, body, reply }) => {
      const { item, created } = await new AgendaRepository(ctx).create(params.id, body);
      return created ? item : reply.status(200).send(item);
    },
  }),
  defineRoute({
    method: "PUT",
    url: "/api/persons/:id/agenda/order",
    permission: "user",
    summary: "Set the order of the agenda: every item id exactly once (409 otherwise, nothing changes)",
    tags: ["agenda"],
    params: personParams,
    body: agendaOrder,
    handler: async ({ ctx, params, body }) => ({ items: await new AgendaRepository(ctx).reorder(params.id, body.itemIds) }),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/agenda/:itemId",
    permission: "user",
    summary: "Change an agenda item (title, own words, domains, status); send the version you read",
    tags: ["agenda"],
    params: itemParams,
    body: agendaItemPatch,
    handler: ({ ctx, params, body }) => new AgendaRepository(ctx).update(params.itemId, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/agenda/:itemId/history",
    permission: "user",
    summary: "Every version of an agenda item: who changed what, and when",
    tags: ["agenda"],
    params: itemParams,
    handler: async ({ ctx, params }) => ({ items: await new AgendaRepository(ctx).history(params.itemId) }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/strengths",
    permission: "user",
    summary: "The person's strengths, supports and own goals, in their words",
    tags: ["agenda"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new StrengthRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/strengths",
    permission: "user",
    summary: "Add a strength, support or goal; the same client id twice returns the first result",
    tags: ["agenda"],
    params: personParams,
    body: strengthCreate,
    status: 201,
    handler: async ({ ctx, params, body, reply }) => {
      const { strength, created } = await new StrengthRepository(ctx).create(params.id, body);
      return created ? strength : reply.status(200).send(strength);
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/strengths/:strengthId",
    permission: "user",
    summary: "Change a strength, support or goal; send the version you read",
    tags: ["agenda"],
    params: strengthParams,
    body: strengthPatch,
    handler: ({ ctx, params, body }) => new StrengthRepository(ctx).update(params.strengthId, body),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/strengths/:strengthId",
    permission: "user",
    summary: "Remove a strength, support or goal (kept for the record); ?version= is the version you read",
    tags: ["agenda"],
    params: strengthParams,
    query: z.strictObject({ version: z.coerce.number().pipe(version) }),
    status: 204,
    handler: ({ ctx, params, query }) => new StrengthRepository(ctx).remove(params.strengthId, query.version),
  }),
];
