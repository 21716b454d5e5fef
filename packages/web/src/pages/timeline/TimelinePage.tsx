import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { TIMELINE_KINDS, type TimelineKind } from "@nabij/domain";
import { getPerson } from "../../api/persons.ts";
import { getTimeline } from "../../api/timeline.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { DomainPicker } from "../../components/DomainPicker.tsx";
import { Loading } from "../../components/Loading.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { usePaged } from "../../hooks/usePaged.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { TimelineItem } from "./TimelineItem.tsx";

/** Which kinds to show: none ticked means all. */
function KindFilter({ value, onChange }: { value: readonly TimelineKind[]; onChange(kinds: TimelineKind[]): void }): ReactNode {
  const { t } = useTranslation();
  const toggle = (kind: TimelineKind, on: boolean): void => onChange(TIMELINE_KINDS.filter((k) => (k === kind ? on : value.includes(k))));
  return (
    <details className="disclosure timeline-kinds">
      <summary>{value.length === 0 ? t("timeline.allKinds") : t("timeline.someKinds", { n: value.length })}</summary>
      <fieldset>
        <legend>{t("timeline.kinds")}</legend>
        <div className="choice-list">
          {TIMELINE_KINDS.map((kind) => (
            <label className="choice" key={kind}>
              <input type="checkbox" checked={value.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
              <span>{t(`timelineKind.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}

/** "Tijdlijn": everything in the person's file, newest first, by kind and life domain. */
export function TimelinePage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { id = "" } = useParams();
  const person = useLoad(() => getPerson(id), [id]);
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const [domains, setDomains] = useState<string[]>([]);
  const kindKey = kinds.join(",");
  const domainKey = domains.join(",");
  const timeline = usePaged((before) => getTimeline(id, { kinds, domains }, before), [id, kindKey, domainKey]);

  if (person.error) return <ErrorAlert message={errorText.message(person.error)} />;
  if (!person.data) return <Loading />;
  const name = person.data.displayName;

  return (
    <>
      <BackLink to={`/persons/${encodeURIComponent(id)}`}>{t("timeline.back", { name })}</BackLink>
      <PageHeading>{t("timeline.title", { name })}</PageHeading>
      <p className="hint">{t("timeline.intro", { name })}</p>
      <section aria-labelledby="timeline-filters" className="timeline-filters">
        <h2 id="timeline-filters">{t("timeline.filters")}</h2>
        <KindFilter value={kinds} onChange={setKinds} />
        <DomainPicker legend={t("timeline.domains")} value={domains} onChange={setDomains} />
      </section>
      <ErrorAlert message={timeline.error ? errorText.message(timeline.error) : null} />
      {timeline.items === null && !timeline.error ? <Loading /> : null}
      {timeline.items?.length === 0 ? <p>{t("timeline.empty")}</p> : null}
      {timeline.items && timeline.items.length > 0 ? (
        <ol className="timeline" aria-label={t("timeline.listLabel", { name })}>
          {timeline.items.map((entry) => (
            <TimelineItem key={entry.id} entry={entry} />
          ))}
        </ol>
      ) : null}
      <LoadMore show={timeline.hasMore} busy={timeline.loadingMore} onClick={timeline.loadMore} />
    </>
  );
}
