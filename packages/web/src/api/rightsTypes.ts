/**
 * Response shapes of the rights API (issue 6), as in docs/api-contract.md. Kept apart from
 * types.ts: the rights explorer, the guided check and the radar are the only readers.
 */
import type { FieldError, RadarScope, TakeUpStatus } from "@nabij/domain";
import type { NamedRef } from "./types.ts";

export type RightLevel = "federal" | "flemish" | "brussels" | "walloon" | "provincial" | "local";
export type Outcome = "entitled" | "maybe" | "not_entitled";
export type AmountPeriod = "month" | "year" | "once";
export type QuestionInput = "boolean" | "date" | "number" | "money" | "choice" | "postcode" | "members" | "benefits";
export type IncomeKind = "gross_taxable" | "assessment" | "net_resources";
export type HouseholdRole = "partner" | "child" | "parent" | "other";

/** Someone else living at the same address. */
export interface HouseholdMember {
  role: HouseholdRole;
  birthDate?: string;
  /** Ten laste: lives on the household's income. */
  dependent?: boolean;
  /** For a child of 18 to 24: child benefit (Groeipakket) is still paid for them, e.g. while studying. */
  childBenefit?: boolean;
}

export interface Income {
  kind: IncomeKind;
  /** YYYY or YYYY-MM */
  period: string;
  amount: number;
}

/** What one question's answer can be. */
export type AnswerValue = boolean | number | string | string[] | HouseholdMember[];

/**
 * A person's situation: sections of answers (`person`, `benefits`, `household`, …) keyed like the
 * questions (`person.birthDate` → `situation.person.birthDate`), and the incomes. The server
 * knows every field; the web app only moves answers in and out.
 */
export interface Situation {
  incomes?: Income[];
  [section: string]: Record<string, AnswerValue> | Income[] | undefined;
}

export interface QuestionView {
  id: string;
  text: string;
  input: QuestionInput;
  options?: { value: string; label: string }[];
  /** An income question: the answer is an income of this kind for this period. */
  income?: { kind: IncomeKind; period: string };
}

export interface ParameterValue {
  from: string;
  value: number | boolean;
  source: string;
  url: string | null;
  checked: string;
  toBeChecked: boolean;
  note: string | null;
}

export interface RightParameter {
  name: string;
  unit: string;
  description: string;
  current: ParameterValue | null;
  values: ParameterValue[];
}

/** One right as the explorer explains it. */
export interface RightInfo {
  id: string;
  pack: string;
  level: RightLevel;
  name: string;
  description: string;
  automatic: { granted: "always" | "partly" | "never"; basis: string | null };
  advantage: string | null;
  /** The amount's period, and how it is worked out when that needs saying. */
  amount: { period: AmountPeriod; note: string | null } | null;
  apply: { how: string; where: string; socialMapQuery: string | null; documents: string[] };
  sources: { title: string; url: string; checked: string }[];
  parameters: RightParameter[];
  toBeChecked: boolean;
}

export interface RightsCatalogue {
  packs: { id: string; name: string }[];
  rights: RightInfo[];
  /** Every question of the guided check, in the catalogue's order. */
  questions: QuestionView[];
}

/** A figure a right used whose value is still to be checked against its source. */
export interface ParameterToCheck {
  parameter: string;
  value: number | boolean;
  from: string;
  checked: string;
  source: string;
  url?: string;
}

export interface RightCheck {
  id: string;
  name: string;
  level: RightLevel;
  outcome: Outcome;
  automatic: boolean;
  reasons: { code: string; holds: boolean; text: string }[];
  questions: QuestionView[];
  amount?: { value: number; period: AmountPeriod; unit: "EUR"; note: string | null };
  toBeChecked: ParameterToCheck[];
}

/** A right left out of a check: a figure it needs has no value at the date. */
export interface UnavailableRight {
  id: string;
  name: string;
  parameter: string;
  /** The first day the figure has a value. */
  firstFrom: string;
}

export interface CheckReport {
  date: string;
  rights: RightCheck[];
  /** All open questions, most decisive first. */
  questions: QuestionView[];
  unavailable: UnavailableRight[];
}

export interface StoredCheck extends CheckReport {
  id: string;
  checkedAt: string;
  trigger: "situation" | "worker" | "recheck";
  /** The pack or a figure changed since: a re-check runs in the background. */
  stale: boolean;
}

export interface StoredSituation {
  version: number;
  situation: Situation;
  recordedAt: string;
  recordedBy: NamedRef;
  /** Set when the stored situation no longer fits the format (paths like `situation.person.residence`): it was not checked. */
  problems?: FieldError[];
}

export interface TakeUp {
  rightId: string;
  status: TakeUpStatus;
  date: string;
  note: string | null;
  updatedAt: string;
  updatedBy: NamedRef;
}

export interface PersonRights {
  situation: StoredSituation | null;
  check: StoredCheck | null;
  takeUp: TakeUp[];
}

export interface TakeUpEntry {
  status: TakeUpStatus;
  date: string;
  note: string | null;
  recordedAt: string;
  recordedBy: NamedRef;
}

export interface TakeUpHistory {
  current: TakeUp | null;
  /** Newest first. */
  history: TakeUpEntry[];
}

export interface RadarCount {
  rightId: string;
  name: string;
  entitled: number;
  maybe: number;
  automaticNotGranted: number;
}

export interface RadarItem {
  personId: string;
  displayName: string;
  rightId: string;
  rightName: string;
  outcome: Outcome;
  automatic: boolean;
  takeUp: TakeUpStatus;
  checkedAt: string;
}

export interface RadarPage {
  scope: RadarScope;
  counts: RadarCount[];
  items: RadarItem[];
  nextCursor?: string | null;
}
