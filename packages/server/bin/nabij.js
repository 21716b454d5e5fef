#!/usr/bin/env node
// The `nabij` command. Nabij runs its TypeScript through tsx (docs/decisions/003-run-typescript-with-tsx.md).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
