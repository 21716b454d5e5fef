import { UI_LANGUAGES, type UiLanguage } from "@nabij/domain";

const STORAGE_KEY = "nabij.language";
export const DEFAULT_LANGUAGE: UiLanguage = "nl-BE";

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Before login the choice lives in the browser; after login the account's language wins. */
export function storedLanguage(): UiLanguage | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null; // Storage can be blocked (private mode, policies): not a reason to fail.
  }
}

export function storeLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See storedLanguage.
  }
}

/** Picks the first browser language we have, by its primary subtag (fr-FR → fr-BE). */
export function browserLanguage(preferred: readonly string[]): UiLanguage | null {
  return firstLanguageOf(preferred, UI_LANGUAGES);
}

/** The first of `preferred` that `offered` has, by primary subtag; the portal offers more languages. */
export function firstLanguageOf<L extends string>(preferred: readonly string[], offered: readonly L[]): L | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0];
    const match = offered.find((lang) => lang.toLowerCase().split("-")[0] === primary);
    if (match) return match;
  }
  return null;
}

/**
 * Intl needs a region to use Belgian conventions; English in Belgium is en-BE. Arabic (the
 * portal's) keeps the 24-hour clock of Belgian appointments.
 */
export function intlLocale(language: string): string {
  if (language === "en") return "en-BE";
  if (language === "ar") return "ar-u-hc-h23";
  return language;
}

const RTL_PRIMARY = new Set(["ar", "he", "fa", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"]);

/** Text direction of a language, for <html dir>; ready for Arabic, Hebrew, Persian and Urdu. */
export function directionOf(language: string): "rtl" | "ltr" {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return RTL_PRIMARY.has(primary) ? "rtl" : "ltr";
}
