/**
 * The fill's settings: the State's two shares, the rotation method and the number of years.
 * Shares are read by the domain's one rule (`readPartEtat`: percentage points, « 1 » is 1 %), the
 * same as `gef`; a share above its legal ceiling is refused unless the user confirms that a signed
 * convention sets it (`controlePartEtat`). What the user typed stays in the field until it is fixed.
 */
import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PLAFONDS_PARTS_ETAT, controlePartEtat, formatNombre, readPartEtat, type MethodeRotation, type PartsEtat } from "../../domain";
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

const points = (x: number): string => formatNombre(Math.round(x * 1e6) / 1e4);

export type ModeleSettingsFormProps = FormProps<ModeleSettings>;

export function ModeleSettingsForm({ value, onChange, disabled, onFieldError }: ModeleSettingsFormProps): React.JSX.Element {
  const stack = useStackStyles();
  const fields = useFieldStyles();
  const [anneesText, setAnneesText] = useState<string | undefined>();
  const anneesError = anneesText !== undefined && anneesText.trim() !== "" && !/^\s*[1-9]\d*\s*$/.test(anneesText) ? "Tapez un nombre entier d'années (1, 2, 3…), ou laissez vide pour toutes." : undefined;
  const anneesReported = anneesError === undefined ? undefined : `Années de mouvements : « ${anneesText?.trim() ?? ""} » n'est pas un nombre d'années. ${anneesError}`;
  useEffect(() => onFieldError?.("annees", anneesReported), [anneesReported, onFieldError]);
  return (
    <div className={stack.s}>
      {SHARES.map(({ part, label }) => (
        <ShareField key={part} part={part} label={label} value={value[part]} disabled={disabled} onChange={(x) => onChange({ ...value, [part]: x })} onFieldError={onFieldError} />
      ))}
      <Field label="Méthode du taux de rotation">
        <Select className={fields.fill} disabled={disabled} value={value.methode} onChange={(_, d) => onChange({ ...value, methode: d.value as MethodeRotation })}>
          {(Object.keys(METHODES) as MethodeRotation[]).map((m) => (
            <option key={m} value={m}>
              {METHODES[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Années de mouvements"
        hint="Les plus récentes ; vide : toutes les années du tableau."
        validationState={anneesError ? "error" : "none"}
        validationMessage={anneesError}
      >
        <Input
          disabled={disabled}
          inputMode="numeric"
          value={anneesText ?? (value.annees === undefined ? "" : String(value.annees))}
          onChange={(_, d) => {
            setAnneesText(d.value);
            const n = Number(d.value.trim());
            if (d.value.trim() === "") onChange({ ...value, annees: undefined });
            else if (Number.isInteger(n) && n >= 1) onChange({ ...value, annees: n });
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
  const read = readPartEtat(typed);
  const refused = read.ok ? controlePartEtat(part, read.value, convention) : read.error.message;
  const above = read.ok && read.value > plafond + 1e-12;
  const shortLabel = label.replace(/ \(%\)$/, "");
  // « … prioritaires : la part est vide » (no capital after the colon; « État », « CAPG » keep theirs).
  const reported = refused === undefined ? undefined : `${shortLabel} : ${/^[A-Z][a-zà-ÿ]/.test(refused) ? refused.charAt(0).toLowerCase() + refused.slice(1) : refused}`;
  useEffect(() => onFieldError?.(part, reported), [part, reported, onFieldError]);
  const apply = (t: string, confirmed: boolean): void => {
    const r = readPartEtat(t);
    if (r.ok && controlePartEtat(part, r.value, confirmed) === undefined) {
      onChange(r.value);
      setText(undefined);
    }
  };
  return (
    <>
      <Field
        label={label}
        hint={`En points : « 25 » ou « 25 % » valent 25 %, « 1 » vaut 1 %. Plafond légal : ${points(plafond)} % (CCH R.441-5-2) ; une convention peut fixer moins.`}
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
