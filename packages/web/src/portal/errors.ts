import { useMemo } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { LIMITS, type FieldError } from "@nabij/domain";
import { envelopeText, type ErrorText } from "../i18n/errors.ts";

/** Field codes of the portal's own rules (activation, consent), each with its own plain sentence. */
const PORTAL_FIELD_CODES = ["invalid_invitation", "login_taken", "password_too_common", "recipient_required", "ends_before_start", "unknown_recipient"] as const;
type PortalFieldCode = (typeof PORTAL_FIELD_CODES)[number];

function portalCode(code: string, message: string): PortalFieldCode | undefined {
  // A rule's reason comes as the code, or inside the message, depending on the validator.
  return PORTAL_FIELD_CODES.find((c) => c === code || message.includes(c));
}

export type PortalErrorText = ErrorText;

function portalField(t: TFunction<"portal">, field: FieldError, name: string): string {
  const own = portalCode(field.code, field.message);
  if (own) return t(`fieldErrors.${own}`);
  if (/required/i.test(field.message)) return t("fieldErrors.required");
  if (name === "password" && field.code === "too_small") return t("fieldErrors.passwordTooShort", { min: LIMITS.passwordMin });
  if (field.code === "too_big") return t("fieldErrors.tooLong");
  return t("fieldErrors.invalid");
}

/** The portal's version of useErrorText: the same envelope, the person's words. */
export function usePortalErrors(): PortalErrorText {
  const { t } = useTranslation("portal");
  return useMemo(
    () =>
      envelopeText({
        code: (code) => t(`errors.${code}`),
        requestId: (id) => t("errors.requestId", { id }),
        field: (field, name) => portalField(t, field, name),
      }),
    [t],
  );
}
