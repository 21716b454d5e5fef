import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RAISED_BY, type RaisedBy } from "@nabij/domain";

interface Props {
  legend: string;
  value: RaisedBy;
  onChange(value: RaisedBy): void;
}

/** The person, the worker or someone in the network: who raised an item, or who dropped it. */
export function RaisedByChoice({ legend, value, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="choice-list">
        {RAISED_BY.map((who) => (
          <label className="choice" key={who}>
            <input type="radio" name={name} value={who} checked={value === who} onChange={() => onChange(who)} />
            <span>{t(`raisedBy.${who}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
