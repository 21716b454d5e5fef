import { z } from "zod";
import { LIMITS, uuid, version } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { ContactRepository } from "./contact.repository.ts";
import { SocialMapRepository } from "./socialmap.repository.ts";

/** "true"/"1" → true; anything else → false; absent stays absent. */
const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

/** Search input is text of any kind: only its length is bounded (longer input is cut, not refused). */
const searchQuery = z.strictObject({
  q: z.string().max(2000).optional(),
  domain: z.union([z.string().max(60), z.array(z.string().max(60)).max(20)]).optional(),
  targetGroup: z.string().max(60).optional(),
  language: z.string().max(20).optional(),
  place: z.string().max(80).optional(),
  free: flag,
  openNow: flag,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(20),
});

const text = (max: number) => z.string().trim().max(max);
const contactFields = {
  serviceId: uuid.nullable().optional(),
  name: text(120).min(1, "Required"),
  role: text(120).optional(),
  phone: text(LIMITS.phone).optional(),
  email: z.email().max(LIMITS.email).optional().or(z.literal("")),
  notes: text(LIMITS.ownWords).optional(),
  shareWithTeam: z.boolean().optional(),
};

export const socialMapRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/socialmap/services",
    permission: "user",
    summary: "Search the social map: words (any language, accents optional) and filters; each result says why it matched",
    tags: ["social map"],
    query: searchQuery,
    handler: ({ ctx, query }) =>
      new SocialMapRepository(ctx).search({
        ...query,
        domains: query.domain === undefined ? undefined : Array.isArray(query.domain) ? query.domain : query.domain.split(","),
      }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/socialmap/services/:id",
    permission: "user",
    summary: "One service in HSDS's nested form",
    tags: ["social map"],
    params: z.strictObject({ id: uuid }),
    handler: ({ ctx, params }) => new SocialMapRepository(ctx).service(params.id),
  }),
  defineRoute({
    method: "GET",
    url: "/api/socialmap/filters",
    permission: "user",
    summary: "The values the search filters offer: municipalities, target groups, languages, life domains",
    tags: ["social map"],
    handler: ({ ctx }) => new SocialMapRepository(ctx).filters(),
  }),
  defineRoute({
    method: "GET",
    url: "/api/socialmap/contacts",
    permission: "user",
    summary: "My team's contact persons at services (never in the HSDS API)",
    tags: ["social map"],
    query: z.strictObject({ serviceId: uuid.optional() }),
    handler: async ({ ctx, query }) => ({ items: await new ContactRepository(ctx).list(query.serviceId) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/socialmap/contacts",
    permission: "user",
    summary: "Add a contact person at a service, for my team (or only for me)",
    tags: ["social map"],
    body: z.strictObject(contactFields),
    status: 201,
    handler: ({ ctx, body }) => new ContactRepository(ctx).create(body),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/socialmap/contacts/:id",
    permission: "user",
    summary: "Change a contact person; send the version you read",
    tags: ["social map"],
    params: z.strictObject({ id: uuid }),
    body: z.strictObject({ ...contactFields, name: contactFields.name.optional(), version }),
    handler: ({ ctx, params, body }) => new ContactRepository(ctx).update(params.id, body),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/socialmap/contacts/:id",
    permission: "user",
    summary: "Remove a contact person; ?version= is the version you read",
    tags: ["social map"],
    params: z.strictObject({ id: uuid }),
    query: z.strictObject({ version: z.coerce.number().pipe(version) }),
    status: 204,
    handler: ({ ctx, params, query }) => new ContactRepository(ctx).remove(params.id, query.version),
  }),
];
