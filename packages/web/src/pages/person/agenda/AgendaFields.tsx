import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { DomainPicker } from "../../../components/DomainPicker.tsx";
import { TextArea, TextField } from "../../../components/Field.tsx";
import type { FieldMessages } from "../../../i18n/errors.ts";
import type { AgendaValues } from "./edit.ts";

interface Props {
  personName: string;
  values: AgendaValues;
  errors: FieldMessages;
  onChange(values: AgendaValues): void;
  /** Shown between the own words and the life domains (who raised it, when adding). */
  children?: ReactNode;
}

/** The title, the person's own words and the life domains: the same when adding and editing. */
export function AgendaFields({ personName, values, errors, onChange, children }: Props): ReactNode {
  const { t } = useTranslation();
  // "domains.2": a key the organisation does not have (any more); shown at the domains.
  const domainsError = errors.domains ?? Object.entries(errors).find(([key]) => key.startsWith("domains."))?.[1];
  return (
    <>
      <TextField
        label={t("agenda.itemTitle")}
        hint={t("agenda.itemTitleHint")}
        error={errors.title}
        value={values.title}
        maxLength={LIMITS.agendaTitle}
        required
        onChange={(e) => onChange({ ...values, title: e.target.value })}
      />
      <TextArea
        label={t("agenda.ownWords")}
        hint={t("agenda.ownWordsHint", { name: personName })}
        error={errors.ownWords}
        optional
        rows={3}
        value={values.ownWords}
        maxLength={LIMITS.ownWords}
        onChange={(e) => onChange({ ...values, ownWords: e.target.value })}
      />
      {children}
      <DomainPicker legend={t("agenda.domains")} value={values.domains} error={domainsError} onChange={(domains) => onChange({ ...values, domains })} />
    </>
  );
}
