import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerSW } from "virtual:pwa-register";
import { App } from "./App.tsx";
import { initI18n } from "./i18n/index.ts";
import "./styles.css";

initI18n();

// The service worker keeps the app shell (never API answers), so the app opens without a
// connection; a new version takes over on the next start.
if ("serviceWorker" in navigator) void registerSW({ immediate: true });

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
