import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { UI_LANGUAGES } from "@nabij/domain";
import { browserLanguage, DEFAULT_LANGUAGE, directionOf, storedLanguage } from "./language.ts";
import { NAMESPACES, resources } from "./resources.ts";

/** Keeps <html lang> and <html dir> true to the language on screen (screen readers, RTL). */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export function initI18n(): i18n {
  const initial = storedLanguage() ?? browserLanguage(navigator.languages) ?? DEFAULT_LANGUAGE;
  i18next.on("languageChanged", applyToDocument);
  // Resources are bundled, so init is synchronous; the returned promise only reports errors.
  void i18next.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: UI_LANGUAGES,
    load: "currentOnly",
    ns: NAMESPACES,
    defaultNS: "app",
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // React escapes already.
  });
  applyToDocument(i18next.language);
  return i18next;
}
