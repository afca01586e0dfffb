/**
 * What the consolidation of templates (`gef consolider`, the pane's « Modèles des bailleurs ») checks across the files, beyond each template's own check (docs/choix.md « Consolidation »):
 * - a figure out of its range: a negative count of dwellings, or a rotation rate above 100 %
 *   (« 5 » typed for 5 %) or below 0, which would make the EPCI's total meaningless;
 * - the same bailleur given twice (two files whose « Nom du bailleur » folds to the same text),
 *   which would count its dwellings twice;
 * - a text longer than Excel's 32 767 characters, cut in the output.
 * Each is an erreur (an info for the cut text) in « Problèmes », and an erreur gives exit code 1.
 */
import { consolidationMessage, formatNombre, formatPourcent, foldText } from "../../domain";
import type { ConsolidatedRow, Probleme } from "./sheet-modeles";

const COUNTS = {
  patrimoine: "patrimoine",
  exclus: "logements exclus",
  soustraits: "logements soustraits",
  nouvelles: "nouvelles opérations",
  assiette: "assiette",
  volume: "volume annuel",
  prioritaires: "demandes prioritaires de l'État",
  fonctionnaires: "demandes fonctionnaires de l'État",
} as const;

/** Figures that fall out of their range, one problem each. */
export function outOfRange(lignes: readonly ConsolidatedRow[]): Probleme[] {
  const out: Probleme[] = [];
  for (const l of lignes) {
    const f = l.figures;
    for (const [key, nom] of Object.entries(COUNTS) as [keyof typeof COUNTS, string][]) {
      const v = f[key];
      // The volume and the State's shares follow from a negative assiette: said once, on it.
      if ((key === "volume" || key === "prioritaires" || key === "fonctionnaires") && (f.assiette ?? 0) < 0) continue;
      if (v !== undefined && v < 0) {
        out.push({
          fichier: l.fichier,
          severity: "erreur",
          code: "VALEUR_NEGATIVE",
          message: consolidationMessage("VALEUR_NEGATIVE", {
            bailleur: l.bailleur,
            epci: f.libelle,
            figure: nom,
            nombre: formatNombre(v),
          }),
        });
      }
    }
    if (f.taux !== undefined && (f.taux > 1 || f.taux < 0)) {
      out.push({
        fichier: l.fichier,
        severity: "erreur",
        code: "TAUX_HORS_BORNES",
        message: consolidationMessage("TAUX_HORS_BORNES", {
          bailleur: l.bailleur,
          epci: f.libelle,
          valeur: formatPourcent(f.taux),
          nombre: formatNombre(f.taux),
          attendu: formatNombre(f.taux / 100),
        }),
      });
    }
  }
  return out;
}

/** Bailleurs given in more than one file. */
export function duplicates(bailleurs: readonly { readonly bailleur: string; readonly fichier: string }[]): Probleme[] {
  const byName = new Map<string, { bailleur: string; fichier: string }[]>();
  for (const b of bailleurs) {
    const key = foldText(b.bailleur);
    byName.set(key, [...(byName.get(key) ?? []), b]);
  }
  const out: Probleme[] = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const files = list.map((b) => b.fichier).join(", ");
    for (const b of list) {
      out.push({
        fichier: b.fichier,
        severity: "erreur",
        code: "BAILLEUR_EN_DOUBLE",
        message: consolidationMessage("BAILLEUR_EN_DOUBLE", {
          bailleur: b.bailleur,
          nombre: String(list.length),
          detail: files,
        }),
      });
    }
  }
  return out;
}
