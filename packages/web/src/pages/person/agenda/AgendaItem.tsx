import { useId, useRef, useState, type DragEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItem } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { AgendaHistory } from "./AgendaHistory.tsx";
import { StatusChange, type StatusPatch } from "./StatusChange.tsx";

export type Direction = "up" | "down";

/** Drag and drop with the mouse (or a long press on touch): an extra next to the move buttons. */
export interface DragHandlers {
  dragging: string | null;
  over: string | null;
  /** True from the moment one of our items is picked up (files or text are not ours). */
  active(): boolean;
  start(itemId: string): void;
  enter(itemId: string): void;
  drop(itemId: string): void;
  end(): void;
}

interface Props {
  item: AgendaItem;
  drag: DragHandlers;
  onMove(item: AgendaItem, direction: Direction): void;
  /** Saves a status change; resolves to an error message, or null when it was saved. */
  onUpdate(item: AgendaItem, patch: StatusPatch): Promise<string | null>;
  /** The section keeps the move buttons, to put focus back on them after a move. */
  moveButtonRef(itemId: string, direction: Direction, element: HTMLButtonElement | null): void;
}

export function AgendaItemCard({ item, drag, onMove, onUpdate, moveButtonRef }: Props): ReactNode {
  const { t } = useTranslation();
  const titleId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);

  const changeStatus = async (patch: StatusPatch): Promise<boolean> => {
    setError(null);
    const problem = await onUpdate(item, patch);
    setError(problem);
    // The button that was used is gone (the moves follow the new status): focus the item.
    if (!problem) headingRef.current?.focus();
    return problem === null;
  };

  const onDragStart = (event: DragEvent<HTMLSpanElement>): void => {
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.id);
    if (itemRef.current) event.dataTransfer.setDragImage(itemRef.current, 24, 24);
    drag.start(item.id);
  };

  const accepting = (event: DragEvent<HTMLLIElement>): boolean => {
    if (!drag.active()) return false;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    return true;
  };

  const classes = ["card", "agenda-item", drag.dragging === item.id ? "agenda-item-dragging" : "", drag.over === item.id && drag.dragging !== item.id ? "agenda-item-over" : ""];
  const dropped = item.status === "dropped" && item.droppedBy && item.dropReason;

  return (
    <li
      ref={itemRef}
      className={classes.filter(Boolean).join(" ")}
      onDragEnter={(event) => {
        if (accepting(event)) drag.enter(item.id);
      }}
      onDragOver={(event) => {
        accepting(event);
      }}
      onDrop={(event) => {
        if (accepting(event)) drag.drop(item.id);
      }}
    >
      <div className="agenda-item-head">
        <span className="drag-handle" aria-hidden="true" draggable title={t("agenda.dragHandle")} onDragStart={onDragStart} onDragEnd={drag.end} />
        <h3 id={titleId} ref={headingRef} tabIndex={-1}>
          <span className="agenda-position" aria-hidden="true" />
          {item.title}
        </h3>
      </div>
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
            <dd>{item.domains.map((d) => t(`lifeDomain.${d}`)).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      {dropped ? <p>{t("agenda.dropped", { who: t(`raisedBy.${item.droppedBy ?? "person"}`), reason: item.dropReason })}</p> : null}
      <div className="actions agenda-move">
        <button type="button" ref={(el) => moveButtonRef(item.id, "up", el)} aria-label={t("agenda.moveUpLabel", { title: item.title })} onClick={() => onMove(item, "up")}>
          {t("agenda.moveUp")}
        </button>
        <button type="button" ref={(el) => moveButtonRef(item.id, "down", el)} aria-label={t("agenda.moveDownLabel", { title: item.title })} onClick={() => onMove(item, "down")}>
          {t("agenda.moveDown")}
        </button>
      </div>
      <StatusChange item={item} titleId={titleId} onChange={changeStatus} />
      <ErrorAlert message={error} />
      <AgendaHistory itemId={item.id} title={item.title} version={item.version} />
    </li>
  );
}
