import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIFE_DOMAINS, LIMITS, type LifeDomain } from "@nabij/domain";
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
  const domainsErrorId = useId();
  const toggleDomain = (domain: LifeDomain, checked: boolean): void => {
    const domains = checked ? LIFE_DOMAINS.filter((d) => d === domain || values.domains.includes(d)) : values.domains.filter((d) => d !== domain);
    onChange({ ...values, domains });
  };
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
      <fieldset className={errors.domains ? "field-invalid" : undefined}>
        <legend>
          {t("agenda.domains")} <span className="field-optional">({t("common.optional")})</span>
        </legend>
        {errors.domains ? (
          <p className="field-error" id={domainsErrorId}>
            {errors.domains}
          </p>
        ) : null}
        <div className="choice-list domain-choices">
          {LIFE_DOMAINS.map((domain) => (
            <label className="choice" key={domain}>
              <input
                type="checkbox"
                checked={values.domains.includes(domain)}
                aria-invalid={errors.domains ? true : undefined}
                aria-describedby={errors.domains ? domainsErrorId : undefined}
                onChange={(e) => toggleDomain(domain, e.target.checked)}
              />
              <span>{t(`lifeDomain.${domain}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
