import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useErrorText } from "../i18n/errors.ts";
import { useSession } from "../session/SessionContext.tsx";
import { ErrorAlert } from "./Alert.tsx";
import { Loading } from "./Loading.tsx";

/** Pages of logged-in users: without a session, go to the login and come back afterwards. */
export function RequireAuth(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { state, reload } = useSession();
  const location = useLocation();
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") {
    return (
      <>
        <ErrorAlert message={errorText.message(state.error)} />
        <button type="button" onClick={reload}>
          {t("common.retry")}
        </button>
      </>
    );
  }
  if (!state.user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet />;
}
