// npm run bench (or: npx tsx packages/rights/bench/rights.bench.ts [--situations N]):
// the compiled pack against hand-written TypeScript and against json-rules-engine, measured in
// the same run; person-right evaluations per second. Writes its section of bench/results.json.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { evaluate, loadPacks, type Situation } from "../src/index.ts";
import { handParameters, handWritten } from "./handwritten.ts";
import { jsonRulesEngine, runJsonRules } from "./json-rules.ts";
import { BENCH_DATE, generateSituations } from "./situations.ts";

const { values } = parseArgs({ options: { situations: { type: "string" }, "json-rules-situations": { type: "string" } }, strict: false });
const COUNT = Number(values.situations ?? 100_000);
const JRE_COUNT = Number(values["json-rules-situations"] ?? 5_000);
const THREE = ["leefloon", "sociaal-tarief-energie", "verhoogde-tegemoetkoming"];
const ROUNDS = 5;

/** Runs `work` once to warm up, then ROUNDS times; the median duration in milliseconds. */
async function median(work: () => unknown): Promise<number> {
  await work();
  const durations: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await work();
    durations.push(performance.now() - start);
  }
  return durations.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? Number.NaN;
}

const perSecond = (evaluations: number, ms: number): number => Math.round((evaluations / ms) * 1000);

const pack = loadPacks();
const date = BENCH_DATE;
const parameters = handParameters(pack, date);
process.stderr.write(`Generating ${COUNT} situations…\n`);
const situations: Situation[] = generateSituations(COUNT, 2026);
const complete: Situation[] = generateSituations(JRE_COUNT, 11, 0);

let sink = 0; // keeps the work from being optimised away
const wholePack = await median(() => {
  for (const s of situations) sink += evaluate(pack, s, date).rights.length;
});
const packThree = await median(() => {
  for (const s of situations) sink += evaluate(pack, s, date, { rights: THREE }).rights.length;
});
const hand = await median(() => {
  for (const s of situations) sink += handWritten(s, date, parameters).length;
});
const engine = jsonRulesEngine(parameters);
// The pack is fast enough that one pass over the complete situations is too short to time well: fifty passes a round.
const PASSES = 50;
const packOnComplete =
  (await median(() => {
    for (let pass = 0; pass < PASSES; pass++) for (const s of complete) sink += evaluate(pack, s, date, { rights: THREE }).rights.length;
  })) / PASSES;
const handOnComplete =
  (await median(() => {
    for (let pass = 0; pass < PASSES; pass++) for (const s of complete) sink += handWritten(s, date, parameters).length;
  })) / PASSES;
const jre = await median(async () => {
  for (const s of complete) sink += (await runJsonRules(engine, parameters, s, date)).length;
});

// The same answers on complete situations (json-rules-engine knows only entitled or not).
let agree = 0;
for (const s of complete) {
  const ours = evaluate(pack, s, date, { rights: THREE }).rights.filter((r) => r.outcome === "entitled").map((r) => r.id).sort().join();
  const theirs = (await runJsonRules(engine, parameters, s, date)).sort().join();
  if (ours === theirs) agree += 1;
}

const rows = [
  { measure: `whole pack (${pack.rights.length} rights), ${COUNT} situations`, evaluationsPerSecond: perSecond(COUNT * pack.rights.length, wholePack), ms: wholePack },
  { measure: `compiled pack, 3 rights, ${COUNT} situations`, evaluationsPerSecond: perSecond(COUNT * 3, packThree), ms: packThree },
  { measure: `hand-written TypeScript, 3 rules, ${COUNT} situations`, evaluationsPerSecond: perSecond(COUNT * 3, hand), ms: hand },
  { measure: `compiled pack, 3 rights, ${JRE_COUNT} complete situations`, evaluationsPerSecond: perSecond(JRE_COUNT * 3, packOnComplete), ms: packOnComplete },
  { measure: `hand-written TypeScript, 3 rules, ${JRE_COUNT} complete situations`, evaluationsPerSecond: perSecond(JRE_COUNT * 3, handOnComplete), ms: handOnComplete },
  { measure: `json-rules-engine 7.3.1, 3 rules, ${JRE_COUNT} complete situations`, evaluationsPerSecond: perSecond(JRE_COUNT * 3, jre), ms: jre },
];
const ratios = {
  handWrittenOverPack: Number((packThree / hand).toFixed(2)),
  packOverJsonRulesEngine: Number((jre / packOnComplete).toFixed(1)),
  handWrittenOverJsonRulesEngine: Number((jre / handOnComplete).toFixed(1)),
  jsonRulesEngineAgreement: `${agree}/${JRE_COUNT}`,
};

console.log(`\nRights engine at ${date} (median of ${ROUNDS} rounds after a warm-up); person-right evaluations per second`);
console.log("| measure                                                        |  evaluations/s |   round (ms) |");
console.log("|----------------------------------------------------------------|----------------|--------------|");
for (const r of rows) console.log(`| ${r.measure.padEnd(62)} | ${String(r.evaluationsPerSecond).padStart(14)} | ${r.ms.toFixed(1).padStart(12)} |`);
console.log(`\nThe compiled pack takes ${ratios.handWrittenOverPack}× the time of hand-written code (goal: within 3×), and is ${ratios.packOverJsonRulesEngine}× faster than json-rules-engine (goal: at least 50×).`);
console.log(`Hand-written code, the practical limit, is ${ratios.handWrittenOverJsonRulesEngine}× faster than json-rules-engine on the same complete situations.`);
console.log(`json-rules-engine and the pack agree on ${ratios.jsonRulesEngineAgreement} complete situations.`);
if (sink === 0) console.log("(nothing was evaluated: check the generated situations)");

const RESULTS = join(import.meta.dirname, "..", "..", "..", "bench", "results.json");
let existing: Record<string, unknown> = {};
try {
  existing = JSON.parse(await readFile(RESULTS, "utf8")) as Record<string, unknown>;
} catch {
  existing = {};
}
await mkdir(dirname(RESULTS), { recursive: true });
const machine = { node: process.version, platform: process.platform, arch: process.arch };
await writeFile(RESULTS, `${JSON.stringify({ ...existing, rights: { measuredAt: new Date().toISOString(), machine, settings: { date, situations: COUNT, jsonRulesSituations: JRE_COUNT, rounds: ROUNDS }, rows, ratios } }, null, 2)}\n`);
console.log(`Written to ${RESULTS}`);
