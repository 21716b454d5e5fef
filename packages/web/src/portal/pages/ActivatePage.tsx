import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { LIMITS } from "@nabij/domain";
import { ErrorAlert } from "../../components/Alert.tsx";
import { TextField } from "../../components/Field.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import type { FieldMessages } from "../../i18n/errors.ts";
import { usePortalErrors } from "../errors.ts";
import { usePortalSession } from "../PortalSessionContext.tsx";

/** The same rule as the server's (packages/domain portalLogin), checked here to answer at once. */
const LOGIN_CHARACTERS = /^[\p{L}\p{N}._@-]+$/u;
const LOGIN_MIN = 3;

interface Draft {
  code: string;
  login: string;
  password: string;
  repeat: string;
}

/**
 * The person's first visit: the code from their worker, a login name they choose, and a
 * password. The server refuses a wrong code without saying whether it ever existed.
 */
export function ActivatePage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const { activate } = usePortalSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<Draft>({ code: params.get("code") ?? "", login: "", password: "", repeat: "" });
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const { busy, error, setError, run } = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  const check = (): FieldMessages => {
    const local: FieldMessages = {};
    if (!draft.code.trim()) local.code = t("fieldErrors.required");
    const login = draft.login.trim();
    if (!login) local.login = t("fieldErrors.required");
    else if (login.length < LOGIN_MIN) local.login = t("fieldErrors.loginTooShort", { min: LOGIN_MIN });
    else if (!LOGIN_CHARACTERS.test(login)) local.login = t("fieldErrors.loginCharacters");
    if (draft.password.length < LIMITS.passwordMin) local.password = t("fieldErrors.passwordTooShort", { min: LIMITS.passwordMin });
    else if (draft.password !== draft.repeat) local.repeat = t("fieldErrors.passwordsDiffer");
    return local;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const local = check();
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      setError(t("activate.fixFields"));
      focusFirstInvalid();
      return;
    }
    await run(
      async () => {
        await activate(draft.code.trim(), draft.login.trim(), draft.password);
        void navigate("/portal", { replace: true, state: { welcome: true } });
      },
      (caught) => {
        const fields = errors.fields(caught);
        setFieldErrors(fields);
        focusFirstInvalid();
        return Object.keys(fields).length > 0 ? t("activate.fixFields") : errors.message(caught);
      },
    );
  };

  return (
    <div className="narrow">
      <PageHeading>{t("activate.title")}</PageHeading>
      <p>{t("activate.intro")}</p>
      <form ref={form} onSubmit={(event) => void onSubmit(event)} noValidate>
        <ErrorAlert message={error} />
        <TextField
          label={t("activate.code")}
          hint={t("activate.codeHint")}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={40}
          error={fieldErrors.code}
          value={draft.code}
          onChange={set("code")}
        />
        <TextField
          label={t("activate.login")}
          hint={t("activate.loginHint")}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={LIMITS.portalLogin}
          error={fieldErrors.login}
          value={draft.login}
          onChange={set("login")}
        />
        <TextField
          label={t("activate.password")}
          hint={t("activate.passwordHint", { min: LIMITS.passwordMin })}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          maxLength={LIMITS.passwordMax}
          error={fieldErrors.password}
          value={draft.password}
          onChange={set("password")}
        />
        <TextField
          label={t("activate.repeat")}
          type="password"
          name="repeat-password"
          autoComplete="new-password"
          required
          maxLength={LIMITS.passwordMax}
          error={fieldErrors.repeat}
          value={draft.repeat}
          onChange={set("repeat")}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("activate.submitting") : t("activate.submit")}
        </button>
      </form>
      <p>
        {t("activate.haveAccount")} <Link to="/portal/login">{t("activate.loginLink")}</Link>
      </p>
    </div>
  );
}
