/**
 * The checker's findings grouped as the pane lists them: by severity (errors first), then by kind,
 * one line per kind with its cells (SPEC §2.1; issue 11 §2: 60 « cellule vide » must not bury the
 * errors). Pure, so the pane and `gef` can group alike.
 */
import { accord } from "../text";
import { addressOrder } from "./a1";
import type { Diagnostic, DiagnosticCode, Severity } from "./diagnostics";

/** The name of each kind of finding, as a group's heading. */
export const TITRES_DIAGNOSTICS: Readonly<Record<DiagnosticCode, string>> = {
  MODELE_CONFORME: "Modèle conforme",
  MODELE_VIERGE: "Modèle vierge",
  MODELE_INTROUVABLE: "Modèle introuvable",
  LIGNE_MANQUANTE: "Ligne manquante",
  LIGNE_IDENTITE_MANQUANTE: "Ligne d'identité manquante",
  LIGNE_EN_DOUBLE: "Ligne en double",
  ENTETE_EPCI_INTROUVABLE: "En-tête des EPCI introuvable",
  COLONNE_EPCI_MANQUANTE: "Colonne EPCI manquante",
  COLONNE_EPCI_EN_DOUBLE: "Colonne EPCI en double",
  ENTETE_INCONNU: "En-tête de colonne inconnu",
  COLONNE_IGNOREE: "Colonne ignorée",
  VALEUR_NON_NUMERIQUE: "Valeur qui n'est pas un nombre",
  CELLULE_EN_ERREUR: "Cellule en erreur",
  VALEUR_NEGATIVE: "Valeur négative",
  VALEUR_NON_ENTIERE: "Nombre de logements non entier",
  SAISIE_VIDE: "Cellule de saisie vide",
  PRECISION_VIDE: "Précision facultative vide",
  TOTAL_INCORRECT: "Total incorrect",
  ASSIETTE_INCORRECTE: "Assiette incorrecte",
  ASSIETTE_NEGATIVE: "Assiette négative",
  CALCUL_VIDE: "Cellule calculée vide",
  SAISIE_MANUELLE: "Valeur saisie à la place d'une formule",
  TAUX_EN_POINTS: "Taux tapé sans le signe %",
  TAUX_SUPERIEUR_100: "Taux supérieur à 100 %",
  TAUX_INHABITUEL: "Taux de rotation inhabituel",
  PLAFOND_ETAT_DEPASSE: "Demande de l'État au-dessus du plafond",
  DEMANDE_ETAT_SOUS_PLAFOND: "Demande de l'État sous le plafond",
  DONT_SUPERIEUR_TOTAL: "Ligne « dont » au-dessus de son total",
  OUI_NON_INVALIDE: "Réponse autre que OUI ou NON",
  REPONSE_VIDE: "Réponse manquante",
  MAIL_INVALIDE: "Adresse mail invalide",
  ANNEE_RPLS_ABSENTE: "Année RPLS absente",
  ANNEES_INCOHERENTES: "Années incohérentes",
};

/** One kind of finding and its cells. */
export interface GroupeDiagnostics {
  readonly severity: Severity;
  readonly code: string;
  readonly titre: string;
  readonly items: readonly Diagnostic[];
}

const RANK: Readonly<Record<Severity, number>> = { erreur: 0, avertissement: 1, info: 2 };

/** Groups findings by severity (errors first), then kind (largest group first), cells in sheet order. */
export function grouperDiagnostics(list: readonly Diagnostic[]): GroupeDiagnostics[] {
  const groups = new Map<string, { severity: Severity; code: string; items: Diagnostic[] }>();
  for (const d of list) {
    const key = `${d.severity} ${d.code}`;
    const g = groups.get(key) ?? { severity: d.severity, code: d.code, items: [] };
    g.items.push(d);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      titre: (TITRES_DIAGNOSTICS as Readonly<Record<string, string>>)[g.code] ?? g.code,
      items: [...g.items].sort((a, b) => addressOrder(a.cell) - addressOrder(b.cell)),
    }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.items.length - a.items.length || a.titre.localeCompare(b.titre, "fr"));
}

const NOMS: Readonly<Record<Severity, [string, string]>> = {
  erreur: ["erreur", "erreurs"],
  avertissement: ["avertissement", "avertissements"],
  info: ["information", "informations"],
};

/** « 6 erreurs, 60 avertissements et 15 informations » (0 and 1 in the singular). */
export function resumeDiagnostics(list: readonly Diagnostic[]): string {
  const parts = (Object.keys(NOMS) as Severity[]).map((s) => {
    const [one, many] = NOMS[s];
    return accord(list.filter((d) => d.severity === s).length, one, many);
  });
  return `${parts[0] ?? ""}, ${parts[1] ?? ""} et ${parts[2] ?? ""}`;
}

/** The findings whose message, cell or kind contains the text (accents and case ignored). */
export function filtrerDiagnostics(list: readonly Diagnostic[], texte: string): Diagnostic[] {
  const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const q = fold(texte.trim());
  if (q === "") return [...list];
  return list.filter((d) => fold(`${d.cell} ${d.message} ${(TITRES_DIAGNOSTICS as Readonly<Record<string, string>>)[d.code] ?? ""}`).includes(q));
}
