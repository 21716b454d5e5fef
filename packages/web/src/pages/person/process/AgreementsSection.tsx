import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listAgreements, type Agreement } from "../../../api/process.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { AgreementCard } from "./AgreementCard.tsx";
import { AgreementForm } from "./AgreementForm.tsx";

interface Props {
  personId: string;
  personName: string;
  /** Read by consent: the agreements and their versions, nothing to change or confirm. */
  readOnly?: boolean;
}

/** "Afspraken tussen jullie": what the person and the worker agreed, each change a version with why. */
export function AgreementsSection({ personId, personName, readOnly = false }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const agreements = useLoad(() => listAgreements(personId), [personId]);
  const { setData, reload } = agreements;
  const [adding, setAdding] = useState(false);
  const replaced = (agreement: Agreement): void => setData((current) => current?.map((a) => (a.id === agreement.id ? agreement : a)));

  return (
    <section aria-labelledby="person-agreements" className="person-agreements">
      <h2 id="person-agreements">{t("agreement.title")}</h2>
      <p className="hint">{t("agreement.intro", { name: personName })}</p>
      <ErrorAlert message={agreements.error ? errorText.message(agreements.error) : null} />
      {readOnly ? null : adding ? (
        <AgreementForm
          personId={personId}
          personName={personName}
          onCancel={() => setAdding(false)}
          onSaved={(agreement) => {
            setAdding(false);
            setData((current) => [agreement, ...(current ?? []).filter((a) => a.id !== agreement.id)]);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t("agreement.new")}
          </button>
        </div>
      )}
      {agreements.data?.length === 0 ? <p>{t("agreement.none", { name: personName })}</p> : null}
      {agreements.data && agreements.data.length > 0 ? (
        <ul className="card-list" aria-label={t("agreement.listLabel", { name: personName })}>
          {agreements.data.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} personId={personId} personName={personName} readOnly={readOnly} onChanged={replaced} onOutdated={() => void reload()} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
