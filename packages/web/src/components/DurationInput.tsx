import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { useFormat } from "../i18n/format.ts";

const QUICK_MINUTES = [15, 30, 45, 60, 90] as const;

interface Props {
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

/** A number field with chips for the usual durations, so the common case needs no typing. */
export function DurationInput({ value, onChange, error }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{t("encounterForm.duration")}</label>
      <div className="chips" role="group" aria-label={t("encounterForm.durationQuick")}>
        {QUICK_MINUTES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="chip"
            aria-pressed={value === String(minutes)}
            onClick={() => onChange(String(minutes))}
          >
            {format.minutes(minutes)}
          </button>
        ))}
      </div>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={LIMITS.encounterMinutes}
        step={5}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
