import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { getRelationship } from "../../api/relationship.ts";
import { useLoad } from "../../hooks/useLoad.ts";
import { useFormat } from "../../i18n/format.ts";

/**
 * Time for the relationship: when we last met, how often in the last 90 days, and who met the
 * person. Quiet when it cannot load: it is a help, not the page's purpose.
 */
export function RelationshipPanel({ personId }: { personId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useLoad(() => getRelationship(personId), [personId]);
  if (!data) return null;
  return (
    <section aria-labelledby="relationship-heading" className="relationship">
      <h2 id="relationship-heading">{t("relationship.title")}</h2>
      <p>{data.lastContactAt ? t("relationship.lastContact", { date: format.date(data.lastContactAt) }) : t("relationship.neverMet")}</p>
      <p>{t("relationship.contacts90", { n: format.number(data.contactsLast90Days) })}</p>
      {data.trustedWorkers.length > 0 ? (
        <p>
          {t("relationship.trusted", { names: data.trustedWorkers.map((w) => `${w.displayName} (${format.number(w.encounters)})`).join(", ") })}
        </p>
      ) : null}
    </section>
  );
}
