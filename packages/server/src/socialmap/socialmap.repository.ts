import { AppError } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { fromJson } from "../db/values.ts";
import { searchServices, type SearchHit, type SearchParams } from "./socialmap-search.ts";

export interface ServiceHitView extends SearchHit {
  organizationName: string | null;
  municipalities: string[];
  domains: string[];
}

export interface FiltersView {
  /** value: what the place filter takes; name: what to show. */
  municipalities: Array<{ value: string; name: string }>;
  targetGroups: Array<{ code: string; name: string }>;
  languages: string[];
  domains: string[];
}

/**
 * The social map as workers use it: search with reasons, one service in full, and the values
 * the filters offer. The map is the organisation's own (not personal data: no audit).
 */
export class SocialMapRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.user.organisationId;
  }

  async search(params: SearchParams): Promise<{ items: ServiceHitView[]; totalItems: number; page: number; perPage: number }> {
    const result = await searchServices(this.ctx.db, this.ctx.services.dialect, this.organisationId, params, this.ctx.clock.now());
    const ids = result.items.map((i) => i.id);
    const facets = ids.length
      ? await this.ctx.db.selectFrom("socialmap_facet").select(["service_id", "facet", "value"]).where("organisation_id", "=", this.organisationId).where("service_id", "in", ids).where("facet", "in", ["domain", "municipality"]).execute()
      : [];
    const organizationIds = [...new Set(result.items.flatMap((i) => (i.organizationId ? [i.organizationId] : [])))];
    const organizations = organizationIds.length
      ? await this.ctx.db.selectFrom("socialmap_record").select(["id", "data"]).where("organisation_id", "=", this.organisationId).where("table_name", "=", "organization").where("id", "in", organizationIds).execute()
      : [];
    const organizationName = new Map(organizations.map((o) => [o.id, fromJson<{ name?: string }>(o.data, {}).name ?? null]));
    // Municipality facets are folded; the display name comes from the service's document.
    const documents = ids.length ? await this.ctx.db.selectFrom("socialmap_service").select(["service_id", "document"]).where("organisation_id", "=", this.organisationId).where("service_id", "in", ids).execute() : [];
    const citiesOf = new Map(documents.map((d) => [d.service_id, cities(fromJson<Record<string, unknown>>(d.document, {}))]));
    return {
      ...result,
      items: result.items.map((hit) => ({
        ...hit,
        organizationName: hit.organizationId ? (organizationName.get(hit.organizationId) ?? null) : null,
        municipalities: citiesOf.get(hit.id) ?? [],
        domains: facets.filter((f) => f.service_id === hit.id && f.facet === "domain").map((f) => f.value),
      })),
    };
  }

  /** One service in HSDS's nested form. */
  async service(serviceId: string): Promise<Record<string, unknown>> {
    const row = await this.ctx.db.selectFrom("socialmap_service").select("document").where("organisation_id", "=", this.organisationId).where("service_id", "=", serviceId).executeTakeFirst();
    if (!row) throw new AppError("not_found", "Service not found");
    return fromJson<Record<string, unknown>>(row.document, {});
  }

  /** The values the search filters offer, from what the map holds. */
  async filters(): Promise<FiltersView> {
    const rows = await this.ctx.db.selectFrom("socialmap_facet").select(["facet", "value"]).distinct().where("organisation_id", "=", this.organisationId).where("facet", "in", ["municipality", "target_group", "language", "domain"]).execute();
    const values = (facet: string) => rows.filter((r) => r.facet === facet).map((r) => r.value).sort();
    const terms = await this.ctx.db.selectFrom("socialmap_record").select("data").where("organisation_id", "=", this.organisationId).where("table_name", "=", "taxonomy_term").execute();
    const termName = new Map(terms.map((t) => fromJson<{ code?: string; name?: string }>(t.data, {})).filter((t) => t.code).map((t) => [t.code ?? "", t.name ?? t.code ?? ""]));
    const places = await this.ctx.db.selectFrom("socialmap_place").select(["key", "name"]).where("organisation_id", "=", this.organisationId).execute();
    const placeName = new Map(places.map((p) => [p.key, p.name]));
    return {
      municipalities: values("municipality").map((value) => ({ value, name: placeName.get(value) ?? value })),
      targetGroups: values("target_group").map((code) => ({ code, name: termName.get(code) ?? code })),
      languages: values("language"),
      domains: values("domain"),
    };
  }
}

/** The cities of a nested service's places, in order, once each. */
function cities(document: Record<string, unknown>): string[] {
  const places = Array.isArray(document.service_at_locations) ? (document.service_at_locations as Array<Record<string, unknown>>) : [];
  const names = places.flatMap((sal) => {
    const location = sal.location as Record<string, unknown> | undefined;
    const addresses = Array.isArray(location?.addresses) ? (location.addresses as Array<Record<string, unknown>>) : [];
    return addresses.map((a) => (typeof a.city === "string" ? a.city : "")).filter(Boolean);
  });
  return [...new Set(names)];
}
