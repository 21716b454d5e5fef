// Lint: typescript-eslint strict with type information (no floating promises, explicit
// boundaries), and no focused or skipped tests left behind.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const everywhere = [
  { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: "No focused or skipped tests." },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Use the Clock (packages/domain/src/clock.ts), so tests can set time." },
];
const serverClock = { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Use the Clock (packages/domain/src/clock.ts), so tests can set time." };

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "data/**", "scripts/**", "**/*.config.*", "packages/server/bin/**", "eslint.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["packages/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": ["error", ...everywhere],
    },
  },
  {
    // On the server "now" comes from the Clock, so tests can set it (the browser may use its own).
    files: ["packages/server/src/**/*.ts", "packages/domain/src/**/*.ts"],
    ignores: ["packages/domain/src/clock.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...everywhere, serverClock],
    },
  },
  {
    // Routes are thin: access is decided by the request context inside repositories, and only
    // repositories write SQL. A route that checks access or queries by hand fails the lint.
    files: ["packages/server/src/**/*.routes.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "kysely", message: "Only repositories touch SQL." }] }],
      "no-restricted-syntax": [
        "error",
        ...everywhere,
        serverClock,
        { selector: "MemberExpression[property.name='access']", message: "Routes never check access by hand; repositories ask the request context." },
        { selector: "CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|transaction)$/]", message: "Only repositories touch SQL." },
        { selector: "CallExpression[callee.property.name=/^(auditRead|auditWrite)$/]", message: "Repositories audit, in the same transaction as the change." },
      ],
    },
  },
  {
    files: ["packages/*/test/**/*.ts", "packages/**/*.test.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
