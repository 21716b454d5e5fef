import type { PackLanguage, RadarScope, TakeUpUpdate } from "@nabij/domain";
import { api, query } from "./client.ts";
import type { CheckReport, PersonRights, RadarPage, RightsCatalogue, Situation, TakeUp, TakeUpHistory } from "./rightsTypes.ts";

/** Rule packs speak nl, fr and en: the UI language without its region. */
export function packLanguage(uiLanguage: string): PackLanguage {
  if (uiLanguage.startsWith("fr")) return "fr";
  if (uiLanguage.startsWith("en")) return "en";
  return "nl";
}

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}/rights`;

/** Every right with its explanation, sources and figures, and every question of the check. */
export function getRights(language: PackLanguage): Promise<RightsCatalogue> {
  return api.get(`/api/rights${query({ language })}`);
}

/** Checks a situation now; nothing is stored and no person is involved. */
export function checkSituation(situation: Situation, language: PackLanguage, signal?: AbortSignal): Promise<CheckReport> {
  return api.post("/api/rights/check", { situation, language }, signal ? { signal } : {});
}

/** The person's stored situation, their latest check and the take-up per right. */
export function getPersonRights(personId: string, language: PackLanguage): Promise<PersonRights> {
  return api.get(`${personPath(personId)}${query({ language })}`);
}

/** A new version of the situation, checked at once: 409 stale_version when someone saved first. */
export function saveSituation(personId: string, situation: Situation, expectedVersion: number | null, language: PackLanguage): Promise<PersonRights> {
  return api.put(`${personPath(personId)}/situation`, { situation, expectedVersion, language });
}

/** Checks the stored situation again today. */
export function recheckPerson(personId: string, language: PackLanguage): Promise<PersonRights> {
  return api.post(`${personPath(personId)}/check`, { language });
}

const takeUpPath = (personId: string, rightId: string): string => `${personPath(personId)}/${encodeURIComponent(rightId)}/take-up`;

export function setTakeUp(personId: string, rightId: string, input: TakeUpUpdate): Promise<TakeUp> {
  return api.put(takeUpPath(personId, rightId), input);
}

export function getTakeUp(personId: string, rightId: string): Promise<TakeUpHistory> {
  return api.get(takeUpPath(personId, rightId));
}

/** What the radar lists: whose caseload, which right, only the automatic ones. */
export interface RadarFilters {
  scope: RadarScope;
  right: string;
  automatic: boolean;
}

function radarQuery(filters: RadarFilters, language: PackLanguage, cursor?: string | null): string {
  return query({ scope: filters.scope, right: filters.right, automatic: filters.automatic ? "true" : undefined, language, cursor });
}

export function getRadar(filters: RadarFilters, language: PackLanguage, cursor?: string | null): Promise<RadarPage> {
  return api.get(`/api/rights/radar${radarQuery(filters, language, cursor)}`);
}

/** The same list as a CSV file (a plain link: the browser downloads it with the session cookie). */
export function radarCsvPath(filters: RadarFilters, language: PackLanguage): string {
  return `/api/rights/radar.csv${radarQuery(filters, language)}`;
}
