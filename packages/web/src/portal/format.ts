import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { makeFormatters, type Formatters } from "../i18n/format.ts";
import { intlLocale } from "../i18n/language.ts";

export interface PortalFormatters extends Formatters {
  /** 29 november 2025: a day without the weekday, for sentences ("on 29 November at 10:15"). */
  day(iso: string): string;
  /** "a, b and c", with the language's own commas and "and". */
  list(items: readonly string[]): string;
}

/** A moment, or a YYYY-MM-DD calendar day (a due date, a life event) read without time zone shifts. */
export function dayOf(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(value);
}

/** Dates and times in the conventions of the portal's language (Belgian ones for nl, fr, en). */
export function usePortalFormat(): PortalFormatters {
  const { i18n } = useTranslation("portal");
  return useMemo(() => {
    const locale = intlLocale(i18n.language);
    const dayFormat = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
    const listFormat = new Intl.ListFormat(locale, { type: "conjunction" });
    return { ...makeFormatters(i18n.language), day: (iso: string) => dayFormat.format(dayOf(iso)), list: (items: readonly string[]) => listFormat.format(items) };
  }, [i18n.language]);
}
