import { adminRoutes } from "./admin/admin.routes.ts";
import { agendaRoutes } from "./agenda/agenda.routes.ts";
import { appointmentRoutes } from "./appointments/appointment.routes.ts";
import { authRoutes } from "./auth/auth.routes.ts";
import { consentRoutes } from "./consents/consent.routes.ts";
import { encounterRoutes } from "./encounters/encounter.routes.ts";
import type { AnyRoute } from "./http/route.ts";
import { systemRoutes } from "./http/system.routes.ts";
import { syncRoutes } from "./sync/sync.routes.ts";
import { lifeDomainRoutes } from "./life-domains/life-domain.routes.ts";
import { networkRoutes } from "./network/network.routes.ts";
import { personRoutes } from "./persons/person.routes.ts";
import { rightsRoutes } from "./rights/rights.routes.ts";
import { referralRoutes } from "./referrals/referral.routes.ts";
import { dossierRoutes } from "./signals/dossier.routes.ts";
import { signalRoutes } from "./signals/signal.routes.ts";
import { initiativeRoutes } from "./initiatives/initiative.routes.ts";
import { processRoutes } from "./process/process.routes.ts";
import { timelineRoutes } from "./timeline/timeline.routes.ts";
import { fhirRoutes } from "./fhir/fhir.routes.ts";
import { hsdsApiRoutes } from "./socialmap/hsds-api.routes.ts";
import { socialMapRoutes } from "./socialmap/socialmap.routes.ts";
import { portalAccountRoutes } from "./portal/portal-account.routes.ts";
import { portalRoutes } from "./portal/portal.routes.ts";
import { todayRoutes } from "./today/today.routes.ts";
import { userRoutes } from "./users/user.routes.ts";

/** Every API route of the server, by feature. A test walks this list. */
export const allRoutes: AnyRoute[] = [...systemRoutes, ...authRoutes, ...personRoutes, ...agendaRoutes, ...appointmentRoutes, ...encounterRoutes, ...userRoutes, ...todayRoutes, ...syncRoutes, ...adminRoutes, ...portalAccountRoutes, ...consentRoutes, ...portalRoutes, ...lifeDomainRoutes, ...networkRoutes, ...socialMapRoutes, ...hsdsApiRoutes, ...rightsRoutes, ...referralRoutes, ...processRoutes, ...timelineRoutes, ...fhirRoutes, ...signalRoutes, ...dossierRoutes, ...initiativeRoutes];
