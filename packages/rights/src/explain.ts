import type { Value } from "./expression.ts";
import { factDef, OPTION_LABELS, QUESTION_TEXTS, questionDef, type QuestionInput } from "./facts.ts";
import type { Evaluation, Outcome } from "./evaluate.ts";
import { valueAt, type CompiledRight, type Pack } from "./pack.ts";
import type { Language, Texts } from "./question-texts.ts";

/**
 * Turns an evaluation into words in one language: the reasons with the figures that decided
 * them ("household income 23.400 € is below the threshold of 25.630,67 €"), the questions, and
 * the parameters whose value is still to be checked.
 */

export interface QuestionView {
  id: string;
  text: string;
  input: QuestionInput;
  options?: { value: string; label: string }[];
  /** For an income: the kind and the period (YYYY or YYYY-MM) the answer is about. */
  income?: { kind: string; period: string };
}

export interface ParameterCheck {
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
  level: string;
  outcome: Outcome;
  automatic: boolean;
  reasons: { code: string; holds: boolean; text: string }[];
  questions: QuestionView[];
  amount?: { value: number; period: string; unit: "EUR"; note: string | null };
  /** Parameters this right used whose value at the date is marked to be checked. */
  toBeChecked: ParameterCheck[];
}

export interface CheckReport {
  date: string;
  rights: RightCheck[];
  questions: QuestionView[];
  /** Rights left out: a figure they need has no value at the date. */
  unavailable: Array<{ id: string; name: string; parameter: string; firstFrom: string }>;
}

const LOCALES: Record<Language, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

function format(value: Value, kind: string | undefined, language: Language): string {
  if (value === undefined) return "?";
  const locale = LOCALES[language];
  if (kind === "eur" && typeof value === "number") {
    return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 }).format(value);
  }
  if (kind === "date" && typeof value === "string") return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value + "T00:00:00Z"));
  if (typeof value === "number") return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (typeof value === "boolean") return value ? { nl: "ja", fr: "oui", en: "yes" }[language] : { nl: "nee", fr: "non", en: "no" }[language];
  return OPTION_LABELS[value]?.[language] ?? value;
}

function render(text: string, lookup: (name: string) => Value, language: Language): string {
  return text.replace(/\{([^}|]+)(?:\|([a-z]+))?\}/g, (_, name: string, kind: string | undefined) => format(lookup(name.trim()), kind, language));
}

export function questionView(id: string, date: string, language: Language): QuestionView {
  const def = questionDef(id);
  const period = def?.income?.period(date);
  const view: QuestionView = { id, text: (QUESTION_TEXTS[id]?.[language] ?? id).replace("{period}", period ?? ""), input: def?.input ?? "boolean" };
  if (def?.options) view.options = def.options.map((value) => ({ value, label: OPTION_LABELS[value]?.[language] ?? value }));
  if (def?.income && period) view.income = { kind: def.income.kind, period };
  return view;
}

function toBeChecked(pack: Pack, right: CompiledRight, date: string): ParameterCheck[] {
  const out: ParameterCheck[] = [];
  for (const name of right.parameters) {
    const p = pack.parameters[pack.parameterIndex.get(name) ?? -1];
    const v = p && valueAt(p, date);
    if (v?.toBeChecked) out.push({ parameter: name, value: v.value, from: v.from, checked: v.checked, source: v.source, ...(v.url ? { url: v.url } : {}) });
  }
  return out;
}

export function explain(pack: Pack, evaluation: Evaluation, language: Language): CheckReport {
  const rights = evaluation.rights.map((result, i): RightCheck => {
    const run = evaluation.runs[i];
    const right = evaluation.compiled[i];
    if (!run || !right) throw new Error(`no run for ${result.id}`);
    const parameters = evaluation.parameters;
    const lookup = (name: string): Value => {
      if (name.startsWith("$")) return parameters[pack.parameterIndex.get(name.slice(1)) ?? -1];
      const d = right.definitions.indexOf(name);
      return d >= 0 ? run[right.definitionOffset + d] : factDef(name)?.value(evaluation.situation, evaluation.date);
    };
    const leafById = new Map(right.leaves.map((l) => [l.id, l]));
    const check: RightCheck = {
      id: result.id,
      name: right.file.names[language],
      level: right.file.level,
      outcome: result.outcome,
      automatic: result.automatic,
      reasons: result.reasons.map((r) => {
        const leaf = leafById.get(r.code);
        const texts: Texts | undefined = leaf ? (r.holds ? leaf.yes : leaf.no) : undefined;
        return { code: r.code, holds: r.holds, text: texts ? render(texts[language], lookup, language) : r.code };
      }),
      questions: result.questions.map((q) => questionView(q, evaluation.date, language)),
      toBeChecked: toBeChecked(pack, right, evaluation.date),
    };
    if (result.amount !== undefined && right.file.amount) check.amount = { value: result.amount, period: right.file.amount.period, unit: "EUR", note: right.file.amount.note?.[language] ?? null };
    return check;
  });
  const unavailable = evaluation.unavailable.map((u) => ({ ...u, name: pack.rightIndex.get(u.id)?.file.names[language] ?? u.id }));
  return { date: evaluation.date, rights, questions: evaluation.questions.map((q) => questionView(q, evaluation.date, language)), unavailable };
}
