import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PageHeading } from "../../../components/PageHeading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { listLifeEvents, type LifeEvent } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { LifeEventCard } from "./LifeEventCard.tsx";
import { localDay, splitLifeEvents } from "./lifeEvents.ts";

/**
 * "What happens in my life": the events the worker noted (a move, a hearing, a stay in hospital…),
 * what is coming first. The person adds how they see it, in their own words.
 */
export function LifeEventsPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const events = useLoad(listLifeEvents, []);
  const { setData } = events;
  const [status, setStatus] = useState<string | null>(null);
  const [today] = useState(() => localDay(new Date()));
  const { coming, happened } = splitLifeEvents(events.data ?? [], today);

  const changed = (saved: LifeEvent): void => {
    setData((current) => current?.map((e) => (e.id === saved.id ? saved : e)));
    setStatus(t("ownWords.saved"));
  };

  const list = (items: LifeEvent[]): ReactNode => (
    <ul className="portal-list">
      {items.map((event) => (
        <LifeEventCard key={event.id} event={event} onChanged={changed} />
      ))}
    </ul>
  );

  return (
    <>
      <PageHeading>{t("life.title")}</PageHeading>
      <p>{t("life.intro")}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={events.error ? errors.message(events.error) : null} />
      {events.loading && !events.data ? <Loading /> : null}
      {events.data && events.data.length === 0 ? <p>{t("life.empty")}</p> : null}
      {coming.length > 0 ? (
        <>
          <h2>{t("life.coming")}</h2>
          {list(coming)}
        </>
      ) : null}
      {happened.length > 0 ? (
        <>
          <h2>{t("life.happened")}</h2>
          {list(happened)}
        </>
      ) : null}
    </>
  );
}
