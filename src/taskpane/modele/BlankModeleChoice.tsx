/**
 * What « Insérer un modèle vierge » writes: the département (its EPCI become the columns; the
 * Alpes-Maritimes and the DDETS 06 template's five columns by default), the convention year and the
 * RPLS year (1 January two years before the convention, as in the DDETS 06 template, until changed).
 */
import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { epciName, DEPARTEMENTS, DecoupageNonCharge, epciDuDepartement, errorChoixModeleVierge, loadDecoupage, type ChoixModeleVierge, type EpciRef } from "../../domain";
import type { FormProps } from "../common/form-props";
import { useFieldStyles, useStackStyles } from "../common/styles";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
});

export type BlankModeleChoiceProps = FormProps<ChoixModeleVierge>;

/** A year typed in a field: empty or unreadable is NaN, which the domain's check refuses with a message. */
const year = (t: string): number => (t.trim() === "" ? Number.NaN : Number(t.trim()));

/** A year field: what the user typed stays as typed, even when it is no year (the check says so). */
function YearField({ label, value, onChange, disabled }: FormProps<number> & { readonly label: string }): React.JSX.Element {
  const fields = useFieldStyles();
  const [text, setText] = useState<string | undefined>();
  const shown = text !== undefined && (year(text) === value || (Number.isNaN(year(text)) && Number.isNaN(value))) ? text : Number.isNaN(value) ? "" : String(value);
  return (
    <Field label={label}>
      <Input
        className={fields.fill}
        disabled={disabled}
        inputMode="numeric"
        value={shown}
        onChange={(_, d) => {
          setText(d.value);
          onChange(year(d.value));
        }}
      />
    </Field>
  );
}

export function BlankModeleChoice({ value, onChange, disabled }: BlankModeleChoiceProps): React.JSX.Element {
  const styles = useStyles();
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
  const error = epci === undefined ? undefined : known(() => errorChoixModeleVierge(value));
  useEffect(() => {
    if (epci === undefined) void loadDecoupage().then(() => setLoaded((n) => n + 1));
  }, [epci]);
  return (
    <div className={stack.s}>
      <Field label="Département" hint={epci === undefined ? "Chargement de la liste des EPCI du département…" : `Colonnes EPCI : ${epci.map(epciName).join(", ") || "aucune"}.`}>
        <Select className={fields.fill} disabled={disabled} value={value.departement} onChange={(_, d) => onChange({ ...value, departement: d.value })}>
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
          onChange={(c) => onChange({ ...value, anneeConvention: c, anneeRpls: rplsTouched || Number.isNaN(c) ? value.anneeRpls : c - 2 })}
        />
        <YearField
          label="Données RPLS au 1er janvier"
          value={value.anneeRpls}
          disabled={disabled}
          onChange={(r) => {
            setRplsTouched(true);
            onChange({ ...value, anneeRpls: r });
          }}
        />
      </div>
      {error && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
    </div>
  );
}
