import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AGENDA_STATUSES, type AgendaStatus } from "@nabij/domain";
import type { TimelineData, TimelineEntry } from "../../api/timeline.ts";
import { DomainNames } from "../../components/DomainNames.tsx";
import { useFormat } from "../../i18n/format.ts";
import { BarrierTag } from "../person/referrals/ReferralSteps.tsx";

/** A referral's step (its new status and why), or a note that left the status as it was. */
function ReferralText({ data }: { data: TimelineData["referral"] }): ReactNode {
  const { t } = useTranslation();
  const note = data.step === "note";
  const sentence = note
    ? t("timeline.text.referralNote", { to: data.toName })
    : t(data.from === null ? "timeline.text.referralNew" : "timeline.text.referralStep", {
        to: data.toName,
        category: t(`institutionCategory.${data.institutionCategory}`),
        status: t(`referralStatus.${data.to}`),
      });
  return (
    <>
      {sentence}
      <BarrierTag barrier={data.barrier} reason={data.barrierReason} />
      {data.reason ? <span className="timeline-reason"> {note ? data.reason : t("referral.stepReason", { reason: data.reason })}</span> : null}
    </>
  );
}

/** The entry's own sentence, per kind. */
function EntryText({ entry }: { entry: TimelineEntry }): ReactNode {
  const { t } = useTranslation();
  switch (entry.kind) {
    case "encounter":
      return t("timeline.text.encounter", { place: t(`placeType.${entry.data.placeType}`), minutes: entry.data.durationMinutes ?? "?" });
    case "agenda": {
      const status = entry.data.changes.status?.to;
      const known = (AGENDA_STATUSES as readonly unknown[]).includes(status) ? (status as AgendaStatus) : null;
      const text = t(entry.data.version === 1 ? "timeline.text.agendaNew" : "timeline.text.agendaChanged", { title: entry.data.title });
      return known ? `${text} ${t("timeline.text.agendaStatus", { status: t(`agendaStatus.${known}`) })}` : text;
    }
    case "appointment":
      return t("timeline.text.appointment", { minutes: entry.data.durationMinutes, status: t(`appointmentStatus.${entry.data.status}`) });
    case "assessment":
      return t("timeline.text.assessment", { n: entry.data.domainCount });
    case "referral":
      return <ReferralText data={entry.data} />;
    case "rights":
      return t("timeline.text.rights", { entitled: entry.data.entitled.length, maybe: entry.data.maybe });
    case "take_up":
      return t("timeline.text.takeUp", { right: entry.data.rightId, status: t(`takeUpStatus.${entry.data.status}`) });
    case "consent":
      return t(entry.data.withdrawn ? "timeline.text.consentWithdrawn" : "timeline.text.consentGiven", { parts: entry.data.scopes.map((s) => t(`personPart.${s}`)).join(", ") });
    case "life_event":
      return (
        <>
          {t(`lifeEventKind.${entry.data.eventKind}`)}
          {entry.data.title ? `: ${entry.data.title}` : ""}
          {entry.data.expected ? <span className="tag">{t("timeline.text.expected")}</span> : null}
        </>
      );
    case "agreement":
      return (
        <>
          {t(entry.data.version === 1 ? "timeline.text.agreementNew" : "timeline.text.agreementChanged", { what: entry.data.what })}
          {entry.data.why ? ` ${t("timeline.text.why", { why: entry.data.why })}` : ""}
          {entry.data.confirmed ? <span className="tag">{t("timeline.text.confirmed")}</span> : null}
        </>
      );
    case "evaluation":
      return (
        <>
          {t(entry.data.askedByPerson ? "timeline.text.evaluationAsked" : "timeline.text.evaluationPlanned")}
          {entry.data.note ? ` ${t("timeline.text.evaluationNote", { note: entry.data.note })}` : ""}
          {entry.data.done ? <span className="tag">{t("timeline.text.evaluationDone")}</span> : null}
        </>
      );
  }
}

/** One moment on the person's timeline: what kind, when, in words, and the life domains it touches. */
export function TimelineItem({ entry }: { entry: TimelineEntry }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={`timeline-entry timeline-${entry.kind}`} data-kind={entry.kind}>
      <p className="meta">
        <strong>{t(`timelineKind.${entry.kind}`)}</strong> · <time dateTime={entry.at}>{entry.kind === "life_event" ? format.date(entry.at) : format.dateTime(entry.at)}</time>
      </p>
      <p>
        <EntryText entry={entry} />
      </p>
      {entry.domains.length > 0 ? (
        <p className="meta">
          <DomainNames keys={entry.domains} />
        </p>
      ) : null}
    </li>
  );
}
