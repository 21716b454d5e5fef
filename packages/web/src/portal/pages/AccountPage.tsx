import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../components/Alert.tsx";
import { ConfirmStep } from "../../components/ConfirmStep.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { usePortalErrors } from "../errors.ts";
import { PortalLanguageSwitcher } from "../PortalLanguageSwitcher.tsx";
import { usePerson, usePortalSession } from "../PortalSessionContext.tsx";

/** The person's account: the language of the portal, and closing the account (at once). */
export function AccountPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const person = usePerson();
  const { endAccess } = usePortalSession();
  const navigate = useNavigate();
  const languageHeading = useId();
  const confirmId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const close = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      await endAccess();
      void navigate("/portal/login", { replace: true });
    } catch (caught) {
      setError(errors.message(caught));
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <PageHeading>{t("account.title")}</PageHeading>
      <p dir="auto">{t("account.loggedInAs", { name: person.displayName, login: person.login })}</p>
      <p dir="auto">{t("account.organisation", { organisation: person.organisationName })}</p>
      <h2 id={languageHeading}>{t("account.languageTitle")}</h2>
      <PortalLanguageSwitcher labelledBy={languageHeading} />
      <h2>{t("account.closeTitle")}</h2>
      <p>{t("account.closeIntro")}</p>
      <ErrorAlert message={error} />
      <div className="actions">
        <button type="button" ref={closeButton} className="button-danger" aria-expanded={confirming} disabled={busy} onClick={() => setConfirming(true)}>
          {t("account.close")}
        </button>
      </div>
      {confirming ? (
        <ConfirmStep
          id={confirmId}
          question={t("account.closeQuestion")}
          confirmLabel={t("account.closeConfirm")}
          onConfirm={() => void close()}
          onCancel={() => {
            setConfirming(false);
            closeButton.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
