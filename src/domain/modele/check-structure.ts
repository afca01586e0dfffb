/**
 * Findings about the template's shape: lines and EPCI columns missing or twice, unknown header
 * cells, years that do not agree.
 * @see docs/regles/modele-ddets.md
 */
import type { Grid } from "../cells";
import type { EpciRef } from "../epci/types";
import { cellAddress } from "./a1";
import { diagnostic, type ModeleDiagnostic } from "../messages/modele";
import { identitySpec } from "./identity";
import type { LabelKey, RowKey } from "./keys";
import type { ModeleLayout } from "./locate";
import { yearInLabel } from "./match";
import { MODELE_ROWS, rowSpec } from "./model";

/** How an EPCI is named in messages: its acronym, else its name. */
export { epciName } from "../format/labels";
import { epciName } from "../format/labels";

const isRowKey = (key: LabelKey): key is RowKey => MODELE_ROWS.some((r) => r.key === key);
const nomOf = (key: LabelKey): string => (isRowKey(key) ? rowSpec(key).nom : identitySpec(key).nom);

/** Address of the « Calcul de l'assiette » label (or the first EPCI header, or A1). */
export function anchorCell(layout: ModeleLayout): string {
  const row = layout.rows.entete ?? layout.headerRow;
  return row === undefined ? "A1" : cellAddress(row, layout.labelColumn);
}

/** Missing and duplicated lines. */
function lineDiagnostics(layout: ModeleLayout): ModeleDiagnostic[] {
  const out: ModeleDiagnostic[] = [];
  const col = layout.labelColumn;
  for (const key of layout.missingRows) {
    if (key === "entete") continue; // the EPCI header is what matters (see epciDiagnostics)
    const spec = rowSpec(key);
    const index = MODELE_ROWS.indexOf(spec);
    let before: RowKey | undefined;
    for (let i = index - 1; i >= 0 && before === undefined; i--) {
      const k = MODELE_ROWS[i]?.key;
      if (k !== undefined && layout.rows[k] !== undefined) before = k;
    }
    const beforeRow = before === undefined ? undefined : layout.rows[before];
    out.push(
      diagnostic("LIGNE_MANQUANTE", {
        cellule: beforeRow === undefined ? anchorCell(layout) : cellAddress(beforeRow, col),
        ligne: spec.nom,
        attendu: spec.variants[0] ?? spec.nom,
        ...(before !== undefined && beforeRow !== undefined
          ? { detail: `après la ligne « ${rowSpec(before).nom} » (${cellAddress(beforeRow, col)})` }
          : {}),
      }),
    );
  }
  for (const key of layout.missingIdentity) {
    const spec = identitySpec(key);
    if (!spec.required) continue;
    out.push(
      diagnostic("LIGNE_IDENTITE_MANQUANTE", {
        cellule: anchorCell(layout),
        ligne: spec.nom,
        attendu: spec.variants[0] ?? spec.nom,
      }),
    );
  }
  for (const d of layout.duplicates) {
    const [first, ...others] = d.rows;
    if (first === undefined) continue;
    for (const row of others) {
      out.push(
        diagnostic("LIGNE_EN_DOUBLE", {
          cellule: cellAddress(row, col),
          ligne: nomOf(d.key),
          detail: cellAddress(first, col),
        }),
      );
    }
  }
  return out;
}

/** Missing, duplicated and unknown EPCI columns. */
function epciDiagnostics(layout: ModeleLayout, epci: readonly EpciRef[]): ModeleDiagnostic[] {
  const out: ModeleDiagnostic[] = [];
  const row = layout.headerRow;
  const expected = epci.map(epciName).join(", ");
  if (row === undefined || layout.epciColumns.length === 0) {
    out.push(diagnostic("ENTETE_EPCI_INTROUVABLE", { cellule: anchorCell(layout), attendu: expected }));
  } else {
    const lastCol = Math.max(...layout.epciColumns.map((c) => c.col), ...layout.otherHeaders.map((h) => h.col));
    for (const e of layout.missingEpci) {
      out.push(
        diagnostic("COLONNE_EPCI_MANQUANTE", {
          cellule: cellAddress(row, lastCol + 1),
          epci: epciName(e),
          attendu: epciName(e),
        }),
      );
    }
  }
  if (row === undefined) return out;
  for (const h of layout.otherHeaders) {
    const cell = cellAddress(row, h.col);
    if (h.kind === "doublon" && h.epci !== undefined) {
      out.push(
        diagnostic("COLONNE_EPCI_EN_DOUBLE", {
          cellule: cell,
          epci: epciName(h.epci),
          detail: cellAddress(row, h.firstCol ?? 0),
        }),
      );
    } else if (h.kind === "autre") {
      out.push(diagnostic("COLONNE_IGNOREE", { cellule: cell, valeur: h.text }));
    } else {
      out.push(diagnostic("ENTETE_INCONNU", { cellule: cell, valeur: h.text, attendu: expected }));
    }
  }
  return out;
}

/** The RPLS year is read; the State rows and the title name the same year; RPLS is not later. */
function yearDiagnostics(values: Grid, layout: ModeleLayout): ModeleDiagnostic[] {
  const out: ModeleDiagnostic[] = [];
  const col = layout.labelColumn;
  const label = (row: number | undefined): string => {
    const v = row === undefined ? undefined : values[row]?.[col];
    return typeof v === "string" ? v : "";
  };
  const patrimoine = layout.rows.patrimoine;
  if (patrimoine !== undefined && layout.anneeRpls === undefined) {
    out.push(diagnostic("ANNEE_RPLS_ABSENTE", { cellule: cellAddress(patrimoine, col) }));
  }
  const years: { row: number; annee: number; nom: string }[] = [];
  for (const [row, nom] of [
    [layout.rows.etatPrioritaires, "la ligne des demandes prioritaires"],
    [layout.rows.etatFonctionnaires, "la ligne des demandes fonctionnaires"],
    [layout.identite.titre, "le titre"],
  ] as const) {
    const annee = yearInLabel(label(row));
    if (row !== undefined && annee !== undefined) years.push({ row, annee, nom });
  }
  const ref = years[0];
  for (const y of years.slice(1)) {
    if (ref !== undefined && y.annee !== ref.annee) {
      out.push(
        diagnostic("ANNEES_INCOHERENTES", {
          cellule: cellAddress(y.row, col),
          detail: `${y.nom} indique l'année ${y.annee}, ${ref.nom} l'année ${ref.annee}`,
        }),
      );
    }
  }
  if (
    patrimoine !== undefined &&
    layout.anneeRpls !== undefined &&
    layout.anneeConvention !== undefined &&
    layout.anneeRpls > layout.anneeConvention
  ) {
    out.push(
      diagnostic("ANNEES_INCOHERENTES", {
        cellule: cellAddress(patrimoine, col),
        detail: `les données RPLS (${layout.anneeRpls}) sont postérieures à l'année de la convention (${layout.anneeConvention})`,
      }),
    );
  }
  return out;
}

/** Every finding about the template's shape. */
export function structureDiagnostics(values: Grid, layout: ModeleLayout, epci: readonly EpciRef[]): ModeleDiagnostic[] {
  return [...lineDiagnostics(layout), ...epciDiagnostics(layout, epci), ...yearDiagnostics(values, layout)];
}
