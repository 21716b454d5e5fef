import type { ReferralStatus } from "@nabij/domain";

/**
 * A person's referrals, agreements and consents as FHIR R4 resources in a Bundle, for exchange
 * with health care. Pure mapping, no storage. The patient appears by Nabij's id only: no name, no
 * national number, nothing a receiver does not need to link the resources.
 */

type Json = Record<string, unknown>;

/** Task.status for each referral status: the Gravity SDOH referral task states are FHIR Task states. */
const TASK_STATUS: Record<ReferralStatus, string> = {
  draft: "draft",
  requested: "requested",
  accepted: "accepted",
  rejected: "rejected",
  cancelled: "cancelled",
  in_progress: "in-progress",
  on_hold: "on-hold",
  completed: "completed",
  failed: "failed",
  entered_in_error: "entered-in-error",
};

/** ServiceRequest.status: the request itself is active while the task runs, revoked when it ends without access. */
const REQUEST_STATUS: Record<ReferralStatus, string> = {
  draft: "draft",
  requested: "active",
  accepted: "active",
  in_progress: "active",
  on_hold: "on-hold",
  completed: "completed",
  rejected: "revoked",
  cancelled: "revoked",
  failed: "revoked",
  entered_in_error: "entered-in-error",
};

export interface FhirReferral {
  id: string;
  status: ReferralStatus;
  institutionCategory: string;
  reason: string;
  toName: string | null;
  createdAt: string;
  statusChangedAt: string;
  lastReason: string | null;
  outcomeOwnWords: string | null;
}

export interface FhirAgreement {
  id: string;
  what: string;
  dueDate: string | null;
  ownWords: string | null;
  changedAt: string;
}

export interface FhirConsent {
  id: string;
  scopes: string[];
  purpose: string;
  validFrom: string;
  validUntil: string | null;
  withdrawn: boolean;
  recipientName: string | null;
}

const NABIJ = "https://nabij.example/fhir";

/**
 * FHIR strings are non-empty and hold no control or unusual whitespace characters: those become a
 * space (a no-break space in French text, say), and an empty result leaves the element out.
 */
export function fhirString(text: string | null | undefined): string | undefined {
  if (text === null || text === undefined) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ").replace(/[^\S \r\n\t]/g, " ").trim();
  return clean === "" ? undefined : clean;
}

/** An element with a text, only when there is text left. */
const textOf = <K extends string>(key: K, text: string | null | undefined): Partial<Record<K, string>> => {
  const clean = fhirString(text);
  return clean === undefined ? {} : ({ [key]: clean } as Record<K, string>);
};

export function fhirBundle(input: { personId: string; at: string; now: string; referrals: FhirReferral[]; agreements: FhirAgreement[]; consents: FhirConsent[] }): Json {
  const patient = `Patient/${input.personId}`;
  // Resource URLs as on a FHIR server: unique per type and id, and the references resolve inside the Bundle.
  const entry = (resource: Json): Json => ({ fullUrl: `${NABIJ}/${String(resource.resourceType)}/${String(resource.id)}`, resource });
  const resources: Json[] = [{ resourceType: "Patient", id: input.personId, identifier: [{ system: `${NABIJ}/person`, value: input.personId }] }];
  for (const r of input.referrals) {
    const category = [{ coding: [{ system: `${NABIJ}/institution-category`, code: r.institutionCategory }] }];
    resources.push({
      resourceType: "ServiceRequest",
      id: r.id,
      status: REQUEST_STATUS[r.status],
      intent: "order",
      category,
      code: { ...textOf("text", r.reason) },
      subject: { reference: patient },
      authoredOn: r.createdAt,
      ...(fhirString(r.toName) ? { performer: [textOf("display", r.toName)] } : {}),
    });
    resources.push({
      resourceType: "Task",
      id: `${r.id}-task`,
      status: TASK_STATUS[r.status],
      intent: "order",
      code: { coding: [{ system: "http://hl7.org/fhir/CodeSystem/task-code", code: "fulfill" }] },
      focus: { reference: `ServiceRequest/${r.id}` },
      for: { reference: patient },
      authoredOn: r.createdAt,
      lastModified: r.statusChangedAt,
      ...(fhirString(r.lastReason) ? { statusReason: textOf("text", r.lastReason) } : {}),
      ...(fhirString(r.toName) ? { owner: textOf("display", r.toName) } : {}),
      ...(fhirString(r.outcomeOwnWords) ? { note: [textOf("text", r.outcomeOwnWords)] } : {}),
    });
  }
  for (const a of input.agreements) {
    resources.push({
      resourceType: "Goal",
      id: a.id,
      lifecycleStatus: "active",
      description: { ...textOf("text", a.what) },
      subject: { reference: patient },
      statusDate: a.changedAt.slice(0, 10),
      ...(a.dueDate ? { target: [{ dueDate: a.dueDate }] } : {}),
      ...(fhirString(a.ownWords) ? { note: [textOf("text", a.ownWords)] } : {}),
    });
  }
  for (const c of input.consents) {
    resources.push({
      resourceType: "Consent",
      id: c.id,
      // Withdrawn or ended: inactive; not started yet: proposed.
      status: c.withdrawn || (c.validUntil !== null && c.validUntil <= input.now) ? "inactive" : c.validFrom > input.now ? "proposed" : "active",
      scope: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy" }] },
      category: [{ coding: [{ system: "http://loinc.org", code: "59284-0" }] }],
      patient: { reference: patient },
      dateTime: c.validFrom,
      policyRule: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "OPTIN" }] },
      provision: {
        type: "permit",
        period: { start: c.validFrom, ...(c.validUntil ? { end: c.validUntil } : {}) },
        ...(fhirString(c.purpose) ? { purpose: [{ system: `${NABIJ}/consent-purpose`, ...textOf("display", c.purpose) }] } : {}),
        ...(fhirString(c.recipientName) ? { actor: [{ role: { text: "recipient" }, reference: textOf("display", c.recipientName) }] } : {}),
        class: c.scopes.map((scope) => ({ system: `${NABIJ}/person-part`, code: scope })),
      },
    });
  }
  return { resourceType: "Bundle", id: `${input.personId}-${input.at.replace(/[^0-9]/g, "").slice(0, 14)}`, type: "collection", timestamp: input.at, entry: resources.map(entry) };
}
