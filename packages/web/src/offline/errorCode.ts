import { ERROR_STATUS, type ErrorCode } from "@nabij/domain";

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, value);
}
