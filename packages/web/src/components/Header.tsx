import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useNavigate } from "react-router";
import { useSession } from "../session/SessionContext.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";

/** Two compact rows on a phone: name and account, then navigation and language. */
export function Header(): ReactNode {
  const { t } = useTranslation();
  const { user, logout } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const onLogout = async (): Promise<void> => {
    setBusy(true);
    try {
      await logout();
    } finally {
      setBusy(false);
      void navigate("/login");
    }
  };

  return (
    <header className="site-header">
      <div className="site-header-row">
        <Link to="/today" className="brand">
          {t("appName")}
        </Link>
        {user ? (
          <div className="user-box">
            <span className="user-name">{t("layout.loggedInAs", { name: user.displayName })}</span>
            <button type="button" className="button-quiet" onClick={() => void onLogout()} disabled={busy}>
              {t("layout.logout")}
            </button>
          </div>
        ) : null}
      </div>
      <div className="site-header-row">
        {user ? (
          <nav aria-label={t("layout.mainNav")} className="main-nav">
            <ul>
              <li>
                <NavLink to="/today">{t("layout.today")}</NavLink>
              </li>
              <li>
                <NavLink to="/" end>
                  {t("layout.caseload")}
                </NavLink>
              </li>
              {user.role === "admin" ? (
                <li>
                  <NavLink to="/admin">{t("layout.admin")}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <LanguageSwitcher />
      </div>
    </header>
  );
}
