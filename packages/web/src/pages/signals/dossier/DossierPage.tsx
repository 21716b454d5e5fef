import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useParams } from "react-router";
import { DOSSIER_TEXT_FIELDS, type DossierTextField, type SignalPhase } from "@nabij/domain";
import type { Dossier } from "../../../api/signals.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { BackLink } from "../../../components/BackLink.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PageHeading } from "../../../components/PageHeading.tsx";
import { useErrorText } from "../../../i18n/errors.ts";
import { useUser } from "../../../session/SessionContext.tsx";
import { flashFrom } from "../../flash.ts";
import { writesDossiers } from "../signalsView.ts";
import { useWorkers } from "../useWorkers.tsx";
import { DossierHistory } from "./DossierHistory.tsx";
import { DossierSignals } from "./DossierSignals.tsx";
import { DossierSuggestions } from "./DossierSuggestions.tsx";
import { DossierText } from "./DossierText.tsx";
import { PhaseStepper } from "./PhaseStepper.tsx";
import { TrekkerControl } from "./TrekkerControl.tsx";
import { isStale, useDossier } from "./useDossier.ts";

/**
 * A signal dossier (coordinators and administrators; only coordinators change it): its trekker,
 * the eight phases, the team's analysis, position, actions, decisions and feedback, the signals in
 * it and those that may belong, and every change with its date.
 */
export function DossierPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const { id = "" } = useParams();
  const flash = flashFrom(useLocation().state);
  const { dossier, error, save, replace } = useDossier(id);
  const workers = useWorkers();
  const [status, setStatus] = useState<string | null>(null);
  const canEdit = writesDossiers(user.role);

  if (error && !dossier) return <ErrorAlert message={errorText.message(error)} />;
  if (!dossier) return <Loading />;

  /** Saves a change; says what went wrong, or null once saved (a stale version: the newest is loaded, the text kept). */
  const change = async (patch: Parameters<typeof save>[0], saved: string): Promise<string | null> => {
    try {
      await save(patch);
      setStatus(saved);
      return null;
    } catch (caught) {
      setStatus(null);
      return isStale(caught) ? t("dossier.stale") : errorText.message(caught);
    }
  };
  const movePhase = (phase: SignalPhase): Promise<string | null> => change({ phase }, t("dossier.phaseMoved", { phase: t(`signalPhase.${phase}`) }));
  const saveText = (field: DossierTextField, text: string): Promise<string | null> => change({ [field]: text.trim() || null }, t("dossier.saved", { field: t(`dossierField.${field}`) }));
  const saveTrekker = (trekkerId: string): Promise<string | null> =>
    change({ trekkerId }, t("dossier.trekkerSaved", { name: workers.data?.find((w) => w.id === trekkerId)?.displayName ?? "" }));
  const changed = (next: Dossier, message: string): void => {
    replace(next);
    setStatus(message);
  };

  return (
    <>
      <BackLink to="/signals">{t("dossier.back")}</BackLink>
      <PageHeading>{dossier.title}</PageHeading>
      <StatusMessage message={status ?? (flash ? t(flash) : null)} />
      {canEdit ? null : <p className="hint">{t("dossier.readOnly")}</p>}
      <TrekkerControl trekker={dossier.trekker} canEdit={canEdit} onSave={saveTrekker} />
      <PhaseStepper phase={dossier.phase} canEdit={canEdit} onMove={movePhase} />
      <section aria-labelledby="dossier-work">
        <h2 id="dossier-work">{t("dossier.work")}</h2>
        {DOSSIER_TEXT_FIELDS.map((field) => (
          <DossierText key={field} field={field} value={dossier[field]} canEdit={canEdit} onSave={saveText} />
        ))}
      </section>
      <DossierSignals dossier={dossier} canEdit={canEdit} onChanged={changed} />
      <DossierSuggestions dossier={dossier} canEdit={canEdit} onChanged={changed} />
      <DossierHistory history={dossier.history} workers={[dossier.trekker, ...(workers.data ?? [])]} />
    </>
  );
}
