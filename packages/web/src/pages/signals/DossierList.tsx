import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listDossiers } from "../../api/signals.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";

/** The organisation's signal dossiers, last changed first: where each stands and who pulls it. */
export function DossierList(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useFormat();
  const dossiers = useLoad(listDossiers, []);
  return (
    <section aria-labelledby="signals-dossiers">
      <h2 id="signals-dossiers">{t("signals.dossiers")}</h2>
      <p className="hint">{t("signals.dossiersIntro")}</p>
      <ErrorAlert message={dossiers.error ? errorText.message(dossiers.error) : null} />
      {dossiers.loading && !dossiers.data ? <Loading /> : null}
      {dossiers.data?.length === 0 ? <p>{t("signals.noDossiers")}</p> : null}
      {dossiers.data && dossiers.data.length > 0 ? (
        <ul className="card-list" aria-label={t("signals.dossiers")}>
          {dossiers.data.map((dossier) => (
            <li key={dossier.id} className="card dossier-row" data-dossier={dossier.id}>
              <h3>
                <Link to={`/signals/dossiers/${encodeURIComponent(dossier.id)}`}>{dossier.title}</Link>
              </h3>
              <p>{t("signals.dossierMeta", { phase: t(`signalPhase.${dossier.phase}`), name: dossier.trekker.displayName, count: dossier.signalCount })}</p>
              <p className="meta">
                <time dateTime={dossier.updatedAt}>{format.dateTime(dossier.updatedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
