import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../components/Field.tsx";
import { useErrorText } from "../../i18n/errors.ts";
import { useWorkers } from "./useWorkers.tsx";

interface Props {
  value: string;
  onChange(id: string): void;
  error?: string | undefined;
  label?: string;
}

/** The trekker: one of the organisation's active workers. */
export function WorkerSelect({ value, onChange, error, label }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const workers = useWorkers();
  return (
    <SelectField
      label={label ?? t("signals.trekker")}
      hint={t("signals.trekkerHint")}
      error={error ?? (workers.error ? errorText.message(workers.error) : undefined)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{workers.loading ? t("common.loading") : t("signals.chooseTrekker")}</option>
      {(workers.data ?? []).map((worker) => (
        <option key={worker.id} value={worker.id}>
          {worker.displayName}
        </option>
      ))}
    </SelectField>
  );
}
