/**
 * One history of GEF's writes for the whole pane (issue 24, point 1): « Annuler » undoes the newest
 * write whichever tab did it, several steps go back from the newest down to the one chosen, and
 * nothing the user changed after GEF wrote it is overwritten without asking.
 */
import { DEFAULT_MODELE_SETTINGS } from "../../src/jobs";
import type { ExcelContext } from "../../src/excel/api";
import { createWorkbookActions } from "../../src/excel/office";
import { OWNED_KEY } from "../../src/excel/owned-sheets";
import { HISTORY_SIZE, UndoHistory, type StepResult } from "../../src/excel/undo-history";
import { DEFAULT_SUIVI_SETTINGS, type SuiviSettings } from "../../src/excel/suivi-actions";
import { exampleSheets } from "../../sandbox/example";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";

const S: SuiviSettings = { ...DEFAULT_SUIVI_SETTINGS, volume: "268", annee: "2024" };
const DROITS = [
  ["Réservataire", "Droits"],
  ["PREFECTURE", 2000],
  ["ACTION LOGEMENT", 2760],
  ["VILLE DE NICE", 607],
];

/** The user types `value` into `cell` of `sheet`, as in Excel. */
async function userTypes(book: FakeWorkbook, sheet: string, cell: string, value: unknown): Promise<void> {
  await book.run(async (context: ExcelContext) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
    await context.sync();
  });
}

/** Fill → Objectifs → bilan S1 on the sandbox's example, as in the issue. */
async function threeWrites() {
  const book = new FakeWorkbook(exampleSheets(), "Calcul assiette");
  const actions = createWorkbookActions(book.run);
  const sheetsBefore = [...book.sheets.keys()];
  const modeleBefore = book.grid("Calcul assiette");
  const fill = await actions.modele.fill(DEFAULT_MODELE_SETTINGS, "conserver");
  if (fill.kind !== "fait") throw new Error("remplissage attendu");
  book.active = "Calcul assiette";
  await actions.suivi.objectifs(S, true);
  await actions.suivi.bilan(S, true);
  return { book, actions, history: actions.history, sheetsBefore, modeleBefore, written: fill.written };
}

