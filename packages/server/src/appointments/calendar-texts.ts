/**
 * The few words a calendar feed speaks, per interface language. Kept here because the server
 * writes them into .ics files; the web app's strings live in packages/web/src/locales.
 */
export const CALENDAR_TEXTS = {
  "nl-BE": { workerFeed: "Nabij — mijn afspraken", personFeed: "Nabij — mijn afspraken", with: "Afspraak met", atHome: "Bij de persoon thuis", yourHome: "Bij jou thuis" },
  "fr-BE": { workerFeed: "Nabij — mes rendez-vous", personFeed: "Nabij — mes rendez-vous", with: "Rendez-vous avec", atHome: "Au domicile de la personne", yourHome: "Chez vous" },
  en: { workerFeed: "Nabij — my appointments", personFeed: "Nabij — my appointments", with: "Appointment with", atHome: "At the person's home", yourHome: "At your home" },
} as const;

export type CalendarLanguage = keyof typeof CALENDAR_TEXTS;

export function calendarTexts(language: string): (typeof CALENDAR_TEXTS)[CalendarLanguage] {
  return language in CALENDAR_TEXTS ? CALENDAR_TEXTS[language as CalendarLanguage] : CALENDAR_TEXTS["nl-BE"];
}

/** "Mia Vermeulen" → "M. V.": enough for the worker to know, not enough to identify. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toUpperCase() ?? ""}.`)
    .join(" ");
}
