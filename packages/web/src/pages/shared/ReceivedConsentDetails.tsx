import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReceivedConsent } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useScopeWords } from "../person/consents/words.ts";

/** From which organisation, which parts, what for, until when: one consent in words. */
export function ReceivedConsentDetails({ consent }: { consent: ReceivedConsent }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const scopeWords = useScopeWords();
  return (
    <dl className="details">
      <div>
        <dt>{t("shared.from")}</dt>
        <dd>{consent.organisationName}</dd>
      </div>
      <div>
        <dt>{t("shared.parts")}</dt>
        <dd>{scopeWords(consent.scopes)}</dd>
      </div>
      <div>
        <dt>{t("shared.purpose")}</dt>
        <dd className="note">{consent.purpose}</dd>
      </div>
      <div>
        <dt>{t("shared.until")}</dt>
        <dd>{consent.validUntil ? <time dateTime={consent.validUntil}>{format.date(consent.validUntil)}</time> : t("shared.noEnd")}</dd>
      </div>
    </dl>
  );
}
