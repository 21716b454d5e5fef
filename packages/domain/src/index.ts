export * from "./agenda.ts";
export * from "./clock.ts";
export * from "./errors.ts";
export * from "./fold.ts";
export * from "./insz.ts";
export * from "./limits.ts";
export * from "./schemas.ts";
export * from "./vocabulary.ts";
