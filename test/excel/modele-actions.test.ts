import { diagnoseModele } from "../../src/domain";
import type { ModeleSettings } from "../../src/excel/action-types";
import { createModeleActions } from "../../src/excel/modele-actions";
import { UndoHistory } from "../../src/excel/undo-history";
import { FakeWorkbook, parseA1 } from "../../excel-sim/fake-workbook";
import { exampleSheets } from "../../sandbox/example";
import { FIGURES_06, ROW, buildModele, expectedComputed, receivedModele } from "../support/ddets-modele";

const SETTINGS: ModeleSettings = {
  partPrioritaires: 0.25,
  partFonctionnaires: 0.05,
  methode: "ENTREES",
  annees: undefined,
};
const col = (i: number): string => String.fromCharCode(66 + i); // B..F
const at = (key: keyof typeof ROW, i: number): string => `${col(i)}${ROW[key] + 1}`;

/** A workbook whose active sheet holds the template given as formulas. */
function workbook(formulas: unknown[][], others: Record<string, unknown[][]> = {}): FakeWorkbook {
  return new FakeWorkbook({ Modèle: formulas, ...others }, "Modèle");
}

describe("volet : vérifier le modèle", () => {
  it("lit la feuille active en deux synchronisations et rend les diagnostics du domaine", async () => {
    const t = receivedModele();
    const book = workbook(t.formulas);
    const r = await createModeleActions(book.run).check(SETTINGS);
    expect(r.sheet).toBe("Modèle");
    expect(r.diagnostics).toEqual(diagnoseModele(t.values, t.formulas, SETTINGS));
    expect(r.stats.syncs).toBe(2);
    expect(book.runs).toEqual([2]);
  });
});

describe("volet : remplir les colonnes EPCI", () => {
  it("demande confirmation avant de remplacer les zéros saisis dans les lignes de l'État, sans rien écrire", async () => {
    const book = workbook(receivedModele().formulas);
    const before = book.grid("Modèle");
    const r = await createModeleActions(book.run).fill(SETTINGS, "demander");
    expect(r.kind).toBe("confirmation");
    if (r.kind !== "confirmation") return;
    expect(r.conflicts.map((c) => c.cell).sort()).toEqual(
      [0, 1, 2, 3, 4].flatMap((i) => [at("etatPrioritaires", i), at("etatFonctionnaires", i)]).sort(),
    );
    expect(book.grid("Modèle")).toEqual(before);
  });

  it("écrit les formules natives et garde les saisies de l'utilisateur quand il le demande", async () => {
    const book = workbook(receivedModele().formulas);
    const history = new UndoHistory();
    const actions = createModeleActions(book.run, history);
    const r = await actions.fill(SETTINGS, "conserver");
    expect(r.kind).toBe("fait");
    if (r.kind !== "fait") return;
    expect(book.cell("Modèle", at("exclusTotal", 0))?.formula).toBe(
      `=SUM(B${ROW.exclusPli + 1}:B${ROW.exclusDefense + 1})`,
    );
    expect(book.cell("Modèle", at("assiette", 0))?.formula).toMatch(/^=B13-B14-B22\+B29$/);
    expect(book.cell("Modèle", at("etatPrioritaires", 0))).toMatchObject({ value: 0 });
    expect(book.cell("Modèle", at("etatPrioritaires", 0))?.formula).toBeUndefined();
    expect(r.kept).toHaveLength(10);
    expect(r.stats.syncs).toBeLessThanOrEqual(3);
    expect(history.entries()[0]?.description).toContain("remplissage");
  });

  it("remplace après consentement, puis « Annuler » remet les cellules comme avant", async () => {
    const book = workbook(receivedModele().formulas);
    const before = book.grid("Modèle");
    const history = new UndoHistory();
    const actions = createModeleActions(book.run, history);
    const r = await actions.fill(SETTINGS, "remplacer");
    if (r.kind !== "fait") throw new Error("remplissage attendu");
    expect(book.cell("Modèle", at("etatPrioritaires", 0))?.formula).toBe(
      `=ROUNDDOWN(B${ROW.assiette + 1}*B${ROW.tauxRotation + 1}*0.25,0)`,
    );
    const u = await history.undoTo(history.entries()[0]?.id ?? 0, "demander");
    expect(u.kind === "fait" && u.details[0]).toContain("comme avant le remplissage");
    expect(book.grid("Modèle")).toEqual(before);
    expect(history.entries()).toEqual([]);
  });

  it("montre par EPCI l'assiette, le volume et les demandes de l'État calculés comme le domaine", async () => {
    const filled = buildModele({ figures: Object.values(FIGURES_06), computed: "valeurs" });
    const book = workbook(filled.formulas);
    const r = await createModeleActions(book.run).fill(SETTINGS, "remplacer");
    if (r.kind !== "fait") throw new Error("remplissage attendu");
    const capg = expectedComputed(FIGURES_06.CAPG);
    expect(r.epci[0]).toMatchObject({
      libelle: "CAPG",
      assiette: capg.assiette,
      taux: 0.05,
      prioritaires: capg.etatPrioritaires,
      fonctionnaires: capg.etatFonctionnaires,
    });
    expect(r.epci[0]?.volume).toBeCloseTo(capg.assiette * 0.05, 9);
    expect(r.diagnostics.filter((d) => d.severity === "erreur")).toEqual([]);
  });

  it("n'écrit rien si l'opération est annulée pendant le calcul", async () => {
    const book = workbook(receivedModele().formulas);
    const before = book.grid("Modèle");
    const controller = new AbortController();
    controller.abort();
    await expect(
      createModeleActions(book.run).fill(SETTINGS, "remplacer", { signal: controller.signal }),
    ).rejects.toMatchObject({ code: "ACTION_ANNULEE" });
    expect(book.grid("Modèle")).toEqual(before);
  });
});

