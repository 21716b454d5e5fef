import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACCESS_BASES, AGENDA_STATUSES, BARRIER_REASONS, CLOSENESS, CONSENT_GIVEN_HOW, CONSENT_SCOPES, CONTACT_PREFERENCES, ERROR_STATUS, LIFE_DOMAINS, PLACE_TYPES,
  PORTAL_LANGUAGES, RADAR_SCOPES, RAISED_BY, RATING_STEPS, ROLES, SUPPORT_KINDS, TAKE_UP_STATUSES, TIE_KINDS, UI_LANGUAGES,
} from "@nabij/domain";

/**
 * Every language must say everything: a key missing in one language, or an empty value,
 * would show a raw key or a blank to the people using that language.
 */
const LOCALES_DIR = import.meta.dirname;
const REFERENCE = "nl-BE";
/** The worker app speaks the UI languages; the person's portal speaks more (Arabic, right to left). */
const NAMESPACES = [
  { namespace: "app", languages: UI_LANGUAGES },
  { namespace: "person", languages: UI_LANGUAGES },
  { namespace: "portal", languages: PORTAL_LANGUAGES },
] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function load(language: string, namespace: string): Json {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), "utf8")) as Json;
}

/** "a.b.c" → value, for every leaf of the tree. */
function flatten(tree: Json, prefix = ""): Map<string, Json> {
  const leaves = new Map<string, Json>();
  if (tree !== null && typeof tree === "object" && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [path, leaf] of flatten(value, prefix ? `${prefix}.${key}` : key)) leaves.set(path, leaf);
    }
  } else {
    leaves.set(prefix, tree);
  }
  return leaves;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? "").sort();

describe("translations", () => {
  it("has a folder for exactly the UI languages and the portal's own languages", () => {
    const folders = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual([...new Set([...UI_LANGUAGES, ...PORTAL_LANGUAGES])].sort());
  });

  it("has only the portal in a portal-only language", () => {
    for (const language of PORTAL_LANGUAGES.filter((l) => !(UI_LANGUAGES as readonly string[]).includes(l))) {
      expect(readdirSync(join(LOCALES_DIR, language)).sort()).toEqual(["portal.json"]);
    }
  });

  for (const { namespace, languages } of NAMESPACES) {
    const reference = flatten(load(REFERENCE, namespace));

    for (const language of languages) {
      describe(`${language}/${namespace}.json`, () => {
        const leaves = flatten(load(language, namespace));

        it("has every key of the reference language", () => {
          const missing = [...reference.keys()].filter((key) => !leaves.has(key));
          expect(missing, `missing in ${language}/${namespace}.json`).toEqual([]);
        });

        it("has no keys the reference language lacks", () => {
          const extra = [...leaves.keys()].filter((key) => !reference.has(key));
          expect(extra, `only in ${language}/${namespace}.json`).toEqual([]);
        });

        it("has a non-empty text for every key", () => {
          const empty = [...leaves].filter(([, value]) => typeof value !== "string" || value.trim() === "").map(([key]) => key);
          expect(empty, `empty in ${language}/${namespace}.json`).toEqual([]);
        });

        it("uses the same {{placeholders}} as the reference language", () => {
          const differing = [...reference]
            .filter(([key, value]) => typeof value === "string" && typeof leaves.get(key) === "string")
            .filter(([key, value]) => placeholders(value as string).join() !== placeholders(leaves.get(key) as string).join())
            .map(([key]) => key);
          expect(differing).toEqual([]);
        });
      });
    }
  }

  it("labels every shared vocabulary value", () => {
    const app = flatten(load(REFERENCE, "app"));
    const person = flatten(load(REFERENCE, "person"));
    const needed = [
      ...LIFE_DOMAINS.map((k) => `lifeDomain.${k}`),
      ...LIFE_DOMAINS.map((k) => `lifeDomainShort.${k}`),
      ...RATING_STEPS.map((k) => `rating.${k}`),
      ...TIE_KINDS.map((k) => `tieKind.${k}`),
      ...CLOSENESS.map((k) => `closeness.${k}`),
      ...SUPPORT_KINDS.map((k) => `support.${k}`),
      ...PLACE_TYPES.map((k) => `placeType.${k}`),
      ...ROLES.map((k) => `role.${k}`),
      ...CONTACT_PREFERENCES.map((k) => `contactPreference.${k}`),
      ...AGENDA_STATUSES.map((k) => `agendaStatus.${k}`),
      ...RAISED_BY.map((k) => `raisedBy.${k}`),
      ...TAKE_UP_STATUSES.map((k) => `takeUpStatus.${k}`),
      ...RADAR_SCOPES.map((k) => `radar.scopes.${k}`),
      ...BARRIER_REASONS.map((k) => `barrierReason.${k}`),
      ...Object.keys(ERROR_STATUS).map((k) => `errors.${k}`),
    ];
    expect(needed.filter((key) => !app.has(key))).toEqual([]);
    expect(UI_LANGUAGES.map((l) => `languages.${l}`).filter((key) => !person.has(key))).toEqual([]);
    expect(person.has("greeting")).toBe(true);
  });

  it("keeps the life domains' short names short enough for the chart's axes", () => {
    for (const language of UI_LANGUAGES) {
      const app = flatten(load(language, "app"));
      const long = LIFE_DOMAINS.map((k) => String(app.get(`lifeDomainShort.${k}`))).filter((text) => text.length > 14);
      expect(long, `in ${language}`).toEqual([]);
    }
  });

  it("gives the portal words for every value it shows and for the shared components it uses", () => {
    const portal = flatten(load(REFERENCE, "portal"));
    const needed = [
      ...AGENDA_STATUSES.map((k) => `agendaStatus.${k}`),
      ...RAISED_BY.map((k) => `raisedBy.${k}`),
      ...CONSENT_SCOPES.map((k) => `scope.${k}`),
      ...CONSENT_GIVEN_HOW.map((k) => `givenHow.${k}`),
      ...ACCESS_BASES.map((k) => `accessLog.basis.${k}`),
      ...Object.keys(ERROR_STATUS).map((k) => `errors.${k}`),
      // Field, ConfirmStep, Loading, LoadMore and PageHeading read these from the default
      // namespace, which in the portal's i18next instance is "portal".
      "common.cancel", "common.optional", "common.loading", "common.loadMore", "pageTitle",
    ];
    expect(needed.filter((key) => !portal.has(key))).toEqual([]);
  });
});
