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

export function fhirBundle(input: { personId: string; at: string; referrals: FhirReferral[]; agreements: FhirAgreement[]; consents: FhirConsent[] }): Json {
  const patient = `Patient/${input.personId}`;
  const entry = (resource: Json): Json => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource });
  const resources: Json[] = [{ resourceType: "Patient", id: input.personId, identifier: [{ system: `${NABIJ}/person`, value: input.personId }] }];
  for (const r of input.referrals) {
    const category = [{ coding: [{ system: `${NABIJ}/institution-category`, code: r.institutionCategory }] }];
    resources.push({
      resourceType: "ServiceRequest",
      id: r.id,
      status: REQUEST_STATUS[r.status],
      intent: "order",
      category,
      code: { text: r.reason },
      subject: { reference: patient },
      authoredOn: r.createdAt,
      ...(r.toName ? { performer: [{ display: r.toName }] } : {}),
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
      ...(r.lastReason ? { statusReason: { text: r.lastReason } } : {}),
      ...(r.toName ? { owner: { display: r.toName } } : {}),
      ...(r.outcomeOwnWords ? { note: [{ text: r.outcomeOwnWords }] } : {}),
    });
  }
  for (const a of input.agreements) {
    resources.push({
      resourceType: "Goal",
      id: a.id,
      lifecycleStatus: "active",
      description: { text: a.what },
      subject: { reference: patient },
      statusDate: a.changedAt.slice(0, 10),
      ...(a.dueDate ? { target: [{ dueDate: a.dueDate }] } : {}),
      ...(a.ownWords ? { note: [{ text: a.ownWords }] } : {}),
    });
  }
  for (const c of input.consents) {
    resources.push({
      resourceType: "Consent",
      id: c.id,
      status: c.withdrawn ? "inactive" : "active",
      scope: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy" }] },
      category: [{ coding: [{ system: "http://loinc.org", code: "59284-0" }] }],
      patient: { reference: patient },
      dateTime: c.validFrom,
      policyRule: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "OPTIN" }] },
      provision: {
        type: "permit",
        period: { start: c.validFrom, ...(c.validUntil ? { end: c.validUntil } : {}) },
        purpose: [{ system: `${NABIJ}/consent-purpose`, display: c.purpose }],
        ...(c.recipientName ? { actor: [{ role: { text: "recipient" }, reference: { display: c.recipientName } }] } : {}),
        class: c.scopes.map((scope) => ({ system: `${NABIJ}/person-part`, code: scope })),
      },
    });
  }
  return { resourceType: "Bundle", id: `${input.personId}-${input.at.replace(/[^0-9]/g, "").slice(0, 14)}`, type: "collection", timestamp: input.at, entry: resources.map(entry) };
}
