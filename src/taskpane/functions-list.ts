/** The custom functions as the pane presents them: name, purpose, an example from DOMAIN.md. */
export interface FunctionEntry {
  readonly nom: string;
  readonly ancre: string;
  readonly role: string;
  readonly exemple: string;
}

export const FUNCTIONS: readonly FunctionEntry[] = [
  { nom: "GEF.ASSIETTE", ancre: "assiette", role: "Assiette à répartir", exemple: "=GEF.ASSIETTE(5600; 150; 100; 17) → 5 367" },
  { nom: "GEF.TAUX_ROTATION", ancre: "taux-rotation", role: "Taux de rotation groupé sur plusieurs années", exemple: "=GEF.TAUX_ROTATION(B2:D2; B3:D3)" },
  { nom: "GEF.FLUX_RESERVATAIRE", ancre: "flux-reservataire", role: "Flux annuel de chaque réservataire", exemple: "=GEF.FLUX_RESERVATAIRE(268; {2000;2760;607}) → 100, 138, 30" },
  { nom: "GEF.DECOMPTE", ancre: "decompte", role: "Décompte et bilan par réservataire", exemple: "=GEF.DECOMPTE(Journal!A1:D500)" },
  { nom: "GEF.TAUX_CHUTE", ancre: "taux-chute", role: "Taux de chute", exemple: "=GEF.TAUX_CHUTE(1000; 800) → 20 %" },
  { nom: "GEF.PROCHAIN_RESERVATAIRE", ancre: "prochain-reservataire", role: "Réservataire le plus en retard", exemple: "=GEF.PROCHAIN_RESERVATAIRE(A2:A4; B2:B4; C2:C4)" },
];
