import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/** The API server; in production it serves dist/ itself, so the proxy only matters for `vite dev`. */
const apiTarget = process.env.NABIJ_API_URL ?? "http://127.0.0.1:8080";
/**
 * The server refuses state-changing requests from origins it does not know (CSRF defence).
 * Through the dev proxy the browser's origin is Vite's, so present the server's own origin.
 */
const proxy = { target: apiTarget, changeOrigin: true, headers: { origin: new URL(apiTarget).origin } };

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": proxy,
      "/healthz": proxy,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // @nabij/domain is pure (lists, limits, checks, zod schemas): what the app does not use,
      // such as the server's schemas, can be left out of the bundle.
      treeshake: { moduleSideEffects: (id: string) => !id.includes("/packages/domain/") },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
