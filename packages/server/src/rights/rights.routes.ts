import { z } from "zod";
import { LIMITS, PACK_LANGUAGES, RADAR_SCOPES, takeUpUpdate, uuid } from "@nabij/domain";
import { situationJsonSchema, situationSchema } from "@nabij/rights";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { PersonRightsRepository, today } from "./person-rights.repository.ts";
import { RadarRepository } from "./radar.repository.ts";
import { radarCsv } from "./rights-csv.ts";
import { rightsInfo } from "./rights-catalogue.ts";
import { checkSituation } from "./rights-check.ts";
import { TakeUpRepository } from "./take-up.repository.ts";

const isoDate = z.iso.date({ message: "Must be a date (YYYY-MM-DD)" });
const language = z.enum(PACK_LANGUAGES).default("nl");
const rightId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Must be a right id such as leefloon");
const languageQuery = z.strictObject({ language });
const personParams = z.strictObject({ id: uuid });
const takeUpParams = z.strictObject({ id: uuid, rightId });
const radarQuery = z.strictObject({
  scope: z.enum(RADAR_SCOPES).default("mine"),
  right: rightId.optional(),
  automatic: z.enum(["true", "false"]).optional(),
  language,
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
});

export const rightsRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/rights",
    permission: "user",
    summary: "The rights in the packs: conditions in words, how to apply, sources and dated parameters",
    tags: ["rights"],
    query: languageQuery,
    handler: async ({ ctx, query }) => rightsInfo(ctx.services.rights, query.language, today(ctx.services)),
  }),
  defineRoute({
    method: "GET",
    url: "/api/rights/schema",
    permission: "user",
    summary: "The JSON Schema of a situation for the rights check",
    tags: ["rights"],
    handler: async () => situationJsonSchema(),
  }),
  defineRoute({
    method: "POST",
    url: "/api/rights/check",
    permission: "user",
    summary: "Check a situation against the rules (nothing is stored): per right the outcome, reasons and open questions",
    tags: ["rights"],
    body: z.strictObject({ situation: situationSchema, date: isoDate.optional(), language: language.optional(), rights: z.array(rightId).max(500).optional() }),
    handler: async ({ ctx, body }) => checkSituation(ctx.services.rights.pack, body.situation, body.date ?? today(ctx.services), body.language ?? "nl", body.rights),
  }),
  defineRoute({
    method: "GET",
    url: "/api/rights/radar",
    permission: "user",
    summary: "Probable non-take-up: counts per right and the persons to work through",
    tags: ["rights"],
    query: radarQuery,
    handler: async ({ ctx, query }) => {
      const q = { scope: query.scope, right: query.right, automatic: query.automatic === "true", cursor: query.cursor, limit: query.limit };
      const radar = new RadarRepository(ctx);
      const counts = await radar.counts(q, query.language);
      return { scope: query.scope, counts, ...(await radar.items(q, query.language)) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/rights/radar.csv",
    permission: "user",
    summary: "The radar's list as CSV (formula-safe)",
    tags: ["rights"],
    query: radarQuery.omit({ cursor: true, limit: true }),
    handler: async ({ ctx, query, reply }) => {
      const items = await new RadarRepository(ctx).allItems({ scope: query.scope, right: query.right, automatic: query.automatic === "true" }, query.language);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="nabij-radar-${today(ctx.services)}.csv"`)
        .header("cache-control", "private, no-store")
        .send(radarCsv(items, query.language));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/rights",
    permission: "user",
    summary: "The person's situation, latest rights check (stale or not) and take-up per right",
    tags: ["rights"],
    params: personParams,
    query: languageQuery,
    handler: ({ ctx, params, query }) => new PersonRightsRepository(ctx).get(params.id, query.language),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/persons/:id/rights/situation",
    permission: "user",
    summary: "Store a new version of the person's situation and check it at once",
    tags: ["rights"],
    params: personParams,
    body: z.strictObject({ situation: situationSchema, expectedVersion: z.number().int().positive().nullable(), language: language.optional() }),
    handler: ({ ctx, params, body }) => new PersonRightsRepository(ctx).saveSituation(params.id, body.situation, body.expectedVersion, body.language ?? "nl"),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/rights/check",
    permission: "user",
    summary: "Check the person's stored situation again, today",
    tags: ["rights"],
    params: personParams,
    body: z.strictObject({ language: language.optional() }),
    handler: ({ ctx, params, body }) => new PersonRightsRepository(ctx).recheck(params.id, body.language ?? "nl"),
  }),
  defineRoute({
    method: "PUT",
    url: "/api/persons/:id/rights/:rightId/take-up",
    permission: "user",
    summary: "Set the person's take-up of a right (with a date and a note); the change is kept in the history",
    tags: ["rights"],
    params: takeUpParams,
    body: takeUpUpdate,
    handler: ({ ctx, params, body }) => new TakeUpRepository(ctx).set(params.id, params.rightId, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/rights/:rightId/take-up",
    permission: "user",
    summary: "The person's take-up of a right and its history, newest first",
    tags: ["rights"],
    params: takeUpParams,
    handler: ({ ctx, params }) => new TakeUpRepository(ctx).history(params.id, params.rightId),
  }),
];
