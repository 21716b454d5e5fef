import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { WEEKDAYS, type OpeningHours, type Weekday } from "./hsds.ts";
import { useMapWords } from "./words.ts";

/** Opening hours per weekday in words ("maandag: van 09:00 tot 12:00 en van 13:30 tot 16:30"), today marked. */
export function OpeningHoursView({ hours, today }: { hours: OpeningHours; today: Weekday }): ReactNode {
  const { t } = useTranslation();
  const words = useMapWords();
  return (
    <>
      {hours.hasWeek ? (
        <dl className="opening-hours">
          {WEEKDAYS.map((day) => (
            <div key={day} className={day === today ? "opening-today" : undefined}>
              <dt>
                {words.day(day)}
                {day === today ? <span className="tag">{t("mapService.today")}</span> : null}
              </dt>
              <dd>{hours.week[day].length > 0 ? words.list(hours.week[day].map(words.range)) : t("mapService.closed")}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {hours.notes.length > 0 ? (
        <ul className="hours-notes">
          {hours.notes.map((note, index) => (
            <li key={index}>{words.note(note)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
