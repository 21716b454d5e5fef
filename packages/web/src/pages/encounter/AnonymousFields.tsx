import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { TextArea, TextField } from "../../components/Field.tsx";
import type { FieldMessages } from "../../i18n/errors.ts";
import type { EncounterDraft } from "./draft.ts";

interface Props {
  draft: EncounterDraft;
  set<K extends keyof EncounterDraft>(key: K, value: EncounterDraft[K]): void;
  errors: FieldMessages;
}

export function AnonymousFields({ draft, set, errors }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("encounterForm.anonymous")}</legend>
      <p className="hint">{t("encounterForm.anonymousHint")}</p>
      <TextField
        label={t("encounterForm.nickname")}
        optional
        maxLength={LIMITS.anonymousNickname}
        autoComplete="off"
        error={errors["anonymous.nickname"]}
        value={draft.nickname}
        onChange={(e) => set("nickname", e.target.value)}
      />
      <TextArea
        label={t("encounterForm.description")}
        optional
        rows={2}
        maxLength={LIMITS.anonymousDescription}
        error={errors["anonymous.description"]}
        value={draft.description}
        onChange={(e) => set("description", e.target.value)}
      />
      <TextField
        label={t("encounterForm.headCount")}
        optional
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.headCount}
        error={errors["anonymous.headCount"]}
        value={draft.headCount}
        onChange={(e) => set("headCount", e.target.value)}
      />
    </fieldset>
  );
}
