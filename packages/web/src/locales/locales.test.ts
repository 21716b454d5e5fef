import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AGENDA_STATUSES, CONTACT_PREFERENCES, ERROR_STATUS, LIFE_DOMAINS, PLACE_TYPES, RAISED_BY, ROLES, UI_LANGUAGES } from "@nabij/domain";

/**
 * Every language must say everything: a key missing in one language, or an empty value,
 * would show a raw key or a blank to the people using that language.
 */
const LOCALES_DIR = import.meta.dirname;
const REFERENCE = "nl-BE";
const NAMESPACES = ["app", "person"] as const;

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
  it("has a folder for exactly the UI languages", () => {
    const folders = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual([...UI_LANGUAGES].sort());
  });

  for (const namespace of NAMESPACES) {
    const reference = flatten(load(REFERENCE, namespace));

    for (const language of UI_LANGUAGES) {
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
      ...PLACE_TYPES.map((k) => `placeType.${k}`),
      ...ROLES.map((k) => `role.${k}`),
      ...CONTACT_PREFERENCES.map((k) => `contactPreference.${k}`),
      ...AGENDA_STATUSES.map((k) => `agendaStatus.${k}`),
      ...RAISED_BY.map((k) => `raisedBy.${k}`),
      ...Object.keys(ERROR_STATUS).map((k) => `errors.${k}`),
    ];
    expect(needed.filter((key) => !app.has(key))).toEqual([]);
    expect(UI_LANGUAGES.map((l) => `languages.${l}`).filter((key) => !person.has(key))).toEqual([]);
    expect(person.has("greeting")).toBe(true);
  });
});
