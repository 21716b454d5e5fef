import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItem } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { AgendaEdit, type EditProblem } from "./AgendaEdit.tsx";
import { AgendaHistory } from "./AgendaHistory.tsx";
import { AgendaItemDetails } from "./AgendaItemDetails.tsx";
import type { AgendaEditPatch } from "./edit.ts";
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
  personName: string;
  drag: DragHandlers;
  onMove(item: AgendaItem, direction: Direction): void;
  /** Saves a status change; resolves to an error message, or null when it was saved. */
  onUpdate(item: AgendaItem, patch: StatusPatch): Promise<string | null>;
  /** Saves an edit of the title, own words or life domains; resolves to null when it was saved. */
  onEdit(item: AgendaItem, patch: AgendaEditPatch): Promise<EditProblem | null>;
  /** The section keeps the move buttons, to put focus back on them after a move. */
  moveButtonRef(itemId: string, direction: Direction, element: HTMLButtonElement | null): void;
}

export function AgendaItemCard({ item, personName, drag, onMove, onUpdate, onEdit, moveButtonRef }: Props): ReactNode {
  const { t } = useTranslation();
  const titleId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  // Closing the edit form brings the "Aanpassen" button back: focus goes there.
  useEffect(() => {
    if (editing || !focusEditButton.current) return;
    focusEditButton.current = false;
    editButton.current?.focus();
  }, [editing]);

  const closeEdit = (): void => {
    focusEditButton.current = true;
    setEditing(false);
  };

  const saveEdit = async (patch: AgendaEditPatch): Promise<EditProblem | null> => {
    const problem = await onEdit(item, patch);
    if (!problem) closeEdit();
    return problem;
  };

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
      {editing ? (
        <AgendaEdit item={item} personName={personName} onSave={saveEdit} onClose={closeEdit} />
      ) : (
        <>
          <AgendaItemDetails item={item} />
          <div className="actions">
            <button type="button" ref={editButton} aria-label={t("agenda.editLabel", { title: item.title })} onClick={() => setEditing(true)}>
              {t("agenda.edit")}
            </button>
          </div>
        </>
      )}
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
