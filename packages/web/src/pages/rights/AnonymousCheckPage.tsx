import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { getRights, packLanguage } from "../../api/rights.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { GuidedCheck } from "./GuidedCheck.tsx";

/** The guided check without a person: to explore with someone who is not (yet) known. Nothing is stored. */
export function AnonymousCheckPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const catalogue = useLoad(() => getRights(packLanguage(i18n.language)), [i18n.language]);
  const [round, setRound] = useState(0);

  return (
    <>
      <BackLink to="/rights">{t("rightsCheck.backToRights")}</BackLink>
      <PageHeading>{t("rightsCheck.titleAnonymous")}</PageHeading>
      <p className="hint">{t("rightsCheck.introAnonymous")}</p>
      <ErrorAlert message={catalogue.error ? errorText.message(catalogue.error) : null} />
      {!catalogue.data && !catalogue.error ? <Loading /> : null}
      {catalogue.data ? (
        <GuidedCheck
          key={round}
          initial={{}}
          questions={catalogue.data.questions}
          rights={catalogue.data.rights}
          actions={(situation) =>
            Object.keys(situation).length > 0 ? (
              <div className="actions">
                <button type="button" onClick={() => setRound((n) => n + 1)}>
                  {t("rightsCheck.startAgain")}
                </button>
              </div>
            ) : null
          }
        />
      ) : null}
    </>
  );
}
