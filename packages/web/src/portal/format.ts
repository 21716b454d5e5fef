import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { makeFormatters, type Formatters } from "../i18n/format.ts";
import { intlLocale } from "../i18n/language.ts";

export interface PortalFormatters extends Formatters {
  /** 29 november 2025: a day without the weekday, for sentences ("on 29 November at 10:15"). */
  day(iso: string): string;
}

/** Dates and times in the conventions of the portal's language (Belgian ones for nl, fr, en). */
export function usePortalFormat(): PortalFormatters {
  const { i18n } = useTranslation("portal");
  return useMemo(() => {
    const dayFormat = new Intl.DateTimeFormat(intlLocale(i18n.language), { day: "numeric", month: "long", year: "numeric" });
    return { ...makeFormatters(i18n.language), day: (iso: string) => dayFormat.format(new Date(iso)) };
  }, [i18n.language]);
}
