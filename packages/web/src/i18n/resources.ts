/**
 * All translations, bundled: three small languages load faster in one file than over the
 * network, and a missing key is a type error instead of a blank on screen.
 */
import type { UiLanguage } from "@nabij/domain";
import enApp from "../locales/en/app.json";
import enPerson from "../locales/en/person.json";
import frApp from "../locales/fr-BE/app.json";
import frPerson from "../locales/fr-BE/person.json";
import nlApp from "../locales/nl-BE/app.json";
import nlPerson from "../locales/nl-BE/person.json";

export const NAMESPACES = ["app", "person"] as const;

export const resources = {
  "nl-BE": { app: nlApp, person: nlPerson },
  "fr-BE": { app: frApp, person: frPerson },
  en: { app: enApp, person: enPerson },
} satisfies Record<UiLanguage, { app: typeof nlApp; person: typeof nlPerson }>;
