import { serialFromParts } from "../../../src/domain";
import { bilanDuReservataire, readPeriode } from "../../../src/domain";
import { DEFAULT_REGLAGES_SUIVI, travailAnnuel, travailBilan, type ReglagesSuivi } from "../../../src/jobs";
import { JOURNAL_SUIVI, OBJECTIFS_SUIVI } from "../../support/suivi-exemple";

const d = (y: number, m: number, day: number): number => serialFromParts(y, m, day) ?? 0;
const S1_2024: ReglagesSuivi = { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "S1", annee: 2024 } };

describe("période d'un bilan", () => {
  it("S1 va du 1er janvier au 30 juin, et l'attendu à date vaut 182 jours sur 366 en 2024", () => {
    const p = readPeriode({ type: "S1", annee: 2024 });
    expect(p.ok && [p.value.debut, p.value.fin, p.value.fractionAnnee, p.value.feuille]).toEqual([
      d(2024, 1, 1),
      d(2024, 6, 30),
      182 / 366,
      "Bilan S1 2024",
    ]);
    const s2 = readPeriode({ type: "S2" }, d(2023, 9, 14));
    // S2 is counted from 1 January, like its attendu (docs/choix.md « Périodes d'un bilan et attendu à date »); the semester alone is kept beside.
    expect(
      s2.ok && [s2.value.debut, s2.value.fin, s2.value.fractionAnnee, s2.value.libelle, s2.value.semestre?.debut],
    ).toEqual([d(2023, 1, 1), d(2023, 12, 31), 1, "S2 2023", d(2023, 7, 1)]);
    const inv = readPeriode({ type: "DATES", debut: "31/12/2024", fin: "2024-01-01" });
    expect(inv.ok ? "" : inv.error.message).toMatch(/commence \(31\/12\/2024\) après sa fin \(01\/01\/2024\)/);
    expect(readPeriode({ type: "ANNEE" }).ok).toBe(false);
  });
});

