import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import type { AgendaStatus } from "@nabij/domain";
import { ApiError } from "../../../api/client.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PageHeading } from "../../../components/PageHeading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { moveTo } from "../../../pages/person/agenda/order.ts";
import { listAgenda, reorderAgenda, setAgendaStatus, type PortalAgendaItem } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { usePerson } from "../../PortalSessionContext.tsx";
import { AgendaEntry, type Direction } from "./AgendaEntry.tsx";
import { WishForm } from "./WishForm.tsx";

/**
 * "My agenda": what the person wants to work on, in their order. A move shows at once and is
 * saved in turn; when the server refuses the order (the worker changed the list meanwhile), the
 * list is loaded again.
 */
export function AgendaPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const person = usePerson();
  const location = useLocation();
  const agenda = useLoad(listAgenda, []);
  const { setData, reload } = agenda;
  const items = agenda.data;
  const welcome = typeof location.state === "object" && location.state !== null && "welcome" in location.state;
  const [status, setStatus] = useState<string | null>(welcome ? t("agenda.welcome", { name: person.displayName }) : null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);

  // The moved item keeps focus on its button (or on the other one, at the top or the bottom).
  useEffect(() => {
    if (!focusAfterMove) return;
    const other: Direction = focusAfterMove.direction === "up" ? "down" : "up";
    const button = moveButtons.current.get(`${focusAfterMove.id}:${focusAfterMove.direction}`) ?? moveButtons.current.get(`${focusAfterMove.id}:${other}`);
    if (button && document.activeElement !== button) button.focus();
  }, [focusAfterMove, items]);

  const moveButtonRef = (itemId: string, direction: Direction, element: HTMLButtonElement | null): void => {
    if (element) moveButtons.current.set(`${itemId}:${direction}`, element);
    else moveButtons.current.delete(`${itemId}:${direction}`);
  };

  const saveOrder = (itemIds: string[]): void => {
    saving.current = saving.current.then(async () => {
      try {
        await reorderAgenda(itemIds);
      } catch (caught) {
        setStatus(null);
        setError(caught instanceof ApiError && caught.code === "conflict" ? t("agenda.orderConflict") : errors.message(caught));
        await reload();
      }
    });
  };

  const move = (item: PortalAgendaItem, direction: Direction): void => {
    if (!items) return;
    const from = items.findIndex((i) => i.id === item.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= items.length) return;
    const next = moveTo(items, from, to);
    setError(null);
    setData(next);
    setStatus(t("agenda.moved", { title: item.title, position: to + 1, total: next.length }));
    setFocusAfterMove({ id: item.id, direction });
    saveOrder(next.map((i) => i.id));
  };

  const changeStatus = async (item: PortalAgendaItem, to: AgendaStatus): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await saving.current; // an order on its way first, so the version is the current one
      const saved = await setAgendaStatus(item, to);
      setData((current) => current?.map((i) => (i.id === saved.id ? saved : i)));
      setStatus(t("agenda.statusChanged", { title: saved.title, status: t(`agendaStatus.${saved.status}`) }));
    } catch (caught) {
      setStatus(null);
      const changedMeanwhile = caught instanceof ApiError && (caught.code === "stale_version" || caught.code === "rule_violation");
      setError(changedMeanwhile ? t("agenda.changedMeanwhile") : errors.message(caught));
      if (changedMeanwhile) await reload();
    } finally {
      setBusy(false);
    }
  };

  const added = (item: PortalAgendaItem): void => {
    setData((current) => [...(current ?? []).filter((i) => i.id !== item.id), item]);
    setError(null);
    setStatus(t("agenda.added", { title: item.title }));
  };

  return (
    <>
      <PageHeading>{t("agenda.title")}</PageHeading>
      <p>{t("agenda.intro")}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error ?? (agenda.error ? errors.message(agenda.error) : null)} />
      <h2>{t("agenda.addTitle")}</h2>
      <WishForm onAdded={added} />
      <h2>{t("agenda.listTitle")}</h2>
      {items === undefined && agenda.loading ? <Loading /> : null}
      {items && items.length === 0 ? <p>{t("agenda.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ol className="portal-list">
          {items.map((item, index) => (
            <AgendaEntry
              key={item.id}
              item={item}
              position={index + 1}
              count={items.length}
              busy={busy}
              onMove={move}
              onStatus={(i, to) => void changeStatus(i, to)}
              moveButtonRef={moveButtonRef}
            />
          ))}
        </ol>
      ) : null}
    </>
  );
}
