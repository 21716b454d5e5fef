import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PORTAL_LANGUAGES, type PortalLanguage } from "@nabij/domain";
import jargon from "./jargon.json";

/**
 * The person's portal speaks plain language (B1): no words of the trade (listed in jargon.json,
 * per language) and no sentence longer than 20 words, in every language it offers.
 */
const LOCALES_DIR = import.meta.dirname;
const MAX_WORDS = 20;
const JARGON_OF: Record<PortalLanguage, readonly string[]> = { "nl-BE": jargon.nl, "fr-BE": jargon.fr, en: jargon.en, ar: jargon.ar };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function texts(tree: Json, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (tree === null || typeof tree !== "object") return [];
  return Object.entries(tree).flatMap(([key, value]) => texts(value, prefix ? `${prefix}.${key}` : key));
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A whole word (or phrase), in any script: no letter or digit right before or after it. */
export function jargonPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "iu");
}

/** Sentences end at . ! ? ؟ or a new line; {{placeholders}} are not words. */
export function longSentences(text: string, max = MAX_WORDS): string[] {
  return text
    .replace(/\{\{\s*\w+\s*\}\}/g, " ")
    .split(/[.!?؟\n]+/)
    .filter((sentence) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > max);
}

describe("plain language in the portal", () => {
  it("recognises jargon and long sentences (the checks themselves)", () => {
    expect(jargonPattern("cliënt").test("De Cliënt komt.")).toBe(true);
    expect(jargonPattern("case").test("Just in case.")).toBe(true);
    expect(jargonPattern("file").test("Your profile")).toBe(false);
    expect(jargonPattern("ملف").test("افتح الملف")).toBe(false);
    expect(jargonPattern("الملف").test("افتح الملف الآن")).toBe(true);
    expect(longSentences("One two three. Four five?")).toEqual([]);
    expect(longSentences(`${"word ".repeat(21)}.`)).toHaveLength(1);
    expect(longSentences(`${"word ".repeat(20)}{{name}} {{date}}.`)).toEqual([]);
  });

  for (const language of PORTAL_LANGUAGES) {
    const entries = texts(JSON.parse(readFileSync(join(LOCALES_DIR, language, "portal.json"), "utf8")) as Json);

    it(`${language}: uses no jargon`, () => {
      const found = entries.flatMap(([key, text]) => JARGON_OF[language].filter((word) => jargonPattern(word).test(text)).map((word) => `${key}: "${word}"`));
      expect(found).toEqual([]);
    });

    it(`${language}: has no sentence longer than ${MAX_WORDS} words`, () => {
      const long = entries.flatMap(([key, text]) => longSentences(text).map((sentence) => `${key}: ${sentence.trim()}`));
      expect(long).toEqual([]);
    });
  }

  it("keeps a jargon list for every portal language", () => {
    for (const language of PORTAL_LANGUAGES) expect(JARGON_OF[language].length).toBeGreaterThanOrEqual(15);
  });
});
