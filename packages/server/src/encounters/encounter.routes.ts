import { encounterCreate } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
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
];
