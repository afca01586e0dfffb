/**
 * The checker's findings grouped as the pane lists them: by severity (errors first), then by kind,
 * one line per kind with its cells (docs/regles/modele-ddets.md; issue 11 §2: 60 « cellule vide » must not bury the
 * errors). Pure, so the pane and `gef` can group alike.
 */
import { accord } from "../text";
import { addressOrder } from "./a1";
import { SEVERITY_RANK, type Severity } from "../messages/diagnostic";
import { TITRES_DIAGNOSTICS, type ModeleDiagnostic, type ModeleCode } from "../messages/modele";

export { TITRES_DIAGNOSTICS };

/** One kind of finding and its cells. */
export interface GroupeDiagnostics {
  readonly severity: Severity;
  readonly code: ModeleCode;
  readonly titre: string;
  readonly items: readonly ModeleDiagnostic[];
}

/** Groups findings by severity (errors first), then kind (largest group first), cells in sheet order. */
export function groupDiagnostics(list: readonly ModeleDiagnostic[]): GroupeDiagnostics[] {
  const groups = new Map<string, { severity: Severity; code: ModeleCode; items: ModeleDiagnostic[] }>();
  for (const d of list) {
    const key = `${d.severity} ${d.code}`;
    const g = groups.get(key) ?? { severity: d.severity, code: d.code, items: [] };
    g.items.push(d);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      titre: TITRES_DIAGNOSTICS[g.code],
      items: [...g.items].sort((a, b) => addressOrder(a.cell) - addressOrder(b.cell)),
    }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        b.items.length - a.items.length ||
        a.titre.localeCompare(b.titre, "fr"),
    );
}

const NOMS: Readonly<Record<Severity, [string, string]>> = {
  erreur: ["erreur", "erreurs"],
  avertissement: ["avertissement", "avertissements"],
  info: ["information", "informations"],
};

/** « 6 erreurs, 60 avertissements et 15 informations » (0 and 1 in the singular). */
export function resumeDiagnostics(list: readonly ModeleDiagnostic[]): string {
  const parts = (Object.keys(NOMS) as Severity[]).map((s) => {
    const [one, many] = NOMS[s];
    return accord(list.filter((d) => d.severity === s).length, one, many);
  });
  return `${parts[0] ?? ""}, ${parts[1] ?? ""} et ${parts[2] ?? ""}`;
}

/** The findings whose message, cell or kind contains the text (accents and case ignored). */
export function filterDiagnostics(list: readonly ModeleDiagnostic[], texte: string): ModeleDiagnostic[] {
  const fold = (s: string): string =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  const q = fold(texte.trim());
  if (q === "") return [...list];
  return list.filter((d) => fold(`${d.cell} ${d.message} ${TITRES_DIAGNOSTICS[d.code]}`).includes(q));
}
