import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listColleagues } from "../../api/encounters.ts";
import { useLoad } from "../../hooks/useLoad.ts";

interface Props {
  selfId: string;
  value: string[];
  onChange(ids: string[]): void;
}

/** Closed by default: colleagues are the exception, and the form should stay short on a phone. */
export function ColleaguesPicker({ selfId, value, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const { data } = useLoad(listColleagues, []);
  const colleagues = (data ?? []).filter((c) => c.id !== selfId);
  if (colleagues.length === 0) return null;
  const toggle = (id: string, on: boolean): void => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <details className="disclosure">
      <summary>
        {t("encounterForm.colleagues")} <span className="field-optional">({t("common.optional")})</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t("encounterForm.colleagues")}</legend>
        <div className="choice-list">
          {colleagues.map((colleague) => (
            <label className="choice" key={colleague.id}>
              <input type="checkbox" checked={value.includes(colleague.id)} onChange={(e) => toggle(colleague.id, e.target.checked)} />
              <span>{colleague.displayName}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
