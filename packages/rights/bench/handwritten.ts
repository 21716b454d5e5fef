import { fullMonthsBetween, yearsBetween } from "../src/dates.ts";
import { valueAt, type Outcome, type Pack, type Reason, type Situation } from "../src/index.ts";

/**
 * Three rules of the base pack written by hand in TypeScript: the practical speed limit the
 * compiled pack is measured against. They return the same outcomes, reason codes and amounts as
 * the pack (a test holds them to it), with the same three-valued logic, and nothing more.
 */

type V = boolean | undefined;
type N = number | undefined;

const and = (a: V, b: V): V => (a === false || b === false ? false : a === undefined || b === undefined ? undefined : true);
const or = (a: V, b: V): V => (a === true || b === true ? true : a === undefined || b === undefined ? undefined : false);
/** A choice on an unknown condition is still known when both branches agree. */
const ite = (c: V, a: N, b: N): N => (c === undefined ? (a === b ? a : undefined) : c ? a : b);
const outcomeOf = (v: V): Outcome => (v === true ? "entitled" : v === false ? "not_entitled" : "maybe");

export interface HandResult {
  id: string;
  outcome: Outcome;
  automatic: boolean;
  reasons: Reason[];
  amount?: number;
}

export interface HandParameters {
  vtBase: number;
  vtIncrement: number;
  vtMonthlyBase: number;
  vtMonthlyIncrement: number;
  vtExtension: boolean;
  cat1: number;
  cat2: number;
  cat3: number;
}

export function handParameters(pack: Pack, date: string): HandParameters {
  const value = (name: string): number | boolean => {
    const p = pack.parameters.find((x) => x.name === name);
    const v = p && valueAt(p, date);
    if (!v) throw new Error(`no ${name} at ${date}`);
    return v.value;
  };
  return {
    vtBase: value("vt.threshold_base") as number,
    vtIncrement: value("vt.threshold_increment") as number,
    vtMonthlyBase: value("vt.monthly_threshold_base") as number,
    vtMonthlyIncrement: value("vt.monthly_threshold_increment") as number,
    vtExtension: value("sociaal_tarief.vt_extension") as boolean,
    cat1: value("leefloon.cat1") as number,
    cat2: value("leefloon.cat2") as number,
    cat3: value("leefloon.cat3") as number,
  };
}

const incomeOf = (s: Situation, kind: string, period: string): N => s.incomes?.find((i) => i.kind === kind && i.period === period)?.amount;

function push(reasons: Reason[], code: string, value: V): void {
  if (value !== undefined) reasons.push({ code, holds: value });
}

export function verhoogdeTegemoetkoming(s: Situation, date: string, p: HandParameters): HandResult {
  const b = s.benefits;
  const months: N = b?.leefloonSince !== undefined ? (b.leefloonSince > date ? 0 : fullMonthsBetween(b.leefloonSince, date)) : b?.leefloon === false ? 0 : undefined;
  const automaticStatus = or(or(or(or(months === undefined ? undefined : months >= 3, b?.igo), b?.ivt), b?.it), b?.zorgbudgetOuderen);
  let size: N;
  const members = s.household?.members;
  if (members !== undefined) {
    size = 1;
    for (const m of members) {
      const counts = m.role === "partner" ? true : m.dependent;
      if (counts === undefined) {
        size = undefined;
        break;
      }
      if (counts) size += 1;
    }
  }
  const year = String(Number(date.slice(0, 4)) - 1);
  const month = Number(date.slice(5, 7)) === 1 ? `${Number(date.slice(0, 4)) - 1}-12` : `${date.slice(0, 4)}-${String(Number(date.slice(5, 7)) - 1).padStart(2, "0")}`;
  const lastYear = incomeOf(s, "gross_taxable", year);
  const lastMonth = incomeOf(s, "gross_taxable", month);
  const threshold = size === undefined ? undefined : p.vtBase + p.vtIncrement * (size - 1);
  const monthlyThreshold = size === undefined ? undefined : p.vtMonthlyBase + p.vtMonthlyIncrement * (size - 1);
  const incomeLastYear: V = lastYear === undefined || threshold === undefined ? undefined : lastYear <= threshold;
  const indicator = s.person?.indicatorGroup;
  const incomeLastMonth: V = lastMonth === undefined || monthlyThreshold === undefined ? undefined : lastMonth * 12 <= monthlyThreshold;
  const current = and(indicator, incomeLastMonth);
  const value = or(or(automaticStatus, incomeLastYear), current);
  const reasons: Reason[] = [];
  if (value === true) {
    // The first way in is enough.
    if (automaticStatus === true) push(reasons, "automatic_status", true);
    else if (incomeLastYear === true) push(reasons, "income_previous_year", true);
    else {
      push(reasons, "indicator_group", true);
      push(reasons, "income_previous_month", true);
    }
  } else {
    push(reasons, "automatic_status", automaticStatus);
    push(reasons, "income_previous_year", incomeLastYear);
    if (current === false) {
      if (indicator === false) push(reasons, "indicator_group", false);
      if (incomeLastMonth === false) push(reasons, "income_previous_month", false);
    } else {
      push(reasons, "indicator_group", indicator);
      push(reasons, "income_previous_month", incomeLastMonth);
    }
  }
  return { id: "verhoogde-tegemoetkoming", outcome: outcomeOf(value), automatic: value === true && automaticStatus === true, reasons };
}

