import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { usePaged } from "../../hooks/usePaged.ts";
import { accessReasons, accessSentence } from "../accessLog.ts";
import { accessLog, type AccessLog } from "../api.ts";
import { usePortalErrors } from "../errors.ts";
import { usePortalFormat } from "../format.ts";

/**
 * "Who looked at my information": every look and change by a person, newest first, in words.
 * Nabij's own background work is summed up in one line, not hidden; so are the person's own
 * looks at their pages (listing them would bury the workers' accesses).
 */
export function AccessLogPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const format = usePortalFormat();
  const [summary, setSummary] = useState<Pick<AccessLog, "system" | "ownReads"> | null>(null);
  const log = usePaged(async (cursor) => {
    const page = await accessLog(cursor);
    if (cursor === null) setSummary({ system: page.system, ownReads: page.ownReads });
    return page;
  }, []);
  const system = summary?.system;
  const own = summary?.ownReads;

  return (
    <>
      <PageHeading>{t("accessLog.title")}</PageHeading>
      <p>{t("accessLog.intro")}</p>
      <ErrorAlert message={log.error ? errors.message(log.error) : null} />
      {system ? (
        <p className="note-box">
          {system.count > 0 && system.lastAt
            ? t("accessLog.system", { number: format.number(system.count), date: format.day(system.lastAt) })
            : t("accessLog.systemNone")}
        </p>
      ) : null}
      {own && own.count > 0 && own.lastAt ? <p className="note-box">{t("accessLog.ownReads", { number: format.number(own.count), date: format.day(own.lastAt) })}</p> : null}
      {log.items === null && !log.error ? <Loading /> : null}
      {log.items?.length === 0 ? <p>{t("accessLog.empty")}</p> : null}
      {log.items && log.items.length > 0 ? (
        <ol className="portal-list access-log">
          {log.items.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <p className="access-sentence">{accessSentence(entry, t, format)}</p>
              {accessReasons(entry, t).map((line) => (
                <p key={line} className="meta">
                  {line}
                </p>
              ))}
            </li>
          ))}
        </ol>
      ) : null}
      <LoadMore show={log.hasMore} busy={log.loadingMore} onClick={log.loadMore} />
    </>
  );
}
