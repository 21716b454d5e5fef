import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaStatus } from "@nabij/domain";
import { statusActions } from "./statusActions.ts";
import type { PortalAgendaItem } from "../../api.ts";

export type Direction = "up" | "down";


interface Props {
  item: PortalAgendaItem;
  position: number;
  count: number;
  busy: boolean;
  onMove(item: PortalAgendaItem, direction: Direction): void;
  onStatus(item: PortalAgendaItem, status: AgendaStatus): void;
  moveButtonRef(itemId: string, direction: Direction, element: HTMLButtonElement | null): void;
}

/** One thing on the person's list: its words, who added it, where it stands, and the buttons. */
export function AgendaEntry({ item, position, count, busy, onMove, onStatus, moveButtonRef }: Props): ReactNode {
  const { t } = useTranslation("portal");
  const headingId = `agenda-${item.id}`;
  return (
    <li className="card portal-agenda-item">
      <h3 id={headingId} dir="auto">
        <span className="portal-position" aria-hidden="true">
          {t("agenda.position", { position })}{" "}
        </span>
        {item.title}
      </h3>
      {item.ownWords && item.ownWords !== item.title ? (
        <p className="portal-own-words" dir="auto">
          {item.ownWords}
        </p>
      ) : null}
      <p className="meta">
        <span className={`status-tag status-${item.status}`}>{t(`agendaStatus.${item.status}`)}</span> {t(`raisedBy.${item.raisedBy}`)}
      </p>
      <div className="actions">
        {position > 1 ? (
          <button type="button" ref={(el) => moveButtonRef(item.id, "up", el)} onClick={() => onMove(item, "up")}>
            {t("agenda.moveUp")}
            <span className="visually-hidden">: {item.title}</span>
          </button>
        ) : null}
        {position < count ? (
          <button type="button" ref={(el) => moveButtonRef(item.id, "down", el)} onClick={() => onMove(item, "down")}>
            {t("agenda.moveDown")}
            <span className="visually-hidden">: {item.title}</span>
          </button>
        ) : null}
        {statusActions(item.status).map((action) => (
          <button key={action.to} type="button" disabled={busy} onClick={() => onStatus(item, action.to)}>
            {t(`agenda.${action.label}`)}
            <span className="visually-hidden">: {item.title}</span>
          </button>
        ))}
      </div>
    </li>
  );
}
