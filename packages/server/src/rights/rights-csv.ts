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

/** The words of the cells, as the web app says them (its translation files hold the same words). */
const WORDS = {
  nl: { entitled: "waarschijnlijk recht", maybe: "misschien", yes: "ja", no: "nee", takeUp: { unknown: "onbekend", to_apply: "aan te vragen", applied: "aangevraagd", granted: "toegekend", refused: "geweigerd", not_wanted: "wil het niet", not_entitled: "toch geen recht" } },
  fr: { entitled: "droit probable", maybe: "peut-être", yes: "oui", no: "non", takeUp: { unknown: "inconnu", to_apply: "à demander", applied: "demandé", granted: "accordé", refused: "refusé", not_wanted: "n'en veut pas", not_entitled: "finalement pas de droit" } },
  en: { entitled: "probably entitled", maybe: "maybe", yes: "yes", no: "no", takeUp: { unknown: "unknown", to_apply: "to apply for", applied: "applied for", granted: "granted", refused: "refused", not_wanted: "not wanted", not_entitled: "not entitled after all" } },
} as const;

/** The radar's list as CSV, UTF-8 with a byte order mark so spreadsheets read the accents. */
export function radarCsv(items: readonly RadarItem[], language: keyof typeof HEADERS): string {
  const words = WORDS[language];
  const rows = items.map((i) => [i.displayName, i.rightName, words[i.outcome], i.automatic ? words.yes : words.no, words.takeUp[i.takeUp], i.checkedAt].map(safeCell));
  return "\ufeff" + stringify([[...HEADERS[language]], ...rows], { record_delimiter: "\r\n" });
}
