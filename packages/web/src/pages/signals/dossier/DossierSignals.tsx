import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { removeDossierSignal, type Dossier } from "../../../api/signals.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useErrorText } from "../../../i18n/errors.ts";
import { SignalCard } from "../SignalCard.tsx";

interface Props {
  dossier: Dossier;
  canEdit: boolean;
  onChanged(dossier: Dossier, message: string): void;
}

/** The signals bundled here; a coordinator can take one out again (it can be added back from the suggestions). */
export function DossierSignals({ dossier, canEdit, onChanged }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async (signalId: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await removeDossierSignal(dossier.id, signalId), t("dossier.removed"));
    } catch (caught) {
      setError(errorText.message(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="dossier-signals">
      <h2 id="dossier-signals">{t("dossier.signals")}</h2>
      <ErrorAlert message={error} />
      {dossier.signals.length === 0 ? <p>{t("dossier.noSignals")}</p> : null}
      {dossier.signals.length > 0 ? (
        <ul className="card-list" aria-label={t("dossier.signals")}>
          {dossier.signals.map((signal) => (
            <SignalCard key={signal.id} signal={signal} outcome="none">
              {canEdit ? (
                <div className="actions">
                  <button type="button" aria-describedby={`signal-${signal.id}`} disabled={busy} onClick={() => void remove(signal.id)}>
                    {t("dossier.remove")}
                  </button>
                </div>
              ) : null}
            </SignalCard>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
