import { LIMITS, OWN_DOMAIN_PREFIX, UI_LANGUAGES, type DomainSetting, type UiLanguage } from "@nabij/domain";
import type { LifeDomainSetting } from "../../api/types.ts";

/** One domain as the administrator edits it: the names as typed (empty: the built-in name). */
export interface DomainRow {
  key: string;
  labels: Record<UiLanguage, string>;
  hidden: boolean;
  builtIn: boolean;
  /** Added here, not saved yet: may still be taken out of the list. */
  added: boolean;
}

const NO_LABELS: Record<UiLanguage, string> = { "nl-BE": "", "fr-BE": "", en: "" };

export function rowsOf(domains: readonly LifeDomainSetting[]): DomainRow[] {
  return domains.map((d) => ({ key: d.key, labels: d.labels ? { ...d.labels } : { ...NO_LABELS }, hidden: d.hidden, builtIn: d.builtIn, added: false }));
}

/** The longest key the API takes: a letter and up to 48 more. */
const KEY_MAX = 49;

/** "Budget & schulden (coaching)" → "own_budget_schulden_coaching"; made unique against `taken`. */
export function ownDomainKey(dutchLabel: string, taken: readonly string[]): string {
  const slug = dutchLabel
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const base = `${OWN_DOMAIN_PREFIX}${slug || "domain"}`.slice(0, KEY_MAX).replace(/_+$/, "");
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const key = `${base.slice(0, KEY_MAX - suffix.length).replace(/_+$/, "")}${suffix}`;
    if (!taken.includes(key)) return key;
  }
}

/** Which names an own domain still lacks, or a name that is too long: per language. */
export function labelProblems(row: DomainRow): Partial<Record<UiLanguage, "required" | "too_big">> {
  const problems: Partial<Record<UiLanguage, "required" | "too_big">> = {};
  for (const language of UI_LANGUAGES) {
    const label = row.labels[language].trim();
    if (!row.builtIn && label === "") problems[language] = "required";
    else if (label.length > LIMITS.domainLabel) problems[language] = "too_big";
  }
  return problems;
}

/**
 * What is sent: every domain in the list's order. A built-in domain without names keeps its
 * translated name; with some names, the empty ones take the built-in name in that language.
 */
export function toSettings(rows: readonly DomainRow[], builtInName: (key: string, language: UiLanguage) => string): DomainSetting[] {
  return rows.map((row) => {
    const typed = UI_LANGUAGES.map((language) => row.labels[language].trim());
    const setting: DomainSetting = { key: row.key, hidden: row.hidden };
    if (typed.some((label) => label !== "")) {
      setting.labels = { "nl-BE": "", "fr-BE": "", en: "" };
      UI_LANGUAGES.forEach((language, index) => {
        if (setting.labels) setting.labels[language] = typed[index] || builtInName(row.key, language);
      });
    }
    return setting;
  });
}

export function sameRows(a: readonly DomainRow[], b: readonly DomainRow[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
