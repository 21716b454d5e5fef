import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorCode, FieldError } from "@nabij/domain";
import { ApiError } from "../api/client.ts";

/** Field error codes we have words for; anything else gets the generic "invalid". */
const FIELD_CODES = [
  "required", "too_small", "too_big", "invalid_format", "invalid_type", "invalid_value",
  "insz_format", "insz_date", "insz_checksum", "email", "duplicate", "unknown_person",
  "ends_before_start", "recipient_required", "unknown_recipient", "duplicate_scope", "share_needs_one_person",
  "rating_empty", "unknown_domain", "labels_required", "builtin_missing", "own_domain_key", "unknown_user", "unknown_service",
  "own_benefit_missing", "leefloon_since_without_leefloon",
] as const;
type FieldCode = (typeof FIELD_CODES)[number] | "invalid";

/** The code a field error is worded by (exported for its test). */
export function fieldCode(field: FieldError): FieldCode {
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

/** How one side (the worker app, the person's portal) words the same error envelope. */
export interface EnvelopeWords {
  code(code: ErrorCode): string;
  requestId(id: string): string;
  /** The sentence for one field error; `name` is the input it belongs to. */
  field(field: FieldError, name: string): string;
}

export function envelopeText(words: EnvelopeWords): ErrorText {
  return {
    message(error) {
      if (!(error instanceof ApiError)) return words.code("internal");
      const text = words.code(error.code);
      // A server fault is for the helpdesk: give them the id that finds it in the server log.
      return error.code === "internal" && error.requestId ? `${text} ${words.requestId(error.requestId)}` : text;
    },
    fields(error) {
      const result: FieldMessages = {};
      if (!(error instanceof ApiError)) return result;
      for (const field of error.fields) {
        const name = fieldName(field.path);
        result[name] ??= words.field(field, name);
      }
      return result;
    },
  };
}

export function useErrorText(): ErrorText {
  const { t } = useTranslation();
  return useMemo(
    () =>
      envelopeText({
        code: (code) => t(`errors.${code}`),
        requestId: (id) => t("common.requestId", { id }),
        field: (field) => t(`fieldErrors.${fieldCode(field)}`),
      }),
    [t],
  );
}
