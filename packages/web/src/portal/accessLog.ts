/**
 * An access-log entry in words: "Sam Demeester (CAW Demo) looked at your agenda on 29 November
 * 2025 at 10:15." Pure, so the sentences are tested without a browser.
 */
import type { TFunction } from "i18next";
import type { AccessEntry } from "./api.ts";

/** The parts the log names, each with its own words; anything newer reads as "your information". */
const PARTS = [
  "agenda", "appointments", "encounters", "details", "identity", "contact", "notes", "life_domains", "network",
  "referrals", "rights", "strengths", "workers", "overview", "access_log", "consents", "portal", "signals", "initiatives", "testimonies",
] as const;
type Part = (typeof PARTS)[number] | "other";

const ROLES = ["worker", "coordinator", "admin"] as const;
type Role = (typeof ROLES)[number];

function part(what: string): Part {
  return (PARTS as readonly string[]).includes(what) ? (what as Part) : "other";
}

function role(value: string | null): Role | null {
  return value !== null && (ROLES as readonly string[]).includes(value) ? (value as Role) : null;
}

export interface DayAndTime {
  day(iso: string): string;
  time(iso: string): string;
}

/** Who did it: a name with the organisation, else the role at the organisation, else "someone". */
function who(entry: AccessEntry, t: TFunction<"portal">): string {
  const { name, organisationName } = entry.who;
  if (name) return organisationName ? t("accessLog.who.nameAndOrganisation", { name, organisation: organisationName }) : name;
  const actorRole = role(entry.who.role);
  if (actorRole && organisationName) return t(`accessLog.who.${actorRole}`, { organisation: organisationName });
  return t("accessLog.who.someone");
}

/** The main sentence of an entry. */
export function accessSentence(entry: AccessEntry, t: TFunction<"portal">, format: DayAndTime): string {
  const values = { what: t(`accessLog.what.${part(entry.what)}`), date: format.day(entry.at), time: format.time(entry.at) };
  const changed = entry.access === "changed";
  switch (entry.who.kind) {
    case "you":
      return changed ? t("accessLog.youChanged", values) : t("accessLog.youLooked", values);
    case "system":
      return changed ? t("accessLog.systemChanged", values) : t("accessLog.systemLooked", values);
    case "worker":
      return changed ? t("accessLog.workerChanged", { ...values, who: who(entry, t) }) : t("accessLog.workerLooked", { ...values, who: who(entry, t) });
  }
}

/** Why, when the log knows: the basis of a worker's access, the consent's purpose, a reason given. */
export function accessReasons(entry: AccessEntry, t: TFunction<"portal">): string[] {
  const lines: string[] = [];
  if (entry.via === "calendar") lines.push(t("accessLog.viaCalendar"));
  if (entry.who.kind === "worker" && entry.basis) lines.push(t(`accessLog.basis.${entry.basis}`));
  if (entry.consentPurpose) lines.push(t("accessLog.consentPurpose", { purpose: entry.consentPurpose }));
  if (entry.reason) lines.push(t("accessLog.reason", { reason: entry.reason }));
  return lines;
}
