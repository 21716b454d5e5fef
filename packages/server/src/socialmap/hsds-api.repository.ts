import { AppError, LIMITS } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { fromJson } from "../db/values.ts";
import { hsdsPage, type HsdsPage, type HsdsTable } from "./hsds/index.ts";
import { searchServices } from "./socialmap-search.ts";

/** The HSDS version and where its API is described (the official OpenAPI file). */
export const HSDS_META = {
  version: "3.0.0",
  profile: "https://docs.openreferral.org/en/latest/hsds/overview.html",
  openapi_url: "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
} as const;

export interface HsdsPaging {
  page: number;
  perPage: number;
}

type Json = Record<string, unknown>;

/**
 * The HSDS read API over an organisation's map, for other tools. Which map: a signed-in worker's
 * own organisation; otherwise one whose map is public (named with ?organisation=, or the only
 * public one). Only HSDS data leaves: never the workers' contacts or anything about persons.
 */
export class HsdsApiRepository {
  private organisationId: string | undefined;

  constructor(
    private readonly ctx: RequestContext,
    private readonly wanted: string | undefined,
  ) {}

  private async organisation(): Promise<string> {
    if (this.organisationId) return this.organisationId;
    if (this.ctx.actor.kind === "user") return (this.organisationId = this.ctx.actor.organisationId);
    const open = await this.ctx.db.selectFrom("organisation").select("id").where("socialmap_public", "=", 1).orderBy("id").execute();
    const chosen = this.wanted ? open.find((o) => o.id === this.wanted) : open.length === 1 ? open[0] : undefined;
    if (!chosen) throw new AppError("not_found", this.wanted || open.length === 0 ? "No public social map here" : "Name the organisation whose map you want with ?organisation=");
    return (this.organisationId = chosen.id);
  }

  async services(query: HsdsPaging & { search?: string | undefined; taxonomyTermId?: string | undefined; organizationId?: string | undefined; modifiedAfter?: string | undefined }): Promise<HsdsPage<Json>> {
    const organisationId = await this.organisation();
    const result = await searchServices(
      this.ctx.db,
      this.ctx.services.dialect,
      organisationId,
      { q: query.search, taxonomyTermId: query.taxonomyTermId, organizationId: query.organizationId, modifiedAfter: query.modifiedAfter, includeInactive: true, page: query.page, perPage: query.perPage },
      this.ctx.clock.now(),
    );
    const ids = result.items.map((i) => i.id);
    const rows = ids.length ? await this.ctx.db.selectFrom("socialmap_service").select(["service_id", "document"]).where("organisation_id", "=", organisationId).where("service_id", "in", ids).execute() : [];
    const documents = new Map(rows.map((r) => [r.service_id, fromJson<Json>(r.document, {})]));
    return hsdsPage(ids.map((id) => documents.get(id) ?? { id }), query.page, query.perPage, result.totalItems);
  }

  async service(id: string): Promise<Json> {
    const row = await this.ctx.db.selectFrom("socialmap_service").select("document").where("organisation_id", "=", await this.organisation()).where("service_id", "=", id).executeTakeFirst();
    if (!row) throw new AppError("not_found", "Service not found");
    return fromJson<Json>(row.document, {});
  }

  /** A plain HSDS table as a page of its rows, by id. */
  async list(table: HsdsTable, paging: HsdsPaging, where?: { field: string; value: string }): Promise<HsdsPage<Json>> {
    const organisationId = await this.organisation();
    const start = (paging.page - 1) * paging.perPage;
    const base = this.ctx.db.selectFrom("socialmap_record").where("organisation_id", "=", organisationId).where("table_name", "=", table);
    if (where) {
      // A narrowed list (terms of one taxonomy): the table is read and filtered here.
      const rows = (await base.select("data").orderBy("id").execute()).map((r) => fromJson<Json>(r.data, {})).filter((r) => r[where.field] === where.value);
      return hsdsPage(rows.slice(start, start + paging.perPage), paging.page, paging.perPage, rows.length);
    }
    const rows = await base.select("data").orderBy("id").limit(paging.perPage).offset(start).execute();
    const total = await base.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
    return hsdsPage(rows.map((r) => fromJson<Json>(r.data, {})), paging.page, paging.perPage, Number(total?.n ?? 0));
  }

  async one(table: HsdsTable, id: string): Promise<Json> {
    const row = await this.ctx.db.selectFrom("socialmap_record").select("data").where("organisation_id", "=", await this.organisation()).where("table_name", "=", table).where("id", "=", id).executeTakeFirst();
    if (!row) throw new AppError("not_found", "Not found");
    return fromJson<Json>(row.data, {});
  }
}

export const HSDS_MAX_PER_PAGE = LIMITS.pageSize;
