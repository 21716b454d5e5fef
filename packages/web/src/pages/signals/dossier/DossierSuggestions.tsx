import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { addDossierSignals, dossierSuggestions, type Dossier } from "../../../api/signals.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { SignalCard } from "../SignalCard.tsx";

interface Props {
  dossier: Dossier;
  canEdit: boolean;
  onChanged(dossier: Dossier, message: string): void;
}

/** Signals in no dossier yet that share themes, life domains, the institution or words with the ones here, best first. */
export function DossierSuggestions({ dossier, canEdit, onChanged }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // Asked again whenever the dossier's signals change.
  const signalKey = dossier.signals.map((s) => s.id).join();
  const suggestions = useLoad(() => dossierSuggestions(dossier.id), [dossier.id, signalKey]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async (signalId: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await addDossierSignals(dossier.id, [signalId]), t("dossier.added"));
    } catch (caught) {
      setError(errorText.message(caught));
    } finally {
      setBusy(false);
    }
  };
  const items = suggestions.data ?? [];
  return (
    <section aria-labelledby="dossier-suggestions">
      <h2 id="dossier-suggestions">{t("dossier.suggestions")}</h2>
      <p className="hint">{t("dossier.suggestionsIntro")}</p>
      <ErrorAlert message={error ?? (suggestions.error ? errorText.message(suggestions.error) : null)} />
      {suggestions.loading && !suggestions.data ? <Loading /> : null}
      {suggestions.data && items.length === 0 ? <p>{t("dossier.noSuggestions")}</p> : null}
      {items.length > 0 ? (
        <ul className="card-list" aria-label={t("dossier.suggestions")}>
          {items.map(({ signal, reasons }) => (
            <SignalCard key={signal.id} signal={signal} outcome="none">
              <p className="suggestion-reasons">{t("dossier.reasons", { reasons: reasons.map((r) => t(`suggestionReason.${r}`)).join(", ") })}</p>
              {canEdit ? (
                <div className="actions">
                  <button type="button" aria-describedby={`signal-${signal.id}`} disabled={busy} onClick={() => void add(signal.id)}>
                    {t("dossier.add")}
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