describe("volet : insérer un modèle vierge", () => {
  it("ajoute une feuille conforme au modèle, que « Annuler » supprime", async () => {
    const book = new FakeWorkbook({ Feuil1: [["mes données"]] });
    const history = new UndoHistory();
    const actions = createModeleActions(book.run, history);
    const r = await actions.insertBlank(SETTINGS);
    expect(r.sheet).toBe("Calcul assiette");
    expect(r.stats.syncs).toBe(2);
    expect(book.active).toBe("Calcul assiette");
    const values = book.grid("Calcul assiette", "values");
    const formulas = book.grid("Calcul assiette", "formulas");
    expect(diagnoseModele(values, formulas).filter((d) => d.severity === "erreur")).toEqual([]);
    const again = await actions.insertBlank(SETTINGS);
    expect(again.sheet).toBe("Calcul assiette (2)");
    await history.undoTo(history.entries()[0]?.id ?? 0, "demander");
    expect([...book.sheets.keys()]).toEqual(["Feuil1", "Calcul assiette"]);
    expect(book.grid("Feuil1")).toEqual([["mes données"]]);
  });
});

describe("classeur simulé", () => {
  it("refuse de lire une propriété avant load et sync, comme Office", async () => {
    const book = new FakeWorkbook({ Feuil1: [[1, 2]] });
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
    });
    expect(book.syncCount).toBe(1);
  });

  it("signale une feuille absente à la synchronisation, et un objet nul sans erreur", async () => {
    const book = new FakeWorkbook({ Feuil1: [[1]] });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Absente").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Absente");
      await context.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it("garde du texte commençant par « = » comme texte sous le format @", async () => {
    const book = new FakeWorkbook({ Feuil1: [[""]] });
    await book.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Feuil1").getRange("A1");
      r.numberFormat = [["@"]];
      r.values = [['=HYPERLINK("x")']];
      await context.sync();
    });
    expect(book.cell("Feuil1", "A1")).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: "@" });
    expect(book.cell("Feuil1", "A1")?.formula).toBeUndefined();
  });
});

describe("volet : modèle d'un autre département", () => {
  it("reconnaît les colonnes EPCI du Var par leur nom ou leur SIREN et les remplit", async () => {
    const { EPCI_VAR } = await import("../support/ddets-modele");
    const headers = [
      EPCI_VAR[0]?.nom ?? "",
      EPCI_VAR[1]?.siren ?? "",
      EPCI_VAR[2]?.nom ?? "",
      EPCI_VAR[3]?.siren ?? "",
    ];
    const t = buildModele({ headers });
    const book = workbook(t.formulas);
    const actions = createModeleActions(book.run);
    const check = await actions.check(SETTINGS);
    expect(check.diagnostics.filter((d) => /EPCI/.test(d.code) && d.severity === "erreur")).toEqual([]);
    const r = await actions.fill(SETTINGS, "conserver");
    if (r.kind !== "fait") throw new Error("remplissage attendu");
    expect(r.epci.map((e) => e.siren)).toEqual(EPCI_VAR.map((e) => e.siren));
    expect(book.cell("Modèle", `E${ROW.exclusTotal + 1}`)?.formula).toBe(
      `=SUM(E${ROW.exclusPli + 1}:E${ROW.exclusDefense + 1})`,
    );
  });
});

describe("volet : le premier contrôle du bac à sable", () => {
  it("ne signale aucune cellule qui contient la bonne formule : Excel l'a calculée", async () => {
    const book = new FakeWorkbook(exampleSheets(), "Calcul assiette");
    const r = await createModeleActions(book.run).check(SETTINGS);
    const formulas = book.grid("Calcul assiette", "formulas");
    const atFormula = r.diagnostics.filter((d) => {
      const { r0, c0 } = parseA1(d.cell);
      const f = formulas[r0]?.[c0];
      return typeof f === "string" && f.startsWith("=") && /INCORRECT/.test(d.code);
    });
    expect(atFormula).toEqual([]);
    // The totals hold SUM formulas: the simulated workbook shows their sums, as Excel does.
    const values = book.grid("Calcul assiette", "values");
    const total = formulas.findIndex((row) => typeof row[1] === "string" && row[1].startsWith("=SUM("));
    const m = /^=SUM\(B(\d+):B(\d+)\)$/.exec(String(formulas[total]?.[1]));
    const sum = values
      .slice(Number(m?.[1]) - 1, Number(m?.[2]))
      .reduce((s, row) => s + (typeof row[1] === "number" ? row[1] : 0), 0);
    expect(values[total]?.[1]).toBe(sum);
  });
});
