import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useNavigate } from "react-router";
import { useOutbox } from "../offline/OutboxContext.tsx";
import { OutboxStatus } from "../offline/OutboxStatus.tsx";
import { useSession } from "../session/SessionContext.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";

/** Two compact rows on a phone: name and account, then navigation and language. */
export function Header(): ReactNode {
  const { t } = useTranslation();
  const { user, logout } = useSession();
  const navigate = useNavigate();
  const { entries } = useOutbox();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const logoutButton = useRef<HTMLButtonElement>(null);

  const logOut = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    try {
      await logout();
    } finally {
      setBusy(false);
      void navigate("/login");
    }
  };

  // Unsent items stay on this phone (for this user) after logging out: say so first.
  const onLogout = (): void => {
    if (entries.length > 0) setConfirming(true);
    else void logOut();
  };

  // Staying closes the question and puts focus back on the logout button (once the dialog is gone).
  const returnFocus = useRef(false);
  const stay = (): void => {
    returnFocus.current = true;
    setConfirming(false);
  };
  useEffect(() => {
    if (confirming || !returnFocus.current) return;
    returnFocus.current = false;
    logoutButton.current?.focus();
  }, [confirming]);

  return (
    <header className="site-header">
      <div className="site-header-row">
        <Link to="/today" className="brand">
          {t("appName")}
        </Link>
        {user ? (
          <div className="user-box">
            <span className="user-name">{t("layout.loggedInAs", { name: user.displayName })}</span>
            <button type="button" ref={logoutButton} className="button-quiet" onClick={onLogout} disabled={busy}>
              {t("layout.logout")}
            </button>
          </div>
        ) : null}
      </div>
      {user ? <OutboxStatus /> : null}
      {confirming ? <LogoutDialog count={entries.length} onLogout={() => void logOut()} onStay={stay} /> : null}
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
              <li>
                <NavLink to="/map">{t("layout.map")}</NavLink>
              </li>
              <li>
                <NavLink to="/rights" end>
                  {t("layout.rights")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/rights/radar">{t("layout.radar")}</NavLink>
              </li>
              <li>
                <NavLink to="/referrals">{t("layout.referrals")}</NavLink>
              </li>
              <li>
                <NavLink to="/signals">{t("layout.signals")}</NavLink>
              </li>
              {user.role !== "admin" ? (
                <li>
                  <NavLink to="/shared">{t("layout.shared")}</NavLink>
                </li>
              ) : null}
              {user.role === "coordinator" ? (
                <li>
                  <NavLink to="/team">{t("layout.team")}</NavLink>
                </li>
              ) : null}
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

/** A modal question (keyboard: Escape stays, focus starts on "stay"). */
function LogoutDialog({ count, onLogout, onStay }: { count: number; onLogout(): void; onStay(): void }): ReactNode {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={titleId}>{t("offline.logoutTitle")}</h2>
      <p id={textId}>{count === 1 ? t("offline.logoutTextOne") : t("offline.logoutTextMany", { count })}</p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onStay} autoFocus>
          {t("offline.logoutStay")}
        </button>
        <button type="button" onClick={onLogout}>
          {t("offline.logoutAnyway")}
        </button>
      </div>
    </dialog>
  );
}
