import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { newClientId } from "../../../api/agenda.ts";
import { ApiError } from "../../../api/client.ts";
import { addTie, listNetwork, removeTie, updateTie } from "../../../api/network.ts";
import type { NetworkTie } from "../../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { Ecomap } from "./Ecomap.tsx";
import { TieEntry, type TieActions } from "./TieEntry.tsx";
import { TieForm, type TieProblem } from "./TieForm.tsx";
import { NEW_TIE, tiePatch, toTieCreate, type TieValues } from "./tieDraft.ts";

interface Props {
  personId: string;
  personName: string;
  /** Read by consent: the ecomap and the list, nothing to change. */
  readOnly?: boolean;
}

/**
 * The person's network (ecomap): who is around them, how close, what support and what stress.
 * The list is the way to add, change and remove (by keyboard too); the ecomap is its picture.
 */
export function NetworkSection({ personId, personName, readOnly = false }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const network = useLoad(() => listNetwork(personId), [personId]);
  const { setData, reload } = network;
  const [adding, setAdding] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAddButton = useRef(false);
  // Kept until saved, so a retry after a lost answer does not add the tie twice.
  const pendingId = useRef<string | null>(null);

  useEffect(() => {
    if (adding || !focusAddButton.current) return;
    focusAddButton.current = false;
    addButton.current?.focus();
  }, [adding]);

  const closeForm = (): void => {
    focusAddButton.current = true;
    pendingId.current = null;
    setAdding(false);
  };

  /** A refused change: someone was first (the list is loaded again), or the input is not valid. */
  const problemOf = async (caught: unknown): Promise<TieProblem> => {
    setStatus(null);
    if (caught instanceof ApiError && (caught.code === "stale_version" || caught.code === "not_found")) {
      await reload();
      return { message: t("errors.stale_version"), fields: {} };
    }
    return { message: errorText.message(caught), fields: errorText.fields(caught) };
  };

  const add = async (values: TieValues): Promise<TieProblem | null> => {
    pendingId.current ??= newClientId();
    try {
      const saved = await addTie(personId, { ...toTieCreate(values), id: pendingId.current });
      setData((current) => [...(current ?? []).filter((x) => x.id !== saved.id), saved]);
      setStatus(t("network.added", { name: saved.name }));
      closeForm();
      return null;
    } catch (caught) {
      return problemOf(caught);
    }
  };

  const actions: TieActions = {
    save: async (tie, values) => {
      const patch = tiePatch(tie, values);
      if (Object.keys(patch).length === 0) {
        setStatus(t("network.unchanged", { name: tie.name }));
        return null;
      }
      try {
        const saved = await updateTie(tie, patch);
        setData((current) => current?.map((x) => (x.id === saved.id ? saved : x)));
        setStatus(t("network.edited", { name: saved.name }));
        return null;
      } catch (caught) {
        return problemOf(caught);
      }
    },
    remove: async (tie) => {
      try {
        await removeTie(tie);
        setData((current) => current?.filter((x) => x.id !== tie.id));
        setStatus(t("network.removed", { name: tie.name }));
        return null;
      } catch (caught) {
        return (await problemOf(caught)).message;
      }
    },
  };

  const ties: NetworkTie[] = network.data ?? [];

  return (
    <section aria-labelledby="person-network" className="network">
      <h2 id="person-network" ref={headingRef} tabIndex={-1}>
        {t("network.title", { name: personName })}
      </h2>
      <p className="hint">{t("network.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={network.error ? errorText.message(network.error) : null} />
      {!network.data && !network.error ? <p>{t("common.loading")}</p> : null}
      {network.data ? (
        <>
          {ties.length > 0 ? <Ecomap ties={ties} personName={personName} active={active} onPoint={setActive} /> : <p>{t("network.empty", { name: personName })}</p>}
          {ties.length > 0 ? (
            <ul className="card-list tie-list" aria-label={t("network.listLabel", { name: personName })}>
              {ties.map((tie) => (
                <TieEntry
                  key={tie.id}
                  tie={tie}
                  personName={personName}
                  readOnly={readOnly}
                  actions={actions}
                  serviceName={tie.serviceId ? tie.serviceName : undefined}
                  onPoint={setActive}
                  onRemoved={() => headingRef.current?.focus()}
                />
              ))}
            </ul>
          ) : null}
          {readOnly ? null : adding ? (
            <TieForm title={t("network.addTitle", { name: personName })} personName={personName} initial={NEW_TIE} submitLabel={t("network.addSubmit")} onSave={add} onClose={closeForm} />
          ) : (
            <div className="actions">
              <button type="button" ref={addButton} onClick={() => setAdding(true)}>
                {t("network.add")}
              </button>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
