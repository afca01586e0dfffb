/**
 * Problems found in the workbook (docs/produit/volet.md: every problem is a clickable item that selects its cell).
 * Grouped by severity, errors first, then by kind: one line per kind with its cells, opened on
 * demand (errors open), so that sixty « cellule vide » never bury six errors. A filter narrows the
 * list by text and by severity.
 */
import { Checkbox, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { DiagnosticGroup } from "./DiagnosticGroup";
import {
  accord,
  filterDiagnostics,
  groupDiagnostics,
  resumeDiagnostics,
  SEVERITIES,
  type ModeleDiagnostic,
  type Severity,
} from "../../domain";

const FILTER_LABELS: Record<Severity, string> = {
  erreur: "Erreurs",
  avertissement: "Avertissements",
  info: "Informations",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severities: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

export interface DiagnosticListProps {
  readonly sheet: string;
  readonly diagnostics: readonly ModeleDiagnostic[];
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function DiagnosticList({ sheet, diagnostics, onSelect }: DiagnosticListProps): React.JSX.Element {
  const styles = useStyles();
  const filterId = useId();
  const [text, setText] = useState("");
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        groupDiagnostics(diagnostics)
          .filter((g) => g.severity === "erreur")
          .map((g) => `${g.severity} ${g.code}`),
      ),
  );
  const filtered = filterDiagnostics(diagnostics, text).filter((d) => shown.has(d.severity));
  const groups = groupDiagnostics(filtered);
  const count = (s: Severity): number => diagnostics.filter((d) => d.severity === s).length;
  const toggle = (set: ReadonlySet<string>, key: string, on: boolean): Set<string> => {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  };
  const filtering = text.trim() !== "" || shown.size < SEVERITIES.length;
  // A filter that leaves few problems shows them all; the groups the user opened stay as they were.
  const forced = text.trim() !== "" && filtered.length <= 20;
  return (
    <section aria-label="Problèmes trouvés" className={styles.root}>
      <Text block>{`Feuille « ${sheet} » : ${resumeDiagnostics(diagnostics)}.`}</Text>
      {diagnostics.length > 0 && (
        <div className={styles.filters} role="search" aria-label="Filtrer les problèmes">
          <label htmlFor={filterId}>
            <Text size={200}>Filtrer par cellule, EPCI ou mot</Text>
          </label>
          <Input
            id={filterId}
            value={text}
            onChange={(_, d) => setText(d.value)}
            placeholder="par exemple CASA, B14 ou total"
          />
          <div className={styles.severities}>
            {SEVERITIES.map((s) => (
              <Checkbox
                key={s}
                checked={shown.has(s)}
                onChange={(_, d) => setShown((prev) => toggle(prev, s, d.checked === true) as Set<Severity>)}
                label={`${FILTER_LABELS[s]} (${count(s)})`}
              />
            ))}
          </div>
        </div>
      )}
      {filtering && (
        <Text size={200} role="status">
          {filtered.length === 0
            ? "Aucun problème ne correspond au filtre."
            : `${accord(filtered.length, "problème affiché", "problèmes affichés")} sur ${diagnostics.length}.`}
        </Text>
      )}
      {groups.map((g) => {
        const key = `${g.severity} ${g.code}`;
        return (
          <DiagnosticGroup
            key={key}
            group={g}
            sheet={sheet}
            open={open.has(key)}
            forced={forced}
            onToggle={(isOpen) => setOpen((prev) => (prev.has(key) === isOpen ? prev : toggle(prev, key, isOpen)))}
            onSelect={onSelect}
          />
        );
      })}
    </section>
  );
}
