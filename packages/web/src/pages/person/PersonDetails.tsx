import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Person } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

export function PersonDetails({ person }: { person: Person }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = <span className="muted">{t("common.notFilledIn")}</span>;
  // Without the "contact" part the server leaves contact fields empty: say so, not "not filled in".
  const contact = person.access.parts.includes("contact") ? missing : <span className="muted">{t("person.hiddenPart")}</span>;
  const languages = (person.languages ?? []).map((code) => format.language(code));

  const rows: [string, ReactNode][] = [
    [t("personForm.legalName"), person.legalName ?? missing],
    [t("personForm.birthDate"), person.birthDate ? format.date(person.birthDate) : missing],
    [t("personForm.insz"), person.insz ?? missing],
    [t("personForm.phone"), person.phone ? <a href={`tel:${person.phone}`}>{person.phone}</a> : contact],
    [t("personForm.email"), person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : contact],
    [t("personForm.contactPreference"), person.contactPreference ? t(`contactPreference.${person.contactPreference}`) : contact],
    [t("person.languages"), languages.length > 0 ? languages.join(", ") : missing],
  ];

  return (
    <section aria-labelledby="person-details">
      <h2 id="person-details">{t("person.details")}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <Link to={`/persons/${encodeURIComponent(person.id)}/edit`} className="button">
          {t("person.edit")}
        </Link>
      </div>
    </section>
  );
}
