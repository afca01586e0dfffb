/**
 * « Programme neuf », the last section of the Suivi du flux tab: a new operation's first lettings
 * shared among réservataires (docs/regles/programmes-neufs.md). The user picks the table of the
 * operation's dwellings and the « Droits du programme » (or lets GEF find them by their headers),
 * types the year of delivery, ticks « Convention signée » when a signed convention sets shares above
 * a ceiling, and « Répartir » writes the « Programme <nom> » sheet unless errors are left.
 */
import {
  Button,
  Checkbox,
  Divider,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatNombre, type RepartitionProgramme } from "../../domain";
import type { ProgrammeActions } from "../../excel/programme-actions";
import { lireLivraison } from "../../jobs";
import { ActionStatus } from "../common/ActionStatus";
import { SuiviDiagnosticList } from "./SuiviTables";
import { useProgramme } from "./useProgramme";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fill: { width: "100%", minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The option of a picker that lets GEF search every sheet. */
const PAR_EN_TETES = "Trouvée par ses en-têtes";

/** A sheet picker: « Trouvée par ses en-têtes » first, then the workbook's visible sheets. */
function FeuilleSelect({
  label,
  hint,
  value,
  feuilles,
  busy,
  onChange,
  onFocus,
}: {
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly feuilles: readonly string[];
  readonly busy: boolean;
  readonly onChange: (v: string) => void;
  readonly onFocus: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const options = value !== "" && !feuilles.includes(value) ? [...feuilles, value] : feuilles;
  return (
    <Field label={label} hint={hint}>
      <Select
        className={styles.fill}
        disabled={busy}
        value={value}
        onFocus={onFocus}
        onChange={(_, d) => onChange(d.value)}
      >
        <option value="">{PAR_EN_TETES}</option>
        {options.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Each réservataire's dwellings, as a list read aloud line by line. */
function Totaux({ r }: { readonly r: RepartitionProgramme }): React.JSX.Element {
  const styles = useStyles();
  const n = r.attribution.length;
  return (
    <section aria-label="Logements par réservataire">
      <Text block>{`${formatNombre(n)} logements répartis :`}</Text>
      <ul className={styles.list}>
        {r.reservataires.map((nom, i) => (
          <li key={nom}>{`${nom} : ${formatNombre(r.totaux[i] ?? 0)} logement${(r.totaux[i] ?? 0) > 1 ? "s" : ""}`}</li>
        ))}
      </ul>
    </section>
  );
}

export function ProgrammeSection({ actions }: { readonly actions: ProgrammeActions }): React.JSX.Element {
  const styles = useStyles();
  const { status, busy, cancel, choix, setChoix, feuilles, refresh, shown, repartir, insererDroits, select } =
    useProgramme(actions);
  const annee = lireLivraison(choix.livraison);
  return (
    <section className={styles.section} aria-labelledby="gef-programme">
      <Divider />
      <Subtitle2 as="h2" id="gef-programme">
        Programme neuf
      </Subtitle2>
      <Text>
        Premières locations d'une opération neuve partagées entre réservataires, dans les plafonds du CCH R.441-5.
      </Text>
      <Field label="Nom de l'opération" hint="La feuille écrite s'appelle « Programme » suivi de ce nom.">
        <Input disabled={busy} value={choix.nom} onChange={(_, d) => setChoix({ ...choix, nom: d.value })} />
      </Field>
      <FeuilleSelect
        label="Logements de l'opération"
        hint="Colonnes Logement, Financement, Typologie, Bâtiment, Étage."
        value={choix.operation}
        feuilles={feuilles}
        busy={busy}
        onChange={(operation) => setChoix({ ...choix, operation })}
        onFocus={refresh}
      />
      <FeuilleSelect
        label="Droits du programme"
        hint="Colonnes Réservataire, Part, Garant, Montant garanti."
        value={choix.droits}
        feuilles={feuilles}
        busy={busy}
        onChange={(droits) => setChoix({ ...choix, droits })}
        onFocus={refresh}
      />
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void insererDroits()}>
          Insérer une table Droits du programme vierge
        </Button>
      </div>
      <Field
        label="Année de livraison"
        hint="Les premières locations comptent dans le flux de cette année."
        validationState={typeof annee === "string" ? "error" : "none"}
        validationMessage={typeof annee === "string" ? annee : undefined}
      >
        <Input
          disabled={busy}
          inputMode="numeric"
          placeholder="par exemple 2026"
          value={choix.livraison}
          onChange={(_, d) => setChoix({ ...choix, livraison: d.value })}
        />
      </Field>
      <Checkbox
        disabled={busy}
        checked={choix.convention}
        onChange={(_, d) => setChoix({ ...choix, convention: d.checked === true })}
        label="Convention signée : elle fixe des parts au-delà des plafonds (garants 20 %, préfet 30 %, agents 5 %)"
      />
      <Text size={200}>
        Rien n'est écrit tant qu'une erreur reste ; cocher « Convention signée » accepte un plafond dépassé, pas une
        table mal lue.
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void repartir()}>
          Répartir
        </Button>
      </div>
      <ActionStatus status={status} onCancel={cancel} />
      {shown?.travail.repartition && <Totaux r={shown.travail.repartition} />}
      {shown && <SuiviDiagnosticList diagnostics={shown.travail.diagnostics} onSelect={select} />}
    </section>
  );
}
