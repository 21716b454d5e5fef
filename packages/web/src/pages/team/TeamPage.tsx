import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { getTeamRelationships } from "../../api/teams.ts";
import type { TeamRelationships } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";
import { useUser } from "../../session/SessionContext.tsx";

const WEEKS = 8;

function TeamTable({ data, caption }: { data: TeamRelationships; caption: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = `team-${data.teamId}-caption`;
  return (
    // A wide table scrolls inside its own box (not the page); the box can take focus to scroll by keyboard.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="team-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("team.worker")}</th>
            <th scope="col">{t("team.persons")}</th>
            <th scope="col">{t("team.lapsed", { days: data.lapseDays })}</th>
            {data.weeks.map((monday) => (
              <th scope="col" key={monday}>
                {t("team.weekOf")} <time dateTime={monday}>{format.date(monday)}</time>
              </th>
            ))}
            <th scope="col">{t("team.total")}</th>
          </tr>
        </thead>
        <tbody>
          {data.workers.map((w) => (
            <tr key={w.userId}>
              <th scope="row">{w.displayName}</th>
              <td>{format.number(w.persons)}</td>
              <td>{format.number(w.lapsedPersons)}</td>
              {w.encounterMinutesPerWeek.map((minutes, index) => (
                <td key={data.weeks[index] ?? index}>{format.minutes(minutes)}</td>
              ))}
              <td>{format.minutes(w.encounterMinutesPerWeek.reduce((sum, m) => sum + m, 0))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TeamSection({ teamId, heading, headingId }: { teamId: string; heading: string; headingId: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const team = useLoad(() => getTeamRelationships(teamId, WEEKS), [teamId]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorAlert message={team.error ? errorText.message(team.error) : null} />
      {!team.data && !team.error ? <Loading /> : null}
      {team.data && team.data.workers.length === 0 ? <p>{t("team.noWorkers")}</p> : null}
      {team.data && team.data.workers.length > 0 ? (
        <TeamTable data={team.data} caption={t("team.caption", { team: heading, weeks: team.data.weeks.length })} />
      ) : null}
    </section>
  );
}

/**
 * For a coordinator: per worker of their team(s), how many persons, how many without contact
 * beyond the limit, and the time in encounters per week. Counts only, for reflection in the team.
 */
export function TeamPage(): ReactNode {
  const { t } = useTranslation();
  const user = useUser();
  if (user.role !== "coordinator") {
    return (
      <>
        <PageHeading>{t("team.title")}</PageHeading>
        <p role="alert" className="alert alert-error">
          {t("team.notAllowed")}
        </p>
      </>
    );
  }
  const single = user.teamIds.length === 1;
  return (
    <>
      <PageHeading>{t("team.title")}</PageHeading>
      <p>{t("team.intro")}</p>
      <p className="note-box">{t("team.reflection")}</p>
      {user.teamIds.length === 0 ? <p>{t("team.noTeam")}</p> : null}
      {user.teamIds.map((teamId, index) => (
        <TeamSection
          key={teamId}
          teamId={teamId}
          headingId={`team-${teamId}`}
          heading={single ? t("team.yourTeam") : t("team.numbered", { number: index + 1 })}
        />
      ))}
    </>
  );
}
