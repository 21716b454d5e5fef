import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { personFhirPath } from "../../api/process.ts";

/**
 * The person's referrals, goals and consents as a FHIR file for health care. A plain link with
 * `download`: the browser saves the file with the session cookie, no script in between.
 */
export function FhirExport({ personId, personName }: { personId: string; personName: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="person-fhir" className="person-fhir">
      <h2 id="person-fhir">{t("fhir.title")}</h2>
      <p className="hint">{t("fhir.intro", { name: personName })}</p>
      <p>
        <a href={personFhirPath(personId)} download={`nabij-${personId}.fhir.json`} className="button">
          {t("fhir.download")}
        </a>
      </p>
    </section>
  );
}
