import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { LIMITS } from "@nabij/domain";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { TextField } from "../../components/Field.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { usePortalErrors } from "../errors.ts";
import { usePortalSession } from "../PortalSessionContext.tsx";

/** Where to go after login: back to the portal page that asked for it, else the agenda. */
function returnPath(state: unknown): string {
  if (typeof state === "object" && state !== null && "from" in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === "string" && from.startsWith("/portal") && !from.startsWith("/portal/login")) return from;
  }
  return "/portal";
}

export function LoginPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const { person, farewell, login } = usePortalSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const { busy, error, setError, run } = useSubmit();

  if (person && !busy) return <Navigate to={returnPath(location.state)} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!name.trim() || !password) {
      setError(t("login.fillBoth"));
      return;
    }
    await run(
      async () => {
        await login(name.trim(), password);
        void navigate(returnPath(location.state), { replace: true });
      },
      (caught) => (caught instanceof ApiError && caught.code === "unauthenticated" ? t("login.wrong") : errors.message(caught)),
    );
  };

  return (
    <div className="narrow">
      <PageHeading>{t("login.title")}</PageHeading>
      <StatusMessage message={farewell ? t(`login.${farewell}`) : null} />
      <p>{t("login.intro")}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <ErrorAlert message={error} />
        <TextField
          label={t("login.name")}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={LIMITS.portalLogin}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          label={t("login.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          maxLength={LIMITS.passwordMax}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
      <h2>{t("login.firstTimeTitle")}</h2>
      <p>{t("login.firstTime")}</p>
      <p>
        <Link to="/portal/activate">{t("login.activateLink")}</Link>
      </p>
    </div>
  );
}
