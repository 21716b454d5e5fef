import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OpenAgendaItem } from "../../api/types.ts";

interface Group {
  personId: string;
  personDisplayName: string;
  items: OpenAgendaItem[];
}

/** Keeps the server's order: persons in the order they first appear, items in the person's order. */
function byPerson(items: OpenAgendaItem[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const group = groups.get(item.personId) ?? { personId: item.personId, personDisplayName: item.personDisplayName, items: [] };
    group.items.push(item);
    groups.set(item.personId, group);
  }
  return [...groups.values()];
}

export function OpenAgendaItems({ items }: { items: OpenAgendaItem[] }): ReactNode {
  const { t } = useTranslation();
  const groups = byPerson(items);
  return (
    <section aria-labelledby="today-agenda">
      <h2 id="today-agenda">{t("today.openItems")}</h2>
      {groups.length === 0 ? <p>{t("today.noOpenItems")}</p> : null}
      {groups.map((group) => (
        <div key={group.personId} className="card today-group">
          <h3>
            <Link to={`/persons/${group.personId}`}>{group.personDisplayName}</Link>
          </h3>
          <ul className="plain-list today-items">
            {group.items.map((item) => (
              <li key={item.id}>
                {item.title} <span className={`status-tag status-${item.status}`}>{t(`agendaStatus.${item.status}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
