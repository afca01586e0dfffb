/**
 * The réservataire → category rules, editable: first matching rule wins; a motif is a word or words
 * found in the label (accents and case ignored), « * » inside a word stands for any letters,
 * « = » first means the whole label.
 */
import { Button, Dropdown, Input, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CATEGORIES, REGLES_PAR_DEFAUT, erreurMotif, type Categorie, type RegleCategorie } from "../../domain";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface RulesEditorProps {
  readonly rules: readonly RegleCategorie[];
  readonly onChange: (rules: readonly RegleCategorie[]) => void;
  readonly disabled: boolean;
}

export function RulesEditor({ rules, onChange, disabled }: RulesEditorProps): React.JSX.Element {
  const styles = useStyles();
  const set = (i: number, rule: RegleCategorie): void => onChange(rules.map((r, k) => (k === i ? rule : r)));
  return (
    <details>
      <summary>{`Règles de classement des réservataires (${rules.length})`}</summary>
      <Text block size={200}>
        La première règle qui correspond l'emporte. Un motif est un ou plusieurs mots cherchés dans le libellé (accents et
        majuscules ignorés) ; « * » remplace des lettres, « = » au début exige le libellé entier.
      </Text>
      <ul className={styles.list}>
        {rules.map((r, i) => {
          const error = erreurMotif(r.motif);
          return (
            <li key={i} className={styles.row}>
              <Input
                aria-label={`Motif de la règle ${i + 1}`}
                value={r.motif}
                disabled={disabled}
                aria-invalid={error !== undefined}
                title={error}
                onChange={(_, d) => set(i, { ...r, motif: d.value })}
              />
              <Dropdown
                aria-label={`Catégorie de la règle ${i + 1}`}
                value={r.categorie}
                selectedOptions={[r.categorie]}
                disabled={disabled}
                onOptionSelect={(_, d) => set(i, { ...r, categorie: d.optionValue as Categorie })}
              >
                {CATEGORIES.filter((c) => c !== "NON IDENTIFIES").map((c) => (
                  <Option key={c} value={c}>
                    {c}
                  </Option>
                ))}
              </Dropdown>
              <Button aria-label={`Supprimer la règle ${i + 1}`} disabled={disabled} onClick={() => onChange(rules.filter((_, k) => k !== i))}>
                ×
              </Button>
            </li>
          );
        })}
      </ul>
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
