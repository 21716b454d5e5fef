import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LapsedContact } from "../../api/types.ts";

/** Persons I work with and have not met for longer than the organisation's limit. */
export function LapsedContacts({ contacts, lapseDays }: { contacts: LapsedContact[]; lapseDays: number }): ReactNode {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="today-lapsed">
      <h2 id="today-lapsed">{t("today.lapsed")}</h2>
      <p className="hint">{t("today.lapsedIntro", { days: lapseDays })}</p>
      {contacts.length === 0 ? <p>{t("today.noLapsed")}</p> : null}
      {contacts.length > 0 ? (
        <ul className="person-list">
          {contacts.map((c) => (
            <li key={c.personId}>
              <Link to={`/persons/${c.personId}`}>{c.displayName}</Link>
              <span className="meta">{c.daysSince === null ? t("today.neverMet") : t("today.daysSince", { days: c.daysSince })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
