import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { createFeed, listFeeds, revokeFeed } from "../../api/appointments.ts";
import type { CalendarFeed } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";

interface Props {
  /** null: my own feed; else the person's own. */
  personId: string | null;
  personName?: string;
}

/**
 * "Zet mijn afspraken in mijn agenda": a private calendar address. It is shown once, with a copy
 * button and a warning; earlier ones are listed and can be revoked.
 */
export function FeedPanel({ personId, personName = "" }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const headingId = useId();
  const urlLabelId = useId();
  const ns = personId ? "feeds.person" : "feeds.mine";
  const feeds = useLoad(() => listFeeds(personId), [personId]);
  const [shown, setShown] = useState<{ feedId: string; url: string } | null>(null);
  const url = shown?.url ?? null;
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);

  // A new address takes focus, so it is read out and ready to copy.
  useEffect(() => {
    if (shown) urlRef.current?.focus();
  }, [shown]);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setError(null);
    setStatus(null);
    try {
      await action();
    } catch (caught) {
      setError(errorText.message(caught));
    }
  };

  const create = (): Promise<void> =>
    run(async () => {
      const created = await createFeed(personId);
      setShown({ feedId: created.feed.id, url: created.url });
      feeds.setData((current) => [...(current ?? []), created.feed]);
      setStatus(t("feeds.created"));
    });

  const copy = (): Promise<void> =>
    run(async () => {
      if (!url) return;
      try {
        await navigator.clipboard.writeText(url);
        setStatus(t("feeds.copied"));
      } catch {
        urlRef.current?.select();
        setStatus(t("feeds.copyByHand"));
      }
    });

  const revoke = (feed: CalendarFeed): Promise<void> =>
    run(async () => {
      await revokeFeed(feed.id);
      feeds.setData((current) => current?.filter((f) => f.id !== feed.id));
      if (shown?.feedId === feed.id) setShown(null);
      setStatus(t("feeds.revoked"));
    });

  const active = (feeds.data ?? []).filter((f) => !f.revokedAt);

  return (
    <section aria-labelledby={headingId} className="card feed-panel">
      <h2 id={headingId}>{t(`${ns}.title`, { name: personName })}</h2>
      <p className="hint">{t(`${ns}.intro`, { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error ?? (feeds.error ? errorText.message(feeds.error) : null)} />
      {url ? (
        <div className="feed-url">
          <p className="alert alert-error">{t("feeds.warning")}</p>
          <label id={urlLabelId} htmlFor={`${urlLabelId}-input`}>
            {t("feeds.url")}
          </label>
          <input id={`${urlLabelId}-input`} ref={urlRef} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <div className="actions">
            <button type="button" onClick={() => void copy()}>
              {t("feeds.copy")}
            </button>
          </div>
        </div>
      ) : null}
      {active.length > 0 ? (
        <ul className="plain-list">
          {active.map((feed) => (
            <li key={feed.id} className="card row">
              <span>{t("feeds.since", { date: format.dateTime(feed.createdAt) })}</span>
              <button type="button" className="button-danger" onClick={() => void revoke(feed)}>
                {t("feeds.revoke")}
                <span className="visually-hidden"> – {t("feeds.since", { date: format.dateTime(feed.createdAt) })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {feeds.data && active.length === 0 ? <p>{t("feeds.none")}</p> : null}
      <div className="actions">
        <button type="button" onClick={() => void create()}>
          {t(`${ns}.create`, { name: personName })}
        </button>
      </div>
    </section>
  );
}
