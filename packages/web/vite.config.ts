import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";

/** The API server; in production it serves dist/ itself, so the proxy only matters for `vite dev`. */
const apiTarget = process.env.NABIJ_API_URL ?? "http://127.0.0.1:8080";
/**
 * The server refuses state-changing requests from origins it does not know (CSRF defence).
 * Through the dev proxy the browser's origin is Vite's, so present the server's own origin.
 */
const proxy = { target: apiTarget, changeOrigin: true, headers: { origin: new URL(apiTarget).origin } };

/** What must never come from the service worker: the API, calendar feeds and health checks. */
const NOT_THE_APP = [/^\/api(\/|$)/, /^\/ical(\/|$)/, /^\/healthz$/, /^\/readyz$/];

export default defineConfig({
  plugins: [
    react(),
    // Installable, and opens without a connection: the service worker precaches the app shell
    // (HTML, scripts, styles, icon) and nothing else. It has no runtime caching at all, so API
    // answers (personal data) never land in a cache; /api, /ical and health checks go to the network.
    VitePWA({
      strategies: "generateSW",
      registerType: "autoUpdate",
      injectRegister: false,
      manifest: {
        name: "Nabij",
        short_name: "Nabij",
        lang: "nl-BE",
        start_url: "/today",
        scope: "/",
        display: "standalone",
        theme_color: "#0b5563",
        background_color: "#ffffff",
        icons: [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any maskable" }],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,webmanifest}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: NOT_THE_APP,
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        sourcemap: false,
      },
    }),
  ],
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
