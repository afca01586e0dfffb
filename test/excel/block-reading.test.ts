/**
 * The pane's actions at real scale, on the strict simulated workbook: every sync within Office's
 * 5 MB limits, syncs = a fixed number + ⌈bytes read ÷ budget⌉, the same figures as the domain on the
 * whole table, retries in halves after a limit error, progress and cancellation between blocks, and
 * GEF's sheets told apart from the user's.
 */
import { countEpciFigures, readLogements, type Grid } from "../../src/domain";
import { EPCI_MODELE_06 } from "../../src/domain/epci/alpes-maritimes";
import type { ModeleSettings } from "../../src/excel/action-types";
import type { ExcelContext } from "../../src/excel/api";
import { BlockReader, MIN_BLOCK_ROWS, type Block } from "../../src/excel/block-reader";
import { createRepartitionActions, DEFAULT_REPARTITION_SETTINGS } from "../../src/excel/repartition-actions";
import { Meter } from "../../src/excel/meter";
import { frenchError } from "../../src/excel/office-errors";
import { createModeleActions } from "../../src/excel/modele-actions";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import { exampleModele } from "../../sandbox/example";
import { wideLogementGrid } from "../support/wide-table";

jest.setTimeout(180_000);

const SETTINGS: ModeleSettings = {
  partPrioritaires: 0.25,
  partFonctionnaires: 0.05,
  methode: "ENTREES",
  annees: undefined,
};
const BUDGET = 2 * 1024 * 1024;
const LIMIT = 5 * 1024 * 1024;

/** Patrimoine per EPCI of the template's columns, computed by the domain on the whole table. */
function expectedPatrimoine(table: Grid): (number | undefined)[] {
  const read = readLogements(table);
  if (!read.ok) throw new Error(read.error.message);
  const agg = countEpciFigures(read.table, EPCI_MODELE_06);
  return EPCI_MODELE_06.map((e) => agg.parEpci[e.siren]?.patrimoine);
}

/** The template's patrimoine row as Excel shows it after the fill. */
function patrimoineRow(book: FakeWorkbook): unknown[] {
  const row = book
    .grid("Calcul assiette", "values")
    .findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Patrimoine locatif"));
  return (book.grid("Calcul assiette", "values")[row] ?? []).slice(1, 6);
}

function expectWithinLimits(book: FakeWorkbook): void {
  expect(book.syncLog.filter((s) => s.error !== undefined)).toEqual([]);
  const { request, response } = book.largestPayloads();
  expect(request).toBeLessThanOrEqual(LIMIT);
  expect(response).toBeLessThanOrEqual(LIMIT);
}

describe.each([
  ["500 logements × 60 colonnes", 500],
  ["200 000 logements × 60 colonnes", 200_000],
])("volet à l'échelle : %s", (_label, rows) => {
  const table = wideLogementGrid(rows, 60, 11);
  const expected = expectedPatrimoine(table);
  const small = rows <= 500;

  it.each([
    ["ailleurs que sur la feuille active", "Calcul assiette"],
    ["sur la feuille active", "Logements"],
  ])("vérifie, remplit et trace avec la table %s, sous les limites d'Office", async (_where, active) => {
    const book = new FakeWorkbook({ "Calcul assiette": exampleModele(), Logements: table }, active);
    const modele = createModeleActions(book.run);

    const check = await modele.check(SETTINGS);
    // Names, then the active sheet's window (and its rest when the sheet is long).
    expect(check.stats.syncs).toBeLessThanOrEqual(3);
    if (small || active === "Calcul assiette") expect(check.stats.syncs).toBe(2);
    expect(check.stats.rowsRead).toBeLessThanOrEqual(520);

    const fill = await modele.fill(SETTINGS, "conserver");
    if (fill.kind !== "fait") throw new Error("remplissage attendu");
    expect(patrimoineRow(book)).toEqual(expected);
    expect(fill.logements?.rows).toBe(rows);
    // Names, windows, rest of the windows, template formulas, write + ⌈data ÷ budget⌉.
    expect(fill.stats.syncs).toBeLessThanOrEqual(5 + Math.ceil((fill.stats.bytesRead ?? 0) / BUDGET));
    if (small && active === "Calcul assiette") expect(fill.stats.syncs).toBe(3);

    const draw = await createRepartitionActions(book.run).draw(DEFAULT_REPARTITION_SETTINGS);
    if (draw.kind !== "trace") throw new Error("tracé attendu");
    expect(draw.repartition.epci.reduce((n, e) => n + e.logements, 0)).toBe(rows);
    // Names, windows, rest of the windows, write, GEF's sheet recorded + ⌈data ÷ budget⌉.
    expect(draw.stats.syncs).toBeLessThanOrEqual(5 + Math.ceil((draw.stats.bytesRead ?? 0) / BUDGET));
    if (small) expect(draw.stats.syncs).toBe(4);

    expectWithinLimits(book);
    // Never one sync per row: a 200 000-row table takes a few dozen at most.
    expect(book.syncCount).toBeLessThan(60);
  });
});

