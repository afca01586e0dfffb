import { HyperFormula } from "hyperformula";
import { assiette, floorShare } from "../../../src/domain";
import { EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import {
  diagnoseModele,
  planFill,
  writesToApply,
  type CellWrite,
  type ModeleInputValues,
  type ModeleInputs,
} from "../../../src/domain/modele";
import {
  EPCI_VAR,
  FIGURES_06,
  FIGURES_06_LIST,
  ROW,
  buildModele,
  evaluateWithHyperFormula,
  filledModele,
  insertBlankRows,
  receivedModele,
  shiftDown,
  withCell,
  type Cell,
  type EpciFigures,
  type ModeleGrids,
} from "../../support/ddets-modele";

/** The figures of one EPCI as the filler receives them from the user's tables. */
function inputsOf(f: EpciFigures): ModeleInputValues {
  const [exclusPli, exclusFtm, exclusMedicoSocial, exclusChrs, exclusEtudiants, exclusDefense] = f.exclus;
  const [soustraitsMutations, soustraitsAnru, soustraitsHorsAnru, soustraitsInsalubres, soustraitsVentes] =
    f.soustraits;
  const [specifiquesTotal, specifiquesPmr, specifiquesPlaiAdapte] = f.specifiques;
  return {
    patrimoine: f.patrimoine,
    exclusPli,
    exclusFtm,
    exclusMedicoSocial,
    exclusChrs,
    exclusEtudiants,
    exclusDefense,
    soustraitsMutations,
    soustraitsAnru,
    soustraitsHorsAnru,
    soustraitsInsalubres,
    soustraitsVentes,
    nouvelles: f.nouvelles,
    tauxRotation: f.taux,
    specifiquesTotal,
    specifiquesPmr,
    specifiquesPlaiAdapte,
  };
}

const INPUTS_06: ModeleInputs = Object.fromEntries(
  EPCI_MODELE_06.map((e, i) => [e.siren, inputsOf(FIGURES_06_LIST[i] ?? FIGURES_06.CAPG)]),
);

/** The formulas grid once the writes are applied, as Excel would hold it. */
function apply(t: ModeleGrids, writes: readonly CellWrite[]): Cell[][] {
  const grid = t.formulas.map((r) => [...r]);
  for (const w of writes) {
    const row = grid[w.row] ?? [];
    while (row.length <= w.col) row.push(null);
    row[w.col] = w.formula ?? (w.asText ? `'${String(w.value)}` : (w.value ?? null));
    grid[w.row] = row;
  }
  return grid;
}

/** What the domain says each computed row must hold. */
function domainFigures(f: EpciFigures, prio = 0.25, fonct = 0.05) {
  const exclus = f.exclus.reduce((a, b) => a + b, 0);
  const soustraits = f.soustraits.reduce((a, b) => a + b, 0);
  const r = assiette({ patrimoine: f.patrimoine, exclus, soustraits, nouvelles: f.nouvelles });
  if (!r.ok) throw new Error(r.error.message);
  return {
    exclus,
    soustraits,
    assiette: r.value,
    prioritaires: floorShare(r.value * f.taux * prio),
    fonctionnaires: floorShare(r.value * f.taux * fonct),
  };
}

describe("planFill : formules natives", () => {
  it("écrit exactement ces formules dans la colonne CAPG du modèle reçu", () => {
    const t = receivedModele();
    const plan = planFill(t.values, t.formulas);
    const b = plan.writes.filter((w) => w.col === 1).map((w) => [w.cell, w.formula, w.numberFormat]);
    expect(b).toEqual([
      ["B14", "=SUM(B16:B21)", "#,##0"],
      ["B22", "=SUM(B24:B28)", "#,##0"],
      ["B30", "=B13-B14-B22+B29", "#,##0"],
      ["B32", "=ROUNDDOWN(B30*B31*0.25,0)", "#,##0"],
      ["B33", "=ROUNDDOWN(B30*B31*0.05,0)", "#,##0"],
    ]);
    expect(plan.writes).toHaveLength(25);
    expect(plan.diagnostics).toEqual([]);
  });

  it("écrit les parts de l'État choisies en décimales dans la formule", () => {
    const t = receivedModele();
    const plan = planFill(t.values, t.formulas, { partPrioritaires: 0.2, partFonctionnaires: 0.03 });
    expect(plan.writes.filter((w) => w.cell === "C32" || w.cell === "C33").map((w) => w.formula)).toEqual([
      "=ROUNDDOWN(C30*C31*0.2,0)",
      "=ROUNDDOWN(C30*C31*0.03,0)",
    ]);
  });

  it("liste les cellules quand une ligne vide coupe les lignes « dont »", () => {
    const t = insertBlankRows(receivedModele(), [ROW.exclusChrs]);
    const plan = planFill(t.values, t.formulas);
    expect(plan.writes.find((w) => w.cell === "B14")?.formula).toBe("=SUM(B16,B17,B18,B20,B21,B22)");
    expect(plan.writes.find((w) => w.cell === "B31")?.formula).toBe("=B13-B14-B23+B30");
  });
});

describe("planFill : évalué par HyperFormula, les mêmes nombres que le domaine", () => {
  it.each([
    ["le modèle reçu", () => receivedModele(), 0],
    ["décalé de 5 lignes", () => shiftDown(receivedModele(), 5), 5],
  ] as const)("%s, parts 25 % et 5 %", (_, make, shift) => {
    const t = make();
    const plan = planFill(t.values, t.formulas, { inputs: INPUTS_06 });
    const values = evaluateWithHyperFormula(apply(t, writesToApply(plan, true)));
    FIGURES_06_LIST.forEach((f, i) => {
      const col = i + 1;
      const at = (row: number): unknown => values[row + shift]?.[col];
      const d = domainFigures(f);
      expect([
        at(ROW.exclusTotal),
        at(ROW.soustraitsTotal),
        at(ROW.assiette),
        at(ROW.etatPrioritaires),
        at(ROW.etatFonctionnaires),
      ]).toEqual([d.exclus, d.soustraits, d.assiette, d.prioritaires, d.fonctionnaires]);
    });
    // CAPG, the seed of docs/regles/assiette.md: 5 600 − 150 − 100 + 17 = 5 367; ⌊5 367 × 5 % × 25 %⌋ = 67; × 5 % → 13.
    expect([
      values[ROW.assiette + shift]?.[1],
      values[ROW.etatPrioritaires + shift]?.[1],
      values[ROW.etatFonctionnaires + shift]?.[1],
    ]).toEqual([5367, 67, 13]);
  });

  it("avec des parts fixées par la convention (20 % et 3 %)", () => {
    const t = receivedModele();
    const plan = planFill(t.values, t.formulas, { inputs: INPUTS_06, partPrioritaires: 0.2, partFonctionnaires: 0.03 });
    const values = evaluateWithHyperFormula(apply(t, writesToApply(plan, true)));
    FIGURES_06_LIST.forEach((f, i) => {
      const d = domainFigures(f, 0.2, 0.03);
      expect([values[ROW.etatPrioritaires]?.[i + 1], values[ROW.etatFonctionnaires]?.[i + 1]]).toEqual([
        d.prioritaires,
        d.fonctionnaires,
      ]);
    });
  });

  it("le modèle rempli passe ensuite le vérificateur sans erreur", () => {
    const t = receivedModele();
    const plan = planFill(t.values, t.formulas, { inputs: INPUTS_06 });
    const formulas = apply(t, writesToApply(plan, true));
    const values = evaluateWithHyperFormula(formulas);
    const list = diagnoseModele(values, formulas);
    // The identity answers were never typed in the received copy: nothing else is reported.
    expect(list.filter((d) => d.severity !== "info").map((d) => [d.code, d.cell])).toEqual(
      ["B4", "B5", "B6", "B7", "B8", "B9", "B10"].map((cell) => ["REPONSE_VIDE", cell]),
    );
  });

  it("remplit le modèle d'un autre département par SIREN", () => {
    const t = buildModele({ headers: ["MTPM", "CAPV", "DPVA", "SSB"] });
    const inputs: ModeleInputs = { "248300543": inputsOf(FIGURES_06.MNCA), "248300394": inputsOf(FIGURES_06.CARF) };
    const plan = planFill(t.values, t.formulas, { epci: EPCI_VAR, inputs });
    const values = evaluateWithHyperFormula(apply(t, writesToApply(plan, true)));
    expect(values[ROW.assiette]?.[1]).toBe(domainFigures(FIGURES_06.MNCA).assiette);
    expect(values[ROW.assiette]?.[4]).toBe(domainFigures(FIGURES_06.CARF).assiette);
    expect(values[ROW.assiette]?.[2]).toBe(0);
  });
});

describe("planFill : ne jamais écraser sans confirmation", () => {
  it("liste les zéros saisis dans les lignes de l'État du modèle reçu, et les garde sans confirmation", () => {
    const t = receivedModele();
    const plan = planFill(t.values, t.formulas);
    expect(plan.conflicts.slice(0, 2)).toEqual([
      {
        cell: "B32",
        ligne: "demandes prioritaires de l'État",
        epci: "CAPG",
        kind: "formule-a-la-place",
        current: 0,
        proposed: "=ROUNDDOWN(B30*B31*0.25,0)",
      },
      {
        cell: "C32",
        ligne: "demandes prioritaires de l'État",
        epci: "CAPL",
        kind: "formule-a-la-place",
        current: 0,
        proposed: "=ROUNDDOWN(C30*C31*0.25,0)",
      },
    ]);
    expect(plan.conflicts).toHaveLength(10);
    const kept = writesToApply(plan, false);
    expect(kept.some((w) => w.row === ROW.etatPrioritaires || w.row === ROW.etatFonctionnaires)).toBe(false);
    expect(kept).toHaveLength(15);
  });

  it("liste une valeur de l'utilisateur différente de celle des tableaux et la garde", () => {
    const t = withCell(receivedModele(), "B13", 5000);
    const plan = planFill(t.values, t.formulas, { inputs: INPUTS_06 });
    expect(plan.conflicts).toContainEqual({
      cell: "B13",
      ligne: "patrimoine locatif (RPLS)",
      epci: "CAPG",
      kind: "valeur-utilisateur",
      current: 5000,
      proposed: 5600,
    });
    const values = evaluateWithHyperFormula(apply(t, writesToApply(plan, false)));
    expect(values[ROW.patrimoine]?.[1]).toBe(5000);
    expect(values[ROW.assiette]?.[1]).toBe(5000 - 150 - 100 + 17);
  });

  it("liste une formule de l'utilisateur dans une ligne de saisie", () => {
    const t = withCell(receivedModele(), "C13", 3210, "=3000+210");
    const plan = planFill(t.values, t.formulas, { inputs: INPUTS_06 });
    expect(plan.conflicts).toContainEqual({
      cell: "C13",
      ligne: "patrimoine locatif (RPLS)",
      epci: "CAPL",
      kind: "valeur-utilisateur",
      current: "=3000+210",
      proposed: 3210,
    });
  });

  it("liste une autre formule dans une ligne calculée", () => {
    const t = withCell(filledModele("formules"), "D14", 224, "=SUM(D16:D20)+D21");
    const plan = planFill(t.values, t.formulas);
    expect(plan.writes).toEqual([
      { cell: "D14", row: ROW.exclusTotal, col: 3, formula: "=SUM(D16:D21)", numberFormat: "#,##0" },
    ]);
    expect(plan.conflicts).toEqual([
      {
        cell: "D14",
        ligne: "total des logements exclus",
        epci: "CASA",
        kind: "formule-a-la-place",
        current: "=SUM(D16:D20)+D21",
        proposed: "=SUM(D16:D21)",
      },
    ]);
  });

  it("n'écrit rien quand chaque cellule a déjà la valeur ou la formule proposée", () => {
    const t = filledModele("formules");
    const same = withCell(t, "B13", "5 600");
    const plan = planFill(same.values, same.formulas, { inputs: INPUTS_06 });
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it("tient pour identiques deux formules qui ne diffèrent que par la casse, les espaces et les $", () => {
    const t = withCell(filledModele("formules"), "B14", 150, "=sum( $B$16:$B$21 )");
    expect(planFill(t.values, t.formulas).writes).toEqual([]);
  });

  it("sans la grille des formules, tient toute cellule calculée remplie pour une valeur de l'utilisateur", () => {
    const t = filledModele("valeurs");
    const plan = planFill(t.values, undefined);
    expect(plan.conflicts).toHaveLength(25);
    expect(writesToApply(plan, false)).toEqual([]);
  });
});

describe("planFill : textes et erreurs", () => {
  it("marque comme texte une valeur qui commencerait une formule", () => {
    const t = receivedModele();
    const sirenCapg = EPCI_MODELE_06[0]?.siren ?? "";
    const plan = planFill(t.values, t.formulas, {
      inputs: {
        [sirenCapg]: { modeCalculTaux: "=entrées / parc (3 ans)", commentairesSpecifiques: "Résidence seniors" },
      },
    });
    const texts = plan.writes.filter((w) => typeof w.value === "string");
    expect(texts).toEqual([
      { cell: "B38", row: ROW.commentairesSpecifiques, col: 1, value: "Résidence seniors" },
      {
        cell: "B41",
        row: ROW.modeCalculTaux,
        col: 1,
        value: "=entrées / parc (3 ans)",
        numberFormat: "@",
        asText: true,
      },
    ]);
    const hf = HyperFormula.buildFromArray(apply(t, texts), { licenseKey: "gpl-v3" });
    expect(hf.getCellValue({ sheet: 0, row: ROW.modeCalculTaux, col: 1 })).toBe("=entrées / parc (3 ans)");
    hf.destroy();
  });

  it.each([["+33 4 93"], ["-3 ans"], ["@bailleur"]])("marque « %s » comme texte", (text) => {
    const t = receivedModele();
    const plan = planFill(t.values, t.formulas, {
      inputs: { [EPCI_MODELE_06[1]?.siren ?? ""]: { commentairesMutations: text } },
    });
    expect(plan.writes.find((w) => w.value === text)?.asText).toBe(true);
  });

  it("écrit un taux avec le format pourcentage", () => {
    const t = receivedModele();
    const plan = planFill(t.values, t.formulas, {
      inputs: { [EPCI_MODELE_06[2]?.siren ?? ""]: { tauxRotation: 0.052 } },
    });
    expect(plan.writes.find((w) => w.cell === "D31")).toEqual({
      cell: "D31",
      row: ROW.tauxRotation,
      col: 3,
      value: 0.052,
      numberFormat: "0.0%",
    });
  });

  it("refuse un nombre invalide venu des tableaux (erreur de programmation)", () => {
    const t = receivedModele();
    expect(() =>
      planFill(t.values, t.formulas, { inputs: { [EPCI_MODELE_06[0]?.siren ?? ""]: { patrimoine: Number.NaN } } }),
    ).toThrow("patrimoine");
  });

  it("dit pourquoi une partie du plan manque (colonne EPCI absente, modèle introuvable)", () => {
    const t = withCell(receivedModele(), "F12", null);
    const plan = planFill(t.values, t.formulas, { inputs: INPUTS_06 });
    expect(plan.diagnostics.map((d) => [d.code, d.cell])).toEqual([["COLONNE_EPCI_MANQUANTE", "F12"]]);
    expect(plan.writes.some((w) => w.col === 5)).toBe(false);
    expect(planFill([["rien"]], undefined).diagnostics.map((d) => d.code)).toEqual(["MODELE_INTROUVABLE"]);
  });
});
