/**
 * The portal's own i18next instance: the person's language is not the worker's (a worker and a
 * person may even use one browser), the portal speaks more languages (Arabic, right to left),
 * and its texts load with the portal, not with the worker app.
 */
import { createInstance, type i18n } from "i18next";
import { PORTAL_LANGUAGES, type PortalLanguage } from "@nabij/domain";
import { directionOf, firstLanguageOf } from "../i18n/language.ts";
import ar from "../locales/ar/portal.json";
import en from "../locales/en/portal.json";
import fr from "../locales/fr-BE/portal.json";
import nl from "../locales/nl-BE/portal.json";

const STORAGE_KEY = "nabij.portal.language";
export const PORTAL_DEFAULT_LANGUAGE: PortalLanguage = "nl-BE";

export const portalResources = {
  "nl-BE": { portal: nl },
  "fr-BE": { portal: fr },
  en: { portal: en },
  ar: { portal: ar },
} satisfies Record<PortalLanguage, { portal: typeof nl }>;

export function isPortalLanguage(value: unknown): value is PortalLanguage {
  return typeof value === "string" && (PORTAL_LANGUAGES as readonly string[]).includes(value);
}

/** Before login the choice lives in this browser, apart from the worker app's; after login the account's wins. */
export function storedPortalLanguage(): PortalLanguage | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isPortalLanguage(value) ? value : null;
  } catch {
    return null; // Storage can be blocked: not a reason to fail.
  }
}

export function storePortalLanguage(language: PortalLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See storedPortalLanguage.
  }
}

/** Keeps <html lang> and <html dir> true to the language on screen (screen readers, right to left). */
export function applyLanguageToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export function createPortalI18n(): i18n {
  const instance = createInstance();
  const initial = storedPortalLanguage() ?? firstLanguageOf(navigator.languages, PORTAL_LANGUAGES) ?? PORTAL_DEFAULT_LANGUAGE;
  instance.on("languageChanged", applyLanguageToDocument);
  // Bundled resources: init is synchronous. Shared components (fields, "load more", the confirm
  // step) read their words from the default namespace, which here is the portal's.
  void instance.init({
    resources: portalResources,
    lng: initial,
    fallbackLng: PORTAL_DEFAULT_LANGUAGE,
    supportedLngs: PORTAL_LANGUAGES,
    load: "currentOnly",
    ns: ["portal"],
    defaultNS: "portal",
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
