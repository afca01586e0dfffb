/**
 * The simulated workbook refuses what Excel refuses (each rule with the page of Microsoft's
 * documentation it follows), so that a test passing here does not fail in Excel.
 */
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import { evaluateFormula, type Scalar } from "../../excel-sim/formula";

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return "aucune erreur";
  } catch (e) {
    return String((e as { code?: string }).code);
  }
};

describe("classeur simulé : commandes mises en file jusqu'à sync (« Call Excel JavaScript APIs in a batch »)", () => {
  it("n'applique une écriture qu'à la synchronisation", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("F").getRange("A1").values = [[2]];
      expect(book.cell("F", "A1")?.value).toBe(1);
      await context.sync();
      expect(book.cell("F", "A1")?.value).toBe(2);
    });
  });

  it("signale l'erreur d'une commande à la synchronisation et garde les commandes d'avant", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    const code = await codeOf(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("F").getRange("A1").values = [[5]];
        context.workbook.worksheets.add("f");
        context.workbook.worksheets.getItem("F").getRange("A2").values = [[6]];
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
    expect(book.cell("F", "A1")?.value).toBe(5);
    expect(book.cell("F", "A2")).toBeUndefined();
  });

  it("lit une valeur écrite plus tôt dans le même lot, pas une écriture postérieure", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("F");
      ws.getRange("A1").values = [[7]];
      const before = ws.getRange("A1").load("values");
      ws.getRange("A1").values = [[8]];
      await context.sync();
      expect(before.values).toEqual([[7]]);
    });
  });
});

