/**
 * What « Insérer un modèle vierge » writes: the département (its EPCI become the columns; the
 * Alpes-Maritimes and the DDETS 06 template's five columns by default), the convention year and the
 * RPLS year (1 January two years before the convention, as in the DDETS 06 template, until changed).
 * Each field's error is under that field; a year is read by the domain's one reader (readTypedYear),
 * and the RPLS year follows the convention year only while that one is valid (« 20245 » typed
 * leaves it alone).
 */
import { Field, Input, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  epciName,
  DEPARTEMENTS,
  DecoupageNonCharge,
  epciDuDepartement,
  errorsChoixModeleVierge,
  isAnneeConventionValide,
  loadDecoupage,
  readTypedYear,
  type ChoixModeleVierge,
  type EpciRef,
  type ErreursChoixModeleVierge,
} from "../../domain";
import type { FormProps } from "../common/form-props";
import { useFieldStyles, useStackStyles } from "../common/styles";

export type BlankModeleChoiceProps = FormProps<ChoixModeleVierge>;

/** A year typed in a field, by the domain's reader: NaN when it is no year (the field says why). */
const year = (t: string, label: string): number => {
  const r = readTypedYear(t, label);
  return r.ok ? r.value : Number.NaN;
};

type YearFieldProps = Omit<FormProps<number>, "onChange"> & {
  readonly label: string;
  readonly error: string | undefined;
  /** The year read (NaN when it is none) and the text typed, that the template's message quotes. */
  readonly onChange: (value: number, typed: string) => void;
};

/**
 * A year field: what the user typed stays as typed, even when it is no year. Under it, the
 * template's own rule (`error`: its bounds, quoting what was typed), the same sentence as the banner
 * of « Insérer un modèle vierge »; the generic year reader's message only when the rule is not known
 * yet (the département's EPCI still loading).
 */
function YearField({ label, value, onChange, disabled, error }: YearFieldProps): React.JSX.Element {
  const fields = useFieldStyles();
  const [text, setText] = useState<string | undefined>();
  const mine =
    text !== undefined && (year(text, label) === value || (Number.isNaN(year(text, label)) && Number.isNaN(value)));
  const shown = mine ? text : Number.isNaN(value) ? "" : String(value);
  const read = readTypedYear(shown, label);
  const message = error ?? (read.ok ? undefined : read.error.message);
  return (
    <Field label={label} validationState={message === undefined ? "none" : "error"} validationMessage={message}>
      <Input
        className={fields.fill}
        disabled={disabled}
        inputMode="numeric"
        value={shown}
        onChange={(_, d) => {
          setText(d.value);
          onChange(year(d.value, label), d.value);
        }}
      />
    </Field>
  );
}

export function BlankModeleChoice({ value, onChange, disabled }: BlankModeleChoiceProps): React.JSX.Element {
  const stack = useStackStyles();
  const fields = useFieldStyles();
  const [rplsTouched, setRplsTouched] = useState(false);
  // The commune → EPCI table loads on demand in the pane: until then, a département other than the
  // Alpes-Maritimes cannot name its EPCI yet.
  const [, setLoaded] = useState(0);
  const known = <T,>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof DecoupageNonCharge) return undefined;
      throw e;
    }
  };
  const epci: readonly EpciRef[] | undefined = known(() => epciDuDepartement(value.departement));
  const errors: ErreursChoixModeleVierge =
    (epci === undefined ? undefined : known(() => errorsChoixModeleVierge(value))) ?? {};
  useEffect(() => {
    if (epci === undefined) void loadDecoupage().then(() => setLoaded((n) => n + 1));
  }, [epci]);
  return (
    <div className={stack.s}>
      <Field
        label="Département"
        hint={
          epci === undefined
            ? "Chargement de la liste des EPCI du département…"
            : `Colonnes EPCI : ${epci.map(epciName).join(", ") || "aucune"}.`
        }
        validationState={errors.departement === undefined ? "none" : "error"}
        validationMessage={errors.departement}
      >
        <Select
          className={fields.fill}
          disabled={disabled}
          value={value.departement}
          onChange={(_, d) => onChange({ ...value, departement: d.value })}
        >
          {DEPARTEMENTS.map((d) => (
            <option key={d.code} value={d.code}>{`${d.code} – ${d.nom}`}</option>
          ))}
        </Select>
      </Field>
      <div className={stack.s}>
        <YearField
          label="Année de la convention"
          value={value.anneeConvention}
          disabled={disabled}
          error={errors.anneeConvention}
          onChange={(c, typed) =>
            onChange({
              ...value,
              anneeConvention: c,
              tape: { ...value.tape, anneeConvention: typed },
              ...(rplsTouched || !isAnneeConventionValide(c)
                ? {}
                : { anneeRpls: c - 2, tape: { anneeConvention: typed } }),
            })
          }
        />
        <YearField
          label="Données RPLS au 1er janvier"
          value={value.anneeRpls}
          disabled={disabled}
          error={errors.anneeRpls}
          onChange={(r, typed) => {
            setRplsTouched(true);
            onChange({ ...value, anneeRpls: r, tape: { ...value.tape, anneeRpls: typed } });
          }}
        />
      </div>
    </div>
  );
}
