import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { listAgreements, type Agreement } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { AgreementCard } from "./AgreementCard.tsx";

/** "Our agreements": what the person and their workers agreed, each to agree with or to add words to. */
export function AgreementsSection({ announce }: { announce(message: string): void }): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const agreements = useLoad(listAgreements, []);
  const { setData, reload } = agreements;

  const changed = (saved: Agreement, message: string): void => {
    setData((current) => current?.map((a) => (a.id === saved.id ? saved : a)));
    announce(message);
  };

  return (
    <section aria-labelledby="agreements-title">
      <h2 id="agreements-title">{t("agreements.title")}</h2>
      <p>{t("agreements.intro")}</p>
      <ErrorAlert message={agreements.error ? errors.message(agreements.error) : null} />
      {agreements.loading && !agreements.data ? <Loading /> : null}
      {agreements.data && agreements.data.length === 0 ? <p>{t("agreements.empty")}</p> : null}
      {agreements.data && agreements.data.length > 0 ? (
        <ul className="portal-list">
          {agreements.data.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} onChanged={changed} onOutdated={reload} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
