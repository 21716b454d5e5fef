/**
 * Whose signals the list shows lives in the URL (`/signals?scope=organisation`), so a link or the
 * back button brings the same view. A scope the role does not have falls back to the first.
 */
import type { Role, SignalListScope } from "@nabij/domain";

/** A worker sees their own signals; coordinators and administrators also the organisation's (administrators start there). */
export const SIGNAL_SCOPES_OF_ROLE: Record<Role, readonly SignalListScope[]> = {
  worker: ["mine"],
  coordinator: ["mine", "organisation"],
  admin: ["organisation", "mine"],
};

const defaultScope = (role: Role): SignalListScope => SIGNAL_SCOPES_OF_ROLE[role][0] ?? "mine";

export function readSignalScope(params: URLSearchParams, role: Role): SignalListScope {
  return SIGNAL_SCOPES_OF_ROLE[role].find((s) => s === params.get("scope")) ?? defaultScope(role);
}

export function writeSignalScope(scope: SignalListScope, role: Role): URLSearchParams {
  return new URLSearchParams(scope === defaultScope(role) ? {} : { scope });
}

/** Who reads the organisation's signals and dossiers; only coordinators change them. */
export const readsDossiers = (role: Role): boolean => role !== "worker";
export const writesDossiers = (role: Role): boolean => role === "coordinator";
