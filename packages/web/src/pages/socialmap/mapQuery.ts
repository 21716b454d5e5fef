/**
 * The map page keeps its search in the URL (?q=…&place=…&free=true&page=2), so back and
 * forward, a reload and a shared link all show the same results.
 */
export interface MapQuery {
  q: string;
  domain: string;
  place: string;
  targetGroup: string;
  language: string;
  free: boolean;
  openNow: boolean;
  page: number;
}

export const EMPTY_QUERY: MapQuery = { q: "", domain: "", place: "", targetGroup: "", language: "", free: false, openNow: false, page: 1 };

export const PER_PAGE = 20;

const MAX_PAGE = 10_000;
const text = (params: URLSearchParams, key: string, max: number): string => (params.get(key) ?? "").trim().slice(0, max);
const flag = (params: URLSearchParams, key: string): boolean => ["true", "1"].includes(params.get(key) ?? "");

export function readMapQuery(params: URLSearchParams): MapQuery {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: text(params, "q", 2000),
    domain: text(params, "domain", 60),
    place: text(params, "place", 80),
    targetGroup: text(params, "targetGroup", 60),
    language: text(params, "language", 20),
    free: flag(params, "free"),
    openNow: flag(params, "openNow"),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** Only what differs from an empty search, in a fixed order (so equal searches give equal URLs). */
export function writeMapQuery(query: MapQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["q", "domain", "place", "targetGroup", "language"] as const) {
    const value = query[key].trim();
    if (value) params.set(key, value);
  }
  if (query.free) params.set("free", "true");
  if (query.openNow) params.set("openNow", "true");
  if (query.page > 1) params.set("page", String(query.page));
  return params;
}

/** How many filters (not the words) narrow the search: said on the closed filter panel. */
export function activeFilterCount(query: MapQuery): number {
  return [query.domain, query.place, query.targetGroup, query.language].filter(Boolean).length + (query.free ? 1 : 0) + (query.openNow ? 1 : 0);
}

export function pageCount(totalItems: number, perPage: number): number {
  return Math.max(1, Math.ceil(totalItems / Math.max(1, perPage)));
}
