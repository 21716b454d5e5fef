import type { Value } from "./expression.ts";
import type { PackManifest, ParameterValue, RightFile, TestFile } from "./pack-format.ts";
import type { Texts } from "./question-texts.ts";

/** A loaded, compiled rule pack (the base pack plus any local packs on top of it). */

export interface CompiledLeaf {
  id: string;
  automatic: boolean;
  yes: Texts;
  no: Texts;
  /** The reason this condition gives when it holds, and when it does not (shared, frozen: reasons are data). */
  reasons: { holds: Readonly<{ code: string; holds: true }>; fails: Readonly<{ code: string; holds: false }> };
  /** The facts this condition reads (indexes in FACTS), definitions followed through. */
  facts: readonly number[];
}

/** A condition tree; `node` is the index of the node's value in RunResult.nodes. */
export type ConditionNode = { kind: "leaf"; leaf: number; node: number } | { kind: "all" | "any"; children: ConditionNode[]; node: number };

/**
 * What a compiled right computed, in one array (one allocation per right per evaluation):
 * [outcome, amount, ...the value of every node of the condition tree, ...every definition].
 */
export type RunResult = Value[];
export const RUN_OUTCOME = 0;
export const RUN_AMOUNT = 1;
export const RUN_NODES = 2;

export interface CompiledRight {
  /** Its place in Pack.rights. */
  index: number;
  /** The right as written in its file (names, texts, sources). */
  file: RightFile;
  /** Which pack and file it came from. */
  pack: string;
  source: string;
  leaves: CompiledLeaf[];
  tree: ConditionNode;
  definitions: readonly string[];
  /** Where the definitions start in a RunResult. */
  definitionOffset: number;
  /** Parameters this right uses, by name. */
  parameters: readonly string[];
  /**
   * Collects the reasons of a run into `reasons` and the unknown conditions into `u`; answers
   * whether a condition marked automatic holds on the way (compiled too: see explainCode).
   */
  explain: (run: RunResult, reasons: Array<{ readonly code: string; readonly holds: boolean }>, u: { n: number; leaves: number[] }) => boolean;
  /** The compiled function: facts and the parameter values at the date in, values out. */
  run: (fact: (index: number) => Value, parameters: readonly Value[]) => RunResult;
}

export interface Parameter {
  name: string;
  unit: string;
  description: string;
  /** Sorted by `from`, oldest first. */
  values: ParameterValue[];
  right: string;
  source: string;
}

export interface PackTest {
  file: string;
  cases: TestFile["cases"];
}

export interface Pack {
  manifests: PackManifest[];
  rights: CompiledRight[];
  parameters: Parameter[];
  /** Parameter name → its index in the value arrays the compiled rights read. */
  parameterIndex: ReadonlyMap<string, number>;
  rightIndex: ReadonlyMap<string, CompiledRight>;
  tests: PackTest[];
}

export class ParameterDateError extends Error {
  constructor(
    readonly parameter: string,
    readonly date: string,
    readonly firstFrom: string,
  ) {
    super(`Parameter ${parameter} has no value at ${date}: its first value applies from ${firstFrom}`);
  }
}

/** The value that applies at a date: the newest one whose `from` is not after it. */
export function valueAt(parameter: Parameter, date: string): ParameterValue | undefined {
  let found: ParameterValue | undefined;
  for (const v of parameter.values) {
    if (v.from <= date) found = v;
    else break;
  }
  return found;
}

interface AtDate {
  values: readonly Value[];
  /** Per right (by its index): the first parameter it needs that has no value at the date. */
  missing: ReadonlyArray<ParameterDateError | undefined>;
}

const atDateCache = new WeakMap<Pack, Map<string, AtDate>>();

/** Every parameter's value at a date, in index order, and what is missing; cached per pack and date. */
let last: { pack: Pack; date: string; at: AtDate } | undefined;

export function parametersAt(pack: Pack, date: string): AtDate {
  if (last?.pack === pack && last.date === date) return last.at;
  let byDate = atDateCache.get(pack);
  if (!byDate) atDateCache.set(pack, (byDate = new Map()));
  const cached = byDate.get(date);
  if (cached) {
    last = { pack, date, at: cached };
    return cached;
  }
  const values = pack.parameters.map((p) => valueAt(p, date)?.value);
  const missing = pack.rights.map((right) => {
    for (const name of right.parameters) {
      const p = pack.parameters[pack.parameterIndex.get(name) ?? -1];
      if (p && valueAt(p, date) === undefined) return new ParameterDateError(name, date, p.values[0]?.from ?? "?");
    }
    return undefined;
  });
  if (byDate.size > 1000) byDate.clear();
  const entry = { values, missing };
  byDate.set(date, entry);
  last = { pack, date, at: entry };
  return entry;
}
