/**
 * What « Insérer un modèle vierge » writes: the département (its EPCI become the columns; the
 * Alpes-Maritimes and the DDETS 06 template's five columns by default), the convention year and the
 * RPLS year (1 January two years before the convention, as in the DDETS 06 template, until changed).
 */
import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { epciName, DEPARTEMENTS, DecoupageNonCharge, epciDuDepartement, errorChoixModeleVierge, loadDecoupage, type ChoixModeleVierge, type EpciRef } from "../../domain";
import { useFieldStyles } from "../common/styles";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  years: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
});

export interface BlankModeleChoiceProps {
  readonly value: ChoixModeleVierge;
  readonly onChange: (value: ChoixModeleVierge) => void;
  readonly disabled: boolean;
}

export function BlankModeleChoice({ value, onChange, disabled }: BlankModeleChoiceProps): React.JSX.Element {
  const styles = useStyles();
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
  const year = (t: string): number => (t.trim() === "" ? Number.NaN : Number(t.trim()));
  return (
    <div className={styles.grid}>
      <Field label="Département" hint={epci === undefined ? "Chargement de la liste des EPCI du département…" : `Colonnes EPCI : ${epci.map(epciName).join(", ") || "aucune"}.`}>
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