export function sociaalTariefEnergie(s: Situation, p: HandParameters): HandResult {
  const own = s.benefits;
  const list = s.household?.benefits;
  const anyone = (benefit: "leefloon" | "igo" | "ivt" | "it" | "disability65" | "helpThirdPerson" | "zorgbudgetOuderen" | "zorgtoeslag" | "vt"): V => {
    if (benefit !== "zorgtoeslag" && own?.[benefit] === true) return true;
    if (benefit === "leefloon" && own?.leefloonSince !== undefined) return true;
    return list === undefined ? undefined : list.includes(benefit);
  };
  const qualifying = or(or(or(or(or(or(or(anyone("leefloon"), anyone("igo")), anyone("ivt")), anyone("it")), anyone("disability65")), anyone("helpThirdPerson")), anyone("zorgbudgetOuderen")), anyone("zorgtoeslag"));
  const tenant = s.housing?.socialTenantCollectiveHeating;
  const vtHousehold = anyone("vt");
  const extension = and(p.vtExtension, vtHousehold);
  const basis = or(or(qualifying, tenant), extension);
  const contract = s.housing?.energyContractAtDomicile;
  const value = and(basis, contract);
  const reasons: Reason[] = [];
  const explainBasis = (): void => {
    if (basis === true) {
      if (qualifying === true) push(reasons, "qualifying_benefit", true);
      else if (tenant === true) push(reasons, "social_tenant_collective_heating", true);
      else {
        push(reasons, "vt_extension_period", true);
        push(reasons, "vt_household", true);
      }
      return;
    }
    push(reasons, "qualifying_benefit", qualifying);
    push(reasons, "social_tenant_collective_heating", tenant);
    if (extension === false) {
      if (!p.vtExtension) push(reasons, "vt_extension_period", false);
      if (vtHousehold === false) push(reasons, "vt_household", false);
    } else {
      push(reasons, "vt_extension_period", p.vtExtension);
      push(reasons, "vt_household", vtHousehold);
    }
  };
  if (value === false) {
    if (basis === false) explainBasis();
    if (contract === false) push(reasons, "contract_at_domicile", false);
  } else {
    explainBasis();
    push(reasons, "contract_at_domicile", contract);
  }
  return { id: "sociaal-tarief-energie", outcome: outcomeOf(value), automatic: value === true && qualifying === true && basis === true, reasons };
}

const RESIDENCES = ["belgian", "eu_citizen", "population_register", "refugee", "subsidiary_protection", "stateless"];

export function leefloon(s: Situation, date: string, p: HandParameters): HandResult {
  const person = s.person;
  const members = s.household?.members;
  let minorChildren: N;
  if (members !== undefined) {
    minorChildren = 0;
    for (const m of members) {
      if (m.role !== "child") continue;
      if (m.birthDate === undefined) {
        minorChildren = undefined;
        break;
      }
      if (yearsBetween(m.birthDate, date) < 18) minorChildren += 1;
    }
  }
  const livesAlone: V = members === undefined ? undefined : members.length === 0;
  const hasMinor: V = minorChildren === undefined ? undefined : minorChildren >= 1;
  const categoryAmount = ite(hasMinor, p.cat3, ite(livesAlone, p.cat2, p.cat1));
  const resourcesAmount = incomeOf(s, "net_resources", date.slice(0, 7));
  const inBelgium = person?.livesInBelgium;
  const residence: V = person?.residence === undefined ? undefined : RESIDENCES.includes(person.residence);
  const age: N = person?.birthDate === undefined ? undefined : yearsBetween(person.birthDate, date);
  const adult: V = age === undefined ? undefined : age >= 18;
  const minorException = or(or(person?.married, person?.pregnant), hasMinor);
  const ageOk = or(adult, minorException);
  const resources: V = resourcesAmount === undefined || categoryAmount === undefined ? undefined : resourcesAmount < categoryAmount;
  const work = person?.availableForWork;
  const claimed = person?.otherRightsClaimed;
  const value = and(and(and(and(and(inBelgium, residence), ageOk), resources), work), claimed);
  const reasons: Reason[] = [];
  const leaf = (code: string, v: V): void => {
    if (value !== false || v === false) push(reasons, code, v);
  };
  leaf("lives_in_belgium", inBelgium);
  leaf("residence", residence);
  if (value !== false || ageOk === false) {
    if (ageOk === true) push(reasons, adult === true ? "age_adult" : "minor_exception", true);
    else {
      push(reasons, "age_adult", adult);
      push(reasons, "minor_exception", minorException);
    }
  }
  leaf("resources", resources);
  leaf("available_for_work", work);
  leaf("other_rights_claimed", claimed);
  const result: HandResult = { id: "leefloon", outcome: outcomeOf(value), automatic: false, reasons };
  if (value !== false && categoryAmount !== undefined && resourcesAmount !== undefined) result.amount = Math.round((categoryAmount - resourcesAmount) * 100) / 100;
  return result;
}

/** The three rules for one situation: what the benchmark times. */
export function handWritten(s: Situation, date: string, p: HandParameters): HandResult[] {
  return [leefloon(s, date, p), sociaalTariefEnergie(s, p), verhoogdeTegemoetkoming(s, date, p)];
}
