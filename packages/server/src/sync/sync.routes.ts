import { syncBatch } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { syncOutbox } from "./sync.service.ts";

export const syncRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/sync",
    permission: "user",
    summary: "Send an offline outbox (encounters and agenda items with client ids); each item is answered on its own",
    tags: ["sync"],
    body: syncBatch,
    bodyCheckedPerItem: true,
    handler: async ({ ctx, body }) => ({ results: await syncOutbox(ctx, body.items) }),
  }),
];
