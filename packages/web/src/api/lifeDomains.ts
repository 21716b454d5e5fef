import type { AssessmentCreate, DomainSettings } from "@nabij/domain";
import { api } from "./client.ts";
import type { Assessment, DomainOverview, LifeDomains } from "./types.ts";

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}`;

/** The organisation's life domains in its order: own names, hidden ones, own domains. */
export function getLifeDomains(): Promise<LifeDomains> {
  return api.get("/api/life-domains");
}

/** All at once, with the version that was read (admin): 409 stale_version when someone was first. */
export function saveLifeDomains(input: DomainSettings): Promise<LifeDomains> {
  return api.put("/api/admin/life-domains", input);
}

/** Every domain of the person at a glance, in the organisation's order. */
export async function getPersonLifeDomains(personId: string): Promise<DomainOverview[]> {
  return (await api.get<{ domains: DomainOverview[] }>(`${personPath(personId)}/life-domains`)).domains;
}

/** The person's assessments, newest first. */
export async function listAssessments(personId: string): Promise<Assessment[]> {
  return (await api.get<{ items: Assessment[] }>(`${personPath(personId)}/assessments`)).items;
}

/** The same client-made id on a retry returns the stored assessment instead of a second one. */
export function recordAssessment(personId: string, input: AssessmentCreate & { id: string }): Promise<Assessment> {
  return api.post(`${personPath(personId)}/assessments`, input);
}
