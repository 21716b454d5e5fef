import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HsdsImportError, type ImportProblem } from "../../src/socialmap/hsds/dataset.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");

export function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));
}

/** Every file of a fixture folder, name → text. */
export function fixtureFiles(dir: string): Map<string, string> {
  const path = join(FIXTURES, dir);
  return new Map(readdirSync(path).sort().map((name) => [name, readFileSync(join(path, name), "utf8")]));
}

/** The problems `run` throws as HsdsImportError; fails when it returns instead (no partial output). */
export function problemsOf(run: () => unknown): ImportProblem[] {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (error instanceof HsdsImportError) return error.problems;
    throw error;
  }
  throw new Error(`Expected HsdsImportError, got a result: ${JSON.stringify(result).slice(0, 200)}`);
}

export async function problemsOfAsync(run: () => Promise<unknown>): Promise<ImportProblem[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof HsdsImportError) return error.problems;
    throw error;
  }
  throw new Error("Expected HsdsImportError, got a result");
}

/** A deep copy, to change fixtures per test. */
export const copy = <T>(value: T): T => structuredClone(value);
