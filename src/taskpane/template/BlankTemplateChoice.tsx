/**
 * What « Insérer un modèle vierge » writes: the département (its EPCI become the columns; the
 * Alpes-Maritimes and the DDETS 06 template's five columns by default), the convention year and the
 * RPLS year (1 January two years before the convention, as in the DDETS 06 template, until changed).
 */
import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DEPARTEMENTS, epciDuDepartement, erreurChoixModeleVierge, type ChoixModeleVierge } from "../../domain";
import { useFieldStyles } from "../common/styles";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  years: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
});

export interface BlankTemplateChoiceProps {
  readonly value: ChoixModeleVierge;
  readonly onChange: (value: ChoixModeleVierge) => void;
  readonly disabled: boolean;
}

export function BlankTemplateChoice({ value, onChange, disabled }: BlankTemplateChoiceProps): React.JSX.Element {
  const styles = useStyles();
  const fields = useFieldStyles();
  const [rplsTouched, setRplsTouched] = useState(false);
  const error = erreurChoixModeleVierge(value);
  const epci = epciDuDepartement(value.departement);
  const year = (t: string): number => (t.trim() === "" ? Number.NaN : Number(t.trim()));
  return (
    <div className={styles.grid}>
      <Field label="Département" hint={`Colonnes EPCI : ${epci.map((e) => e.sigle ?? e.nom).join(", ") || "aucune"}.`}>
        <Select className={fields.fill} disabled={disabled} value={value.departement} onChange={(_, d) => onChange({ ...value, departement: d.value })}>
          {DEPARTEMENTS.map((d) => (
            <option key={d.code} value={d.code}>{`${d.code} – ${d.nom}`}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.years}>
        <Field label="Année de la convention">
          <Input
            disabled={disabled}
            inputMode="numeric"
            value={Number.isNaN(value.anneeConvention) ? "" : String(value.anneeConvention)}
            onChange={(_, d) => {
              const c = year(d.value);
              onChange({ ...value, anneeConvention: c, anneeRpls: rplsTouched || Number.isNaN(c) ? value.anneeRpls : c - 2 });
            }}
          />
        </Field>
        <Field label="Données RPLS au 1er janvier">
          <Input
            disabled={disabled}
            inputMode="numeric"
            value={Number.isNaN(value.anneeRpls) ? "" : String(value.anneeRpls)}
            onChange={(_, d) => {
              setRplsTouched(true);
              onChange({ ...value, anneeRpls: year(d.value) });
            }}
          />
        </Field>
      </div>
      {error && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
    </div>
  );
}
