#!/usr/bin/env node
// The `nabij` command. Nabij runs its TypeScript through tsx (docs/decisions/003-run-typescript-with-tsx.md).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
// `serve` never returns while it serves; every other command (or a failed start) exits with its code.
process.exit(await main(process.argv.slice(2)));
