import { stringify } from "csv-stringify/sync";
import type { RadarItem } from "./radar.repository.ts";

/** A cell a spreadsheet would read as a formula gets a leading apostrophe (CSV injection). */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const HEADERS = {
  nl: ["persoon", "recht", "uitkomst", "automatisch", "gebruik", "gecontroleerd op"],
  fr: ["personne", "droit", "résultat", "automatique", "recours", "vérifié le"],
  en: ["person", "right", "outcome", "automatic", "take-up", "checked at"],
} as const;

/** The radar's list as CSV, UTF-8 with a byte order mark so spreadsheets read the accents. */
export function radarCsv(items: readonly RadarItem[], language: keyof typeof HEADERS): string {
  const rows = items.map((i) => [i.displayName, i.rightName, i.outcome, i.automatic ? "yes" : "no", i.takeUp, i.checkedAt].map(safeCell));
  return "\ufeff" + stringify([[...HEADERS[language]], ...rows], { record_delimiter: "\r\n" });
}
