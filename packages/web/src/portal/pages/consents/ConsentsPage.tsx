import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PageHeading } from "../../../components/PageHeading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { listConsents, withdrawConsent, type Consent } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { ConsentCard, recipientName } from "./ConsentCard.tsx";
import { ConsentForm } from "./ConsentForm.tsx";

/**
 * "Who may see what": the permissions the person gave (to another organisation or a worker
 * there), stopping one at once, and giving a new one.
 */
export function ConsentsPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const consents = useLoad(listConsents, []);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const replace = (consent: Consent): void => consents.setData((current) => [consent, ...(current ?? []).filter((c) => c.id !== consent.id)]);

  const withdraw = async (consent: Consent): Promise<void> => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const withdrawn = await withdrawConsent(consent.id);
      consents.setData((current) => current?.map((c) => (c.id === withdrawn.id ? withdrawn : c)));
      setStatus(t("consents.stopped", { name: recipientName(withdrawn) }));
    } catch (caught) {
      setError(errors.message(caught));
    } finally {
      setBusy(false);
      listHeading.current?.focus();
    }
  };

  const given = (consent: Consent): void => {
    replace(consent);
    setError(null);
    setStatus(t("consents.given", { name: recipientName(consent) }));
    listHeading.current?.focus();
  };

  return (
    <>
      <PageHeading>{t("consents.title")}</PageHeading>
      <p>{t("consents.intro")}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error ?? (consents.error ? errors.message(consents.error) : null)} />
      <h2 ref={listHeading} tabIndex={-1}>
        {t("consents.listTitle")}
      </h2>
      {consents.loading && !consents.data ? <Loading /> : null}
      {consents.data && consents.data.length === 0 ? <p>{t("consents.empty")}</p> : null}
      {consents.data && consents.data.length > 0 ? (
        <ul className="portal-list">
          {consents.data.map((consent) => (
            <ConsentCard key={consent.id} consent={consent} busy={busy} onWithdraw={(c) => void withdraw(c)} />
          ))}
        </ul>
      ) : null}
      <h2>{t("consents.newTitle")}</h2>
      <p>{t("consents.newIntro")}</p>
      <ConsentForm onGiven={given} />
    </>
  );
}
