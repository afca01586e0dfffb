/**
 * The fill's settings: the State's two shares, the rotation method and the number of years.
 * Shares are read by the domain's one rule (`readPartEtat`: percentage points, « 1 » is 1 %), the
 * same as `gef`; a share above its legal ceiling is refused unless the user confirms that a signed
 * convention sets it (`controlePartEtat`). What the user typed stays in the field until it is fixed.
 */
import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  NOMBRE_ANNEES_MAX,
  PLAFONDS_PARTS_ETAT,
  REGLE_POURCENTAGE,
  controlePartEtat,
  formatNombre,
  readPartEtat,
  readTypedOptional,
  readTypedYearCount,
  type MethodeRotation,
  type PartsEtat,
} from "../../domain";
import type { ModeleSettings } from "../../excel/action-types";
import type { FormProps } from "../common/form-props";
import { useFieldStyles, useStackStyles } from "../common/styles";

const METHODES: Record<MethodeRotation, string> = {
  ENTREES: "Entrées (baux signés)",
  DEPARTS: "Départs",
  MOYENNE: "Moyenne des entrées et des départs",
};

/** The two shares, in the order shown. */
const SHARES: readonly { readonly part: keyof PartsEtat; readonly label: string }[] = [
  { part: "partPrioritaires", label: "Part de l'État pour ses candidats prioritaires (%)" },
  { part: "partFonctionnaires", label: "Part de l'État pour ses agents (%)" },
];

const ANNEES_LABEL = "Années de mouvements";

const points = (x: number): string => formatNombre(Math.round(x * 1e6) / 1e4);

export type ModeleSettingsFormProps = FormProps<ModeleSettings>;

export function ModeleSettingsForm({
  value,
  onChange,
  disabled,
  onFieldError,
}: ModeleSettingsFormProps): React.JSX.Element {
  const stack = useStackStyles();
  const fields = useFieldStyles();
  const [anneesText, setAnneesText] = useState<string | undefined>();
  // One reader for a number of years, the same as `gef --annees` (src/domain/saisie.ts).
  const anneesRead =
    anneesText === undefined ? undefined : readTypedOptional(anneesText, (t) => readTypedYearCount(t, ANNEES_LABEL));
  const anneesError = anneesRead === undefined || anneesRead.ok ? undefined : anneesRead.error.message;
  useEffect(() => onFieldError?.("annees", anneesError), [anneesError, onFieldError]);
  return (
    <div className={stack.s}>
      {SHARES.map(({ part, label }) => (
        <ShareField
          key={part}
          part={part}
          label={label}
          value={value[part]}
          disabled={disabled}
          onChange={(x) => onChange({ ...value, [part]: x })}
          onFieldError={onFieldError}
        />
      ))}
      <Field label="Méthode du taux de rotation">
        <Select
          className={fields.fill}
          disabled={disabled}
          value={value.methode}
          onChange={(_, d) => onChange({ ...value, methode: d.value as MethodeRotation })}
        >
          {(Object.keys(METHODES) as MethodeRotation[]).map((m) => (
            <option key={m} value={m}>
              {METHODES[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={ANNEES_LABEL}
        hint={`Un nombre d'années, de 1 à ${NOMBRE_ANNEES_MAX} (les plus récentes) ; vide : toutes les années du tableau.`}
        validationState={anneesError ? "error" : "none"}
        validationMessage={anneesError}
      >
        <Input
          disabled={disabled}
          inputMode="numeric"
          value={anneesText ?? (value.annees === undefined ? "" : String(value.annees))}
          onChange={(_, d) => {
            setAnneesText(d.value);
            const r = readTypedOptional(d.value, (t) => readTypedYearCount(t, ANNEES_LABEL));
            if (r.ok) onChange({ ...value, annees: r.value });
          }}
        />
      </Field>
    </div>
  );
}

interface ShareFieldProps {
  readonly part: keyof PartsEtat;
  readonly label: string;
  readonly value: number;
  readonly disabled: boolean;
  readonly onChange: (x: number) => void;
  readonly onFieldError: ModeleSettingsFormProps["onFieldError"];
}

/** One share: typed in points, applied on leaving the field when it is readable and allowed. */
function ShareField({ part, label, value, disabled, onChange, onFieldError }: ShareFieldProps): React.JSX.Element {
  const plafond = PLAFONDS_PARTS_ETAT[part];
  const [text, setText] = useState<string | undefined>();
  // A share above the ceiling got there only through the confirmation: it stays confirmed.
  const [confirmed, setConvention] = useState(false);
  const convention = confirmed || value > plafond + 1e-12;
  const typed = text ?? points(value);
  const shortLabel = label.replace(/ \(%\)$/, "");
  // A refusal of the reader starts with the field's name (« … prioritaires : « abc » n'est pas… »).
  const read = readPartEtat(typed, shortLabel);
  const ceiling = read.ok ? controlePartEtat(part, read.value, convention) : undefined;
  const refused = read.ok ? ceiling : read.error.message;
  const above = read.ok && read.value > plafond + 1e-12;
  // « … prioritaires : 30 % dépasse… » (no capital after the colon; « État », « CAPG » keep theirs).
  const reported = !read.ok
    ? read.error.message
    : ceiling === undefined
      ? undefined
      : `${shortLabel} : ${/^[A-Z][a-zà-ÿ]/.test(ceiling) ? ceiling.charAt(0).toLowerCase() + ceiling.slice(1) : ceiling}`;
  useEffect(() => onFieldError?.(part, reported), [part, reported, onFieldError]);
  const apply = (t: string, confirmed: boolean): void => {
    const r = readPartEtat(t, shortLabel);
    if (r.ok && controlePartEtat(part, r.value, confirmed) === undefined) {
      onChange(r.value);
      setText(undefined);
    }
  };
  return (
    <>
      <Field
        label={label}
        hint={`En points : ${REGLE_POURCENTAGE}. Plafond légal : ${points(plafond)} % (CCH R.441-5-2) ; une convention peut fixer moins.`}
        validationState={refused ? "error" : "none"}
        validationMessage={refused}
      >
        <Input
          disabled={disabled}
          value={typed}
          inputMode="decimal"
          contentAfter="%"
          onChange={(_, d) => setText(d.value)}
          onBlur={() => apply(typed, convention)}
          onKeyDown={(e) => {
            if (e.key === "Enter") apply(typed, convention);
          }}
        />
      </Field>
      {(above || convention) && (
        <Checkbox
          disabled={disabled}
          checked={convention}
          onChange={(_, d) => {
            const on = d.checked === true;
            setConvention(on);
            if (on) apply(typed, true);
            else if (value > plafond + 1e-12) onChange(plafond);
          }}
          label={`Une convention signée fixe cette part au-delà de ${points(plafond)} %`}
        />
      )}
    </>
  );
}