describe("bilan d'une période par EPCI et réservataire", () => {
  it("compte 1 000 mises à disposition et 800 attributions : taux de chute de 20 % (graine), un seul groupe sans EPCI", () => {
    const journal: unknown[][] = [["Logement", "Réservataire", "Étape", "Date"]];
    for (let i = 0; i < 1000; i++) {
      journal.push([`L${i}`, "ACTION LOGEMENT", "mise à disposition", d(2024, 2, 1)]);
      if (i < 800) journal.push([`L${i}`, "ACTION LOGEMENT", "attribution", d(2024, 3, 1)]);
    }
    const objectifs = [
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", 2000],
    ];
    const w = travailBilan(
      [
        { name: "Journal", values: journal },
        { name: "Obj", values: objectifs },
      ],
      S1_2024,
    );
    const g = w.bilan?.groupes;
    expect(g?.map((x) => x.libelle)).toEqual(["Ensemble du bailleur"]);
    const al = g?.[0]?.lignes[0];
    expect(al?.comptes).toEqual([1000, 0, 800, 0]);
    expect(al?.tauxChute).toBeCloseTo(0.2, 12);
    // Atteinte at mise à disposition: 1 000 ÷ 2 000; expected to date 2 000 × 182 ÷ 366.
    expect(al?.atteinte).toBe(0.5);
    expect(al?.attendu).toBeCloseTo((2000 * 182) / 366, 9);
    expect(al?.ecart).toBeCloseTo(1000 - (2000 * 182) / 366, 9);
    expect(al?.prochain).toBe(true);
  });

  it("écrit un écart qui s'arrondit à zéro comme 0, jamais « -0,0 » (82 mis à disposition pour un attendu de 165 × 182 ÷ 366 = 82,05)", () => {
    const journal: unknown[][] = [["Logement", "Réservataire", "Étape", "Date"]];
    for (let i = 0; i < 82; i++) journal.push([`L${i}`, "ACTION LOGEMENT", "mise à disposition", d(2024, 2, 1)]);
    const w = travailBilan(
      [
        { name: "Journal", values: journal },
        {
          name: "Obj",
          values: [
            ["Réservataire", "Objectif"],
            ["ACTION LOGEMENT", 165],
          ],
        },
      ],
      S1_2024,
    );
    expect(w.bilan?.groupes[0]?.lignes[0]?.ecart).toBeCloseTo(82 - (165 * 182) / 366, 12);
    const block = w.plan?.blocks.find((b) => b.cells[0]?.[0] === "EPCI");
    const col = block?.cells[0]?.indexOf("Écart à l'attendu") ?? -1;
    const row = block?.cells.find((r) => r[1] === "ACTION LOGEMENT");
    // The format « +0.0;-0.0;0.0 » keeps the sign of -0.05 < x < 0: the cell holds +0 and shows « 0.0 ».
    expect(block?.formats[1]?.[col]).toBe("+0.0;-0.0;0.0");
    expect(Object.is(row?.[col], 0)).toBe(true);
  });

  it("calcule le taux de chute sur la cohorte de la période : un logement mis à disposition avant elle n'en est pas", () => {
    const journal: unknown[][] = [
      ["Logement", "Réservataire", "Étape", "Date"],
      ["L1", "ACTION LOGEMENT", "mise à disposition", d(2023, 12, 15)],
      ["L1", "ACTION LOGEMENT", "attribution", d(2024, 1, 20)],
      ["L2", "ACTION LOGEMENT", "mise à disposition", d(2024, 2, 1)],
      ["L2", "ACTION LOGEMENT", "attribution", d(2024, 2, 20)],
    ];
    const w = travailBilan([{ name: "Journal", values: journal }], S1_2024);
    const al = w.bilan?.groupes[0]?.lignes[0];
    expect(al?.comptes).toEqual([1, 0, 2, 0]);
    // L2, mis à disposition en février, attribué : 0 % (L1, de décembre 2023, hors de la cohorte).
    expect([al?.cohorteAttribuee, al?.tauxChute]).toEqual([1, 0]);
  });

  const JOURNAL = JOURNAL_SUIVI;
  const OBJECTIFS = OBJECTIFS_SUIVI;
  const sheets = [
    { name: "Journal", values: JOURNAL },
    { name: "Objectifs reçus", values: OBJECTIFS },
  ];

  it("compte une fois le logement réinjecté, par EPCI, avec les totaux et le prochain réservataire", () => {
    const b = travailBilan(sheets, S1_2024).bilan;
    if (!b) throw new Error("bilan attendu");
    const rows = b.groupes.map((g) => [
      g.libelle,
      g.lignes.map((l) => [l.reservataire, l.objectif, l.comptes, l.prochain]),
      g.total.objectif,
      g.total.comptes,
    ]);
    expect(rows).toEqual([
      // L1 went to the PREFECTURE first, then to ACTION LOGEMENT: one mise à disposition, for ACTION LOGEMENT.
      [
        "CASA",
        [
          ["ACTION LOGEMENT", 20, [1, 0, 1, 1], false],
          ["PREFECTURE", 10, [0, 0, 0, 0], true],
        ],
        30,
        [1, 0, 1, 1],
      ],
      // L3 was offered in July: outside S1.
      ["MNCA", [["PREFECTURE", 4, [1, 0, 0, 0], true]], 4, [1, 0, 0, 0]],
    ]);
    expect(b.groupes[0]?.lignes[0]?.atteinte).toBe(1 / 20);
    expect(b.groupes[0]?.lignes[0]?.tauxChute).toBe(0);
    expect(b.groupes[1]?.lignes[0]?.atteinte).toBe(1 / 4);
    expect([b.total.objectif, b.total.comptes]).toEqual([34, [2, 0, 1, 1]]);
    expect(b.parReservataire).toEqual([
      { nom: "ACTION LOGEMENT", objectif: 20, realise: 1 },
      { nom: "PREFECTURE", objectif: 14, realise: 1 },
    ]);
  });

  it("compte au bail quand la convention le choisit, et ne donne à un réservataire que ses propres lignes", () => {
    const b = travailBilan(sheets, { ...S1_2024, etape: "BAIL" }).bilan;
    expect(b?.groupes[0]?.lignes.map((l) => [l.reservataire, l.realise])).toEqual([
      ["ACTION LOGEMENT", 1],
      ["PREFECTURE", 0],
    ]);
    const own = bilanDuReservataire(travailBilan(sheets, S1_2024).bilan ?? (undefined as never), "préfecture");
    expect(own.groupes.map((g) => [g.libelle, g.lignes.map((l) => l.reservataire), g.total.objectif])).toEqual([
      ["CASA", ["PREFECTURE"], 10],
      ["MNCA", ["PREFECTURE"], 4],
    ]);
    expect(own.total.comptes).toEqual([1, 0, 0, 0]);
  });

  it("écrit la feuille « Bilan S1 2024 » avec un graphique natif objectif contre réalisé", () => {
    const w = travailBilan(sheets, S1_2024);
    const plan = w.plan;
    expect(plan?.name).toBe("Bilan S1 2024");
    const chart = plan?.charts[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", seriesBy: "Columns" });
    // The chart's source: the header row and one row per réservataire (2), three columns.
    const block = plan?.blocks.find((b) => b.cells[0]?.[0] === "Objectif et réalisé par réservataire (tous EPCI)");
    expect(chart?.source).toBe(`A${(block?.row ?? 0) + 2}:C${(block?.row ?? 0) + 4}`);
    expect(w.diagnostics.map((c) => c.code)).toEqual([]);
  });

  it("signale les réservataires du journal sans objectif et refuse un classeur sans journal", () => {
    const w = travailBilan(
      [
        { name: "Journal", values: JOURNAL },
        {
          name: "O",
          values: [
            ["Réservataire", "Objectif"],
            ["PREFECTURE", 5],
          ],
        },
      ],
      S1_2024,
    );
    expect(w.diagnostics.map((c) => c.code)).toContain("RESERVATAIRES_SANS_OBJECTIF");
    expect(w.bilan?.sansObjectif).toEqual(["ACTION LOGEMENT"]);
    expect(travailBilan([{ name: "X", values: [["a"]] }], S1_2024).diagnostics[0]?.code).toBe("JOURNAL_INTROUVABLE");
  });
});

describe("bilan annuel légal et déséquilibres", () => {
  const LOGEMENTS = [
    ["N° logement", "Commune", "Financement", "Typologie", "QPV", "Année de construction"],
    ["L1", "Antibes", "PLUS", "T3", 1, 1970],
    ["L2", "Nice", "PLAI", "T2", 2, 2010],
  ];
  const JOURNAL = [
    ["Logement", "Réservataire", "Étape", "Date"],
    ["L1", "ACTION LOGEMENT", "mise à disposition", "01/05/2023"],
    ["L1", "ACTION LOGEMENT", "attribution", "20/05/2023"],
    ["L2", "ACTION LOGEMENT", "mise à disposition", "01/06/2023"],
    ["L9", "ACTION LOGEMENT", "mise à disposition", "01/07/2023"],
  ];

  it("ventile proposés et attribués par critère légal en joignant la table des logements, et liste le logement non rapproché", () => {
    const w = travailAnnuel(
      [
        { name: "Journal", values: JOURNAL },
        { name: "Logements", values: LOGEMENTS },
      ],
      "Journal",
      2023,
      DEFAULT_REGLAGES_SUIVI,
    );
    const al = w.bilan?.reservataires[0];
    expect([al?.nom, al?.proposes, al?.attribues]).toEqual(["ACTION LOGEMENT", 3, 1]);
    const dim = (name: string): [string, number, number][] =>
      (al?.dimensions.find((x) => x.dimension === name)?.classes ?? [])
        .filter((c) => c.proposes + c.attribues > 0)
        .map((c) => [c.classe, c.proposes, c.attribues]);
    expect(dim("typologie")).toEqual([
      ["T2", 1, 0],
      ["T3", 1, 1],
      ["Non renseigné", 1, 0],
    ]);
    expect(dim("financement")).toEqual([
      ["PLAI", 1, 0],
      ["PLUS", 1, 1],
      ["Non renseigné", 1, 0],
    ]);
    expect(dim("qpv")).toEqual([
      ["En QPV", 1, 1],
      ["Hors QPV", 1, 0],
      ["Non renseigné", 1, 0],
    ]);
    // Default classes: 1970 is in 1949-1974, 2010 in 2005-2014.
    expect(dim("construction")).toEqual([
      ["1949-1974", 1, 1],
      ["2005-2014", 1, 0],
      ["Non renseigné", 1, 0],
    ]);
    expect(dim("commune")).toEqual([
      ["Antibes (06004)", 1, 1],
      ["Nice (06088)", 1, 0],
      ["Non renseigné", 1, 0],
    ]);
    expect(w.bilan?.nonRapproches).toEqual([{ logement: "L9", evenements: 1, ligne: 5 }]);
    expect(w.diagnostics.map((c) => c.code)).toEqual(["NON_RAPPROCHES", "SANS_MODELE"]);
    expect(w.parReservataire?.map((p) => p.plan.name)).toEqual(["Bilan annuel 2023"]);
  });

  it("donne la ligne du logement non rapproché dans la feuille, lignes vides comprises", () => {
    // Two blank rows before L9: it sits on line 7 of the range; L1 and L2 keep their lines.
    const avecVides = [...JOURNAL.slice(0, 4), [null, "", null, ""], ["", null, "", null], ...JOURNAL.slice(4)];
    const w = travailAnnuel(
      [
        { name: "Journal", values: avecVides },
        { name: "Logements", values: LOGEMENTS },
      ],
      "Journal",
      2023,
      DEFAULT_REGLAGES_SUIVI,
    );
    expect(w.bilan?.nonRapproches).toEqual([{ logement: "L9", evenements: 1, ligne: 7 }]);
    expect(w.bilan?.reservataires[0]?.proposes).toBe(3);
  });

  it("prend des classes de construction modifiées", () => {
    const w = travailAnnuel(
      [
        { name: "Journal", values: JOURNAL },
        { name: "Logements", values: LOGEMENTS },
      ],
      "Journal",
      2023,
      { ...DEFAULT_REGLAGES_SUIVI, bornes: [2000] },
    );
    const c = w.bilan?.reservataires[0]?.dimensions
      .find((x) => x.dimension === "construction")
      ?.classes.map((x) => [x.classe, x.proposes]);
    expect(c).toEqual([
      ["Avant 2000", 1],
      ["2000 et après", 1],
      ["Non renseigné", 1],
    ]);
  });

  it("liste à réorienter un écart de 50 points entre les T2 mis à disposition et le parc, à partir de 10 logements", () => {
    const parc: unknown[][] = [["Commune", "Typologie"]];
    for (let i = 0; i < 10; i++) parc.push(["Antibes", "T2"], ["Antibes", "T3"]);
    const journal = (n: number): unknown[][] => [
      ["Logement", "Réservataire", "Étape", "Date", "Commune", "Typologie"],
      ...Array.from({ length: n }, (_, i) => [`L${i}`, "VILLE D'ANTIBES", "MAD", "15/02/2024", "Antibes", "T2"]),
    ];
    const w = travailBilan(
      [
        { name: "Journal", values: journal(10) },
        { name: "Parc", values: parc },
      ],
      S1_2024,
    );
    expect(w.desequilibres?.map((x) => [x.reservataire, x.epci, x.dimension, x.classe, x.ecartPoints])).toEqual([
      ["VILLE D'ANTIBES", "CASA", "Typologie", "T2", 50],
      ["VILLE D'ANTIBES", "CASA", "Typologie", "T3", -50],
    ]);
    expect(
      travailBilan(
        [
          { name: "Journal", values: journal(9) },
          { name: "Parc", values: parc },
        ],
        S1_2024,
      ).desequilibres,
    ).toEqual([]);
    expect(
      travailBilan(
        [
          { name: "Journal", values: journal(10) },
          { name: "Parc", values: parc },
        ],
        { ...S1_2024, seuil: 60 },
      ).desequilibres,
    ).toEqual([]);
  });
});

describe("du calcul des objectifs au bilan", () => {
  it("relit la feuille « Objectifs » écrite par GEF et compte par EPCI", async () => {
    const { travailObjectifs } = await import("../../../src/jobs");
    const droits = [
      ["Réservataire", "Droits"],
      ["PREFECTURE", 1],
      ["ACTION LOGEMENT", 3],
    ];
    const o = travailObjectifs([{ name: "Droits", values: droits }], "Droits", {
      ...DEFAULT_REGLAGES_SUIVI,
      volume: 40,
      epci: "240600585",
    });
    // The plan as the sheet holds it once written (cells at their rows and columns).
    const grid: unknown[][] = [];
    for (const b of o.plan?.blocks ?? [])
      b.cells.forEach((row, i) => row.forEach((v, j) => ((grid[b.row + i] ??= [])[b.col + j] = v)));
    const sheet = grid.map((row) => Array.from(row, (v) => v ?? ""));
    const journal = [
      ["Logement", "Réservataire", "Étape", "Date", "EPCI"],
      ["L1", "ACTION LOGEMENT", "MAD", "03/03/2024", "CASA"],
      ["L2", "ACTION LOGEMENT", "MAD", "04/03/2024", "CASA"],
    ];
    const b = travailBilan(
      [
        { name: "Journal", values: journal },
        { name: "Objectifs", values: sheet },
      ],
      S1_2024,
    ).bilan;
    // 40 over 1 / 3 → 10 and 30; ACTION LOGEMENT made 2 of 30, the PREFECTURE 0 of 10: it is next.
    expect(
      b?.groupes.map((g) => [g.libelle, g.lignes.map((l) => [l.reservataire, l.objectif, l.realise, l.prochain])]),
    ).toEqual([
      [
        "CASA",
        [
          ["ACTION LOGEMENT", 30, 2, false],
          ["PREFECTURE", 10, 0, true],
        ],
      ],
    ]);
  });
});
