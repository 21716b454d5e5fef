import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { LIMITS } from "@nabij/domain";
import { ErrorAlert } from "../components/Alert.tsx";
import { TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useSubmit } from "../hooks/useSubmit.ts";
import { useErrorText, type FieldMessages } from "../i18n/errors.ts";
import { useSession } from "../session/SessionContext.tsx";

/** An invited colleague chooses a password and is logged in straight away. */
export function InvitationPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { acceptInvitation } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const { busy, error, setError, run } = useSubmit();

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const local: FieldMessages = {};
    if (password.length < LIMITS.passwordMin) local.password = t("fieldErrors.passwordTooShort", { min: LIMITS.passwordMin });
    else if (password !== confirm) local.confirm = t("fieldErrors.passwordsDiffer");
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      setError(t("errors.validation_failed"));
      return;
    }
    await run(
      async () => {
        await acceptInvitation(token, password);
        void navigate("/today", { replace: true });
      },
      (caught) => {
        const fields = errorText.fields(caught);
        if (fields.password) fields.password = t("fieldErrors.passwordTooShort", { min: LIMITS.passwordMin });
        setFieldErrors(fields);
        return errorText.message(caught);
      },
    );
  };

  return (
    <div className="narrow">
      <PageHeading>{t("invitation.title")}</PageHeading>
      {token ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <p>{t("invitation.intro", { min: LIMITS.passwordMin })}</p>
          <ErrorAlert message={error} />
          <TextField
            label={t("invitation.password")}
            type="password"
            autoComplete="new-password"
            required
            minLength={LIMITS.passwordMin}
            maxLength={LIMITS.passwordMax}
            error={fieldErrors.password}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <TextField
            label={t("invitation.confirm")}
            type="password"
            autoComplete="new-password"
            required
            maxLength={LIMITS.passwordMax}
            error={fieldErrors.confirm}
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("invitation.submit")}
          </button>
        </form>
      ) : (
        <ErrorAlert message={t("invitation.missingToken")} />
      )}
    </div>
  );
}
