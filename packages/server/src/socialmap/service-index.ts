import { isBuiltInDomain } from "@nabij/domain";
import type { Dataset, HsdsRow } from "./hsds/dataset.ts";
import { openingRule, type OpeningRule } from "./opening-hours.ts";
import { municipalityKeys, postcodeOf, wordsOf } from "./places.ts";
import { isTaxonomy, LIFE_DOMAIN_TAXONOMY, TARGET_GROUP_TAXONOMY } from "./taxonomies.ts";

/** What search and the HSDS list need of one service, worked out from all the rows around it. */
export interface ServiceIndexEntry {
  serviceId: string;
  organizationId: string | null;
  name: string;
  nameSearch: string;
  status: string;
  /** Folded words: service, organisation, places (name, municipality, postcode), terms, languages. */
  searchText: string;
  /** The folded words per field, to tell why a result matched. */
  matchFields: Record<MatchField, string>;
  opening: OpeningRule[];
  free: boolean;
  modifiedAt: string | null;
  facets: Array<{ facet: Facet; value: string }>;
}

/** At most this many characters of a service's words are indexed. */
export const MAX_INDEX_CHARS = 100_000;

export const MATCH_FIELDS = ["name", "organization", "place", "terms", "description"] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export const FACETS = ["domain", "target_group", "language", "municipality", "postcode", "taxonomy_term", "organization"] as const;
export type Facet = (typeof FACETS)[number];

const str = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

function groupBy(rows: HsdsRow[], key: string): Map<string, HsdsRow[]> {
  const map = new Map<string, HsdsRow[]>();
  for (const row of rows) {
    const value = row[key];
    if (typeof value !== "string") continue;
    const list = map.get(value);
    if (list) list.push(row);
    else map.set(value, [row]);
  }
  return map;
}

/**
 * Free of charge: the service names at least one cost option and none costs anything. Without
 * cost options we do not know, and do not claim it is free.
 */
function isFree(costOptions: HsdsRow[]): boolean {
  return costOptions.length > 0 && costOptions.every((c) => typeof c.amount !== "number" || c.amount <= 0);
}