describe("classeur simulé : propriétés chargées (« Load properties », PropertyNotLoaded)", () => {
  it.each([
    [
      "values",
      (b: FakeWorkbook) => b.run((c) => Promise.resolve(void c.workbook.worksheets.getItem("F").getRange("A1").values)),
    ],
    [
      "values avant sync",
      (b: FakeWorkbook) =>
        b.run((c) => Promise.resolve(void c.workbook.worksheets.getItem("F").getRange("A1").load("values").values)),
    ],
    ["name", (b: FakeWorkbook) => b.run((c) => Promise.resolve(void c.workbook.worksheets.getActiveWorksheet().name))],
    [
      "font.bold",
      (b: FakeWorkbook) =>
        b.run((c) => Promise.resolve(void c.workbook.worksheets.getItem("F").getRange("A1").format.font.bold)),
    ],
    [
      "columnWidth",
      (b: FakeWorkbook) =>
        b.run((c) => Promise.resolve(void c.workbook.worksheets.getItem("F").getRange("A1").format.columnWidth)),
    ],
    [
      "isNullObject",
      (b: FakeWorkbook) =>
        b.run((c) => Promise.resolve(void c.workbook.worksheets.getItemOrNullObject("F").isNullObject)),
    ],
  ])("refuse de lire %s sans load puis sync", async (_what, act) => {
    expect(await codeOf(act(new FakeWorkbook({ F: [[1]] })))).toBe("PropertyNotLoaded");
  });

  it("refuse de lire le titre d'un graphique non chargé", async () => {
    const book = new FakeWorkbook({
      F: [
        ["a", "b"],
        ["x", 1],
      ],
    });
    const code = await codeOf(
      book.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("F");
        const chart = ws.charts.add("Pie", ws.getRange("A1:B2"), "Columns");
        chart.title.text = "Titre";
        await context.sync();
        return chart.title.text;
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
  });
});

describe("classeur simulé : limites (« Resource limits and performance optimization for Office Add-ins »)", () => {
  it("refuse une réponse de plus de 5 Mo (ResponsePayloadSizeLimitExceeded)", async () => {
    // 700 000 cells of « texte-long » are about 10 MB of JSON.
    const rows = Array.from({ length: 70_000 }, () => Array.from({ length: 10 }, () => "texte-long"));
    const book = new FakeWorkbook({ F: rows });
    const code = await codeOf(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("F").getRange("A1:J70000").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(book.syncLog.at(-1)?.response).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("refuse une requête de plus de 5 Mo sans rien écrire (RequestPayloadSizeLimitExceeded)", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    const grid = Array.from({ length: 60_000 }, () => Array.from({ length: 10 }, () => "texte-long"));
    const code = await codeOf(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("F").getRange("A1:J60000").values = grid;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(book.cell("F", "B1")).toBeUndefined();
  });

  it("refuse une lecture de plus de 5 000 000 cellules, ou rend null si Excel le fait", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    const read = (): Promise<unknown> =>
      book.run(async (context) => {
        const r = context.workbook.worksheets.getItem("F").getRangeByIndexes(0, 0, 500_001, 10).load("values");
        await context.sync();
        return r.values;
      });
    expect(await codeOf(read())).toBe("RangeExceedsLimit");
    book.model.nullAboveCellLimit = true;
    expect(await read()).toBeNull();
  });
});

describe("classeur simulé : feuilles (« Work with worksheets »)", () => {
  it("compare les noms sans la casse et refuse un doublon (ItemAlreadyExists)", async () => {
    const book = new FakeWorkbook({ Répartitions: [[1]] });
    const found = await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("RÉPARTITIONS").load("name");
      await context.sync();
      return ws.isNullObject ? undefined : ws.name;
    });
    expect(found).toBe("Répartitions");
    expect(
      await codeOf(
        book.run(async (c) => {
          c.workbook.worksheets.add("répartitions");
          await c.sync();
        }),
      ),
    ).toBe("ItemAlreadyExists");
  });

  it.each(["a".repeat(32), "Bilan 2024/2025", "Feuille [1]", "Q?", "x*", "a:b", "a\\b", "'début", ""])(
    "refuse le nom de feuille « %s »",
    async (name) => {
      const book = new FakeWorkbook({ F: [[1]] });
      expect(
        await codeOf(
          book.run(async (c) => {
            c.workbook.worksheets.add(name);
            await c.sync();
          }),
        ),
      ).toBe("InvalidArgument");
    },
  );

  it("ne supprime ni ne masque la dernière feuille visible, n'active pas une feuille masquée", async () => {
    const book = new FakeWorkbook({ A: [[1]], B: [[2]] });
    await book.run(async (c) => {
      c.workbook.worksheets.getItem("B").visibility = "VeryHidden";
      await c.sync();
    });
    expect(
      await codeOf(
        book.run(async (c) => {
          c.workbook.worksheets.getItem("A").delete();
          await c.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    expect(
      await codeOf(
        book.run(async (c) => {
          c.workbook.worksheets.getItem("A").visibility = "Hidden";
          await c.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    expect(
      await codeOf(
        book.run(async (c) => {
          c.workbook.worksheets.getItem("B").activate();
          await c.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    expect([...book.sheets.keys()]).toEqual(["A", "B"]);
  });
});

describe("classeur simulé : écritures (« Set and get range values, text, or formulas »)", () => {
  it("refuse un tableau d'une autre forme que la plage, accepte une valeur seule pour toute la plage", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    expect(
      await codeOf(
        book.run(async (c) => {
          c.workbook.worksheets.getItem("F").getRange("A1:B2").values = [[1, 2]];
          await c.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    await book.run(async (c) => {
      (c.workbook.worksheets.getItem("F").getRange("A1:B2") as unknown as { values: unknown }).values = 9;
      await c.sync();
    });
    expect(book.grid("F", "values")).toEqual([
      [9, 9],
      [9, 9],
    ]);
  });

  it("lit le texte écrit comme une saisie : formule, nombre, sauf au format texte « @ »", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    await book.run(async (c) => {
      const ws = c.workbook.worksheets.getItem("F");
      ws.getRange("A1:E1").values = [["=1+1", "-2+3", "06088", "+cmd|' /C calc'!A0", "'=texte"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["=1+1"]];
      await c.sync();
    });
    expect(book.grid("F", "values")[0]).toEqual([2, 1, 6088, "+cmd|' /C calc'!A0", "=texte"]);
    expect(book.cell("F", "A2")).toMatchObject({ value: "=1+1" });
    expect(book.cell("F", "A2")?.formula).toBeUndefined();
  });

  it("garde les réglages comme du JSON : une date revient en texte", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    await book.run(async (c) => {
      c.workbook.settings.add("k", { d: new Date(Date.UTC(2024, 0, 1)), n: 0.25 });
      await c.sync();
    });
    const v = await book.run(async (c) => {
      const s = c.workbook.settings.getItemOrNullObject("k").load("value");
      await c.sync();
      return s.value;
    });
    expect(v).toEqual({ d: "2024-01-01T00:00:00.000Z", n: 0.25 });
  });
});

describe("classeur simulé : formules calculées", () => {
  const book = new FakeWorkbook({
    F: [
      [5600, 150, 100, 17, "=A1-B1-C1+D1", 0.05, "=ROUNDDOWN(E1*F1*0.25,0)", "=ROUNDDOWN(E1*F1*0.05,0)"],
      [
        "=SUM(A1:D1)",
        '=IF(A1>5000,"grand","petit")',
        "=1/0",
        "=ROUND(2.5,0)",
        "=ROUND(-2.5,0)",
        "=Feuille2!A1*2",
        "=FOO(1)",
        '=A2&"!"',
      ],
    ],
    Feuille2: [[21]],
  });
  it("calcule l'assiette et les demandes de l'État comme le modèle DDETS (5 600 − 150 − 100 + 17 = 5 367)", () => {
    // ⌊5 367 × 5 % × 25 %⌋ = ⌊67,0875⌋ = 67 ; ⌊5 367 × 5 % × 5 %⌋ = ⌊13,4175⌋ = 13.
    expect(book.grid("F", "values")[0]?.slice(4)).toEqual([5367, 0.05, 67, 13]);
  });
  it("rend ce qu'Excel affiche : somme, SI, #DIV/0!, arrondi loin de zéro, autre feuille, #NAME?", () => {
    expect(book.grid("F", "values")[1]).toEqual([5867, "grand", "#DIV/0!", 3, -3, 42, "#NAME?", "5867!"]);
  });
  it.each<[string, Scalar]>([
    ["=ROUNDDOWN(0.1*3*10,0)", 3],
    ["=2^3%", 1.0210121257071934],
    ["=-2^2", 4],
    ['="a""b"', 'a"b'],
    ['=SUMIF(A1:A3,"x",B1:B3)', 4],
    ['=SUMIF(B1:B3,">1")', 5],
    ['=COUNTIF(A1:A3,"X")', 2],
  ])("%s vaut %p", (f, expected) => {
    // A1:B3 = x 1 / y 2 / x 3
    const cells: Scalar[][] = [
      ["x", 1],
      ["y", 2],
      ["x", 3],
    ];
    expect(evaluateFormula(f, (_s, r, c) => cells[r]?.[c] ?? null)).toEqual(expected);
  });
});
