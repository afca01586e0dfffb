/**
 * Problems found in the workbook (SPEC §2: every problem is a clickable item that selects its cell).
 * Grouped by severity, errors first, then by kind: one line per kind with its cells, opened on
 * demand (errors open), so that sixty « cellule vide » never bury six errors. A filter narrows the
 * list by text and by severity.
 */
import { Badge, Button, Checkbox, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { accord, filtrerDiagnostics, grouperDiagnostics, resumeDiagnostics, type Diagnostic, type Severity } from "../../domain";

const LABELS: Record<Severity, string> = { erreur: "Erreur", avertissement: "Avertissement", info: "Information" };
const FILTER_LABELS: Record<Severity, string> = { erreur: "Erreurs", avertissement: "Avertissements", info: "Informations" };
const COLORS: Record<Severity, "danger" | "warning" | "informative"> = {
  erreur: "danger",
  avertissement: "warning",
  info: "informative",
};
const SEVERITIES: readonly Severity[] = ["erreur", "avertissement", "info"];
/** Cells named in a closed group's line before « … ». */
const CELLS_SHOWN = 6;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severities: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  summary: { cursor: "pointer", overflowWrap: "anywhere", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  summaryText: { marginLeft: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export interface DiagnosticListProps {
  readonly sheet: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function DiagnosticList({ sheet, diagnostics, onSelect }: DiagnosticListProps): React.JSX.Element {
  const styles = useStyles();
  const filterId = useId();
  const [text, setText] = useState("");
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(grouperDiagnostics(diagnostics).filter((g) => g.severity === "erreur").map((g) => `${g.severity} ${g.code}`)));
  const filtered = filtrerDiagnostics(diagnostics, text).filter((d) => shown.has(d.severity));
  const groups = grouperDiagnostics(filtered);
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
          <Input id={filterId} value={text} onChange={(_, d) => setText(d.value)} placeholder="par exemple CASA, B14 ou total" />
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
          {filtered.length === 0 ? "Aucun problème ne correspond au filtre." : `${accord(filtered.length, "problème affiché", "problèmes affichés")} sur ${diagnostics.length}.`}
        </Text>
      )}
      {groups.map((g) => {
        const key = `${g.severity} ${g.code}`;
        const cells = g.items.map((d) => d.cell);
        const named = cells.slice(0, CELLS_SHOWN).join(", ") + (cells.length > CELLS_SHOWN ? ", …" : "");
        return (
          <details
            key={key}
            className={styles.group}
            open={open.has(key) || forced}
            onToggle={(e) => {
              if (forced) return;
              const isOpen = e.currentTarget.open;
              setOpen((prev) => (prev.has(key) === isOpen ? prev : toggle(prev, key, isOpen)));
            }}
            data-severity={g.severity}
            data-code={g.code}
          >
            <summary className={styles.summary}>
              <Badge appearance="filled" color={COLORS[g.severity]}>
                {LABELS[g.severity]}
              </Badge>
              <span className={styles.summaryText}>{`${g.titre} : ${accord(g.items.length, "cellule")} (${named})`}</span>
            </summary>
            <ul className={styles.list}>
              {g.items.map((d, i) => (
                <li key={`${d.cell}-${i}`}>
                  <Button appearance="subtle" className={styles.item} onClick={() => onSelect(sheet, d.cell)} data-cell={d.cell} title={`Sélectionner la cellule ${d.cell}`}>
                    <span>
                      {/* Messages name their cell first; the others get it in front. */}
                      {!d.message.startsWith(d.cell) && <span className={styles.cell}>{d.cell}</span>}
                      {d.message}
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