describe("lecture par blocs : limites et reprises", () => {
  it("relit en moitiés après un refus d'Excel (budget trop grand) et trouve les mêmes chiffres", async () => {
    const table = wideLogementGrid(60_000, 30, 5);
    const book = new FakeWorkbook({ "Calcul assiette": exampleModele(), Logements: table }, "Calcul assiette");
    const fill = await createModeleActions(book.run).fill(SETTINGS, "conserver", { budget: 64 * 1024 * 1024 });
    if (fill.kind !== "fait") throw new Error("remplissage attendu");
    expect(book.syncLog.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(patrimoineRow(book)).toEqual(expectedPatrimoine(table));
  });

  it("signale la progression par blocs et s'arrête entre deux blocs sans rien écrire", async () => {
    const book = new FakeWorkbook(
      { "Calcul assiette": exampleModele(), Logements: wideLogementGrid(20_000, 20, 3) },
      "Calcul assiette",
    );
    const before = book.grid("Calcul assiette");
    const seen: [number, number][] = [];
    const controller = new AbortController();
    const fill = createModeleActions(book.run).fill(SETTINGS, "remplacer", {
      budget: 64 * 1024,
      signal: controller.signal,
      onProgress: (done, total) => {
        seen.push([done, total]);
        if (done === 3) controller.abort();
      },
    });
    await expect(fill).rejects.toMatchObject({ code: "ACTION_ANNULEE" });
    expect(seen.map(([d]) => d)).toEqual([1, 2, 3]);
    expect(seen.every(([d, t]) => d <= t)).toBe(true);
    expect(book.grid("Calcul assiette")).toEqual(before);
  });
});

/** A context whose ranges answer as `answer` decides (null values, or a limit error), for the block reader alone. */
function stubContext(answer: (rows: number) => "ok" | "null" | "refus"): { context: ExcelContext; reads: number[] } {
  const reads: number[] = [];
  let pending: { rows: number; cols: number; target: { values?: unknown } }[] = [];
  const range = (rows: number, cols: number): unknown => {
    const target: { values?: unknown; isNullObject: boolean; rowIndex: number; columnIndex: number } = {
      isNullObject: false,
      rowIndex: 0,
      columnIndex: 0,
    };
    return Object.assign(target, {
      load: () => {
        pending.push({ rows, cols, target });
        return target;
      },
    });
  };
  const context = {
    workbook: {
      worksheets: {
        getItem: () => ({
          getRangeByIndexes: (_r: number, _c: number, rows: number, cols: number) => range(rows, cols),
        }),
      },
    },
    sync: async (): Promise<void> => {
      const batch = pending;
      pending = [];
      for (const p of batch) {
        reads.push(p.rows);
        const a = answer(p.rows);
        if (a === "refus") throw Object.assign(new Error("payload"), { code: "ResponsePayloadSizeLimitExceeded" });
        p.target.values =
          a === "null" ? null : Array.from({ length: p.rows }, () => Array.from({ length: p.cols }, () => 1));
      }
      await Promise.resolve();
    },
  } as unknown as ExcelContext;
  return { context, reads };
}

describe("lecteur par blocs", () => {
  const block = (rows: number, got: number[]): Block => ({
    sheet: "Logements",
    r0: 0,
    rows,
    c0: 0,
    cols: 4,
    props: ["values"],
    bytesPerCell: 2,
    receive: (d) => void got.push(d?.values?.length ?? 0),
  });

  it("relit en deux moitiés un bloc auquel Excel répond null, sans jamais passer null au domaine", async () => {
    const { context, reads } = stubContext((rows) => (rows > 1000 ? "null" : "ok"));
    const got: number[] = [];
    await new BlockReader(new Meter(context), undefined).run([block(4000, got)]);
    expect(got.reduce((a, b) => a + b, 0)).toBe(4000);
    expect(reads).toEqual([4000, 2000, 2000, 1000, 1000, 1000, 1000]);
    expect(Math.max(...got)).toBeLessThanOrEqual(1000);
  });

  it(`donne un message français au-dessous de ${MIN_BLOCK_ROWS} lignes par bloc`, async () => {
    const { context } = stubContext(() => "refus");
    const run = new BlockReader(new Meter(context), undefined).run([block(1000, [])]);
    await expect(run).rejects.toMatchObject({ code: "LECTURE_TROP_GROSSE" });
    await expect(
      new BlockReader(new Meter(stubContext(() => "refus").context), undefined).run([block(1000, [])]),
    ).rejects.toThrow(
      /Excel refuse de lire la feuille « Logements », même par blocs de \d+ lignes.*Supprimez les colonnes inutiles/,
    );
  });

  it("règle chaque bloc sur le poids mesuré du précédent : ⌈octets ÷ budget⌉ synchronisations, une de plus au plus", async () => {
    const { context, reads } = stubContext(() => "ok");
    const meter = new Meter(context);
    // A row [1,1,1,1] weighs 10 bytes as JSON: after the first block (sized on a guess of 2 bytes per
    // cell), a budget of 100 000 bytes holds 10 000 rows.
    await new BlockReader(meter, { budget: 100_000 }).run([block(100_000, [])]);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(reads.slice(1).every((rows) => rows <= 10_000)).toBe(true);
    expect(meter.syncs).toBeLessThanOrEqual(Math.ceil(meter.bytesRead / 100_000) + 1);
  });
});

describe("volet : feuilles de GEF et feuilles de l'utilisateur", () => {
  it("ne remplace jamais une feuille « Répartitions du parc » de l'utilisateur (autre casse), écrit à côté et le dit", async () => {
    const book = new FakeWorkbook(
      {
        "Calcul assiette": exampleModele(),
        Logements: wideLogementGrid(300, 15),
        "RÉPARTITIONS DU PARC": [["mes notes", 42]],
      },
      "Calcul assiette",
    );
    const actions = createRepartitionActions(book.run);
    const first = await actions.draw(DEFAULT_REPARTITION_SETTINGS);
    if (first.kind !== "trace") throw new Error("tracé attendu");
    expect(first.written).toMatchObject({ besideUserSheet: true, replaced: false });
    const name = first.written?.sheet ?? "";
    expect(name).toBe("Répartitions du parc (GEF)");
    expect(book.grid("RÉPARTITIONS DU PARC", "values")).toEqual([["mes notes", 42]]);
    const second = await actions.draw(DEFAULT_REPARTITION_SETTINGS);
    if (second.kind !== "trace") throw new Error("tracé attendu");
    expect(second.written).toMatchObject({ sheet: name, replaced: true });
    expect([...book.sheets.keys()].filter((n) => n.toLowerCase().startsWith("répartitions"))).toHaveLength(2);
    expect(book.charts(name)).toHaveLength(3);
  });
});

describe("erreurs d'Office en français", () => {
  it.each([
    "RequestPayloadSizeLimitExceeded",
    "ResponsePayloadSizeLimitExceeded",
    "RangeExceedsLimit",
    "ItemAlreadyExists",
    "InvalidOperation",
    "AccessDenied",
    "InvalidOperationInCellEditMode",
    "GeneralException",
    "CodeInconnu",
  ])("%s : un message qui dit quoi faire, jamais le message technique d'Excel", (code) => {
    const text = frenchError(Object.assign(new Error("The request payload size has exceeded the limit."), { code }));
    expect(text).not.toContain("payload");
    expect(text).toMatch(/(recommencez|Recommencez|Renommez|Ôtez|Validez|validez|Vérifiez|Enregistrez)/);
  });
});
