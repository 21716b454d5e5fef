import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { UpcomingLifeEvent } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

/** Expected life events of the persons I work with, in the coming two weeks. */
export function UpcomingLifeEvents({ events }: { events: UpcomingLifeEvent[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="today-life-events">
      <h2 id="today-life-events">{t("today.lifeEvents")}</h2>
      {events.length === 0 ? <p>{t("today.noLifeEvents")}</p> : null}
      {events.length > 0 ? (
        <ul className="person-list">
          {events.map((e) => (
            <li key={e.id}>
              <Link to={`/persons/${encodeURIComponent(e.personId)}`}>{e.personDisplayName}</Link>
              <span className="meta">
                {" "}
                {format.date(e.date)} · {t(`lifeEventKind.${e.kind}`)}
                {e.title ? `: ${e.title}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
