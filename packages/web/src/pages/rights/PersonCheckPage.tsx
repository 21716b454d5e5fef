import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { getPerson } from "../../api/persons.ts";
import { getPersonRights, getRights, packLanguage, saveSituation } from "../../api/rights.ts";
import type { QuestionView, Situation } from "../../api/rightsTypes.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { fieldName, useErrorText } from "../../i18n/errors.ts";
import { GuidedCheck } from "./GuidedCheck.tsx";
import { withoutProblems } from "./situation.ts";

/** A refused answer named by its question: "body.situation.person.birthDate" → "What is the date of birth?". */
function questionOfField(path: string, questions: readonly QuestionView[]): string | null {
  const field = fieldName(path).replace(/^situation\./, "");
  if (field.startsWith("incomes")) return questions.find((q) => q.income)?.text ?? null;
  return questions.find((q) => field === q.id || field.startsWith(`${q.id}.`))?.text ?? null;
}

/**
 * The guided check for one person: it starts from their stored situation, and saving stores a
 * new version (checked at once) and goes back to the person's page.
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
  const submit = useSubmit();
  const personPath = `/persons/${encodeURIComponent(id)}`;

  const refusal = (caught: unknown): string => {
    if (caught instanceof ApiError && caught.code === "stale_version") {
      void rights.reload(); // the check starts again from what the other person saved
      return t("rightsCheck.savedByOther");
    }
    if (caught instanceof ApiError && caught.code === "validation_failed") {
      const fields = errorText.fields(caught);
      const named = caught.fields.map((f) => `${questionOfField(f.path, catalogue.data?.questions ?? []) ?? fieldName(f.path)}: ${fields[fieldName(f.path)] ?? ""}`);
      return [t("rightsCheck.saveRefused"), ...new Set(named)].join(" ");
    }
    return errorText.message(caught);
  };

  const save = (situation: Situation): void => {
    void submit.run(async () => {
      await saveSituation(id, situation, rights.data?.situation?.version ?? null, language);
      void navigate(personPath, { state: { flash: "rightsCheck.saved" } });
    }, refusal);
  };

  const loadError = person.error ?? rights.error ?? catalogue.error;
  if (loadError) return <ErrorAlert message={errorText.message(loadError)} />;
  if (!person.data || !rights.data || !catalogue.data) return <Loading />;
  const name = person.data.displayName;
  const stored = rights.data.situation;
  // A stored situation that no longer fits the rules' format starts without what does not fit.
  const problems = stored?.problems ?? [];
  const initial = stored ? (problems.length > 0 ? withoutProblems(stored.situation, problems, catalogue.data.questions) : stored.situation) : {};

  return (
    <>
      <BackLink to={personPath}>{t("rightsCheck.backToPerson", { name })}</BackLink>
      <PageHeading>{t("rightsCheck.titlePerson", { name })}</PageHeading>
      <p className="hint">{t("rightsCheck.introPerson", { name })}</p>
      {problems.length > 0 ? <p className="note-box">{t("rightsCheck.problemsLeftOut")}</p> : null}
      <ErrorAlert message={submit.error} />
      <GuidedCheck
        key={stored?.version ?? "new"}
        initial={initial}
        questions={catalogue.data.questions}
        actions={(situation, checking) => (
          <div className="actions sticky-actions">
            <button type="button" className="button-primary" disabled={checking || submit.busy} onClick={() => save(situation)}>
              {submit.busy ? t("common.saving") : t("rightsCheck.save")}
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
