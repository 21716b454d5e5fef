import { defineRoute, type AnyRoute } from "../http/route.ts";
import { listColleagues, teamIdsOf } from "./user.repository.ts";

export const userRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/users",
    permission: "user",
    summary: "Active colleagues of the organisation (who was present, whom to involve)",
    tags: ["users"],
    handler: async ({ ctx }) => {
      const colleagues = await listColleagues(ctx.db, ctx.user.organisationId);
      const teams = await teamIdsOf(ctx.db, ctx.user.organisationId, colleagues.map((c) => c.id));
      return { items: colleagues.map((c) => ({ ...c, teamIds: teams.get(c.id) ?? [] })) };
    },
  }),
];
