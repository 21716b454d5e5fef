import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { systemClock } from "@nabij/domain";
import { BASE_PACK_DIR, evaluate, explain, isIsoDate, FACTS, LANGUAGES, loadPacks, PackLoadError, ParameterDateError, parseSituation, runPackTests, situationJsonSchema, UnknownRightError, type Language } from "@nabij/rights";

export const RIGHTS_USAGE = `  nabij rights check --situation FILE.json [--date YYYY-MM-DD] [--language nl|fr|en] [--explain]
                        (reasons as {code, holds, text} in the language; --explain: the whole report in words)
                        evaluate every right for a situation; prints {"date", "rights": [{"id", "outcome", "reasons", "questions", "amount"?}]}
  nabij rights schema [--facts]   the JSON Schema of the situation format (--facts: the facts rules may use)
  nabij rights test [PACK_DIR...] run the packs' tests (the base pack and NABIJ_RIGHTS_PACKS, or the folders named)`;

/** The base pack and the configured local packs, or the folders named (on top of the base pack). */
function packDirs(localPacks: readonly string[], named: readonly string[]): string[] {
  const extra = named.length > 0 ? named.map((d) => resolve(d)).filter((d) => d !== BASE_PACK_DIR) : localPacks;
  return [BASE_PACK_DIR, ...extra];
}

function check(localPacks: readonly string[], args: string[]): number {
  const { values } = parseArgs({ args, options: { situation: { type: "string" }, date: { type: "string" }, language: { type: "string" }, explain: { type: "boolean" } } });
  if (!values.situation) {
    console.error(`--situation FILE.json is required\n${RIGHTS_USAGE}`);
    return 2;
  }
  const date = values.date ?? systemClock.now().toISOString().slice(0, 10);
  if (!isIsoDate(date)) {
    console.error(`--date must be a date (YYYY-MM-DD), got "${date}"`);
    return 2;
  }
  const language = (values.language ?? "nl") as Language;
  if (!LANGUAGES.includes(language)) {
    console.error(`--language must be one of ${LANGUAGES.join(", ")}`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(values.situation, "utf8"));
  } catch (error) {
    console.error(`Cannot read ${values.situation} as JSON: ${(error as Error).message}`);
    return 1;
  }
  const parsed = parseSituation(input);
  if (!parsed.ok) {
    console.error(`The situation does not match the schema (nabij rights schema):`);
    for (const e of parsed.errors) console.error(`  ${e.path || "(root)"}: ${e.message}`);
    return 1;
  }
  const pack = loadPacks(packDirs(localPacks, []));
  try {
    const evaluation = evaluate(pack, parsed.situation, date);
    if (values.explain) {
      console.log(JSON.stringify(explain(pack, evaluation, language), null, 2));
      return 0;
    }
    // Reasons keep their code for scripts and say it in words; questions are the ids of situation fields.
    const words = explain(pack, evaluation, language);
    const rights = evaluation.rights.map((r, i) => ({
      id: r.id,
      outcome: r.outcome,
      automatic: r.automatic,
      reasons: words.rights[i]?.reasons ?? r.reasons,
      questions: r.questions,
      ...(r.amount !== undefined ? { amount: r.amount } : {}),
    }));
    console.log(JSON.stringify({ date, rights, questions: evaluation.questions, ...(evaluation.unavailable.length > 0 ? { unavailable: evaluation.unavailable } : {}) }, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof ParameterDateError || error instanceof UnknownRightError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

function test(localPacks: readonly string[], named: string[]): number {
  const report = runPackTests(loadPacks(packDirs(localPacks, named)));
  for (const f of report.failures) console.error(`FAIL ${f.file}: ${f.name}\n  ${f.problems.join("\n  ")}`);
  console.log(`${report.cases - report.failures.length} of ${report.cases} pack test cases pass`);
  return report.failures.length > 0 ? 1 : 0;
}

export function rightsCommand(localPacks: readonly string[], args: string[]): number {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case "check":
        return check(localPacks, rest);
      case "schema":
        if (rest.includes("--facts")) console.log(JSON.stringify(FACTS.map((f) => ({ id: f.id, type: f.type, from: f.questions })), null, 2));
        else console.log(JSON.stringify(situationJsonSchema(), null, 2));
        return 0;
      case "test":
        return test(localPacks, rest);
      default:
        console.error(RIGHTS_USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof PackLoadError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
