import {
  countBySeverity,
  diagnostic,
  lireEtatDesLieux,
  readJournal,
  SEVERITIES,
  type Diagnostic,
} from "../../../src/domain";

describe("messages/diagnostic : un seul type de constat pour tout le domaine", () => {
  it("compte les constats par gravité, les trois gravités toujours présentes", () => {
    const list: Diagnostic[] = [
      { severity: "erreur", code: "A", message: "" },
      { severity: "info", code: "B", message: "" },
      { severity: "erreur", code: "C", message: "", cell: "B2" },
    ];
    expect(countBySeverity(list)).toEqual({ erreur: 2, avertissement: 0, info: 1 });
    expect(countBySeverity([])).toEqual({ erreur: 0, avertissement: 0, info: 0 });
  });

  it("range les gravités de la plus grave à la moins grave", () => {
    expect(SEVERITIES).toEqual(["erreur", "avertissement", "info"]);
  });

  it("est le type rendu par le vérificateur du modèle, l'état des lieux et la lecture du journal", () => {
    const modele: Diagnostic = diagnostic("VALEUR_NEGATIVE", { cellule: "B12", valeur: "-3" });
    expect([modele.severity, modele.cell]).toEqual(["erreur", "B12"]);
    const edl: Diagnostic | undefined = lireEtatDesLieux([["PREFECTURE"], ["PLAI", 1, 2]]).avertissements[0];
    expect(edl && [edl.severity, edl.code, edl.cell]).toEqual(["avertissement", "EDL_INTROUVABLE", "A1"]);
    const j = readJournal([
      ["Logement", "Réservataire", "Étape", "Date", "Réservataire"],
      ["L1", "VILLE", "MAD", "01/02/2024", "ÉTAT"],
    ]);
    const remarque: Diagnostic | undefined = j.ok ? j.value.remarques[0] : undefined;
    expect(remarque && [remarque.severity, remarque.code]).toEqual(["avertissement", "COLONNE_CHOISIE"]);
  });
});
