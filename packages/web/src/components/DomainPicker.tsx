import { useId, useState, type ReactNode, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLifeDomains } from "../hooks/useLifeDomains.tsx";

interface Props {
  legend: string;
  value: readonly string[];
  onChange(keys: string[]): void;
  error?: string | undefined;
}

/**
 * Tagging with life domains: a list of checkboxes, closed by default so that a form stays short
 * on a phone. It says how many are chosen while closed, and opens by itself to show an error.
 * Hidden domains are not offered, unless already chosen (they keep their meaning).
 */
export function DomainPicker({ legend, value, onChange, error }: Props): ReactNode {
  const { t } = useTranslation();
  const domains = useLifeDomains();
  const errorId = useId();
  const [open, setOpen] = useState(false);
  const [shownError, setShownError] = useState(error);
  if (error !== shownError) {
    setShownError(error);
    if (error) setOpen(true);
  }
  const choices = domains.all.filter((d) => !d.hidden || value.includes(d.key));
  const unknown = value.filter((key) => !domains.all.some((d) => d.key === key));
  const toggle = (key: string, on: boolean): void => onChange(on ? domains.ordered([...value.filter((k) => k !== key), key]) : value.filter((k) => k !== key));
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>): void => setOpen(event.currentTarget.open);

  return (
    <details className="disclosure domain-picker" open={open} onToggle={onToggle}>
      <summary>
        {legend} <span className="field-optional">({value.length > 0 ? t("domainPicker.chosen", { n: value.length }) : t("common.optional")})</span>
      </summary>
      <fieldset className={error ? "field-invalid" : undefined}>
        <legend className="visually-hidden">{legend}</legend>
        {error ? (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        ) : null}
        <div className="choice-list domain-choices">
          {[...choices.map((d) => d.key), ...unknown].map((key) => (
            <label className="choice" key={key}>
              <input
                type="checkbox"
                checked={value.includes(key)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => toggle(key, e.target.checked)}
              />
              <span>{domains.name(key)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
