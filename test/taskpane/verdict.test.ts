import { accord, diagnostic, groupDiagnostics, resumeDiagnostics, type ModeleDiagnostic } from "../../src/domain";
import { describeStats } from "../../src/taskpane/common/ActionStatus";
import { verdict } from "../../src/taskpane/modele/verdict";

const STATS = { syncs: 1, ms: 12, cellsWritten: 0, rowsRead: 1 };
const error = (cell: string): ModeleDiagnostic =>
  diagnostic("VALEUR_NEGATIVE", { cellule: cell, ligne: "PLI", epci: "CASA", valeur: "-3" });
const vide = (cell: string): ModeleDiagnostic =>
  diagnostic("SAISIE_VIDE", { cellule: cell, ligne: "PLI", epci: "CASA", attendu: "le nombre de logements" });
const info = (cell: string): ModeleDiagnostic =>
  diagnostic("PRECISION_VIDE", { cellule: cell, ligne: "PMR", epci: "CASA" });

describe("volet : ce que dit la ligne d'état", () => {
  it("est rouge tant qu'il reste des erreurs, orange avec des avertissements seuls, verte quand il n'y a rien à corriger", () => {
    const red = verdict([error("B15"), vide("C15"), vide("D15")], "Vérification terminée", STATS);
    expect(red).toMatchObject({ intent: "error", title: "1 erreur à corriger" });
    expect(verdict([error("B15"), error("C15")], "x", STATS)).toMatchObject({
      intent: "error",
      title: "2 erreurs à corriger",
    });
    expect(verdict([vide("C15"), info("C34")], "x", STATS)).toMatchObject({
      intent: "warning",
      title: "Aucune erreur, 1 avertissement à examiner",
    });
    expect(verdict([info("C34")], "x", STATS)).toMatchObject({ intent: "success", title: "Rien à corriger" });
  });

  it("accorde les pluriels sans « (s) »", () => {
    expect(accord(3979, "logement lu", "logements lus")).toBe("3\u00a0979 logements lus");
    expect(accord(1, "erreur")).toBe("1 erreur");
    expect(accord(0, "erreur")).toBe("0 erreur");
    expect(describeStats({ syncs: 1, ms: 85, cellsWritten: 12, rowsRead: 3400 })).toBe(
      "12 cellules écrites, 3\u00a0400 lignes lues, 1 synchronisation avec Excel, 85 ms.",
    );
    expect(resumeDiagnostics([error("B15"), vide("C15"), vide("D15")])).toBe(
      "1 erreur, 2 avertissements et 0 information",
    );
  });

  it("groupe les problèmes par gravité puis par sorte, les erreurs d'abord", () => {
    const groups = groupDiagnostics([vide("D15"), info("C34"), vide("C15"), error("B15")]);
    expect(groups.map((g) => [g.severity, g.titre, g.items.map((d) => d.cell)])).toEqual([
      ["erreur", "Valeur négative", ["B15"]],
      ["avertissement", "Cellule de saisie vide", ["C15", "D15"]],
      ["info", "Précision facultative vide", ["C34"]],
    ]);
  });
});
