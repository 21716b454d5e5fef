// Lint: typescript-eslint strict with type information (no floating promises, explicit
// boundaries), and no focused or skipped tests left behind.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: "No focused or skipped tests." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Use the Clock (packages/domain/src/clock.ts), so tests can set time." },
      ],
    },
  },
  {
    files: ["packages/*/test/**/*.ts", "packages/**/*.test.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
