import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { ApiError } from "../api/client.ts";
import { fieldName, type FieldMessages } from "../i18n/errors.ts";

/** Field codes of the portal's own rules (activation, consent), each with its own plain sentence. */
const PORTAL_FIELD_CODES = ["invalid_invitation", "login_taken", "password_too_common", "recipient_required", "ends_before_start", "unknown_recipient"] as const;
type PortalFieldCode = (typeof PORTAL_FIELD_CODES)[number];

function portalCode(code: string, message: string): PortalFieldCode | undefined {
  // A rule's reason comes as the code, or inside the message, depending on the validator.
  return PORTAL_FIELD_CODES.find((c) => c === code || message.includes(c));
}

export interface PortalErrorText {
  /** One sentence for the whole error, in the portal's language. */
  message(error: unknown): string;
  /** A sentence per input name, from the `fields` of the error envelope. */
  fields(error: unknown): FieldMessages;
}

/** The portal's version of useErrorText: the same envelope, the person's words. */
export function usePortalErrors(): PortalErrorText {
  const { t } = useTranslation("portal");
  const message = useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t("errors.internal");
      const text = t(`errors.${error.code}`);
      return error.code === "internal" && error.requestId ? `${text} ${t("errors.requestId", { id: error.requestId })}` : text;
    },
    [t],
  );
  const fields = useCallback(
    (error: unknown): FieldMessages => {
      const result: FieldMessages = {};
      if (!(error instanceof ApiError)) return result;
      for (const field of error.fields) {
        const name = fieldName(field.path);
        const own = portalCode(field.code, field.message);
        if (own) result[name] ??= t(`fieldErrors.${own}`);
        else if (/required/i.test(field.message)) result[name] ??= t("fieldErrors.required");
        else if (name === "password" && field.code === "too_small") result[name] ??= t("fieldErrors.passwordTooShort", { min: LIMITS.passwordMin });
        else if (field.code === "too_big") result[name] ??= t("fieldErrors.tooLong");
        else result[name] ??= t("fieldErrors.invalid");
      }
      return result;
    },
    [t],
  );
  return useMemo(() => ({ message, fields }), [message, fields]);
}
