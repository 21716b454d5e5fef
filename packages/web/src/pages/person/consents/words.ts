import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentScope } from "@nabij/domain";
import type { Consent } from "../../../api/types.ts";

/** "Lien Verhoeven (CAW Voorbeeldregio)", or the organisation alone. */
export function useRecipientName(): (consent: Consent) => string {
  const { t } = useTranslation();
  return useCallback(
    (consent: Consent): string =>
      consent.recipientUser
        ? t("consents.workerAt", { worker: consent.recipientUser.displayName, organisation: consent.recipientUser.organisationName })
        : (consent.recipientOrganisation?.name ?? ""),
    [t],
  );
}

/** "agenda, afspraken": the parts a consent covers, in words. */
export function useScopeWords(): (scopes: readonly ConsentScope[]) => string {
  const { t } = useTranslation();
  return useCallback((scopes: readonly ConsentScope[]): string => scopes.map((s) => t(`personPart.${s}`)).join(", "), [t]);
}
