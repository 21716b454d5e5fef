/**
 * The one error envelope of the API: {"error": {code, message, fields?}}.
 * Codes are stable; the HTTP status follows from the code in one table.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  origin_refused: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_violation: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** Dotted path into the input, e.g. "body.insz" or "query.limit". */
  path: string;
  code: string;
  message: string;
}

export interface ErrorEnvelope {
  /** `details`: facts a client can act on, e.g. the states a referral may move to next. */
  error: { code: ErrorCode; message: string; fields?: FieldError[]; details?: Record<string, unknown>; requestId?: string };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message: string, fields?: FieldError[], details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "Not found"): AppError => new AppError("not_found", what);
export const forbidden = (what = "Not allowed"): AppError => new AppError("forbidden", what);
