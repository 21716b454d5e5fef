import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listSignals } from "../../api/signals.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Loading } from "../../components/Loading.tsx";
import { usePaged } from "../../hooks/usePaged.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { SignalCard } from "./SignalCard.tsx";

/** "Mijn signalen": what I raised, newest first, each with what became of it. */
export function MySignals(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = usePaged((cursor) => listSignals("mine", cursor), []);
  const items = list.items ?? [];
  return (
    <section aria-labelledby="signals-mine" aria-busy={list.items === null}>
      <h2 id="signals-mine">{t("signals.scopes.mine")}</h2>
      <ErrorAlert message={list.error ? errorText.message(list.error) : null} />
      {list.items === null && !list.error ? <Loading /> : null}
      <p role="status">{list.items === null ? "" : items.length === 0 ? t("signals.empty.mine") : t(list.hasMore ? "signals.shownMore" : "signals.shown", { count: items.length })}</p>
      {items.length > 0 ? (
        <ul className="card-list" aria-label={t("signals.scopes.mine")}>
          {items.map((signal) => (
            <SignalCard key={signal.id} signal={signal} />
          ))}
        </ul>
      ) : null}
      <LoadMore show={list.hasMore} busy={list.loadingMore} onClick={list.loadMore} />
    </section>
  );
}
