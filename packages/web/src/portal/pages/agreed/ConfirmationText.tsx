import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePortalFormat } from "../../format.ts";
import type { Confirmation } from "./agreements.ts";

/** "You said on … that you agree", or that the person has not said so yet. */
export function ConfirmationText({ confirmation }: { confirmation: Confirmation }): ReactNode {
  const { t } = useTranslation("portal");
  const format = usePortalFormat();
  switch (confirmation.kind) {
    case "none":
      return t("agreements.notConfirmed");
    case "portal":
      return t("agreements.confirmedHere", { date: format.day(confirmation.at) });
    case "in_person":
      return confirmation.name
        ? t("agreements.confirmedToWorker", { date: format.day(confirmation.at), name: confirmation.name })
        : t("agreements.confirmedInPerson", { date: format.day(confirmation.at) });
  }
}
