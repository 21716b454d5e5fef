import "i18next";
import type nlApp from "../locales/nl-BE/app.json";
import type nlPerson from "../locales/nl-BE/person.json";

/** Dutch is the reference: keys are checked against it at compile time. */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "app";
    resources: { app: typeof nlApp; person: typeof nlPerson };
  }
}
