import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PersonalDataFinding } from "@nabij/domain";
import { TextArea } from "../../components/Field.tsx";

interface Props {
  value: string;
  onChange(text: string): void;
  error: string | undefined;
  /** What in the text may identify someone and was not yet removed or kept. */
  findings: readonly PersonalDataFinding[];
  onRemove(finding: PersonalDataFinding): void;
  onKeep(finding: PersonalDataFinding): void;
}

/** One finding: its kind and words, and the worker's two ways out (remove it, or keep it). */
function Finding({ finding, onRemove, onKeep }: { finding: PersonalDataFinding; onRemove(): void; onKeep(): void }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className="finding">
      <p id={id}>
        <strong>{t(`personalDataKind.${finding.kind}`)}:</strong> <mark>{finding.text}</mark>
      </p>
      <div className="actions">
        <button type="button" aria-describedby={id} onClick={onRemove}>
          {t("signalForm.findings.remove")}
        </button>
        <button type="button" className="button-quiet" aria-describedby={id} onClick={onKeep}>
          {t("signalForm.findings.keep")}
        </button>
      </div>
    </li>
  );
}

/**
 * What happens, in the worker's words, checked while typing for what could identify someone
 * (in the browser; the server checks again and also knows the names of the worker's persons).
 * Each finding stays under the text until it is removed or kept.
 */
export function SignalTextField({ value, onChange, error, findings, onRemove, onKeep }: Props): ReactNode {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <>
      <TextArea label={t("signalForm.text")} hint={t("signalForm.textHint")} error={error} rows={5} maxLength={4000} value={value} onChange={(e) => onChange(e.target.value)} />
      {/* Stays in the page, so that a change in what is found is announced. */}
      <p className="visually-hidden" role="status">
        {findings.length > 0 ? t("signalForm.findings.count", { count: findings.length }) : ""}
      </p>
      {findings.length > 0 ? (
        <section className="findings" aria-labelledby={titleId}>
          <h2 id={titleId} className="findings-title">
            {t("signalForm.findings.title")}
          </h2>
          <p className="hint">{t("signalForm.findings.intro")}</p>
          <ul className="plain-list">
            {findings.map((finding) => (
              <Finding key={`${finding.kind}-${finding.start}-${finding.text}`} finding={finding} onRemove={() => onRemove(finding)} onKeep={() => onKeep(finding)} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
