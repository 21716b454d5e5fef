import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { ErrorAlert } from "../components/Alert.tsx";
import { Loading } from "../components/Loading.tsx";
import { usePortalErrors } from "./errors.ts";
import { PortalLanguageSwitcher } from "./PortalLanguageSwitcher.tsx";
import { usePortalSession } from "./PortalSessionContext.tsx";

/** The pages of the portal, in the order a person needs them. */
const PAGES = [
  { to: "/portal", key: "agenda" },
  { to: "/portal/appointments", key: "appointments" },
  { to: "/portal/agreed", key: "agreed" },
  { to: "/portal/life", key: "life" },
  { to: "/portal/access-log", key: "accessLog" },
  { to: "/portal/consents", key: "consents" },
] as const;

/** Skip link, the portal's own header and navigation, and the one main landmark. */
export function PortalLayout(): ReactNode {
  const { t } = useTranslation("portal");
  const { person, logout } = usePortalSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const logOut = async (): Promise<void> => {
    setBusy(true);
    try {
      await logout();
    } finally {
      setBusy(false);
      void navigate("/portal/login");
    }
  };

  return (
    <div className="portal">
      <a className="skip-link" href="#main">
        {t("layout.skipLink")}
      </a>
      <header className="portal-header">
        <div className="portal-header-row">
          <Link to="/portal" className="brand">
            {t("layout.appName")}
          </Link>
          {person ? (
            <div className="portal-account">
              <NavLink to="/portal/account">{t("nav.account")}</NavLink>
              <button type="button" className="button-quiet" onClick={() => void logOut()} disabled={busy}>
                {t("layout.logout")}
              </button>
            </div>
          ) : null}
        </div>
        {person ? (
          <nav aria-label={t("nav.label")} className="portal-nav">
            <ul>
              {PAGES.map((page) => (
                <li key={page.key}>
                  <NavLink to={page.to} end>
                    {t(`nav.${page.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <PortalLanguageSwitcher />
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** Pages for a logged-in person: without a portal session, the portal's login, and back afterwards. */
export function RequirePortalAuth(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const { state, reload } = usePortalSession();
  const location = useLocation();
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") {
    return (
      <>
        <ErrorAlert message={errors.message(state.error)} />
        <button type="button" onClick={reload}>
          {t("common.retry")}
        </button>
      </>
    );
  }
  if (!state.person) return <Navigate to="/portal/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet />;
}
