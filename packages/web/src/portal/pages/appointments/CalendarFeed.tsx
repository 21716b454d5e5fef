import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { ConfirmStep } from "../../../components/ConfirmStep.tsx";
import { createCalendarFeed, stopCalendarFeed } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";

/** webcal:// opens the phone's calendar app, which then subscribes to the https address. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, "webcal://");
}

/**
 * "Put my appointments in my phone's calendar": a private address, shown once, to copy or to
 * open in the calendar app. A new address stops the earlier ones; "stop" ends them all.
 */
export function CalendarFeed(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const headingId = useId();
  const inputId = useId();
  const confirmId = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);

  // A new address takes focus, so it is read out and ready to copy.
  useEffect(() => {
    if (url) input.current?.focus();
  }, [url]);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await action();
    } catch (caught) {
      setError(errors.message(caught));
    } finally {
      setBusy(false);
    }
  };

  const create = (): Promise<void> =>
    run(async () => {
      setUrl(await createCalendarFeed());
      setStatus(t("feed.created"));
    });

  const copy = async (): Promise<void> => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("feed.copied"));
    } catch {
      input.current?.select();
      setStatus(t("feed.copyByHand"));
    }
  };

  const stop = (): Promise<void> =>
    run(async () => {
      setConfirming(false);
      await stopCalendarFeed();
      setUrl(null);
      setStatus(t("feed.stopped"));
    });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("feed.title")}</h2>
      <p>{t("feed.intro")}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error} />
      {url ? (
        <div className="feed-url">
          <p className="alert alert-error">{t("feed.warning")}</p>
          <label htmlFor={inputId}>{t("feed.url")}</label>
          <input id={inputId} ref={input} readOnly dir="ltr" value={url} onFocus={(event) => event.currentTarget.select()} />
          <div className="actions">
            <button type="button" onClick={() => void copy()}>
              {t("feed.copy")}
            </button>
            <a className="button" href={webcalUrl(url)}>
              {t("feed.open")}
            </a>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void create()} disabled={busy}>
          {url ? t("feed.createAgain") : t("feed.create")}
        </button>
        <button type="button" ref={stopButton} className="button-danger" aria-expanded={confirming} onClick={() => setConfirming(true)} disabled={busy}>
          {t("feed.stop")}
        </button>
      </div>
      {confirming ? (
        <ConfirmStep
          id={confirmId}
          question={t("feed.stopQuestion")}
          confirmLabel={t("feed.stopConfirm")}
          onConfirm={() => void stop()}
          onCancel={() => {
            setConfirming(false);
            stopButton.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
