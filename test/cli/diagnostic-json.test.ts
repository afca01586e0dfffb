import { constatJson, diagnosticJson, diagnosticLine } from "../../src/cli/diagnostic-json";
import type { Diagnostic } from "../../src/domain";
import { gef, tempDir, writeXlsx } from "../support/cli";

jest.setTimeout(60_000);

const AU_NOM: Diagnostic = {
  severity: "avertissement",
  code: "NOM_SANS_LETTRE",
  message: "m",
  sheet: "Droits",
  cell: "A3",
};
const SANS_LIEU: Diagnostic = { severity: "info", code: "SANS_OBJECTIFS", message: "m" };

describe("diagnostic-json : les champs publics de --json, tirés du type unique Diagnostic", () => {
  it("écrit un constat de objectifs et bilan sous niveau, code, message, feuille, cellule", () => {
    expect(constatJson(AU_NOM)).toEqual({
      niveau: "avertissement",
      code: "NOM_SANS_LETTRE",
      message: "m",
      feuille: "Droits",
      cellule: "A3",
    });
  });

  it("n'écrit ni feuille ni cellule pour un constat qui n'a pas de lieu", () => {
    expect(Object.keys(constatJson(SANS_LIEU))).toEqual(["niveau", "code", "message"]);
  });

  it("écrit un problème du modèle (verifier, remplir, consolider) sous gravite, code, cellule, message", () => {
    expect(diagnosticJson({ severity: "erreur", code: "VALEUR_NEGATIVE", message: "m", cell: "B12" })).toEqual({
      gravite: "erreur",
      code: "VALEUR_NEGATIVE",
      cellule: "B12",
      message: "m",
    });
    expect(diagnosticJson(SANS_LIEU).cellule).toBe("");
  });

  it("donne la ligne du terminal « gravité (Feuille!cellule) : message »", () => {
    expect(diagnosticLine(AU_NOM)).toBe("avertissement (Droits!A3) : m");
    expect(diagnosticLine(SANS_LIEU)).toBe("info : m");
  });

  describe("gef objectifs --json", () => {
    const t = tempDir();
    afterAll(() => t.cleanup());

    it("garde niveau, feuille et cellule pour un nom de réservataire sans lettre (Droits!A3)", async () => {
      const file = t.file("droits.xlsx");
      await writeXlsx(file, {
        Droits: [
          ["Réservataire", "Droits"],
          ["A", 2000],
          ["?", 500],
          ["B", 2760],
        ],
      });
      const r = await gef("objectifs", file, "--volume", "268", "--json");
      const constats = (JSON.parse(r.out) as { constats: Record<string, unknown>[] }).constats;
      const c = constats.find((x) => x["code"] === "NOM_SANS_LETTRE");
      expect(c && { ...c, message: undefined }).toEqual({
        niveau: "avertissement",
        code: "NOM_SANS_LETTRE",
        feuille: "Droits",
        cellule: "A3",
        message: undefined,
      });
      expect(c?.["severity"]).toBeUndefined();
    });
  });
});
