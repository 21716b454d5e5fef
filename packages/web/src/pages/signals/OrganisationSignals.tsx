import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listSignals } from "../../api/signals.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Loading } from "../../components/Loading.tsx";
import { usePaged } from "../../hooks/usePaged.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { BundleForm } from "./BundleForm.tsx";
import { SignalCard } from "./SignalCard.tsx";

/** A checkbox to choose a signal that is in no dossier yet (one in a dossier would be refused). */
function ChooseSignal({ id, checked, onChange }: { id: string; checked: boolean; onChange(on: boolean): void }): ReactNode {
  const { t } = useTranslation();
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} aria-describedby={`signal-${id}`} onChange={(e) => onChange(e.target.checked)} />
      <span>{t("signals.select")}</span>
    </label>
  );
}

/**
 * "Alle signalen van de organisatie", for coordinators and administrators. A coordinator chooses
 * signals and bundles them into a new dossier; an administrator reads.
 */
export function OrganisationSignals({ canBundle }: { canBundle: boolean }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = usePaged((cursor) => listSignals("organisation", cursor), []);
  const [chosen, setChosen] = useState<string[]>([]);
  const items = list.items ?? [];
  const choose = (id: string, on: boolean): void => setChosen((current) => (on ? [...current.filter((c) => c !== id), id] : current.filter((c) => c !== id)));
  return (
    <>
      <section aria-labelledby="signals-organisation" aria-busy={list.items === null}>
        <h2 id="signals-organisation">{t("signals.scopes.organisation")}</h2>
        <ErrorAlert message={list.error ? errorText.message(list.error) : null} />
        {list.items === null && !list.error ? <Loading /> : null}
        <p role="status">{list.items === null ? "" : items.length === 0 ? t("signals.empty.organisation") : t(list.hasMore ? "signals.shownMore" : "signals.shown", { count: items.length })}</p>
        {items.length > 0 ? (
          <ul className="card-list" aria-label={t("signals.scopes.organisation")}>
            {items.map((signal) => (
              <SignalCard key={signal.id} signal={signal} outcome="link">
                {canBundle && !signal.dossier ? <ChooseSignal id={signal.id} checked={chosen.includes(signal.id)} onChange={(on) => choose(signal.id, on)} /> : null}
              </SignalCard>
            ))}
          </ul>
        ) : null}
        <LoadMore show={list.hasMore} busy={list.loadingMore} onClick={list.loadMore} />
      </section>
      {canBundle && items.some((s) => !s.dossier) ? <BundleForm signalIds={chosen} /> : null}
    </>
  );
}
