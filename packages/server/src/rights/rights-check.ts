import { AppError, type FieldError } from "@nabij/domain";
import { evaluate, explain, ParameterDateError, UnknownRightError, type CheckReport, type Language, type Pack, type RightOutcome, type Situation } from "@nabij/rights";

/**
 * Runs the rules for a situation at a date and explains the result; the engine's errors become
 * answers with field paths. Pure: no storage, no clock.
 */

export interface CheckRun {
  outcomes: RightOutcome[];
  reports: Record<Language, CheckReport>;
}

function asAppError(error: unknown, path: { date: string; rights: string }, rightIds?: readonly string[]): never {
  if (error instanceof UnknownRightError) {
    const index = rightIds?.indexOf(error.id) ?? -1;
    throw new AppError("rule_violation", "Unknown right", [{ path: index >= 0 ? `${path.rights}.${index}` : path.rights, code: "unknown_right", message: `There is no right ${error.id}` }]);
  }
  if (error instanceof ParameterDateError) {
    const field: FieldError = { path: path.date, code: "parameter_without_value", message: error.message };
    throw new AppError("rule_violation", "The rules have no figures for this date", [field]);
  }
  throw error;
}

export function checkSituation(pack: Pack, situation: Situation, date: string, language: Language, rights?: readonly string[]): CheckReport {
  try {
    return explain(pack, evaluate(pack, situation, date, rights ? { rights } : {}), language);
  } catch (error) {
    return asAppError(error, { date: "body.date", rights: "body.rights" }, rights);
  }
}

/** Every right, with the explanation in every pack language (stored with a person's check). */
export function runCheck(pack: Pack, situation: Situation, date: string): CheckRun {
  try {
    const evaluation = evaluate(pack, situation, date);
    return { outcomes: evaluation.rights, reports: { nl: explain(pack, evaluation, "nl"), fr: explain(pack, evaluation, "fr"), en: explain(pack, evaluation, "en") } };
  } catch (error) {
    return asAppError(error, { date: "date", rights: "rights" });
  }
}
