import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { MatchField, ServiceHit } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { intlLocale } from "../../i18n/language.ts";
import type { CostView, ScheduleNote, Weekday } from "./hsds.ts";

const MATCH_FIELDS: readonly MatchField[] = ["name", "organization", "place", "terms", "description"];
const SIGN_LANGUAGES = ["vgt", "sfb"] as const;

export interface MapWords {
  /** "a, b en c" */
  list(items: readonly string[]): string;
  /** "MO" → "maandag" */
  day(day: Weekday): string;
  /** "09:00" in the current language ("24:00" stays midnight at the end of the day). */
  time(hhmm: string): string;
  /** "van 09:00 tot 12:00" */
  range(range: { opens: string; closes: string }): string;
  /** A schedule the week table cannot hold, in words. */
  note(note: ScheduleNote): string;
  /** A spoken or signed language by its code, in the current language; the data's own name as a fallback. */
  language(code: string | null, name?: string | null): string;
  /** "‘gent’ in: organisatie en plaats; ‘schuld’ in: naam" */
  why(why: ServiceHit["why"]): string;
  cost(cost: CostView): string;
}

/** The words and Belgian conventions the social map pages share. */
export function useMapWords(): MapWords {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const locale = intlLocale(i18n.language);
    const listFormat = new Intl.ListFormat(locale, { type: "conjunction" });
    const timeFormat = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });
    const list = (items: readonly string[]): string => listFormat.format(items);
    const day = (d: Weekday): string => t(`mapDay.${d}`);
    const time = (hhmm: string): string => {
      const [hours = 0, minutes = 0] = hhmm.split(":").map(Number);
      const text = timeFormat.format(Date.UTC(2000, 0, 1, hours % 24, minutes));
      return hours === 24 ? text.replace(/^0?0/, "24") : text;
    };
    const range = (r: { opens: string; closes: string }): string => t("mapService.range", { opens: time(r.opens), closes: time(r.closes) });
    const note = (n: ScheduleNote): string => {
      const what = n.description ?? [list(n.days.map(day)), n.opens && n.closes ? range({ opens: n.opens, closes: n.closes }) : ""].filter(Boolean).join(" ");
      const when = [n.validFrom ? t("mapService.from", { date: format.date(n.validFrom) }) : "", n.validTo ? t("mapService.until", { date: format.date(n.validTo) }) : ""].filter(Boolean).join(" ");
      return when ? `${what} (${when})` : what;
    };
    const language = (code: string | null, name?: string | null): string => {
      const key = code?.toLowerCase() ?? "";
      const sign = SIGN_LANGUAGES.find((s) => s === key);
      if (sign) return t(`socialMap.signLanguage.${sign}`);
      if (!code) return name ?? "";
      const named = format.language(code);
      return named.toLowerCase() === key ? (name ?? code) : named;
    };
    const why = (entries: ServiceHit["why"]): string =>
      entries
        .map((entry) => {
          const fields = entry.fields.filter((f) => MATCH_FIELDS.includes(f)).map((f) => t(`socialMap.field.${f}`));
          return t("socialMap.whyWord", { word: entry.word, fields: list(fields) });
        })
        .join("; ");
    const money = (amount: number, currency: string | null): string => {
      try {
        return currency ? new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount) : format.number(amount);
      } catch {
        return `${format.number(amount)} ${currency ?? ""}`.trim(); // not an ISO currency code
      }
    };
    const cost = (c: CostView): string => {
      const amount = c.amount === null ? null : c.amount === 0 ? (c.option ? null : t("mapService.free")) : money(c.amount, c.currency);
      return [c.option, amount, c.description].filter(Boolean).join(", ");
    };
    return { list, day, time, range, note, language, why, cost };
  }, [t, i18n.language, format]);
}
