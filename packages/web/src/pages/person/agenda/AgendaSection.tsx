import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { listAgenda, reorderAgenda, updateAgendaItem } from "../../../api/agenda.ts";
import type { AgendaItem } from "../../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { AgendaForm } from "./AgendaForm.tsx";
import { AgendaItemCard, type Direction, type DragHandlers } from "./AgendaItem.tsx";
import { moveTo, sameOrder } from "./order.ts";
import type { EditProblem } from "./AgendaEdit.tsx";
import type { AgendaEditPatch } from "./edit.ts";
import type { StatusPatch } from "./StatusChange.tsx";

interface Props {
  personId: string;
  personName: string;
}

/**
 * The shared agenda: what the person wants to work on, in the order the person sets. The first
 * section of the person's page. Moves are shown at once and saved one after the other; when the
 * server refuses an order (someone else changed the agenda) the agenda is loaded again.
 */
export function AgendaSection({ personId, personName }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const agenda = useLoad(() => listAgenda(personId), [personId]);
  const { setData, reload } = agenda;
  const items = agenda.data;
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  // The dragged item, known at once (the state above is for the look and comes a moment later).
  const draggingId = useRef<string | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const focusAddButton = useRef(false);

  // Closing the form brings the "add" button back: focus goes there, not to the page's top.
  useEffect(() => {
    if (adding || !focusAddButton.current) return;
    focusAddButton.current = false;
    addButton.current?.focus();
  }, [adding]);

  // React keeps focus on a moved element in most cases; this makes sure of it.
  useEffect(() => {
    if (!focusAfterMove) return;
    const button = moveButtons.current.get(`${focusAfterMove.id}:${focusAfterMove.direction}`);
    if (button && document.activeElement !== button) button.focus();
  }, [focusAfterMove, items]);

  const moveButtonRef = (itemId: string, direction: Direction, element: HTMLButtonElement | null): void => {
    const key = `${itemId}:${direction}`;
    if (element) moveButtons.current.set(key, element);
    else moveButtons.current.delete(key);
  };

  /** Sends the full order; runs after the previous one so the last move is the one that stays. */
  const saveOrder = (itemIds: string[]): void => {
    saving.current = saving.current.then(async () => {
      try {
        await reorderAgenda(personId, itemIds);
      } catch (caught) {
        setStatus(null);
        setError(caught instanceof ApiError && caught.code === "conflict" ? t("agenda.orderConflict") : errorText.message(caught));
        await reload();
      }
    });
  };

  /** Puts an item at a new place (0 first), says where it went and saves the order. */
  const place = (item: AgendaItem, to: number): boolean => {
    if (!items) return false;
    const from = items.findIndex((i) => i.id === item.id);
    if (from < 0) return false;
    if (to < 0 || to >= items.length) {
      setStatus(to < 0 ? t("agenda.alreadyFirst", { title: item.title }) : t("agenda.alreadyLast", { title: item.title }));
      return false;
    }
    const next = moveTo(items, from, to);
    if (sameOrder(next.map((i) => i.id), items.map((i) => i.id))) return false;
    setError(null);
    setData(next);
    setStatus(t("agenda.moved", { title: item.title, position: to + 1, count: next.length }));
    saveOrder(next.map((i) => i.id));
    return true;
  };

  const move = (item: AgendaItem, direction: Direction): void => {
    const from = items?.findIndex((i) => i.id === item.id) ?? -1;
    place(item, direction === "up" ? from - 1 : from + 1);
    setFocusAfterMove({ id: item.id, direction });
  };

  const drag: DragHandlers = {
    dragging,
    over,
    active: () => draggingId.current !== null,
    start: (itemId) => {
      draggingId.current = itemId;
      // Chromium ends a drag whose source changes during dragstart: mark it just after.
      window.setTimeout(() => setDragging(itemId), 0);
      setFocusAfterMove(null);
    },
    enter: setOver,
    drop: (targetId) => {
      const item = items?.find((i) => i.id === draggingId.current);
      draggingId.current = null;
      const to = items?.findIndex((i) => i.id === targetId) ?? -1;
      if (item && to >= 0) place(item, to);
      setDragging(null);
      setOver(null);
    },
    end: () => {
      draggingId.current = null;
      setDragging(null);
      setOver(null);
    },
  };

  const update = async (item: AgendaItem, patch: StatusPatch): Promise<string | null> => {
    setError(null);
    try {
      const saved = await updateAgendaItem(item.id, { ...patch, version: item.version });
      setData((current) => current?.map((i) => (i.id === saved.id ? saved : i)));
      setStatus(t("agenda.statusChanged", { title: saved.title, status: t(`agendaStatus.${saved.status}`) }));
      return null;
    } catch (caught) {
      setStatus(null);
      if (caught instanceof ApiError && (caught.code === "stale_version" || caught.code === "rule_violation")) {
        await reload();
        return caught.code === "stale_version" ? t("errors.stale_version") : t("agenda.transitionNotAllowed");
      }
      return errorText.message(caught);
    }
  };

  const edit = async (item: AgendaItem, patch: AgendaEditPatch): Promise<EditProblem | null> => {
    setError(null);
    if (Object.keys(patch).length === 0) {
      setStatus(t("agenda.unchanged", { title: item.title }));
      return null;
    }
    try {
      const saved = await updateAgendaItem(item.id, { ...patch, version: item.version });
      setData((current) => current?.map((i) => (i.id === saved.id ? saved : i)));
      setStatus(t("agenda.edited", { title: saved.title }));
      return null;
    } catch (caught) {
      setStatus(null);
      if (caught instanceof ApiError && caught.code === "stale_version") {
        await reload();
        return { message: t("errors.stale_version"), fields: {} };
      }
      return { message: errorText.message(caught), fields: errorText.fields(caught) };
    }
  };

  const added = (item: AgendaItem): void => {
    setError(null);
    // A retry with the same id answers with the stored item: never list it twice.
    setData((current) => [...(current ?? []).filter((i) => i.id !== item.id), item]);
    setStatus(t("agenda.added", { title: item.title }));
  };

  const closeForm = (): void => {
    focusAddButton.current = true;
    setAdding(false);
  };

  return (
    <section aria-labelledby="person-agenda" className="agenda">
      <h2 id="person-agenda">{t("agenda.title", { name: personName })}</h2>
      <p className="hint">{t("agenda.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error ?? (agenda.error ? errorText.message(agenda.error) : null)} />
      {!items && !agenda.error ? <p>{t("common.loading")}</p> : null}
      {items?.length === 0 ? <p>{t("agenda.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ol className="agenda-list">
          {items.map((item) => (
            <AgendaItemCard
              key={item.id}
              item={item}
              personName={personName}
              drag={drag}
              onMove={move}
              onUpdate={update}
              onEdit={edit}
              moveButtonRef={moveButtonRef}
            />
          ))}
        </ol>
      ) : null}
      {items ? (
        adding ? (
          <AgendaForm
            personId={personId}
            personName={personName}
            onAdded={added}
            onKept={(title) => setStatus(t("offline.agendaSaved", { title }))}
            onClose={closeForm}
          />
        ) : (
          <div className="actions">
            <button type="button" ref={addButton} onClick={() => setAdding(true)}>
              {t("agenda.open")}
            </button>
          </div>
        )
      ) : null}
    </section>
  );
}
