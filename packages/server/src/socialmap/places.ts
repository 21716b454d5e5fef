import { foldForSearch } from "@nabij/domain";

/**
 * Places as search keys: folded words without punctuation ("Sint-Jans-Molenbeek" → "sint jans
 * molenbeek"), the part before a bracket as well ("Gent (Sint-Amandsberg)" → also "gent"), and
 * one key for both names of a bilingual municipality (Brussels), so "Bruxelles" finds "Brussel".
 */
export function wordsOf(text: string): string {
  return (foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** Dutch and French names of the same municipality; the key is the first (Dutch) one. */
const BILINGUAL: ReadonlyArray<readonly [string, string]> = [
  ["Brussel", "Bruxelles"],
  ["Anderlecht", "Anderlecht"],
  ["Elsene", "Ixelles"],
  ["Etterbeek", "Etterbeek"],
  ["Evere", "Evere"],
  ["Ganshoren", "Ganshoren"],
  ["Jette", "Jette"],
  ["Koekelberg", "Koekelberg"],
  ["Oudergem", "Auderghem"],
  ["Schaarbeek", "Schaerbeek"],
  ["Sint-Agatha-Berchem", "Berchem-Sainte-Agathe"],
  ["Sint-Gillis", "Saint-Gilles"],
  ["Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"],
  ["Sint-Joost-ten-Node", "Saint-Josse-ten-Noode"],
  ["Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"],
  ["Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre"],
  ["Ukkel", "Uccle"],
  ["Vorst", "Forest"],
  ["Watermaal-Bosvoorde", "Watermael-Boitsfort"],
  ["Bever", "Biévène"],
  ["Edingen", "Enghien"],
  ["Komen-Waasten", "Comines-Warneton"],
  ["Moeskroen", "Mouscron"],
  ["Luik", "Liège"],
  ["Bergen", "Mons"],
  ["Namen", "Namur"],
  ["Doornik", "Tournai"],
  ["Aken", "Aachen"],
];
const CANONICAL = new Map(BILINGUAL.flatMap(([nl, fr]) => [[wordsOf(fr), wordsOf(nl)] as const, [wordsOf(nl), wordsOf(nl)] as const]));

const DUTCH_NAME = new Map(BILINGUAL.map(([nl]) => [wordsOf(nl), nl]));

/**
 * The name to show for each municipality key: the Dutch name of a bilingual municipality,
 * otherwise the name as the data writes it most often (ties: the first in alphabetical order).
 */
export function placeNames(cities: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const city of cities) {
    const name = (city.split("(")[0] ?? city).trim();
    for (const key of municipalityKeys(city)) {
      const names = counts.get(key) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      counts.set(key, names);
    }
  }
  return new Map(
    [...counts].map(([key, names]) => {
      const best = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? key;
      return [key, DUTCH_NAME.get(key) ?? best];
    }),
  );
}

/** The search keys of a municipality's name (one or two). */
export function municipalityKeys(name: string): string[] {
  const whole = wordsOf(name);
  const beforeBracket = wordsOf(name.split("(")[0] ?? "");
  return [...new Set([whole, beforeBracket].filter(Boolean).map((key) => CANONICAL.get(key) ?? key))];
}

/** The four digits of a Belgian postcode in whatever form ("B-4000", "4000 Luik"), or null. */
export function postcodeOf(text: string): string | null {
  return /(?<!\d)(\d{4})(?!\d)/.exec(text)?.[1] ?? null;
}

/** What a place filter asks for: a postcode when it holds one, else a municipality key. */
export function placeFilter(text: string): { facet: "postcode" | "municipality"; value: string } | null {
  const postcode = postcodeOf(text);
  if (postcode) return { facet: "postcode", value: postcode };
  const [key] = municipalityKeys(text);
  return key ? { facet: "municipality", value: key } : null;
}