/** The index entry of every service of a dataset (the whole map of one organisation). */
export function buildServiceIndex(ds: Dataset): ServiceIndexEntry[] {
  const organizations = new Map(ds.organization.map((o) => [o.id, o]));
  const locations = new Map(ds.location.map((l) => [l.id, l]));
  const terms = new Map(ds.taxonomy_term.map((t) => [t.id, t]));
  const taxonomies = new Map(ds.taxonomy.map((t) => [t.id, t]));
  const atLocations = groupBy(ds.service_at_location, "service_id");
  const addresses = groupBy(ds.address, "location_id");
  const attributes = groupBy(ds.attribute, "link_id");
  const serviceLanguages = groupBy(ds.language, "service_id");
  const locationLanguages = groupBy(ds.language, "location_id");
  const costOptions = groupBy(ds.cost_option, "service_id");
  const schedulesByService = groupBy(ds.schedule, "service_id");
  const schedulesBySal = groupBy(ds.schedule, "service_at_location_id");
  const schedulesByLocation = groupBy(ds.schedule, "location_id");

  return ds.service.map((service) => {
    const organization = typeof service.organization_id === "string" ? organizations.get(service.organization_id) : undefined;
    const sals = atLocations.get(service.id) ?? [];
    const places = sals.flatMap((sal) => {
      const location = typeof sal.location_id === "string" ? locations.get(sal.location_id) : undefined;
      return location ? [{ sal, location, addresses: addresses.get(location.id) ?? [] }] : [];
    });
    const linkedTerms = (attributes.get(service.id) ?? []).flatMap((a) => {
      const term = typeof a.taxonomy_term_id === "string" ? terms.get(a.taxonomy_term_id) : undefined;
      return term ? [term] : [];
    });
    const taxonomyOf = (term: HsdsRow) => (typeof term.taxonomy_id === "string" ? taxonomies.get(term.taxonomy_id) : undefined);
    const domains = linkedTerms.filter((t) => isTaxonomy(taxonomyOf(t), LIFE_DOMAIN_TAXONOMY) && isBuiltInDomain(str(t.code))).map((t) => str(t.code));
    const targetGroups = linkedTerms.filter((t) => isTaxonomy(taxonomyOf(t), TARGET_GROUP_TAXONOMY) && str(t.code)).map((t) => str(t.code));
    const languages = [...(serviceLanguages.get(service.id) ?? []), ...places.flatMap((p) => locationLanguages.get(p.location.id) ?? [])];
    const schedules = [
      ...(schedulesByService.get(service.id) ?? []),
      ...places.flatMap((p) => [...(schedulesBySal.get(p.sal.id) ?? []), ...(schedulesByLocation.get(p.location.id) ?? [])]),
    ];
    const cities = places.flatMap((p) => p.addresses.map((a) => str(a.city))).filter(Boolean);
    const postcodes = places.flatMap((p) => p.addresses.map((a) => str(a.postal_code))).filter(Boolean);
    const words = [
      service.name,
      service.alternate_name,
      service.description,
      organization?.name,
      organization?.alternate_name,
      ...places.flatMap((p) => [p.location.name, ...p.addresses.flatMap((a) => [a.city, a.postal_code, a.region])]),
      ...linkedTerms.flatMap((t) => [t.name, t.description]),
      ...languages.map((l) => l.name),
    ]
      .map(str)
      .filter(Boolean);
    const fold = (values: unknown[]): string => wordsOf(values.map(str).filter(Boolean).join(" ")).slice(0, MAX_INDEX_CHARS);
    const matchFields: Record<MatchField, string> = {
      name: fold([service.name, service.alternate_name]),
      organization: fold([organization?.name, organization?.alternate_name]),
      place: fold(places.flatMap((p) => [p.location.name, ...p.addresses.flatMap((a) => [a.city, a.postal_code, a.region])])),
      terms: fold([...linkedTerms.flatMap((t) => [t.name, t.description]), ...languages.map((l) => l.name)]),
      description: fold([service.description]),
    };
    const facets: ServiceIndexEntry["facets"] = [
      ...domains.map((value) => ({ facet: "domain" as const, value })),
      ...targetGroups.map((value) => ({ facet: "target_group" as const, value })),
      ...languages.map((l) => ({ facet: "language" as const, value: str(l.code).toLowerCase().split("-")[0] ?? "" })),
      ...cities.flatMap((c) => municipalityKeys(c).map((value) => ({ facet: "municipality" as const, value }))),
      ...postcodes.flatMap((p) => {
        const value = postcodeOf(p);
        return value ? [{ facet: "postcode" as const, value }] : [];
      }),
      ...linkedTerms.map((t) => ({ facet: "taxonomy_term" as const, value: t.id })),
      ...(organization ? [{ facet: "organization" as const, value: organization.id }] : []),
    ].filter((f) => f.value !== "");
    const unique = [...new Map(facets.map((f) => [`${f.facet}\u0000${f.value}`, f])).values()];
    return {
      serviceId: service.id,
      organizationId: organization?.id ?? (typeof service.organization_id === "string" ? service.organization_id : null),
      name: str(service.name),
      nameSearch: wordsOf(str(service.name)),
      status: str(service.status) || "active",
      // Words only (the query's own rule), so SQLite and PostgreSQL split text alike; capped, as a
      // tsvector has a size limit and no search needs a whole book.
      searchText: wordsOf(words.join(" ")).slice(0, MAX_INDEX_CHARS),
      matchFields,
      opening: schedules.map(openingRule).filter((r): r is OpeningRule => r !== null),
      free: isFree(costOptions.get(service.id) ?? []),
      modifiedAt: typeof service.last_modified === "string" ? service.last_modified : null,
      facets: unique,
    };
  });
}
