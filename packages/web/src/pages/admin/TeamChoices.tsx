import type { ReactNode } from "react";
import type { Team } from "../../api/types.ts";

export function TeamChoices({ legend, teams, value, onChange }: { legend: string; teams: Team[]; value: string[]; onChange(ids: string[]): void }): ReactNode {
  if (teams.length === 0) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="choice-list">
        {teams.map((team) => (
          <label className="choice" key={team.id}>
            <input
              type="checkbox"
              checked={value.includes(team.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, team.id] : value.filter((id) => id !== team.id))}
            />
            <span>{team.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