describe("historique d'annulation du volet", () => {
  it("nomme la dernière écriture, quel que soit l'onglet, et n'annule qu'elle", async () => {
    const { book, history, sheetsBefore, written } = await threeWrites();
    expect(history.entries().map((e) => [e.onglet, e.description])).toEqual([
      ["suivi", "écriture du bilan dans la feuille « Bilan S1 2024 »"],
      ["suivi", "écriture des objectifs dans la feuille « Objectifs »"],
      ["modele", `remplissage de ${written} cellules de « Calcul assiette »`],
    ]);
    const r = await history.undoTo(history.entries()[0]?.id ?? 0, "demander");
    expect(r).toMatchObject({ kind: "fait", details: ["la feuille « Bilan S1 2024 » écrite par GEF a été supprimée"] });
    expect([...book.sheets.keys()]).toEqual([...sheetsBefore, "Objectifs"]);
    expect(history.entries()).toHaveLength(2);
  });

  it("remonte plusieurs étapes : annuler le remplissage annule aussi les objectifs et le bilan qui l'ont lu", async () => {
    const { book, history, sheetsBefore, modeleBefore } = await threeWrites();
    const fill = history.entries()[2];
    const r = await history.undoTo(fill?.id ?? 0, "demander");
    expect(r.kind).toBe("fait");
    expect(r.undone.map((e) => e.onglet)).toEqual(["suivi", "suivi", "modele"]);
    expect([...book.sheets.keys()]).toEqual(sheetsBefore);
    expect(book.grid("Calcul assiette")).toEqual(modeleBefore);
    expect(history.entries()).toEqual([]);
  });

  it("demande avant de remettre une cellule du modèle que l'utilisateur a changée après le remplissage", async () => {
    const book = new FakeWorkbook(exampleSheets(), "Calcul assiette");
    const actions = createWorkbookActions(book.run);
    const modeleBefore = book.grid("Calcul assiette");
    await actions.modele.fill(DEFAULT_MODELE_SETTINGS, "conserver");
    const entry = actions.history.entries()[0];
    if (entry === undefined) throw new Error("entrée attendue");
    // The first cell the fill wrote (by rows, then columns): the user corrects it.
    const after = book.grid("Calcul assiette");
    const row = after.findIndex((r, i) => r.some((v, j) => v !== modeleBefore[i]?.[j]));
    const col = (after[row] ?? []).findIndex((v, j) => v !== modeleBefore[row]?.[j]);
    const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
    await userTypes(book, "Calcul assiette", cell, 4321);
    const filled = book.grid("Calcul assiette");
    const ask = await actions.history.undoTo(entry.id, "demander");
    expect(ask.kind).toBe("confirmation");
    if (ask.kind !== "confirmation") return;
    expect(ask.conflict.lines).toEqual([
      expect.stringMatching(new RegExp(`^${cell} : GEF avait écrit .*, elle contient 4.321$`)),
    ]);
    expect(book.grid("Calcul assiette")).toEqual(filled);
    expect(actions.history.entries()).toHaveLength(1);
    const kept = await actions.history.undoTo(entry.id, "garder");
    expect(kept.kind).toBe("fait");
    expect(book.cell("Calcul assiette", cell)?.value).toBe(4321);
    const expected = modeleBefore.map((r) => [...r]);
    (expected[row] as unknown[])[col] = 4321;
    expect(book.grid("Calcul assiette")).toEqual(expected);
  });

  it("ne supprime pas sans demander une feuille de GEF que l'utilisateur a complétée, et la garde s'il le veut", async () => {
    const book = new FakeWorkbook({ Droits: DROITS }, "Droits");
    const actions = createWorkbookActions(book.run);
    await actions.suivi.objectifs(S, true);
    await userTypes(book, "Objectifs", "H20", "mes remarques");
    const id = actions.history.entries()[0]?.id ?? 0;
    const ask = await actions.history.undoTo(id, "demander");
    expect(ask).toMatchObject({
      kind: "confirmation",
      conflict: { lines: ["H20 : GEF l'avait laissée vide, elle contient mes remarques"] },
    });
    const kept = await actions.history.undoTo(id, "garder");
    expect(kept).toMatchObject({
      kind: "fait",
      details: ["la feuille « Objectifs », modifiée par vous, est gardée telle quelle"],
    });
    expect(book.cell("Objectifs", "H20")?.value).toBe("mes remarques");
    expect(actions.history.entries()).toEqual([]);
  });

  it("annuler des objectifs réécrits rétablit la version précédente, toujours reconnue comme feuille de GEF", async () => {
    const book = new FakeWorkbook({ Droits: DROITS }, "Droits");
    const actions = createWorkbookActions(book.run);
    await actions.suivi.objectifs(S, true);
    const first = book.grid("Objectifs");
    await actions.suivi.objectifs({ ...S, volume: "10" }, true);
    expect(book.grid("Objectifs")).not.toEqual(first);
    const r = await actions.history.undoTo(actions.history.entries()[0]?.id ?? 0, "demander");
    expect(r.kind === "fait" && r.details[0]).toBe(
      "la feuille « Objectifs » écrite par GEF a été supprimée ; sa version précédente est rétablie",
    );
    expect(book.grid("Objectifs")).toEqual(first);
    // Office keeps a setting as JSON; GEF's value is itself a JSON text.
    const owned = JSON.parse(JSON.parse(book.settings.get(OWNED_KEY) ?? '"{}"') as string) as Record<string, string>;
    expect(owned.objectifs).toBe(book.sheets.get("Objectifs")?.id);
    // The first write is undone in its turn: no sheet left, and the workbook as before.
    await actions.history.undoTo(actions.history.entries()[0]?.id ?? 0, "demander");
    expect([...book.sheets.keys()]).toEqual(["Droits"]);
  });

  it("reste sous les limites d'Excel quand l'utilisateur a écrit tout au bout de la feuille de GEF", async () => {
    const book = new FakeWorkbook({ Droits: DROITS }, "Droits");
    const actions = createWorkbookActions(book.run);
    await actions.suivi.objectifs(S, true);
    await userTypes(book, "Objectifs", "XFD1048576", 1);
    const ask = await actions.history.undoTo(actions.history.entries()[0]?.id ?? 0, "demander");
    expect(ask).toMatchObject({
      kind: "confirmation",
      conflict: { lines: ["la feuille s'étend bien au-delà de ce que GEF y a écrit"] },
    });
    const { response } = book.largestPayloads();
    expect(response).toBeLessThan(5 * 1024 * 1024);
  });

  it("garde les 20 dernières actions et annule de la plus récente jusqu'à celle choisie, dans cet ordre", async () => {
    const history = new UndoHistory();
    const order: number[] = [];
    const forgotten: number[] = [];
    const step = (n: number) => (): Promise<StepResult> => {
      order.push(n);
      return Promise.resolve({
        kind: "fait",
        detail: `action ${n} annulée`,
        stats: { syncs: 1, ms: 0, cellsWritten: 0, rowsRead: 0 },
      });
    };
    for (let n = 1; n <= 25; n++) history.record("suivi", `action ${n}`, step(n), () => forgotten.push(n));
    expect(HISTORY_SIZE).toBe(20);
    expect(history.entries().map((e) => e.description)).toEqual(
      Array.from({ length: 20 }, (_, i) => `action ${25 - i}`),
    );
    expect(forgotten).toEqual([1, 2, 3, 4, 5]);
    const target = history.entries()[2]?.id ?? 0;
    const r = await history.undoTo(target, "demander");
    expect(order).toEqual([25, 24, 23]);
    expect(r).toMatchObject({
      kind: "fait",
      details: ["action 25 annulée", "action 24 annulée", "action 23 annulée"],
      stats: { syncs: 3 },
    });
    expect(history.entries()[0]?.description).toBe("action 22");
  });
});
