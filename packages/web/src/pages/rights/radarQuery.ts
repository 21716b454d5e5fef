/**
 * The radar's filters live in the URL (`?scope=team&right=leefloon&automatic=true`), so a link
 * or the back button brings the same list. A scope the user's role does not have falls back to
 * "mine".
 */
import type { RadarScope, Role } from "@nabij/domain";
import type { RadarFilters } from "../../api/rights.ts";

/**
 * Who may look across what: a worker their own persons, a coordinator the team and the
 * organisation, an administrator the organisation (where they work with nobody themselves).
 * The first scope is where the radar opens.
 */
export const SCOPES_OF_ROLE: Record<Role, readonly RadarScope[]> = {
  worker: ["mine"],
  coordinator: ["mine", "team", "organisation"],
  admin: ["organisation", "mine"],
};

const defaultScope = (role: Role): RadarScope => SCOPES_OF_ROLE[role][0] ?? "mine";

export function readRadarFilters(params: URLSearchParams, role: Role): RadarFilters {
  const scope = SCOPES_OF_ROLE[role].find((s) => s === params.get("scope")) ?? defaultScope(role);
  return { scope, right: params.get("right") ?? "", automatic: params.get("automatic") === "true" };
}

export function writeRadarFilters(filters: RadarFilters, role: Role): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.scope !== defaultScope(role)) params.set("scope", filters.scope);
  if (filters.right) params.set("right", filters.right);
  if (filters.automatic) params.set("automatic", "true");
  return params;
}
