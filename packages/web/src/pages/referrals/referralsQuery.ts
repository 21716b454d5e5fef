/**
 * The referrals page keeps its choices in the URL (`?status=failed&overdue=true&scope=team`), so a
 * link or the back button brings the same list. Unknown values, or a scope the user's role does
 * not have, fall back to the defaults.
 */
import { REFERRAL_STATUSES, type RadarScope, type ReferralStatus, type Role } from "@nabij/domain";
import type { ReferralListFilters } from "../../api/referrals.ts";
import { SCOPES_OF_ROLE } from "../rights/radarQuery.ts";

export interface ReferralsView extends ReferralListFilters {
  /** Whose referrals the outcome figures count (the same scopes as the radar). */
  scope: RadarScope;
}

const defaultScope = (role: Role): RadarScope => SCOPES_OF_ROLE[role][0] ?? "mine";
const isStatus = (value: string | null): value is ReferralStatus => (REFERRAL_STATUSES as readonly (string | null)[]).includes(value);

export function readReferralsView(params: URLSearchParams, role: Role): ReferralsView {
  const status = params.get("status");
  return {
    status: isStatus(status) ? status : "",
    overdue: params.get("overdue") === "true",
    scope: SCOPES_OF_ROLE[role].find((s) => s === params.get("scope")) ?? defaultScope(role),
  };
}

export function writeReferralsView(view: ReferralsView, role: Role): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status) params.set("status", view.status);
  if (view.overdue) params.set("overdue", "true");
  if (view.scope !== defaultScope(role)) params.set("scope", view.scope);
  return params;
}
