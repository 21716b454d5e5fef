export * from "./situation.ts";
export { FACTS, QUESTIONS, factsOf, factDef, questionDef, type Facts, type FactValue, type QuestionInput } from "./facts.ts";
export { LANGUAGES, type Language, type Texts } from "./question-texts.ts";
export { loadPacks, BASE_PACK_DIR, PackLoadError, type PackProblem } from "./load-pack.ts";
export { evaluate, UnknownRightError, ParameterDateError, type Evaluation, type Outcome, type Reason, type RightOutcome } from "./evaluate.ts";
export { explain, questionView, type CheckReport, type RightCheck, type QuestionView, type ParameterCheck } from "./explain.ts";
export { runPackTests, runCase, type PackTestReport, type CaseFailure } from "./pack-tests.ts";
export { valueAt, type Pack, type CompiledRight, type Parameter } from "./pack.ts";
export { LEVELS, type RightFile, type PackTexts } from "./pack-format.ts";
