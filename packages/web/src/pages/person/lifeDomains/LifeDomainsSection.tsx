import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { getPersonLifeDomains, listAssessments } from "../../../api/lifeDomains.ts";
import type { Assessment } from "../../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useLifeDomains } from "../../../hooks/useLifeDomains.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { AssessmentForm } from "./AssessmentForm.tsx";
import { AssessmentList } from "./AssessmentList.tsx";
import { DomainTable, TaggedPerDomain } from "./DomainTable.tsx";
import { RadarChart } from "./RadarChart.tsx";

interface Props {
  personId: string;
  personName: string;
  /** Read by consent: no assessment can be recorded. */
  readOnly?: boolean;
}

/**
 * The whole of a life at a glance ("levensdomeinen"): the latest ratings of every domain as a
 * chart and a table, the change since the previous assessment, what is tagged with each domain,
 * and the assessments so far. Recording one is a form of its own.
 */
export function LifeDomainsSection({ personId, personName, readOnly = false }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const domains = useLifeDomains();
  const overview = useLoad(() => getPersonLifeDomains(personId), [personId]);
  const assessments = useLoad(() => listAssessments(personId), [personId]);
  const [recording, setRecording] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const focusRecordButton = useRef(false);

  useEffect(() => {
    if (recording || !focusRecordButton.current) return;
    focusRecordButton.current = false;
    recordButton.current?.focus();
  }, [recording]);

  const closeForm = (): void => {
    focusRecordButton.current = true;
    setRecording(false);
  };

  const recorded = (assessment: Assessment): void => {
    assessments.setData((current) => [assessment, ...(current ?? []).filter((a) => a.id !== assessment.id)].sort((a, b) => b.assessedAt.localeCompare(a.assessedAt)));
    void overview.reload();
    setStatus(t("lifeDomains.recorded"));
    closeForm();
  };

  const rows = overview.data ?? [];
  const anyRating = rows.some((d) => d.latest !== null);
  const loadError = overview.error ?? assessments.error;

  return (
    <section aria-labelledby="person-life-domains" className="life-domains">
      <h2 id="person-life-domains">{t("lifeDomains.title", { name: personName })}</h2>
      <p className="hint">{t("lifeDomains.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={loadError ? errorText.message(loadError) : null} />
      {!overview.data && !overview.error ? <p>{t("common.loading")}</p> : null}
      {overview.data ? (
        <>
          {anyRating ? (
            <RadarChart personName={personName} axes={rows.map((d) => ({ key: d.key, label: domains.shortName(d.key), person: d.latest?.personRating ?? null, worker: d.latest?.workerRating ?? null }))} />
          ) : (
            <p>{t("lifeDomains.noAssessment", { name: personName })}</p>
          )}
          <p className="hint">{t("lifeDomains.scaleHint")}</p>
          <DomainTable overview={rows} personName={personName} domains={domains} />
        </>
      ) : null}
      {!readOnly ? (
        recording ? (
          <AssessmentForm personId={personId} personName={personName} domains={domains} onRecorded={recorded} onClose={closeForm} />
        ) : (
          <div className="actions">
            <button type="button" ref={recordButton} onClick={() => setRecording(true)}>
              {t("lifeDomains.record")}
            </button>
          </div>
        )
      ) : null}
      {overview.data ? (
        <>
          <h3>{t("lifeDomains.perDomain")}</h3>
          <TaggedPerDomain overview={rows} domains={domains} />
        </>
      ) : null}
      {assessments.data ? (
        <>
          <h3>{t("lifeDomains.history")}</h3>
          <AssessmentList items={assessments.data} personName={personName} domains={domains} />
        </>
      ) : null}
    </section>
  );
}
