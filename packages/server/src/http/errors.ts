import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, type ErrorEnvelope } from "@nabij/domain";
import { isUniqueViolation } from "../db/create-once.ts";

interface DatabaseError {
  code?: string;
}

/** Constraint violations that the input caused (a duplicate INSZ, say) are conflicts, not crashes. */
function fromDatabase(error: DatabaseError): AppError | undefined {
  const code = error.code ?? "";
  if (isUniqueViolation(error)) return new AppError("conflict", "This already exists");
  // A backstop for input that got past validation but not past PostgreSQL: numeric overflow,
  // a malformed value, an untranslatable character. Still the client's input, never a 500.
  if (code === "22003" || code === "22P02" || code === "22021" || code === "22P05") {
    return new AppError("validation_failed", "A value is out of range or not valid", [{ path: "body", code: "invalid_value", message: "A value is out of range or not valid" }]);
  }
  return undefined;
}

/** Errors thrown by Fastify itself before a handler runs. */
function fromFramework(error: FastifyError): AppError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("payload_too_large", "The request body is too large");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_media_type", "Send JSON (Content-Type: application/json)");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("validation_failed", "The body is not valid JSON", [{ path: "body", code: "invalid_json", message: "Not valid JSON" }]);
    default:
      break;
  }
  if (error.statusCode === 429) return new AppError("rate_limited", "Too many requests; try again later");
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new AppError("validation_failed", "The request is not valid", [{ path: "body", code: "invalid", message: error.message }]);
  }
  if (error.statusCode === 413) return new AppError("payload_too_large", "The request body is too large");
  if (error.statusCode === 415) return new AppError("unsupported_media_type", "Send JSON (Content-Type: application/json)");
  return undefined;
}

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (typeof error !== "object" || error === null) return undefined;
  return fromFramework(error as FastifyError) ?? fromDatabase(error as DatabaseError);
}

/** The one mapping from errors to HTTP: known errors keep their code, anything else is a 500. */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = toAppError(error);
  if (!known) {
    request.log.error({ err: error, requestId: request.id }, "unexpected error");
    const body: ErrorEnvelope = { error: { code: "internal", message: "Something went wrong on our side", requestId: request.id } };
    return reply.status(500).send(body);
  }
  const body: ErrorEnvelope = { error: { code: known.code, message: known.message, requestId: request.id, ...(known.fields ? { fields: known.fields } : {}), ...(known.details ? { details: known.details } : {}) } };
  if (known.code === "rate_limited") void reply.header("retry-after", "60");
  return reply.status(known.status).send(body);
}
