import { z } from "zod";
import { networkTieCreate, networkTiePatch, uuid, version } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { NetworkRepository } from "./network.repository.ts";

const personParams = z.strictObject({ id: uuid });
const tieParams = z.strictObject({ tieId: uuid });

export const networkRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/network",
    permission: "user",
    summary: "The person's network (ecomap): who is around them, how close, what support or stress",
    tags: ["network"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new NetworkRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/network",
    permission: "user",
    summary: "Add someone to the person's network; the same client id twice returns the first result",
    tags: ["network"],
    params: personParams,
    body: networkTieCreate,
    status: 201,
    handler: async ({ ctx, params, body, reply }) => {
      const { tie, created } = await new NetworkRepository(ctx).create(params.id, body);
      return created ? tie : reply.status(200).send(tie);
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/network/:tieId",
    permission: "user",
    summary: "Change a tie of the person's network; send the version you read",
    tags: ["network"],
    params: tieParams,
    body: networkTiePatch,
    handler: ({ ctx, params, body }) => new NetworkRepository(ctx).update(params.tieId, body),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/network/:tieId",
    permission: "user",
    summary: "Take a tie off the ecomap (kept for the record); ?version= is the version you read",
    tags: ["network"],
    params: tieParams,
    query: z.strictObject({ version: z.coerce.number().pipe(version) }),
    status: 204,
    handler: ({ ctx, params, query }) => new NetworkRepository(ctx).remove(params.tieId, query.version),
  }),
];
