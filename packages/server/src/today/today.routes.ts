import { z } from "zod";
import { uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { teamRelationships } from "./team.repository.ts";
import { todayFor } from "./today.repository.ts";

export const todayRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/me/today",
    permission: "user",
    summary: "Today for the signed-in worker: lapsed contacts and open agenda items of the persons they work with",
    tags: ["today"],
    handler: ({ ctx }) => todayFor(ctx),
  }),
  defineRoute({
    method: "GET",
    url: "/api/teams/:teamId/relationships",
    permission: "coordinator",
    summary: "For a coordinator's own team: per worker the persons without contact beyond the lapse limit and the time in encounters per week (counts only)",
    tags: ["today"],
    params: z.strictObject({ teamId: uuid }),
    query: z.strictObject({ weeks: z.coerce.number().int().min(1).max(52).default(8) }),
    handler: ({ ctx, params, query }) => teamRelationships(ctx, params.teamId, query.weeks),
  }),
];
