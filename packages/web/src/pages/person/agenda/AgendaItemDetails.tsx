import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItem } from "../../../api/types.ts";
import { DomainNames } from "../../../components/DomainNames.tsx";

/** What an item says: the person's own words, status, who raised it, life domains, a drop. */
export function AgendaItemDetails({ item }: { item: AgendaItem }): ReactNode {
  const { t } = useTranslation();
  const dropped = item.status === "dropped" && item.droppedBy && item.dropReason;
  return (
    <>
      {item.ownWords ? (
        <figure className="own-words">
          <figcaption>{t("agendaField.ownWords")}</figcaption>
          <blockquote>
            <p>{item.ownWords}</p>
          </blockquote>
        </figure>
      ) : null}
      <dl className="inline-details">
        <div>
          <dt>{t("agendaField.status")}</dt>
          <dd>
            <span className={`status-tag status-${item.status}`}>{t(`agendaStatus.${item.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("agendaField.raisedBy")}</dt>
          <dd>{t(`raisedBy.${item.raisedBy}`)}</dd>
        </div>
        {item.domains.length > 0 ? (
          <div>
            <dt>{t("agendaField.domains")}</dt>
            <dd>
              <DomainNames keys={item.domains} />
            </dd>
          </div>
        ) : null}
      </dl>
      {dropped ? <p>{t("agenda.dropped", { who: t(`raisedBy.${item.droppedBy ?? "person"}`), reason: item.dropReason })}</p> : null}
    </>
  );
}
