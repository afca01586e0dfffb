import { readFileSync } from "node:fs";
import path from "node:path";
import {
  generateCustomFunctionsMetadata,
  type ICustomFunctionsMetadata,
  type IFunction,
} from "custom-functions-metadata";

/** The functions as Excel will see them, generated from the JSDoc as the build does. */
let metadata: ICustomFunctionsMetadata;
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.resolve("src/functions/functions.ts"), false);
  errors = result.errors;
  metadata = JSON.parse(result.metadataJson) as ICustomFunctionsMetadata;
}, 60_000);

function fonction(id: string): IFunction {
  const f = metadata.functions.find((x) => x.id === id);
  if (f === undefined) throw new Error(`Fonction ${id} absente des métadonnées`);
  return f;
}

/** A French sentence: an accented letter, or a common French word. */
const ACCENT = /[àâçéèêëîïôûù]/i;
const FRANCAIS = /[àâçéèêëîïôûù]|\b(?:le|la|les|de|du|des|un|une|ou|et|en|par)\b/i;

/** id, help anchor, parameters (name, optional, matrix), result is a matrix. */
const ATTENDU: readonly {
  id: string;
  ancre: string;
  parametres: readonly (readonly [nom: string, facultatif: boolean, plage: boolean])[];
  resultRange: boolean;
}[] = [
  {
    id: "ASSIETTE",
    ancre: "assiette",
    parametres: [
      ["patrimoine", false, true],
      ["exclus", true, true],
      ["soustraits", true, true],
      ["nouvelles_operations", true, true],
    ],
    resultRange: false,
  },
  {
    id: "TAUX_ROTATION",
    ancre: "taux-rotation",
    parametres: [
      ["parc", false, true],
      ["entrees", false, true],
      ["departs", true, true],
      ["methode", true, false],
      ["annees", true, false],
    ],
    resultRange: false,
  },
  {
    id: "FLUX_RESERVATAIRE",
    ancre: "flux-reservataire",
    parametres: [
      ["volume", false, false],
      ["droits", false, true],
      ["base", true, false],
      ["arrondi", true, false],
    ],
    resultRange: true,
  },
  {
    id: "DECOMPTE",
    ancre: "decompte",
    parametres: [
      ["journal", false, true],
      ["reservataire", true, false],
      ["etape", true, false],
      ["debut", true, false],
      ["fin", true, false],
    ],
    resultRange: true,
  },
  {
    id: "TAUX_CHUTE",
    ancre: "taux-chute",
    parametres: [
      ["mises_a_disposition", false, true],
      ["attributions", false, true],
    ],
    resultRange: false,
  },
  {
    id: "PROCHAIN_RESERVATAIRE",
    ancre: "prochain-reservataire",
    parametres: [
      ["noms", false, true],
      ["objectifs", false, true],
      ["realises", false, true],
    ],
    resultRange: false,
  },
];

describe("métadonnées des fonctions personnalisées (functions.json)", () => {
  it("se génèrent sans erreur", () => {
    expect(errors).toEqual([]);
  });

  it("déclarent exactement les six identifiants stables, dans l'ordre", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(ATTENDU.map((a) => a.id));
  });

  describe.each(ATTENDU)("$id", ({ id, ancre, parametres, resultRange }) => {
    it("porte un nom égal à son identifiant", () => {
      expect(fonction(id).name).toBe(id);
    });

    it("a une description en français", () => {
      const description = fonction(id).description ?? "";
      expect(description.length).toBeGreaterThan(20);
      expect(description).toMatch(ACCENT);
    });

    it(`renvoie vers l'aide https://localhost:3000/help.html#${ancre}`, () => {
      expect(fonction(id).helpUrl).toBe(`https://localhost:3000/help.html#${ancre}`);
    });

    it("déclare ses paramètres dans l'ordre, avec leur caractère facultatif", () => {
      expect(fonction(id).parameters.map((p) => [p.name, p.optional === true])).toEqual(
        parametres.map(([nom, facultatif]) => [nom, facultatif]),
      );
    });

    it("décrit chaque paramètre en français", () => {
      for (const p of fonction(id).parameters) {
        expect(p.description ?? "").toMatch(FRANCAIS);
        expect((p.description ?? "").length).toBeGreaterThan(10);
      }
    });

    it("reçoit les plages en matrice", () => {
      expect(fonction(id).parameters.map((p) => [p.name, p.dimensionality === "matrix"])).toEqual(
        parametres.map(([nom, , range]) => [nom, range]),
      );
    });

    it(resultRange ? "renvoie une matrice (résultat débordant)" : "renvoie une seule valeur", () => {
      expect(fonction(id).result?.dimensionality === "matrix").toBe(resultRange);
    });
  });

  it("trouve dans src/help/help.html un élément pour chaque ancre d'aide", () => {
    const html = readFileSync(path.resolve("src/help/help.html"), "utf8");
    const ids = [...html.matchAll(/\sid\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
    for (const { ancre } of ATTENDU) expect(ids).toContain(ancre);
  });
});
