import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SIGNAL_PHASES, type SignalPhase } from "@nabij/domain";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { phaseNumber, phaseState } from "../phases.ts";

interface Props {
  phase: SignalPhase;
  /** Coordinators move the phase; others see where it stands. */
  canEdit: boolean;
  /** Resolves to null once moved, else the sentence that says why not. */
  onMove(phase: SignalPhase): Promise<string | null>;
}

/** The eight phases in order, the current one marked; a coordinator taps the phase the dossier is in now. */
export function PhaseStepper({ phase, canEdit, onMove }: Props): ReactNode {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const move = async (to: SignalPhase): Promise<void> => {
    setBusy(true);
    setError(null);
    setError(await onMove(to));
    setBusy(false);
  };
  return (
    <section aria-labelledby="dossier-phases">
      <h2 id="dossier-phases">{t("dossier.phases")}</h2>
      {canEdit ? <p className="hint">{t("dossier.phaseHint")}</p> : null}
      <ErrorAlert message={error} />
      <ol className="phase-stepper">
        {SIGNAL_PHASES.map((p) => {
          const state = phaseState(p, phase);
          const content = (
            <>
              <span className="phase-number" aria-hidden="true">
                {phaseNumber(p)}
              </span>{" "}
              {t(`signalPhase.${p}`)}
              {state === "current" ? <span className="visually-hidden"> {t("dossier.phaseNow")}</span> : null}
              {state === "done" ? <span className="visually-hidden"> {t("dossier.phaseDone")}</span> : null}
            </>
          );
          return (
            <li key={p} className={`phase phase-${state}`} aria-current={state === "current" ? "step" : undefined}>
              {canEdit && state !== "current" ? (
                <button type="button" className="phase-button" disabled={busy} onClick={() => void move(p)}>
                  {content}
                </button>
              ) : (
                <span className="phase-label">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
