import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BASE_PACK_DIR, loadPacks, PackLoadError, QUESTIONS, questionView, valueAt, type Language, type Pack, type Parameter } from "@nabij/rights";
import type { PackLanguage, UiLanguage } from "@nabij/domain";

/**
 * The rule packs this server uses: the base pack and the organisation's local packs, loaded
 * and compiled once at start. A pack with any problem stops the start with the file and line.
 * The fingerprint changes with any file of any pack, so stored checks know they are stale.
 */
export interface RightsCatalogue {
  pack: Pack;
  fingerprint: string;
  dirs: readonly string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith(".yaml") || name.endsWith(".yml") ? [path] : [];
    });
}

export function packFingerprint(dirs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const dir of dirs) for (const file of filesUnder(dir)) hash.update(file.slice(dir.length)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 32);
}

const loaded = new Map<string, RightsCatalogue>();

export function loadRightsCatalogue(localPacks: readonly string[] = []): RightsCatalogue {
  const dirs = [BASE_PACK_DIR, ...localPacks];
  const absent = dirs.filter((dir) => !existsSync(dir));
  if (absent.length > 0) throw new PackLoadError(absent.map((dir) => ({ file: dir, message: "no such rule pack folder (check NABIJ_RIGHTS_PACKS)" })));
  const key = dirs.join("\n");
  const fingerprint = packFingerprint(dirs);
  const cached = loaded.get(key);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const catalogue: RightsCatalogue = { pack: loadPacks(dirs), fingerprint, dirs };
  loaded.set(key, catalogue);
  return catalogue;
}

/** The pack language for a UI language (nl-BE → nl). */
export function packLanguage(language: UiLanguage | PackLanguage | undefined): Language {
  if (language === undefined) return "nl";
  return language.startsWith("fr") ? "fr" : language.startsWith("en") ? "en" : "nl";
}

/**
 * The newest date on or before `today` from which some parameter has a new value: a check made
 * before it used figures that have changed since.
 */
export function latestParameterChange(pack: Pack, today: string): string {
  let latest = "";
  for (const p of pack.parameters) for (const v of p.values) if (v.from <= today && v.from > latest) latest = v.from;
  return latest;
}

function parameterView(p: Parameter, today: string) {
  const view = (v: Parameter["values"][number]) => ({ from: v.from, value: v.value, source: v.source, url: v.url ?? null, checked: v.checked, toBeChecked: v.toBeChecked === true, note: v.note ?? null });
  const current = valueAt(p, today);
  return { name: p.name, unit: p.unit, description: p.description, current: current ? view(current) : null, values: p.values.map(view) };
}

/** The pack as the rights explorer shows it, in one language. */
export function rightsInfo(catalogue: RightsCatalogue, language: Language, today: string) {
  const { pack } = catalogue;
  return {
    packs: pack.manifests.map((m) => ({ id: m.id, name: m.names[language] })),
    questions: QUESTIONS.map((q) => questionView(q.id, today, language)),
    rights: pack.rights.map((r) => {
      const f = r.file;
      const parameters = pack.parameters.filter((p) => r.parameters.includes(p.name)).map((p) => parameterView(p, today));
      return {
        id: f.id,
        pack: r.pack,
        level: f.level,
        name: f.names[language],
        description: f.description[language],
        automatic: { granted: f.automatic.granted, basis: f.automatic.basis?.[language] ?? null },
        advantage: f.advantage?.[language] ?? null,
        amount: f.amount ? { period: f.amount.period, note: f.amount.note?.[language] ?? null } : null,
        apply: { how: f.apply.how[language], where: f.apply.where[language], socialMapQuery: f.apply.socialMapQuery ?? null, documents: f.apply.documents.map((d) => d[language]) },
        sources: f.sources,
        parameters,
        toBeChecked: parameters.some((p) => p.current?.toBeChecked === true),
      };
    }),
  };
}
