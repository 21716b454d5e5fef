import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { AppError, LIMITS } from "@nabij/domain";

let configured = false;

/** zxcvbn-ts with its common-password list and keyboard patterns, loaded once. */
function configure(): void {
  if (configured) return;
  zxcvbnOptions.setOptions({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  configured = true;
}

/** Below this zxcvbn score (0–4) a password is "too guessable": a common password, a keyboard walk, a name. */
export const MIN_PASSWORD_SCORE = 2;

/**
 * A password or passphrase of at least 8 characters that is not a common password and not
 * built from what the person told us (their login or name). Long passphrases pass easily.
 */
export function checkPassword(password: string, path: string, userInputs: string[] = []): void {
  if (password.length < LIMITS.passwordMin) {
    throw new AppError("validation_failed", "The input is not valid", [{ path, code: "too_small", message: `At least ${LIMITS.passwordMin} characters` }]);
  }
  configure();
  const result = zxcvbn(password, userInputs.filter(Boolean));
  if (result.score < MIN_PASSWORD_SCORE) {
    throw new AppError("validation_failed", "The input is not valid", [{ path, code: "password_too_common", message: "This password is too common or too easy to guess; a few words in a row work well" }]);
  }
}
