import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { PackLanguage } from "@nabij/domain";
import { ApiError } from "../../api/client.ts";
import { getPerson } from "../../api/persons.ts";
import { checkSituation, getPersonRights, getRights, packLanguage, saveSituation } from "../../api/rights.ts";
import type { PersonRights, QuestionView, Situation, StoredSituation } from "../../api/rightsTypes.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { fieldName, useErrorText } from "../../i18n/errors.ts";
import { GuidedCheck } from "./GuidedCheck.tsx";
import { changedAnswers, questionOfField, withChanges, withoutProblems, type AnswerChange } from "./situation.ts";

/** Where a check starts: the version it will replace, that version's situation, and the draft shown. */
interface Start {
  version: number | null;
  /** The stored situation (without what no longer fits): what the worker's changes are measured against. */
  base: Situation;
  /** The first draft: the base, or the base with the worker's answers kept after a colleague saved first. */
  initial: Situation;
}

/** A stored situation as a check starts from it: what no longer fits the rules' format is left out. */
function fitting(stored: StoredSituation | null, questions: readonly QuestionView[]): Situation {
  if (!stored) return {};
  const problems = stored.problems ?? [];
  return problems.length > 0 ? withoutProblems(stored.situation, problems, questions) : stored.situation;
}

/** After someone else saved first: what they stored, with the worker's changes on top, and the changes that held. */
interface Merged {
  rights: PersonRights;
  start: Start;
  kept: AnswerChange[];
}

/**
 * Puts the worker's changes on the colleague's version. A change the rules' format no longer
 * allows with their answers (the server refuses the merged situation) is left out again, so the
 * check can start.
 */
async function mergeOnTop(personId: string, base: Situation, draft: Situation, questions: readonly QuestionView[], language: PackLanguage): Promise<Merged> {
  const fresh = await getPersonRights(personId, language);
  const theirs = fitting(fresh.situation, questions);
  const changes = changedAnswers(base, draft, questions);
  let merged = withChanges(theirs, changes);
  try {
    await checkSituation(merged, language);
  } catch (caught) {
    if (!(caught instanceof ApiError && caught.code === "validation_failed")) throw caught;
    merged = withoutProblems(merged, caught.fields, questions);
  }
  // The changes that are still in the merged draft (a refused one is not).
  const kept = changedAnswers(theirs, merged, questions).filter((c) => changes.some((w) => w.question.id === c.question.id));
  return { rights: fresh, start: { version: fresh.situation?.version ?? null, base: theirs, initial: merged }, kept };
}

/** The worker's answers kept on top of a colleague's version, by their questions. */
function KeptAnswers({ kept }: { kept: readonly AnswerChange[] }): ReactNode {
  const { t } = useTranslation();
  const texts = [...new Set(kept.map((c) => c.question.text))];
  return (
    <div className="note-box" role="alert">
      <p>{texts.length > 0 ? t("rightsCheck.savedByOtherKept") : t("rightsCheck.savedByOther")}</p>
      {texts.length > 0 ? (
        <>
          <ul className="kept-answers">
            {texts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <p>{t("rightsCheck.savedByOtherAgain")}</p>
        </>
      ) : null}
    </div>
  );
}

/**
 * The guided check for one person: it starts from their stored situation, and saving stores a
 * new version (checked at once) and goes back to the person's page. When a colleague saved in
 * between (409), their version is loaded and the worker's changed answers are put on top of it.
 */
export function PersonCheckPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const language = packLanguage(i18n.language);
  const person = useLoad(() => getPerson(id), [id]);
  const rights = useLoad(() => getPersonRights(id, language), [id]);
  const catalogue = useLoad(() => getRights(language), [language]);
  const [restart, setRestart] = useState<{ start: Start; kept: AnswerChange[]; round: number } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const personPath = `/persons/${encodeURIComponent(id)}`;

  const refusal = (caught: unknown, sent: Situation): string => {
    if (caught instanceof ApiError && caught.code === "validation_failed") {
      const fields = errorText.fields(caught);
      const named = caught.fields.map((f) => {
        const question = questionOfField(f.path, catalogue.data?.questions ?? [], sent);
        return t("rightsCheck.refusedAt", { question: question?.text ?? fieldName(f.path), message: fields[fieldName(f.path)] ?? "" });
      });
      return [t("rightsCheck.saveRefused"), ...new Set(named)].join(" ");
    }
    return errorText.message(caught);
  };

  const loadError = person.error ?? rights.error ?? catalogue.error;
  if (loadError) return <ErrorAlert message={errorText.message(loadError)} />;
  if (!person.data || !rights.data || !catalogue.data) return <Loading />;
  const name = person.data.displayName;
  const questions = catalogue.data.questions;
  const stored = rights.data.situation;
  // A stored situation that no longer fits the rules' format starts without what does not fit.
  const problems = stored?.problems ?? [];
  const fromStore = fitting(stored, questions);
  const start: Start = restart?.start ?? { version: stored?.version ?? null, base: fromStore, initial: fromStore };

  const save = async (situation: Situation): Promise<void> => {
    setSaving(true);
    setSaveError(null);
    try {
      await saveSituation(id, situation, start.version, language);
      void navigate(personPath, { state: { flash: "rightsCheck.saved" } });
    } catch (caught) {
      try {
        if (caught instanceof ApiError && caught.code === "stale_version") {
          // Nothing of the worker's is lost: their changes go on top of what the colleague saved.
          const merged = await mergeOnTop(id, start.base, situation, questions, language);
          rights.setData(merged.rights);
          setRestart({ start: merged.start, kept: merged.kept, round: (restart?.round ?? 0) + 1 });
        } else {
          setSaveError(refusal(caught, situation));
        }
      } catch (failed) {
        setSaveError(errorText.message(failed));
      }
      setSaving(false);
    }
  };

  return (
    <>
      <BackLink to={personPath}>{t("rightsCheck.backToPerson", { name })}</BackLink>
      <PageHeading>{t("rightsCheck.titlePerson", { name })}</PageHeading>
      <p className="hint">{t("rightsCheck.introPerson", { name })}</p>
      {problems.length > 0 ? <p className="note-box">{t("rightsCheck.problemsLeftOut")}</p> : null}
      {restart ? <KeptAnswers kept={restart.kept} /> : null}
      <ErrorAlert message={saveError} />
      <GuidedCheck
        key={restart?.round ?? 0}
        initial={start.initial}
        questions={questions}
        rights={catalogue.data.rights}
        actions={(situation, checking) => (
          <div className="actions sticky-actions">
            <button type="button" className="button-primary" disabled={checking || saving} onClick={() => void save(situation)}>
              {saving ? t("common.saving") : t("rightsCheck.save")}
            </button>
            <Link to={personPath} className="button">
              {t("common.cancel")}
            </Link>
          </div>
        )}
      />
    </>
  );
}
