import { forbidden, type RadarScope } from "@nabij/domain";
import type { UserActor } from "./actor.ts";

/**
 * Who may ask for figures over more than their own caseload: the team's for a coordinator, the
 * whole organisation's for a coordinator or an administrator. Lists within a scope still hold
 * only the persons the reader may see (PersonAccess decides that).
 */
export function requireScope(user: UserActor, scope: RadarScope): void {
  if (scope === "team" && user.role !== "coordinator") throw forbidden("The team's figures are for coordinators");
  if (scope === "organisation" && user.role === "worker") throw forbidden("The organisation's figures are for coordinators and administrators");
}
