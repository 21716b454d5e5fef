import { defineRoute, type AnyRoute } from "../http/route.ts";
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
];
