import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { DialectName } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import { fromJson } from "../db/values.ts";
import { isOpen, type OpeningRule } from "./opening-hours.ts";
import { placeFilter } from "./places.ts";
import { fts5Query, queryWords, tsQuery, whyMatched } from "./search-query.ts";
import type { MatchField } from "./service-index.ts";

export interface SearchParams {
  q?: string | undefined;
  domains?: string[] | undefined;
  targetGroup?: string | undefined;
  language?: string | undefined;
  /** A municipality's name or a postcode. */
  place?: string | undefined;
  taxonomyTermId?: string | undefined;
  organizationId?: string | undefined;
  free?: boolean | undefined;
  openNow?: boolean | undefined;
  /** Only services modified on or after this moment (HSDS modified_after). */
  modifiedAfter?: string | undefined;
  /** Include services that are not active (inactive, defunct, temporarily closed). */
  includeInactive?: boolean | undefined;
  page: number;
  perPage: number;
}

export interface SearchHit {
  id: string;
  name: string;
  organizationId: string | null;
  status: string;
  free: boolean;
  openNow: boolean;
  /** Per query word, the fields it was found in; empty without a query. */
  why: Array<{ word: string; fields: MatchField[] }>;
  /** Which filters it met (always all of them; said so the list can show it). */
  filters: string[];
}

export interface SearchResult {
  items: SearchHit[];
  totalItems: number;
  page: number;
  perPage: number;
}

type Query = SelectQueryBuilder<Database, "socialmap_service", object>;

function withFilters(query: Query, organisationId: string, params: SearchParams): Query {
  let q = query;
  const facet = (name: string, values: string[]) =>
    (q = q.where("socialmap_service.service_id", "in", (db) => db.selectFrom("socialmap_facet").select("service_id").where("organisation_id", "=", organisationId).where("facet", "=", name).where("value", "in", values)));
  if (params.domains && params.domains.length > 0) facet("domain", params.domains);
  if (params.targetGroup) facet("target_group", [params.targetGroup]);
  if (params.language) facet("language", [params.language.toLowerCase().split("-")[0] ?? ""]);
  if (params.taxonomyTermId) facet("taxonomy_term", [params.taxonomyTermId]);
  if (params.organizationId) facet("organization", [params.organizationId]);
  const place = params.place ? placeFilter(params.place) : null;
  if (place) facet(place.facet, [place.value]);
  if (params.free) q = q.where("socialmap_service.free", "=", 1);
  if (params.modifiedAfter) q = q.where("socialmap_service.modified_at", ">=", params.modifiedAfter);
  if (!params.includeInactive) q = q.where("socialmap_service.status", "=", "active");
  return q;
}

/**
 * Searches an organisation's map: the words in the full-text index (FTS5 or PostgreSQL, every
 * word a required prefix, names weighing most), the filters as facets, "open now" from the
 * opening rules in Belgian time. Without words, results come by name.
 */
export async function searchServices(db: Kysely<Database>, dialect: DialectName, organisationId: string, params: SearchParams, now: Date): Promise<SearchResult> {
  const words = queryWords(params.q ?? "");
  let query = db
    .selectFrom("socialmap_service")
    .select(["socialmap_service.service_id", "socialmap_service.name", "socialmap_service.organization_id", "socialmap_service.status", "socialmap_service.free", "socialmap_service.opening", "socialmap_service.match_fields"])
    .where("socialmap_service.organisation_id", "=", organisationId) as unknown as Query;
  query = withFilters(query, organisationId, params);
  let ranked: Query;
  if (words.length === 0) {
    ranked = query.orderBy("socialmap_service.name_search").orderBy("socialmap_service.service_id");
  } else if (dialect === "sqlite") {
    const match = fts5Query(words);
    ranked = query
      .innerJoin("socialmap_fts", (j) => j.onRef("socialmap_fts.service_id", "=", "socialmap_service.service_id").onRef("socialmap_fts.organisation_id", "=", "socialmap_service.organisation_id"))
      .where(sql<boolean>`socialmap_fts match ${match}`)
      .orderBy(sql`bm25(socialmap_fts, 10.0, 1.0)`)
      .orderBy("socialmap_service.name_search") as unknown as Query;
  } else {
    const tsquery = sql`to_tsquery('simple', ${tsQuery(words)})`;
    ranked = query.where(sql<boolean>`socialmap_service.search_vector @@ ${tsquery}`).orderBy(sql`ts_rank(socialmap_service.search_vector, ${tsquery})`, "desc").orderBy("socialmap_service.name_search") as unknown as Query;
  }
  type Row = { service_id: string; name: string; organization_id: string | null; status: string; free: number; opening: string; match_fields: string };
  const offset = (params.page - 1) * params.perPage;
  let rows: Row[];
  let total: number;
  if (params.openNow) {
    // Every match's opening rules (two small columns), then the full rows of one page only.
    const candidates = (await (ranked.clearSelect() as unknown as Query).select(["socialmap_service.service_id", "socialmap_service.opening"]).execute()) as unknown as Array<Pick<Row, "service_id" | "opening">>;
    const open = candidates.filter((r) => isOpen(fromJson<OpeningRule[]>(r.opening, []), now)).map((r) => r.service_id);
    total = open.length;
    const pageIds = open.slice(offset, offset + params.perPage);
    const details = pageIds.length ? ((await query.where("socialmap_service.service_id", "in", pageIds).execute()) as unknown as Row[]) : [];
    const byId = new Map(details.map((r) => [r.service_id, r]));
    rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  } else {
    rows = (await ranked.limit(params.perPage).offset(offset).execute()) as unknown as Row[];
    const counted = (await (ranked.clearSelect().clearOrderBy() as unknown as Query).select((eb) => eb.fn.countAll().as("n")).executeTakeFirst()) as { n: string | number } | undefined;
    total = Number(counted?.n ?? 0);
  }
  const filters = [
    ...(params.domains?.length ? ["domain"] : []),
    ...(params.targetGroup ? ["target_group"] : []),
    ...(params.language ? ["language"] : []),
    ...(params.place ? ["place"] : []),
    ...(params.free ? ["free"] : []),
    ...(params.openNow ? ["open_now"] : []),
  ];
  return {
    items: rows.map((r) => ({
      id: r.service_id,
      name: r.name,
      organizationId: r.organization_id,
      status: r.status,
      free: r.free === 1,
      openNow: isOpen(fromJson<OpeningRule[]>(r.opening, []), now),
      why: words.length ? whyMatched(words, fromJson<Record<MatchField, string>>(r.match_fields, { name: "", organization: "", place: "", terms: "", description: "" })) : [],
      filters,
    })),
    totalItems: total,
    page: params.page,
    perPage: params.perPage,
  };
}
