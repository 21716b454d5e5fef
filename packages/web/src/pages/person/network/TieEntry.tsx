import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { NetworkTie } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { EntryActions, useEntryControl } from "../../../components/EntryActions.tsx";
import { KindSymbol } from "./Ecomap.tsx";
import { TieForm, type TieProblem } from "./TieForm.tsx";
import { tieValues, type TieValues } from "./tieDraft.ts";

/** What an entry asks of the section: each resolves to a problem, or null when done. */
export interface TieActions {
  save(tie: NetworkTie, values: TieValues): Promise<TieProblem | null>;
  remove(tie: NetworkTie): Promise<string | null>;
}

interface Props {
  tie: NetworkTie;
  personName: string;
  readOnly: boolean;
  actions: TieActions;
  /** The name of the linked service on the social map: null when it is not on this map, undefined while asked. */
  serviceName?: string | null | undefined;
  onPoint(tieId: string | null): void;
  onRemoved(): void;
}

/** The facts of one tie, in words. */
function TieFacts({ tie, serviceName }: { tie: NetworkTie; serviceName: string | null | undefined }): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <dl className="inline-details">
        <div>
          <dt>{t("network.kind")}</dt>
          <dd>
            {t(`tieKind.${tie.kind}`)}
            {tie.relation ? ` (${tie.relation})` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("network.closenessShort")}</dt>
          <dd>{t(`closeness.${tie.closeness}`)}</dd>
        </div>
        <div>
          <dt>{t("network.supportShort")}</dt>
          <dd>{tie.support.length > 0 ? tie.support.map((s) => t(`support.${s}`)).join(", ") : t("network.noSupport")}</dd>
        </div>
        {tie.serviceId && serviceName !== undefined ? (
          <div>
            <dt>{t("network.service")}</dt>
            <dd>{serviceName ? <Link to={`/map/services/${encodeURIComponent(tie.serviceId)}`}>{serviceName}</Link> : t("network.serviceUnknown")}</dd>
          </div>
        ) : null}
      </dl>
      {tie.stress ? <p className="tag tag-warning tag-stress">{t("network.stressTag")}</p> : null}
      {tie.note ? <p className="note">{tie.note}</p> : null}
    </>
  );
}

/** One person in the network: shown in words, changed in place, taken off after a question. */
export function TieEntry({ tie, personName, readOnly, actions, serviceName, onPoint, onRemoved }: Props): ReactNode {
  const { t } = useTranslation();
  const entry = useEntryControl(onRemoved);

  const save = async (values: TieValues): Promise<TieProblem | null> => {
    const problem = await actions.save(tie, values);
    if (!problem) entry.close("edit");
    return problem;
  };

  return (
    <li
      className="card tie"
      onMouseEnter={() => onPoint(tie.id)}
      onMouseLeave={() => onPoint(null)}
      onFocus={() => onPoint(tie.id)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onPoint(null);
      }}
    >
      <h3 className="tie-name">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <KindSymbol kind={tie.kind} x={12} y={12} size={8} className="ecomap-node" />
        </svg>
        {tie.name}
      </h3>
      <ErrorAlert message={entry.error} />
      {entry.mode === "edit" ? (
        <TieForm
          title={t("network.editTitle", { name: tie.name })}
          personName={personName}
          initial={tieValues(tie, serviceName ?? null)}
          submitLabel={t("common.save")}
          onSave={save}
          onClose={() => entry.close("edit")}
        />
      ) : (
        <>
          <TieFacts tie={tie} serviceName={serviceName} />
          <EntryActions
            entry={entry}
            readOnly={readOnly}
            editLabel={t("network.editLabel", { name: tie.name })}
            editText={t("network.edit")}
            removeLabel={t("network.removeLabel", { name: tie.name })}
            removeText={t("network.remove")}
            question={t("network.confirmRemove", { name: tie.name })}
            confirmLabel={t("network.confirm")}
            onRemove={() => actions.remove(tie)}
          />
        </>
      )}
    </li>
  );
}
