import "i18next";
import type nlApp from "../locales/nl-BE/app.json";
import type nlPerson from "../locales/nl-BE/person.json";
import type nlPortal from "../locales/nl-BE/portal.json";

/**
 * Dutch is the reference: keys are checked against it at compile time. The person's portal has
 * its own namespace, loaded with the portal (src/portal/i18n.ts), not with the worker app.
 */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "app";
    resources: { app: typeof nlApp; person: typeof nlPerson; portal: typeof nlPortal };
  }
}
