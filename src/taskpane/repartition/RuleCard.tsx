/** One rule as a card: its motif, its category, and buttons to move it or delete it. */
import { Button, Field, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CATEGORIES, LIBELLES_CATEGORIES, errorMotif, type Categorie, type RegleCategorie } from "../../domain";
import { useFieldStyles } from "../common/styles";

const useStyles = makeStyles({
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
});

export interface RuleCardProps {
  readonly rule: RegleCategorie;
  /** The rule's number, from 1, out of `count`. */
  readonly n: number;
  readonly count: number;
  readonly disabled: boolean;
  readonly onSet: (rule: RegleCategorie) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onDelete: () => void;
}

export function RuleCard({ rule: r, n, count, disabled, onSet, onMove, onDelete }: RuleCardProps): React.JSX.Element {
  const styles = useStyles();
  const fields = useFieldStyles();
  const error = errorMotif(r.motif);
  return (
    <li className={styles.card} aria-label={`Règle ${n}`}>
      <Text className={styles.heading}>{`Règle ${n}`}</Text>
      <Field label="Motif" validationState={error ? "error" : "none"} validationMessage={error}>
        <Textarea
          className={fields.fill}
          aria-label={`Motif de la règle ${n}`}
          value={r.motif}
          rows={Math.max(1, Math.ceil(r.motif.length / 22))}
          resize="vertical"
          disabled={disabled}
          onChange={(_, d) => onSet({ ...r, motif: d.value.replace(/[\r\n]+/g, " ") })}
        />
      </Field>
      <Field label="Catégorie">
        <Select
          className={fields.fill}
          aria-label={`Catégorie de la règle ${n}`}
          value={r.categorie}
          disabled={disabled}
          onChange={(_, d) => onSet({ ...r, categorie: d.value as Categorie })}
        >
          {CATEGORIES.filter((c) => c !== "NON IDENTIFIES").map((c) => (
            <option key={c} value={c}>
              {LIBELLES_CATEGORIES[c]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          size="small"
          disabled={disabled || n === 1}
          onClick={() => onMove(-1)}
          aria-label={`Monter la règle ${n}`}
        >
          Monter
        </Button>
        <Button
          size="small"
          disabled={disabled || n === count}
          onClick={() => onMove(1)}
          aria-label={`Descendre la règle ${n}`}
        >
          Descendre
        </Button>
        <Button size="small" disabled={disabled} onClick={onDelete} aria-label={`Supprimer la règle ${n}`}>
          Supprimer
        </Button>
      </div>
    </li>
  );
}
