import { z } from "zod";
import { isoDateTime, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { HSDS_MAX_PER_PAGE, HSDS_META, HsdsApiRepository } from "./hsds-api.repository.ts";

/** HSDS paging (page, per_page) and the organisation extension (?organisation=) on every list. */
const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(HSDS_MAX_PER_PAGE).default(50),
  organisation: uuid.optional(),
};
const one = z.strictObject({ organisation: uuid.optional() });
const idParams = z.strictObject({ id: uuid });
const tags = ["HSDS"];

/**
 * The HSDS 3.0 read API (docs/api_reference): public routes whose repository decides which map
 * may be read (a worker's own; otherwise a map its organisation made public, off by default).
 */
export const hsdsApiRoutes: AnyRoute[] = [
  defineRoute({ method: "GET", url: "/hsds/", permission: "public", summary: "This API and its relation to HSDS", tags, handler: async () => HSDS_META }),
  defineRoute({
    method: "GET",
    url: "/hsds/services",
    permission: "public",
    summary: "Services, paged; search, taxonomy_term_id, organization_id and modified_after combine (AND)",
    tags,
    query: z.strictObject({ ...paging, search: z.string().max(2000).optional(), taxonomy_term_id: uuid.optional(), organization_id: uuid.optional(), modified_after: isoDateTime.optional() }),
    handler: ({ ctx, query }) =>
      new HsdsApiRepository(ctx, query.organisation).services({
        page: query.page,
        perPage: query.per_page,
        search: query.search,
        taxonomyTermId: query.taxonomy_term_id,
        organizationId: query.organization_id,
        modifiedAfter: query.modified_after ? new Date(query.modified_after).toISOString() : undefined,
      }),
  }),
  defineRoute({ method: "GET", url: "/hsds/services/:id", permission: "public", summary: "One service, nested", tags, params: idParams, query: one, handler: ({ ctx, params, query }) => new HsdsApiRepository(ctx, query.organisation).service(params.id) }),
  defineRoute({
    method: "GET",
    url: "/hsds/organizations",
    permission: "public",
    summary: "Organizations, paged",
    tags,
    query: z.strictObject(paging),
    handler: ({ ctx, query }) => new HsdsApiRepository(ctx, query.organisation).list("organization", { page: query.page, perPage: query.per_page }),
  }),
  defineRoute({ method: "GET", url: "/hsds/organizations/:id", permission: "public", summary: "One organization", tags, params: idParams, query: one, handler: ({ ctx, params, query }) => new HsdsApiRepository(ctx, query.organisation).one("organization", params.id) }),
  defineRoute({
    method: "GET",
    url: "/hsds/taxonomies",
    permission: "public",
    summary: "Taxonomies, paged",
    tags,
    query: z.strictObject(paging),
    handler: ({ ctx, query }) => new HsdsApiRepository(ctx, query.organisation).list("taxonomy", { page: query.page, perPage: query.per_page }),
  }),
  defineRoute({ method: "GET", url: "/hsds/taxonomies/:id", permission: "public", summary: "One taxonomy", tags, params: idParams, query: one, handler: ({ ctx, params, query }) => new HsdsApiRepository(ctx, query.organisation).one("taxonomy", params.id) }),
  defineRoute({
    method: "GET",
    url: "/hsds/taxonomy_terms",
    permission: "public",
    summary: "Taxonomy terms, paged; taxonomy_id narrows to one taxonomy",
    tags,
    query: z.strictObject({ ...paging, taxonomy_id: uuid.optional() }),
    handler: ({ ctx, query }) =>
      new HsdsApiRepository(ctx, query.organisation).list("taxonomy_term", { page: query.page, perPage: query.per_page }, query.taxonomy_id ? { field: "taxonomy_id", value: query.taxonomy_id } : undefined),
  }),
  defineRoute({ method: "GET", url: "/hsds/taxonomy_terms/:id", permission: "public", summary: "One taxonomy term", tags, params: idParams, query: one, handler: ({ ctx, params, query }) => new HsdsApiRepository(ctx, query.organisation).one("taxonomy_term", params.id) }),
];
