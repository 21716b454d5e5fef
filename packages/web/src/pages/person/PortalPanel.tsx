import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { UI_LANGUAGES, type UiLanguage } from "@nabij/domain";
import { endPortalAccess, getPortalAccess, invitePerson } from "../../api/portalAccounts.ts";
import type { Person, PortalAccount, PortalInvitation } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { ConfirmStep } from "../../components/ConfirmStep.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { makeFormatters, useFormat } from "../../i18n/format.ts";
import { useUser } from "../../session/SessionContext.tsx";

const isUiLanguage = (value: string): value is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(value);

/** The address where the person activates their code: absolute, so it works in an SMS. */
function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

function AccountDetails({ account, name }: { account: PortalAccount; name: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (account.status === "ended") {
    const date = account.endedAt ? format.dateTime(account.endedAt) : "";
    const key = account.endedBy === "person" ? "portalAccess.endedByPerson" : account.endedBy === "worker" ? "portalAccess.endedByWorker" : "portalAccess.ended";
    return <p>{t(key, { name, date })}</p>;
  }
  return (
    <>
      <p>{t("portalAccess.active", { name })}</p>
      <dl className="details">
        <div>
          <dt>{t("portalAccess.login")}</dt>
          <dd>{account.login}</dd>
        </div>
        <div>
          <dt>{t("portalAccess.since")}</dt>
          <dd>
            <time dateTime={account.createdAt}>{format.date(account.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("portalAccess.lastLogin")}</dt>
          <dd>{account.lastLoginAt ? <time dateTime={account.lastLoginAt}>{format.dateTime(account.lastLoginAt)}</time> : t("portalAccess.neverLoggedIn")}</dd>
        </div>
      </dl>
    </>
  );
}

/**
 * The new code, large and easy to read out, with a ready text for an SMS or e-mail (in the
 * language the person reads best) and a copy button. The code is shown this once.
 */
function InvitationCode({ invitation, personName }: { invitation: PortalInvitation; personName: string }): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const id = useId();
  const codeRef = useRef<HTMLOutputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [language, setLanguage] = useState<UiLanguage>(isUiLanguage(i18n.language) ? i18n.language : "nl-BE");
  const [status, setStatus] = useState<string | null>(null);

  // The code takes focus, so it is read out at once.
  useEffect(() => codeRef.current?.focus(), [invitation]);

  const message = i18n.getFixedT(language)("portalAccess.messageText", {
    name: personName,
    url: absoluteUrl(invitation.activateUrl),
    code: invitation.code,
    date: makeFormatters(language).dateTime(invitation.expiresAt),
    worker: user.displayName,
  });

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(message);
      setStatus(t("portalAccess.copied"));
    } catch {
      textRef.current?.select();
      setStatus(t("portalAccess.copyByHand"));
    }
  };

  return (
    <div className="invitation-code">
      <p className="invitation-code-label" id={`${id}-label`}>
        {t("portalAccess.code")}
      </p>
      <output ref={codeRef} tabIndex={-1} className="invitation-code-value" aria-labelledby={`${id}-label`} aria-describedby={`${id}-valid`}>
        {invitation.code}
      </output>
      <p id={`${id}-valid`}>{t("portalAccess.codeValid", { date: format.dateTime(invitation.expiresAt) })}</p>
      <p className="hint">{t("portalAccess.codeHint", { name: personName })}</p>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t("portalAccess.messageLanguage")}</label>
        <select id={`${id}-language`} value={language} onChange={(e) => isUiLanguage(e.target.value) && setLanguage(e.target.value)}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`, { ns: "person" })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>{t("portalAccess.message")}</label>
        <textarea id={`${id}-message`} ref={textRef} readOnly rows={5} lang={language} value={message} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <StatusMessage message={status} />
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          {t("portalAccess.copy")}
        </button>
      </div>
    </div>
  );
}

/**
 * "Eigen Nabij": whether the person has their own portal account, an invitation that still
 * works, a button to invite them (a code to give in person or to send) and one to end the access.
 */
export function PortalPanel({ person }: { person: Person }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const id = useId();
  const name = person.displayName;
  const access = useLoad(() => getPortalAccess(person.id), [person.id]);
  const [invitation, setInvitation] = useState<PortalInvitation | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);

  const account = access.data?.account ?? null;
  const active = account?.status === "active";
  const pending = access.data?.invitation ?? null;

  const invite = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setInvitation(await invitePerson(person.id));
      setStatus(t("portalAccess.invited"));
      await access.reload();
    } catch (caught) {
      setError(errorText.message(caught));
    } finally {
      setBusy(false);
    }
  };

  const end = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await endPortalAccess(person.id);
      setConfirming(false);
      setInvitation(null);
      setStatus(t("portalAccess.endedNow", { name }));
      await access.reload();
      headingRef.current?.focus();
    } catch (caught) {
      setConfirming(false);
      setError(errorText.message(caught));
      endButton.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const cancel = (): void => {
    setConfirming(false);
    endButton.current?.focus();
  };

  const confirmId = `${id}-confirm`;
  const inviteHintId = `${id}-invite-hint`;

  return (
    <section aria-labelledby={`${id}-heading`} className="portal-panel">
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t("portalAccess.title", { name })}
      </h2>
      <p className="hint">{t("portalAccess.intro", { name })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error ?? (access.error ? errorText.message(access.error) : null)} />
      {!access.data && !access.error ? <p>{t("common.loading")}</p> : null}
      {access.data ? (
        <>
          {account ? <AccountDetails account={account} name={name} /> : <p>{t("portalAccess.none", { name })}</p>}
          {pending && !invitation && !active ? <p>{t("portalAccess.pending", { date: format.dateTime(pending.expiresAt) })}</p> : null}
          {invitation ? <InvitationCode invitation={invitation} personName={name} /> : null}
          <div className="actions">
            {!active ? (
              <button type="button" className="button-primary" aria-describedby={inviteHintId} disabled={busy} onClick={() => void invite()}>
                {t("portalAccess.invite")}
              </button>
            ) : null}
            {active || pending || invitation ? (
              <button
                type="button"
                ref={endButton}
                className="button-danger"
                aria-expanded={confirming}
                aria-controls={confirming ? confirmId : undefined}
                onClick={() => setConfirming(!confirming)}
              >
                {t("portalAccess.end")}
              </button>
            ) : null}
          </div>
          {!active ? (
            <p className="hint" id={inviteHintId}>
              {t("portalAccess.inviteHint", { name })}
            </p>
          ) : null}
          {confirming ? (
            <ConfirmStep id={confirmId} question={t("portalAccess.confirmEnd", { name })} confirmLabel={t("portalAccess.confirmEndYes")} onConfirm={() => void end()} onCancel={cancel} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
