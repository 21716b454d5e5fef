import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Invitation } from "../../api/types.ts";
import { StatusMessage } from "../../components/Alert.tsx";

/** The server may answer a path or a full address; the admin needs something to paste in a mail. */
function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

export function InvitationLink({ invitation }: { invitation: Invitation }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const link = absolute(invitation.invitationUrl || `/invitation?token=${encodeURIComponent(invitation.invitationToken)}`);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (http, old browser): the field is selected so the admin can copy by hand.
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.select();
    }
  };

  return (
    <div className="card invitation">
      <label htmlFor={id}>{t("admin.accounts.invitationLink", { name: invitation.user.displayName })}</label>
      <p className="field-hint">{t("admin.accounts.invitationHint")}</p>
      <input id={id} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => void copy()}>
        {t("admin.accounts.copy")}
      </button>
      <StatusMessage message={copied ? t("admin.accounts.copied") : null} />
    </div>
  );
}
