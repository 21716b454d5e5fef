import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { confirmAgreement, type Agreement, type AgreementVersion } from "../../../api/process.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useErrorText } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";
import { AgreementForm } from "./AgreementForm.tsx";
import { TwoVoices } from "./TwoVoices.tsx";

interface Props {
  agreement: Agreement;
  personId: string;
  personName: string;
  readOnly: boolean;
  onChanged(agreement: Agreement): void;
  onOutdated(): void;
}

function Confirmed({ version }: { version: AgreementVersion }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (!version.confirmed) return <span className="tag tag-warning">{t("agreement.notConfirmed")}</span>;
  return <span className="tag">{t(`agreement.confirmedHow.${version.confirmed.how}`, { date: format.date(version.confirmed.at) })}</span>;
}

/** A version the person wrote themself, in their own Nabij: said so, as it is their voice. */
function ByPerson({ version }: { version: AgreementVersion }): ReactNode {
  const { t } = useTranslation();
  return version.byPerson ? <span className="tag tag-strong">{t("agreement.byPerson")}</span> : null;
}

/** Every earlier version: who changed what, when and why. */
function Versions({ versions }: { versions: readonly AgreementVersion[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (versions.length < 2) return null;
  return (
    <details className="disclosure">
      <summary>{t("agreement.versions", { n: versions.length })}</summary>
      <ol className="agreement-versions">
        {versions.map((v) => (
          <li key={v.version}>
            <p className="meta">
              {t("agreement.versionBy", { version: v.version, date: format.dateTime(v.changedAt), name: v.changedBy.displayName })} <ByPerson version={v} /> <Confirmed version={v} />
            </p>
            <p>{v.what}</p>
            {v.why ? <p>{t("timeline.text.why", { why: v.why })}</p> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** One agreement as it stands now, with its versions; change it (saying why) or note the person's confirmation. */
export function AgreementCard({ agreement, personId, personName, readOnly, onChanged, onOutdated }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  if (editing && !readOnly) {
    return (
      <li>
        <AgreementForm
          personId={personId}
          personName={personName}
          agreement={agreement}
          onOutdated={onOutdated}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onChanged(saved);
          }}
        />
      </li>
    );
  }

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await confirmAgreement(agreement));
    } catch (caught) {
      setError(errorText.message(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="card agreement" data-agreement={agreement.id}>
      <h3>{agreement.what}</h3>
      <p className="meta">
        {t("agreement.version", { version: agreement.version })}
        {agreement.dueDate ? ` · ${t("agreement.due", { date: format.date(agreement.dueDate) })}` : ""} <ByPerson version={agreement} /> <Confirmed version={agreement} />
      </p>
      <ErrorAlert message={error} />
      <TwoVoices workerLabel={t("agreement.whoDoesWhat")} workerText={agreement.whoDoesWhat} ownWords={agreement.ownWords} />
      <Versions versions={agreement.versions} />
      {readOnly ? null : (
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t("agreement.change")}
          </button>
          {agreement.confirmed ? null : (
            <button type="button" disabled={busy} onClick={() => void confirm()}>
              {t("agreement.confirmInPerson", { name: personName })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
