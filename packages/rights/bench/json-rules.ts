import { Engine, type Almanac, type NestedCondition, type TopLevelCondition } from "json-rules-engine";
import { factsOf, type Situation } from "../src/index.ts";
import type { HandParameters } from "./handwritten.ts";

/**
 * The same three rules in json-rules-engine, the most used rules engine on npm, for the
 * benchmark's second reference. It has no "unknown": a missing fact simply fails its condition,
 * so it is fed complete situations only. Values it cannot express (a threshold that grows with
 * the household) are dynamic facts, its own way of computing.
 */

const is = (fact: string): NestedCondition => ({ fact, operator: "equal", value: true });

function rules(): Array<{ name: string; conditions: TopLevelCondition }> {
  const anyoneBenefits = ["leefloon", "igo", "ivt", "it", "disability65", "helpThirdPerson", "zorgbudgetOuderen", "zorgtoeslag"].map((b) => is(`household.anyone.${b}`));
  return [
    {
      name: "leefloon",
      conditions: {
        all: [
          is("person.livesInBelgium"),
          { fact: "person.residence", operator: "in", value: ["belgian", "eu_citizen", "population_register", "refugee", "subsidiary_protection", "stateless"] },
          { any: [{ fact: "person.age", operator: "greaterThanInclusive", value: 18 }, is("person.married"), is("person.pregnant"), { fact: "household.minorChildren", operator: "greaterThanInclusive", value: 1 }] },
          { fact: "income.resources.monthly", operator: "lessThan", value: { fact: "leefloon.categoryAmount" } },
          is("person.availableForWork"),
          is("person.otherRightsClaimed"),
        ],
      },
    },
    {
      name: "sociaal-tarief-energie",
      conditions: {
        all: [{ any: [...anyoneBenefits, is("housing.socialTenantCollectiveHeating"), { all: [is("sociaal_tarief.vt_extension"), is("household.anyone.vt")] }] }, is("housing.energyContractAtDomicile")],
      },
    },
    {
      name: "verhoogde-tegemoetkoming",
      conditions: {
        any: [
          { any: [{ fact: "benefits.leefloonFullMonths", operator: "greaterThanInclusive", value: 3 }, is("benefits.igo"), is("benefits.ivt"), is("benefits.it"), is("benefits.zorgbudgetOuderen")] },
          { fact: "income.grossTaxable.previousYear", operator: "lessThanInclusive", value: { fact: "vt.threshold" } },
          { all: [is("person.indicatorGroup"), { fact: "vt.yearlyFromMonth", operator: "lessThanInclusive", value: { fact: "vt.monthlyThreshold" } }] },
        ],
      },
    },
  ];
}

export function jsonRulesEngine(p: HandParameters): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of rules()) engine.addRule({ ...rule, event: { type: "entitled", params: { right: rule.name } } });
  const size = async (almanac: Almanac): Promise<number> => (await almanac.factValue<number>("household.vtSize")) - 1;
  engine.addFact("vt.threshold", async (_params, almanac) => p.vtBase + p.vtIncrement * (await size(almanac)));
  engine.addFact("vt.monthlyThreshold", async (_params, almanac) => p.vtMonthlyBase + p.vtMonthlyIncrement * (await size(almanac)));
  engine.addFact("vt.yearlyFromMonth", async (_params, almanac) => (await almanac.factValue<number>("income.grossTaxable.previousMonth")) * 12);
  engine.addFact("leefloon.categoryAmount", async (_params, almanac) => {
    if ((await almanac.factValue<number>("household.minorChildren")) >= 1) return p.cat3;
    return (await almanac.factValue<boolean>("household.livesAlone")) ? p.cat2 : p.cat1;
  });
  return engine;
}

/** The rights json-rules-engine finds entitled for one situation (the parameters are facts too). */
export async function runJsonRules(engine: Engine, p: HandParameters, situation: Situation, date: string): Promise<string[]> {
  const result = await engine.run({ ...factsOf(situation, date), "sociaal_tarief.vt_extension": p.vtExtension } as Record<string, unknown>);
  return result.events.map((e) => String(e.params?.right));
}
