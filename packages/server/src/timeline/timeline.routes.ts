import { z } from "zod";
import { LIMITS, TIMELINE_KINDS, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { TimelineRepository } from "./timeline.repository.ts";

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .max(500)
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values)).max(values.length));

export const timelineRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/timeline",
    permission: "user",
    summary: "Everything about the person in one chronological list, newest first; filter by kind and life domain; paged with before",
    tags: ["timeline"],
    params: z.strictObject({ id: uuid }),
    query: z.strictObject({
      kinds: list(TIMELINE_KINDS).optional(),
      domains: z
        .string()
        .max(2000)
        .transform((s) => s.split(",").filter(Boolean))
        .pipe(z.array(z.string().regex(/^[a-z][a-z0-9_]{1,48}$/, "Must be a life domain key")).max(60))
        .optional(),
      before: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
    }),
    handler: async ({ ctx, params, query }) => {
      const page = await new TimelineRepository(ctx).list(params.id, { kinds: query.kinds, domains: query.domains, before: query.before, limit: query.limit });
      return { items: page.items, ...(page.nextCursor ? { nextBefore: page.nextCursor } : {}) };
    },
  }),
];
