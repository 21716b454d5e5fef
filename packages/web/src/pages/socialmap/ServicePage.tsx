import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { getService } from "../../api/socialMap.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLifeDomains } from "../../hooks/useLifeDomains.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";
import { ContactsSection } from "./ContactsSection.tsx";
import { belgianDay, mailHref, readService, type AddressView, type PhoneView, type ServiceView } from "./hsds.ts";
import { OpeningHoursView } from "./OpeningHoursView.tsx";
import { mapSearchFrom } from "./ServiceResult.tsx";
import { useMapWords } from "./words.ts";

function Phones({ phones }: { phones: readonly PhoneView[] }): ReactNode {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {phones.map((phone, index) => (
        <li key={index}>
          {phone.href ? <a href={phone.href}>{phone.number}</a> : phone.number}
          {phone.extension ? ` (${t("mapService.extension", { n: phone.extension })})` : null}
          {phone.description ? <span className="meta"> – {phone.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Address({ address }: { address: AddressView }): ReactNode {
  return (
    <address>
      {address.street}
      {address.street && address.place ? <br /> : null}
      {address.place}
      {address.country ? (
        <>
          <br />
          {address.country}
        </>
      ) : null}
    </address>
  );
}

/** A row of a facts list; nothing when there is nothing to say. */
function Fact({ label, children }: { label: string; children: ReactNode }): ReactNode {
  if (children === null || children === undefined || children === "" || children === false) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const STATUS_KEYS = { inactive: "inactive", defunct: "defunct", "temporarily closed": "temporarily_closed", temporarily_closed: "temporarily_closed" } as const;

function ServiceDetails({ service, today }: { service: ServiceView; today: ReturnType<typeof belgianDay> }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useMapWords();
  const domains = useLifeDomains();
  const name = service.name ?? t("mapService.noName");
  const status = service.status && service.status !== "active" ? service.status.toLowerCase() : null;
  const statusKey = status && status in STATUS_KEYS ? STATUS_KEYS[status as keyof typeof STATUS_KEYS] : null;
  const email = mailHref(service.email);
  const ages =
    service.minimumAge !== null && service.maximumAge !== null
      ? t("mapService.ages", { min: service.minimumAge, max: service.maximumAge })
      : service.minimumAge !== null
        ? t("mapService.minAge", { min: service.minimumAge })
        : service.maximumAge !== null
          ? t("mapService.maxAge", { max: service.maximumAge })
          : null;
  const hasContact = service.phones.length > 0 || service.email !== null || service.url !== null || service.organizationWebsite !== null;
  const hasPractical =
    service.applicationProcess !== null || service.eligibility !== null || ages !== null || service.targetGroups.length > 0 || service.costs.length > 0 ||
    service.languages.length > 0 || service.domains.length > 0 || service.categories.length > 0 || service.assuredDate !== null;
  const nothingMore = !service.description && !hasContact && !hasPractical && service.locations.length === 0 && !service.hours;

  return (
    <>
      <PageHeading>{name}</PageHeading>
      {service.alternateName ? <p className="meta">{t("mapService.alsoKnownAs", { name: service.alternateName })}</p> : null}
      {status ? (
        <p>
          <span className="tag tag-warning">{statusKey ? t(`mapService.status.${statusKey}`) : t("mapService.status.other", { status })}</span>
        </p>
      ) : null}
      {service.organizationName ? (
        <dl className="inline-details service-organisation">
          <div>
            <dt>{t("mapService.organisation")}</dt>
            <dd>{service.organizationName}</dd>
          </div>
        </dl>
      ) : null}
      {service.description ? <p className="note service-description">{service.description}</p> : null}
      {nothingMore ? <p className="muted">{t("mapService.noDetails")}</p> : null}

      {hasContact ? (
        <section aria-labelledby="service-contact">
          <h2 id="service-contact">{t("mapService.contact")}</h2>
          <dl className="details">
            <Fact label={t("mapService.phone")}>{service.phones.length > 0 ? <Phones phones={service.phones} /> : null}</Fact>
            <Fact label={t("mapService.email")}>{service.email ? email ? <a href={email}>{service.email}</a> : service.email : null}</Fact>
            <Fact label={t("mapService.website")}>{service.url ? <a href={service.url}>{service.url}</a> : null}</Fact>
            <Fact label={t("mapService.organisationWebsite")}>{service.organizationWebsite ? <a href={service.organizationWebsite}>{service.organizationWebsite}</a> : null}</Fact>
          </dl>
        </section>
      ) : null}

      {service.locations.length > 0 ? (
        <section aria-labelledby="service-where">
          <h2 id="service-where">{t("mapService.where")}</h2>
          <ul className="plain-list service-locations">
            {service.locations.map((location, index) => (
              <li key={index} className="service-location">
                {location.name ? <h3>{location.name}</h3> : null}
                {location.addresses.map((address, i) => (
                  <Address key={i} address={address} />
                ))}
                {location.description ? <p className="note">{location.description}</p> : null}
                {location.phones.length > 0 ? <Phones phones={location.phones} /> : null}
                {location.hours ? (
                  <>
                    <p className="opening-hours-label">{t("mapService.hoursAt")}</p>
                    <OpeningHoursView hours={location.hours} today={today.day} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {service.hours ? (
        <section aria-labelledby="service-hours">
          <h2 id="service-hours">{t("mapService.hours")}</h2>
          <OpeningHoursView hours={service.hours} today={today.day} />
        </section>
      ) : null}

      {hasPractical ? (
        <section aria-labelledby="service-practical">
          <h2 id="service-practical">{t("mapService.practical")}</h2>
          <dl className="details">
            <Fact label={t("mapService.apply")}>{service.applicationProcess ? <span className="note">{service.applicationProcess}</span> : null}</Fact>
            <Fact label={t("mapService.forWhom")}>
              {service.eligibility || ages ? (
                <>
                  {service.eligibility ? <span className="note">{service.eligibility}</span> : null}
                  {service.eligibility && ages ? <br /> : null}
                  {ages}
                </>
              ) : null}
            </Fact>
            <Fact label={t("mapService.targetGroups")}>{service.targetGroups.length > 0 ? words.list(service.targetGroups) : null}</Fact>
            <Fact label={t("mapService.cost")}>
              {service.costs.length > 0 ? (
                <ul className="plain-list">
                  {service.costs.map((cost, index) => (
                    <li key={index}>{words.cost(cost)}</li>
                  ))}
                </ul>
              ) : null}
            </Fact>
            <Fact label={t("mapService.languages")}>{service.languages.length > 0 ? words.list(service.languages.map((l) => words.language(l.code, l.name))) : null}</Fact>
            <Fact label={t("mapService.domains")}>{service.domains.length > 0 ? words.list(domains.ordered(service.domains).map((key) => domains.name(key))) : null}</Fact>
            <Fact label={t("mapService.categories")}>{service.categories.length > 0 ? words.list(service.categories) : null}</Fact>
            <Fact label={t("mapService.checked")}>{service.assuredDate ? format.date(service.assuredDate) : null}</Fact>
          </dl>
        </section>
      ) : null}

      <ContactsSection serviceId={service.id} serviceName={name} />
    </>
  );
}

/** One service of the social map, as HSDS describes it, and my team's contact persons there. */
export function ServicePage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { id = "" } = useParams();
  const mapSearch = mapSearchFrom(useLocation().state);
  const service = useLoad(() => getService(id), [id]);
  const today = belgianDay(new Date());

  return (
    <>
      <p className="back-link">
        <Link to={mapSearch ? `/map?${mapSearch}` : "/map"}>
          <span aria-hidden="true" className="back-arrow">
            ←
          </span>
          {t("mapService.back")}
        </Link>
      </p>
      {service.error ? (
        <>
          <PageHeading>{t("socialMap.title")}</PageHeading>
          <ErrorAlert message={errorText.message(service.error)} />
        </>
      ) : service.data ? (
        <ServiceDetails service={{ ...readService(service.data, today.date), id: service.data.id || id }} today={today} />
      ) : (
        <Loading />
      )}
    </>
  );
}
