/**
 * The three forms of the « Suivi du flux » tab (objectives, bilan of a period, legal annual bilan):
 * each edits its part of the settings and calls back on its buttons; SuiviTab runs the actions.
 */
import {
  Button,
  Checkbox,
  Divider,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  type InputProps,
} from "@fluentui/react-components";
import { REGLE_POURCENTAGE, readTypedDate, type Etape, type Saisie, type TypePeriode } from "../../domain";
import { CHAMPS_SUIVI, readAnnee, readSeuil, readVolume } from "../../jobs";
import type { SuiviSettings } from "../../excel/suivi-actions";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const PERIODES: Record<TypePeriode, string> = {
  S1: "1er semestre (S1)",
  S2: "2e semestre (S2)",
  ANNEE: "Année entière",
  DATES: "Entre deux dates",
};
const ETAPES: Record<Etape, string> = {
  MISE_A_DISPOSITION: "Mise à disposition",
  PROPOSITION: "Proposition de candidats",
  ATTRIBUTION: "Attribution en CALEOL",
  BAIL: "Bail signé",
};

/** What every section gets: the settings, how to change them, and whether an action runs. */
export interface SectionProps {
  readonly s: SuiviSettings;
  readonly change: (s: SuiviSettings) => void;
  readonly busy: boolean;
}

type TextKey = "volume" | "debut" | "fin" | "annee" | "seuil" | "bailleur" | "anneeAnnuel" | "bornes";

/** What each typed setting is read by (src/domain/saisie.ts through src/jobs/suivi/settings.ts), as `gef` reads its option. */
const READERS: Partial<Record<TextKey, (text: string) => Saisie<unknown>>> = {
  volume: (t) => readVolume(t),
  annee: (t) => readAnnee(t),
  debut: (t) => readTypedDate(t, CHAMPS_SUIVI.debut),
  fin: (t) => readTypedDate(t, CHAMPS_SUIVI.fin),
  seuil: (t) => readSeuil(t),
  anneeAnnuel: (t) => readAnnee(t, CHAMPS_SUIVI.anneeAnnuel),
};

/** A labelled text field bound to one setting; a text its reader refuses gets the reader's message under the field. */
function SettingInput({
  s,
  change,
  busy,
  name,
  label,
  hint,
  ...input
}: SectionProps & { readonly name: TextKey; readonly label: string; readonly hint?: string } & Pick<
    InputProps,
    "inputMode" | "placeholder"
  >): React.JSX.Element {
  const read = READERS[name]?.(s[name]);
  const error =
    read === undefined || read.ok || ((name === "debut" || name === "fin") && s[name].trim() === "")
      ? undefined
      : read.error.message;
  return (
    <Field label={label} hint={hint} validationState={error === undefined ? "none" : "error"} validationMessage={error}>
      <Input disabled={busy} {...input} value={s[name]} onChange={(_, d) => change({ ...s, [name]: d.value })} />
    </Field>
  );
}

