/**
 * The réservataire → category rules, editable: first matching rule wins; a motif is a word or words
 * found in the label (accents and case ignored), « * » inside a word stands for any letters,
 * « = » first means the whole label.
 *
 * One card per rule, made for a 320 px pane: the motif on its own line (a text area that wraps, so
 * a long motif is never cut; a line break typed is a space), the category below (a
 * native list, usable by keyboard and screen reader), then labelled buttons to move the rule up or
 * down (order matters) and to delete it.
 */
import { Button, Field, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CATEGORIES, LIBELLES_CATEGORIES, REGLES_PAR_DEFAUT, erreurMotif, type Categorie, type RegleCategorie } from "../../domain";
import { useFieldStyles } from "../common/styles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
});

export interface RulesEditorProps {
  readonly rules: readonly RegleCategorie[];
  readonly onChange: (rules: readonly RegleCategorie[]) => void;
  readonly disabled: boolean;
}

/** The first rule whose motif cannot be used, as a sentence naming it; undefined when all can. */
export function firstRegleInvalide(rules: readonly RegleCategorie[]): string | undefined {
  for (const [i, r] of rules.entries()) {
    const e = erreurMotif(r.motif);
    if (e !== undefined) return `Règle n° ${i + 1} : ${e} Corrigez-la ou supprimez-la dans « Règles de classement des réservataires ».`;
  }
  return undefined;
}

export function RulesEditor({ rules, onChange, disabled }: RulesEditorProps): React.JSX.Element {
  const styles = useStyles();
  const fields = useFieldStyles();
  const set = (i: number, rule: RegleCategorie): void => onChange(rules.map((r, k) => (k === i ? rule : r)));
  const move = (i: number, by: -1 | 1): void => {
    const j = i + by;
    if (j < 0 || j >= rules.length) return;
    const next = [...rules];
    const [a, b] = [next[i], next[j]];
    if (a === undefined || b === undefined) return;
    next[i] = b;
    next[j] = a;
    onChange(next);
  };
  return (
    <details>
      <summary>{`Règles de classement des réservataires (${rules.length})`}</summary>
      <Text block size={200}>
        La première règle qui correspond l'emporte. Un motif est un ou plusieurs mots cherchés dans le libellé (accents et
        majuscules ignorés) ; « * » remplace des lettres, « = » au début exige le libellé entier. Un libellé vide va toujours en
        NON IDENTIFIÉS.
      </Text>
      <ol className={styles.list} aria-label="Règles, dans l'ordre où elles sont essayées">
        {rules.map((r, i) => {
          const error = erreurMotif(r.motif);
          const n = i + 1;
          return (
            <li key={i} className={styles.card} aria-label={`Règle ${n}`}>
              <Text className={styles.heading}>{`Règle ${n}`}</Text>
              <Field label="Motif" validationState={error ? "error" : "none"} validationMessage={error}>
                <Textarea
                  className={fields.fill}
                  aria-label={`Motif de la règle ${n}`}
                  value={r.motif}
                  rows={Math.max(1, Math.ceil(r.motif.length / 22))}
                  resize="vertical"
                  disabled={disabled}
                  onChange={(_, d) => set(i, { ...r, motif: d.value.replace(/[\r\n]+/g, " ") })}
                />
              </Field>
              <Field label="Catégorie">
                <Select
                  className={fields.fill}
                  aria-label={`Catégorie de la règle ${n}`}
                  value={r.categorie}
                  disabled={disabled}
                  onChange={(_, d) => set(i, { ...r, categorie: d.value as Categorie })}
                >
                  {CATEGORIES.filter((c) => c !== "NON IDENTIFIES").map((c) => (
                    <option key={c} value={c}>
                      {LIBELLES_CATEGORIES[c]}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className={styles.row}>
                <Button size="small" disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={`Monter la règle ${n}`}>
                  Monter
                </Button>
                <Button size="small" disabled={disabled || i === rules.length - 1} onClick={() => move(i, 1)} aria-label={`Descendre la règle ${n}`}>
                  Descendre
                </Button>
                <Button size="small" disabled={disabled} onClick={() => onChange(rules.filter((_, k) => k !== i))} aria-label={`Supprimer la règle ${n}`}>
                  Supprimer
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className={styles.actions}>
        <Button disabled={disabled} onClick={() => onChange([...rules, { motif: "", categorie: "AUTRES RESERVATAIRES" }])}>
          Ajouter une règle
        </Button>
        <Button disabled={disabled} onClick={() => onChange(REGLES_PAR_DEFAUT)}>
          Revenir aux règles par défaut
        </Button>
      </div>
    </details>
  );
}
