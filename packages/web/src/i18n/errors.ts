import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "@nabij/domain";
import { ApiError } from "../api/client.ts";

/** Field error codes we have words for; anything else gets the generic "invalid". */
const FIELD_CODES = [
  "required", "too_small", "too_big", "invalid_format", "invalid_type", "invalid_value",
  "insz_format", "insz_date", "insz_checksum", "email", "duplicate", "unknown_person",
  "ends_before_start", "recipient_required", "unknown_recipient", "duplicate_scope", "share_needs_one_person",
] as const;
type FieldCode = (typeof FIELD_CODES)[number] | "invalid";

function fieldCode(field: FieldError): FieldCode {
  // The INSZ check reports its reason in the message or code, depending on the validator.
  const reason = /insz_(format|date|checksum)/.exec(`${field.code} ${field.message}`);
  if (reason) return `insz_${reason[1] as "format" | "date" | "checksum"}`;
  if (/required/i.test(field.message) && field.code !== "invalid_format") return "required";
  // A wrong e-mail address is an "invalid_format" whose message names the format.
  if (field.code === "invalid_format" && /e-?mail/i.test(field.message)) return "email";
  return (FIELD_CODES as readonly string[]).includes(field.code) ? (field.code as FieldCode) : "invalid";
}

/** "body.insz" → "insz"; "body.anonymous.headCount" → "anonymous.headCount". */
export function fieldName(path: string): string {
  return path.replace(/^(body|query|params)\./, "");
}

export type FieldMessages = Record<string, string>;

export interface ErrorText {
  /** One sentence for the whole error, in the current language. */
  message(error: unknown): string;
  /** Messages per input name, from the `fields` of a validation error. */
  fields(error: unknown): FieldMessages;
}

export function useErrorText(): ErrorText {
  const { t } = useTranslation();
  const message = useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t("errors.internal");
      const text = t(`errors.${error.code}`);
      // A server fault is for the helpdesk: give them the id that finds it in the server log.
      return error.code === "internal" && error.requestId ? `${text} ${t("common.requestId", { id: error.requestId })}` : text;
    },
    [t],
  );
  const fields = useCallback(
    (error: unknown): FieldMessages => {
      const result: FieldMessages = {};
      if (!(error instanceof ApiError)) return result;
      for (const field of error.fields) {
        const name = fieldName(field.path);
        result[name] ??= t(`fieldErrors.${fieldCode(field)}`);
      }
      return result;
    },
    [t],
  );
  return useMemo(() => ({ message, fields }), [message, fields]);
}
