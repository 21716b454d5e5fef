import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getRights, packLanguage } from "../../api/rights.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { RightInfoCard } from "./RightInfoCard.tsx";

/**
 * The rights explorer: every right as code, explained in plain words, with how to apply and
 * the dated, sourced figures it rests on. The guided check and the radar start here.
 */
export function RightsExplorerPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const catalogue = useLoad(() => getRights(packLanguage(i18n.language)), [i18n.language]);
  return (
    <>
      <PageHeading>{t("rights.title")}</PageHeading>
      <p className="hint">{t("rights.intro")}</p>
      <div className="actions">
        <Link to="/rights/check" className="button button-primary">
          {t("rights.startCheck")}
        </Link>
        <Link to="/rights/radar" className="button">
          {t("rights.toRadar")}
        </Link>
      </div>
      <ErrorAlert message={catalogue.error ? errorText.message(catalogue.error) : null} />
      {!catalogue.data && !catalogue.error ? <Loading /> : null}
      {catalogue.data ? (
        <ul className="card-list" aria-label={t("rights.listLabel")}>
          {catalogue.data.rights.map((right) => (
            <RightInfoCard key={right.id} right={right} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
