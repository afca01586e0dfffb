import { computeObjectifs } from "../../../src/domain";
import { estFeuilleGef, controlRow, nomDeFeuille, travailObjectifs, DEFAULT_REGLAGES_SUIVI } from "../../../src/jobs";
import { filledModele } from "../../support/ddets-modele";

const PARTS = { partPrioritaires: 0.25, partFonctionnaires: 0.05 };
const CAPG = "200039857";

describe("objectifs par EPCI", () => {
  it("répartit 268 entre 2 000, 2 760 et 607 en 100, 138 et 30 (exemple de la graine)", () => {
    const r = computeObjectifs(
      [{ siren: CAPG, libelle: "CAPG", volumeExact: 268 }],
      [
        { nom: "A", droits: 2000, epci: "" },
        { nom: "B", droits: 2760, epci: "" },
        { nom: "C", droits: 607, epci: "" },
      ],
      PARTS,
    );
    expect(r.epci[0]?.lignes.map((l) => l.objectif)).toEqual([100, 138, 30]);
    expect(r.epci[0]?.total).toBe(268);
    expect(r.diagnostics).toEqual([]);
  });

  it("arrondit le volume 268,35 (5 367 × 5 %) à 268 et calcule les plafonds de l'État à l'inférieur : 67 et 13", () => {
    const r = computeObjectifs(
      [{ siren: CAPG, libelle: "CAPG", volumeExact: 5367 * 0.05 }],
      [{ nom: "A", droits: 1, epci: "" }],
      PARTS,
    );
    // ⌊268,35 × 25 %⌋ = ⌊67,09⌋ = 67 ; ⌊268,35 × 5 %⌋ = ⌊13,42⌋ = 13.
    expect(r.epci[0]).toMatchObject({ volume: 268, plafondPrioritaires: 67, plafondFonctionnaires: 13, total: 268 });
  });

  it("préfère les droits propres à un EPCI, additionne un nom écrit deux fois, et signale un objectif de l'État au-delà du plafond", () => {
    const r = computeObjectifs(
      [
        { siren: CAPG, libelle: "CAPG", volumeExact: 100 },
        { siren: "240600585", libelle: "CASA", volumeExact: 10 },
      ],
      [
        { nom: "PREFECTURE", droits: 60, epci: CAPG },
        { nom: "Préfecture", droits: 20, epci: CAPG },
        { nom: "VILLE", droits: 20, epci: CAPG },
        { nom: "VILLE", droits: 1, epci: "" },
      ],
      PARTS,
    );
    // CAPG: 80 / 20 of 100 → 80 and 20; the State's priority ceiling is ⌊100 × 25 %⌋ = 25 < 80.
    expect(r.epci[0]?.lignes.map((l) => [l.nom, l.objectif])).toEqual([
      ["PREFECTURE", 80],
      ["VILLE", 20],
    ]);
    expect(r.diagnostics.map((c) => c.code)).toContain("PLAFOND_PRIORITAIRES");
    // CASA has no rights of its own: those given for every EPCI apply.
    expect(r.epci[1]?.lignes.map((l) => [l.nom, l.objectif])).toEqual([["VILLE", 10]]);
  });

  it("refuse un volume négatif et des droits tous nuls par un message, sans exception", () => {
    const r = computeObjectifs(
      [
        { siren: "", libelle: "Bailleur", volumeExact: -3 },
        { siren: CAPG, libelle: "CAPG", volumeExact: 10 },
      ],
      [{ nom: "A", droits: 0, epci: "" }],
      PARTS,
    );
    expect(r.epci).toEqual([]);
    expect(r.diagnostics.map((c) => c.severity)).toEqual(["erreur", "erreur"]);
    expect(r.diagnostics[1]?.message).toMatch(/CAPG : La base est nulle/);
  });

  it("lit le volume du modèle rempli et les droits d'une table, et écrit la feuille avec son contrôle natif", () => {
    const t = filledModele();
    const droits = [
      ["Réservataire", "Droits", "EPCI"],
      ["A", 2000, "CAPG"],
      ["B", 2760, "CAPG"],
      ["C", 607, "CAPG"],
    ];
    const w = travailObjectifs(
      [
        { name: "Modèle", values: t.values, formulas: t.formulas },
        { name: "Droits", values: droits },
      ],
      "Modèle",
      { ...DEFAULT_REGLAGES_SUIVI, epci: CAPG },
    );
    expect(w.result?.epci.map((e) => [e.libelle, e.volume, e.lignes.map((l) => l.objectif)])).toEqual([
      ["CAPG", 268, [100, 138, 30]],
    ]);
    const plan = w.plan;
    if (!plan) throw new Error("plan attendu");
    expect(plan.name).toBe("Objectifs");
    expect(estFeuilleGef(plan.blocks[0]?.cells ?? [])).toBe(true);
    const check = plan.blocks[2]?.cells[1];
    // Data rows are 8 to 10 (header on row 7): the check sums column F for CAPG and compares with B.
    expect(check?.[2]).toBe("=SUMIF($A$8:$A$10,A13,$F$8:$F$10)");
    expect(check?.[3]).toBe('=IF(C13=B13,"OK","ÉCART")');
    expect(controlRow(plan, 0)).toBe(12);
  });

  it("refuse un état des lieux dont les totaux ne concordent pas, sauf accord", () => {
    const edl = [
      ["", "", "T1", "T2", "T3", "TOTAL"],
      ["ACTION LOGEMENT", "PLUS", 10, 20, 30, 61],
    ];
    const sheets = [{ name: "EDL", values: edl }];
    const refused = travailObjectifs(sheets, "EDL", { ...DEFAULT_REGLAGES_SUIVI, volume: 12 });
    expect(refused.incoherent).toBe(true);
    expect(refused.plan).toBeUndefined();
    const forced = travailObjectifs(sheets, "EDL", { ...DEFAULT_REGLAGES_SUIVI, volume: 12, malgreIncoherences: true });
    expect(forced.result?.epci[0]?.lignes).toEqual([
      expect.objectContaining({ nom: "ACTION LOGEMENT", droits: 60, objectif: 12 }),
    ]);
  });

  it("dit quoi faire sans droits ni modèle", () => {
    expect(
      travailObjectifs([{ name: "Vide", values: [["x"]] }], "Vide", DEFAULT_REGLAGES_SUIVI).diagnostics[0]?.code,
    ).toBe("DROITS_INTROUVABLES");
    const only = travailObjectifs(
      [
        {
          name: "D",
          values: [
            ["Réservataire", "Droits"],
            ["A", 1],
          ],
        },
      ],
      "D",
      DEFAULT_REGLAGES_SUIVI,
    );
    expect(only.diagnostics.map((c) => c.code)).toEqual(["MODELE_INTROUVABLE"]);
  });
});

describe("nom des feuilles écrites", () => {
  it("remplace la feuille de GEF, jamais celle de l'utilisateur (casse ignorée)", () => {
    expect(nomDeFeuille("Objectifs", [])).toEqual({ nom: "Objectifs", remplace: undefined, renomme: false });
    expect(nomDeFeuille("Objectifs", [{ name: "OBJECTIFS", gef: true }])).toEqual({
      nom: "Objectifs",
      remplace: "OBJECTIFS",
      renomme: false,
    });
    expect(nomDeFeuille("Objectifs", [{ name: "objectifs", gef: false }])).toEqual({
      nom: "Objectifs (GEF)",
      remplace: undefined,
      renomme: true,
    });
    expect(
      nomDeFeuille("Objectifs", [
        { name: "objectifs", gef: false },
        { name: "Objectifs (gef)", gef: false },
      ]).nom,
    ).toBe("Objectifs (GEF 2)");
    expect(
      nomDeFeuille("Bilan 01-03-2024 au 15-09-2024", [{ name: "bilan 01-03-2024 au 15-09-2024", gef: false }]).nom
        .length,
    ).toBeLessThanOrEqual(31);
  });
});