/** A list of choices bound to one setting, its options in the order of `labels`. */
function ChoiceDropdown<K extends string>({
  label,
  labels,
  value,
  fallback,
  busy,
  onChange,
}: {
  readonly label: string;
  readonly labels: Record<K, string>;
  readonly value: K;
  readonly fallback: K;
  readonly busy: boolean;
  readonly onChange: (k: K) => void;
}): React.JSX.Element {
  return (
    <Field label={label}>
      <Dropdown
        disabled={busy}
        value={labels[value]}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => onChange((d.optionValue ?? fallback) as K)}
      >
        {(Object.keys(labels) as K[]).map((k) => (
          <Option key={k} value={k}>
            {labels[k]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** An aperçu button then the primary one that writes. */
function PreviewWrite({
  busy,
  onRun,
  preview,
  write,
}: {
  readonly busy: boolean;
  readonly onRun: (write: boolean) => void;
  readonly preview?: string;
  readonly write: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.buttons}>
      {preview !== undefined && (
        <Button disabled={busy} onClick={() => onRun(false)}>
          {preview}
        </Button>
      )}
      <Button appearance="primary" disabled={busy} onClick={() => onRun(true)}>
        {write}
      </Button>
    </div>
  );
}

export function ObjectifsSection({
  incoherent,
  onRun,
  ...p
}: SectionProps & { readonly incoherent: boolean; readonly onRun: (write: boolean) => void }): React.JSX.Element {
  const styles = useStyles();
  const { s, change, busy } = p;
  return (
    <section className={styles.section} aria-labelledby="suivi-objectifs">
      <Subtitle2 as="h2" id="suivi-objectifs">
        Objectifs par réservataire
      </Subtitle2>
      <Text>
        Le volume annuel de chaque EPCI (modèle DDETS rempli) est réparti au prorata des droits, au plus fort reste : la
        somme des objectifs égale le volume.
      </Text>
      <SettingInput
        {...p}
        name="volume"
        label="Volume annuel saisi (facultatif)"
        hint="Un nombre entier de logements, comme 268 ; laissez vide pour lire les volumes dans le modèle DDETS rempli."
        inputMode="numeric"
      />
      {incoherent && (
        <Checkbox
          disabled={busy}
          checked={s.malgreIncoherences}
          onChange={(_, d) => change({ ...s, malgreIncoherences: d.checked === true })}
          label="Répartir quand même à partir des cellules de détail de l'état des lieux"
        />
      )}
      <PreviewWrite busy={busy} onRun={onRun} preview="Aperçu des objectifs" write="Écrire la feuille Objectifs" />
    </section>
  );
}

export function BilanSection({
  onRun,
  ...p
}: SectionProps & { readonly onRun: (write: boolean) => void }): React.JSX.Element {
  const styles = useStyles();
  const { s, change, busy } = p;
  return (
    <>
      <Divider />
      <section className={styles.section} aria-labelledby="suivi-bilan">
        <Subtitle2 as="h2" id="suivi-bilan">
          Bilan d'une période
        </Subtitle2>
        <div className={styles.buttons}>
          <ChoiceDropdown
            label="Période"
            labels={PERIODES}
            value={s.periode}
            fallback="S1"
            busy={busy}
            onChange={(periode) => change({ ...s, periode })}
          />
          {s.periode === "DATES" ? (
            <>
              <SettingInput {...p} name="debut" label="Du" placeholder="01/01/2024" />
              <SettingInput {...p} name="fin" label="Au" placeholder="30/09/2024" />
            </>
          ) : (
            <SettingInput
              {...p}
              name="annee"
              label="Année"
              hint="De 1950 à 2200 ; vide : celle du dernier événement"
              inputMode="numeric"
            />
          )}
        </div>
        <ChoiceDropdown
          label="Étape de décompte de la convention"
          labels={ETAPES}
          value={s.etape}
          fallback="MISE_A_DISPOSITION"
          busy={busy}
          onChange={(etape) => change({ ...s, etape })}
        />
        <SettingInput
          {...p}
          name="seuil"
          label="Seuil des déséquilibres (points)"
          hint={`En points, plus de 0 et au plus 100 : ${REGLE_POURCENTAGE}.`}
          inputMode="decimal"
        />
        <SettingInput {...p} name="bailleur" label="Nom du bailleur (dans les titres)" />
        <PreviewWrite busy={busy} onRun={onRun} preview="Aperçu du bilan" write="Écrire le bilan de la période" />
      </section>
    </>
  );
}

export function AnnuelSection({ onRun, ...p }: SectionProps & { readonly onRun: () => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      <Divider />
      <section className={styles.section} aria-labelledby="suivi-annuel">
        <Subtitle2 as="h2" id="suivi-annuel">
          Bilan annuel légal
        </Subtitle2>
        <Text>
          Logements proposés et attribués par réservataire, typologie, financement, QPV, commune et période de
          construction (R.441-5-1 du CCH, avant le 28 février), et prévision des logements soustraits.
        </Text>
        <div className={styles.buttons}>
          <SettingInput
            {...p}
            name="anneeAnnuel"
            label="Année du bilan"
            hint="De 1950 à 2200 ; vide : celle du dernier événement"
            inputMode="numeric"
          />
          <SettingInput
            {...p}
            name="bornes"
            label="Périodes de construction"
            hint="Premières années des classes, croissantes"
          />
        </div>
        <PreviewWrite busy={p.busy} onRun={() => onRun()} write="Écrire le bilan annuel" />
      </section>
    </>
  );
}
