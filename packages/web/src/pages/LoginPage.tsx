import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { LIMITS } from "@nabij/domain";
import { ApiError } from "../api/client.ts";
import { ErrorAlert } from "../components/Alert.tsx";
import { TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useSubmit } from "../hooks/useSubmit.ts";
import { useErrorText } from "../i18n/errors.ts";
import { useSession } from "../session/SessionContext.tsx";

/** Where to go after login: back to the page that asked for it (inside the app), else today's page. */
function returnPath(state: unknown): string {
  if (typeof state === "object" && state !== null && "from" in state) {
    const from = (state as { from: unknown }).from;
    // The bare address ("/") is where everyone starts: that is today's page too.
    if (typeof from === "string" && from !== "/" && from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/login")) return from;
  }
  return "/today";
}

export function LoginPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { user, login } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { busy, error, run } = useSubmit();

  if (user && !busy) return <Navigate to={returnPath(location.state)} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    await run(
      async () => {
        await login(email.trim(), password);
        void navigate(returnPath(location.state), { replace: true });
      },
      (caught) => {
        const wrong = caught instanceof ApiError && caught.code === "unauthenticated";
        return wrong ? t("login.wrongCredentials") : errorText.message(caught);
      },
    );
  };

  return (
    <div className="narrow">
      <PageHeading>{t("login.title")}</PageHeading>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <ErrorAlert message={error} />
        <TextField
          label={t("login.email")}
          type="email"
          name="email"
          autoComplete="username"
          required
          maxLength={LIMITS.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
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
    </div>
  );
}
