import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "./language.ts";

export interface Formatters {
  /** 3 jan. 2026 */
  date(iso: string): string;
  /** 3 jan. 2026 14:05 */
  dateTime(iso: string): string;
  /** 14:05 */
  time(iso: string): string;
  /** dinsdag 3 februari 2026 */
  longDate(iso: string): string;
  /** 45 min */
  minutes(value: number): string;
  number(value: number): string;
  /** € 1.234,56 (whole euros without cents) */
  money(value: number): string;
  /** "ar" → "Arabisch": the name of a spoken language, from the browser's own data. */
  language(code: string): string;
}

/** A YYYY-MM-DD birth date is a calendar day, not an instant: read it without time zone shifts. */
function calendarDay(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return new Date(value);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function makeFormatters(language: string): Formatters {
  const locale = intlLocale(language);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
  const longDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "full" });
  const minuteFormat = new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "short" });
  const numberFormat = new Intl.NumberFormat(locale);
  const euros = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const eurosAndCents = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", minimumFractionDigits: 2 });
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  return {
    date: (iso) => dateFormat.format(calendarDay(iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    time: (iso) => timeFormat.format(new Date(iso)),
    longDate: (iso) => longDateFormat.format(calendarDay(iso)),
    minutes: (value) => minuteFormat.format(value),
    number: (value) => numberFormat.format(value),
    money: (value) => (Number.isInteger(value) ? euros : eurosAndCents).format(value),
    language: (code) => {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code; // not a valid tag: show it as it was stored
      }
    },
  };
}

/** Dates, times and numbers in the Belgian conventions of the current language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language), [i18n.language]);
}
