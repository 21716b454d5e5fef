import { useId, type ReactNode, type Ref } from "react";
import { useTranslation } from "react-i18next";
import { PLACE_TYPES, type PlaceType } from "@nabij/domain";

interface Props {
  value: PlaceType | null;
  onChange(value: PlaceType): void;
  error?: string | undefined;
  /** The first radio, to move focus here when the choice is missing. */
  firstRef?: Ref<HTMLInputElement>;
}

/**
 * The seven place types as big radio tiles: one tap on a phone, arrow keys on a keyboard
 * (native radios, so no custom key handling to get wrong).
 */
export function PlaceTypeGrid({ value, onChange, error, firstRef }: Props): ReactNode {
  const { t } = useTranslation();
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? "place-grid field-invalid" : "place-grid"} aria-describedby={error ? errorId : undefined}>
      <legend>{t("encounterForm.place")}</legend>
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <div className="tiles">
        {PLACE_TYPES.map((place, index) => (
          <label key={place} className="tile">
            <input
              type="radio"
              name={name}
              value={place}
              checked={value === place}
              onChange={() => onChange(place)}
              ref={index === 0 ? firstRef : undefined}
              required
            />
            <span>{t(`placeType.${place}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
