/**
 * The consolidation of the bailleurs' templates as one job, shared by `gef consolider` and the pane's « Modèles des
 * bailleurs »: each file's template already read and checked (its bailleur, its findings, its EPCI columns) or
 * refused with its reason; the job gathers the lines per EPCI, the findings of every file and the checks across
 * files (docs/choix.md « Consolidation »), and lays out the sheets.
 */
import {
  consolidationMessage,
  formatNombre,
  resolveParts,
  type Diagnostic,
  type ModeleLayout,
  type PartsEtat,
} from "../../domain";
import { epciFigures, evaluateModele } from "../modele/modele-grid";
import type { PlanSheet } from "../sheet-plan";
import { duplicates, outOfRange } from "./modeles-checks";
import { sheetsConsolidation, type ConsolidatedRow, type Probleme } from "./sheet-modeles";

/** Most characters of an Excel cell. */
const CELL_MAX = 32_767;

/** A file whose template was read and checked. */
export interface ModeleLu {
  readonly ok: true;
  /** The file's name as shown in the sheets (no folder). */
  readonly fichier: string;
  readonly bailleur: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly layout: ModeleLayout;
}

/** A file that could not be used, with the French reason. */
export interface ModeleRefuse {
  readonly ok: false;
  readonly fichier: string;
  readonly code: string;
  readonly message: string;
}

export interface ConsolidationModeles {
  /** Lines per EPCI SIREN, sorted by bailleur then file. */
  readonly bySiren: ReadonlyMap<string, readonly ConsolidatedRow[]>;
  /** Every finding, file by file, then the bailleurs given twice. */
  readonly problemes: readonly Probleme[];
  /** The values that make the totals wrong: negative counts, rates out of 0–100 %, a bailleur twice. */
  readonly flagged: readonly Probleme[];
  readonly plans: readonly PlanSheet[];
}

/** A template's lines, one per EPCI column. */
export function linesOfModele(m: ModeleLu, parts: Partial<PartsEtat>): ConsolidatedRow[] {
  const evaluated = evaluateModele(m.values, m.formulas, m.layout, resolveParts(parts));
  return epciFigures(evaluated, m.layout, parts).map((figures) => ({
    bailleur: m.bailleur,
    fichier: m.fichier,
    figures,
  }));
}

function problemesOf(m: ModeleLu | ModeleRefuse, lignes: readonly ConsolidatedRow[]): Probleme[] {
  if (!m.ok) return [{ fichier: m.fichier, severity: "erreur", code: m.code, message: m.message }];
  const own = m.diagnostics.map((d) => ({ fichier: m.fichier, ...d }));
  const long: Probleme[] =
    m.bailleur.length > CELL_MAX
      ? [
          {
            fichier: m.fichier,
            severity: "info",
            code: "TEXTE_TRONQUE",
            message: consolidationMessage("TEXTE_TRONQUE", { nombre: formatNombre(CELL_MAX) }),
          },
        ]
      : [];
  return [...own, ...outOfRange(lignes), ...long];
}

const FLAGGED = new Set(["VALEUR_NEGATIVE", "TAUX_HORS_BORNES", "BAILLEUR_EN_DOUBLE"]);

/** Gathers the files' templates: lines per EPCI, findings, sheets. */
export function consolidateModeles(
  files: readonly (ModeleLu | ModeleRefuse)[],
  parts: Partial<PartsEtat>,
): ConsolidationModeles {
  const bySiren = new Map<string, ConsolidatedRow[]>();
  const problemes: Probleme[] = [];
  for (const f of files) {
    const lignes = f.ok ? linesOfModele(f, parts) : [];
    for (const l of lignes) bySiren.set(l.figures.siren, [...(bySiren.get(l.figures.siren) ?? []), l]);
    problemes.push(...problemesOf(f, lignes));
  }
  for (const list of bySiren.values())
    list.sort((a, b) => a.bailleur.localeCompare(b.bailleur, "fr") || a.fichier.localeCompare(b.fichier, "fr"));
  problemes.push(...duplicates(files.flatMap((f) => (f.ok ? [{ bailleur: f.bailleur, fichier: f.fichier }] : []))));
  const flagged = problemes.filter((p) => p.severity === "erreur" && FLAGGED.has(p.code));
  return { bySiren, problemes, flagged, plans: sheetsConsolidation(bySiren, problemes) };
}
