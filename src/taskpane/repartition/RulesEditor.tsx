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
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { errorMotif, type RegleCategorie } from "../../domain";
import { ResetRulesDialog } from "./ResetRulesDialog";
import { RuleCard } from "./RuleCard";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
});

export interface RulesEditorProps {
  readonly rules: readonly RegleCategorie[];
  readonly onChange: (rules: readonly RegleCategorie[]) => void;
  /** Back to the default rules, once the user has confirmed (the pane's « Annuler » undoes it). */
  readonly onReset: () => void;
  readonly disabled: boolean;
}

/** The first rule whose motif cannot be used, as a sentence naming it; undefined when all can. */
export function firstRegleInvalide(rules: readonly RegleCategorie[]): string | undefined {
  for (const [i, r] of rules.entries()) {
    const e = errorMotif(r.motif);
    if (e !== undefined)
      return `Règle n° ${i + 1} : ${e} Corrigez-la ou supprimez-la dans « Règles de classement des réservataires ».`;
  }
  return undefined;
}

export function RulesEditor({ rules, onChange, onReset, disabled }: RulesEditorProps): React.JSX.Element {
  const styles = useStyles();
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
        La première règle qui correspond l'emporte. Un motif est un ou plusieurs mots cherchés dans le libellé (accents
        et majuscules ignorés) ; « * » remplace des lettres, « = » au début exige le libellé entier. Un libellé vide va
        toujours en NON IDENTIFIÉS.
      </Text>
      <ol className={styles.list} aria-label="Règles, dans l'ordre où elles sont essayées">
        {rules.map((r, i) => (
          <RuleCard
            key={i}
            rule={r}
            n={i + 1}
            count={rules.length}
            disabled={disabled}
            onSet={(rule) => set(i, rule)}
            onMove={(by) => move(i, by)}
            onDelete={() => onChange(rules.filter((_, k) => k !== i))}
          />
        ))}
      </ol>
      <div className={styles.actions}>
        <Button
          disabled={disabled}
          onClick={() => onChange([...rules, { motif: "", categorie: "AUTRES RESERVATAIRES" }])}
        >
          Ajouter une règle
        </Button>
        <ResetRulesDialog count={rules.length} disabled={disabled} onConfirm={onReset} />
      </div>
    </details>
  );
}
