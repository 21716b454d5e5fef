import { hash, verify } from "@node-rs/argon2";

/** @node-rs/argon2's Algorithm.Argon2id; its enum is const and cannot be imported as a value here. */
const ARGON2ID = 2;

/**
 * argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1). The "test" profile makes the
 * test suite fast; loadConfig refuses it in production, and a test checks the OWASP profile.
 */
export const ARGON2_PROFILES = {
  owasp: { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  test: { algorithm: ARGON2ID, memoryCost: 256, timeCost: 1, parallelism: 1 },
} as const;

export type HashingProfile = keyof typeof ARGON2_PROFILES;

export function passwordHasher(profile: HashingProfile): {
  hashPassword(password: string): Promise<string>;
  verifyPassword(stored: string, password: string): Promise<boolean>;
} {
  const options = ARGON2_PROFILES[profile];
  return {
    hashPassword: (password) => hash(password, options),
    verifyPassword: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
