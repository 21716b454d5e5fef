import { AppError } from "@nabij/domain";
import { databaseAnswers } from "../db/health.ts";
import { defineRoute, type AnyRoute } from "./route.ts";

export const systemRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/healthz",
    permission: "public",
    summary: "The process is alive",
    tags: ["system"],
    handler: async () => ({ status: "ok" }),
  }),
  defineRoute({
    method: "GET",
    url: "/readyz",
    permission: "public",
    summary: "The database answers",
    tags: ["system"],
    handler: async ({ ctx }) => {
      if (!(await databaseAnswers(ctx.db))) throw new AppError("unavailable", "The database does not answer");
      return { status: "ready" };
    },
  }),
];
