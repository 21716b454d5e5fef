import { z } from "zod";
import { encounterCreate, encounterLink, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { EncounterLinkRepository } from "./encounter-link.repository.ts";
import { EncounterRepository } from "./encounter.repository.ts";

export const encounterRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/encounters",
    permission: "user",
    summary: "Log an encounter: only a time and a place type are required; persons or an anonymous description",
    tags: ["encounters"],
    body: encounterCreate,
    status: 201,
    handler: async ({ ctx, body, reply }) => {
      const { encounter, created } = await new EncounterRepository(ctx).create(body);
      // A replay of the same id (an offline client retrying) answers 200 with the stored encounter.
      return created ? encounter : reply.status(200).send(encounter);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/me/anonymous-encounters",
    permission: "user",
    summary: "The anonymous encounters I was at (the last 90 days by default), newest first, to link later",
    tags: ["encounters"],
    query: z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(90) }),
    handler: async ({ ctx, query }) => ({ items: await new EncounterRepository(ctx).listMyAnonymous(query.days) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/encounters/:encounterId/links",
    permission: "user",
    summary: "Link an anonymous encounter to a person, with the person's consent recorded (a worker who was present)",
    tags: ["encounters"],
    params: z.strictObject({ encounterId: uuid }),
    body: encounterLink,
    status: 201,
    handler: ({ ctx, params, body }) => new EncounterLinkRepository(ctx).link(params.encounterId, body),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/encounters/:encounterId/links/:personId",
    permission: "user",
    summary: "Undo the link of an anonymous encounter to a person",
    tags: ["encounters"],
    params: z.strictObject({ encounterId: uuid, personId: uuid }),
    status: 204,
    handler: ({ ctx, params }) => new EncounterLinkRepository(ctx).unlink(params.encounterId, params.personId),
  }),
];
