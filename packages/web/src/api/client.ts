/**
 * The one way the web app talks to the API: same-origin JSON with the CSRF token, the error
 * envelope turned into a typed ApiError, and a 401 handed to the session so it can send the
 * user to the login page.
 */
import { ERROR_STATUS, type ErrorCode, type FieldError } from "@nabij/domain";

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;
  /** Facts the client can act on (the findings of a refused signal); read with care, they come from outside. */
  readonly details: Record<string, unknown>;
  constructor(status: number, code: ErrorCode, message: string, fields: FieldError[] = [], requestId?: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
    this.details = details;
  }
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface RequestOptions {
  /** Login and the session probe answer 401 as a normal result; they must not redirect. */
  redirectOn401?: boolean;
  signal?: AbortSignal;
  /** A realm with a session of its own (the person's portal) sends its own token instead. */
  csrfToken?: string | null;
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {
  window.location.assign("/login");
};

/** The token comes from GET /api/auth/session and is renewed by login and accept-invitation. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The session provider replaces the hard reload with a router navigation. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status === 503) return "unavailable";
  return "internal";
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((f) => ({
    path: typeof f.path === "string" ? f.path : "",
    code: typeof f.code === "string" ? f.code : "invalid",
    message: typeof f.message === "string" ? f.message : "",
  }));
}

/** Reads the error envelope; anything unexpected (a proxy's HTML page) still becomes an ApiError. */
async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall back to the status code below.
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = error && isErrorCode(error.code) ? error.code : codeForStatus(response.status);
  const message = error && typeof error.message === "string" ? error.message : response.statusText;
  const requestId = error && typeof error.requestId === "string" ? error.requestId : undefined;
  const details = error && isRecord(error.details) ? error.details : {};
  return new ApiError(response.status, code, message, toFieldErrors(error?.fields), requestId, details);
}

export async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = options.csrfToken === undefined ? csrfToken : options.csrfToken;
  if (method !== "GET" && token) headers["X-CSRF-Token"] = token;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    // Offline or the server is down: the same shape as a server error, with status 0.
    throw new ApiError(0, "unavailable", cause instanceof Error ? cause.message : "network");
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && options.redirectOn401 !== false) onUnauthenticated();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions): Promise<T> => request<T>("GET", path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> => request<T>("POST", path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> => request<T>("PATCH", path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> => request<T>("PUT", path, body, options),
  delete: async (path: string, options?: RequestOptions): Promise<void> => {
    await request<unknown>("DELETE", path, undefined, options);
  },
};

/** Builds a query string from the defined, non-empty values only. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
