import { bilan, decompter, MAP_LIMIT, readJournal } from "../../src/domain";

const H = ["Logement", "Réservataire", "Étape", "Date"];
const D = 45300;

describe("journal : les noms de réservataires (issue 25, point 3)", () => {
  it("garde distincts « 漢字 », « 日本 » et « Банк » et réunit « ACTION LOGEMENT » et « Action-Logement »", () => {
    const j = readJournal([
      H,
      ["L1", "漢字", "MAD", D],
      ["L2", "日本", "MAD", D],
      ["L3", "Банк", "MAD", D],
      ["L4", "ACTION LOGEMENT", "MAD", D],
      ["L5", "Action-Logement", "MAD", D],
      ["L6", "Action\u200bLogement", "MAD", D],
    ]);
    expect(j.ok).toBe(true);
    if (!j.ok) return;
    const b = bilan(decompter(j.value));
    expect(b.lignes.map((l) => [l.reservataire, l.misesADisposition])).toEqual([
      ["ACTION LOGEMENT", 2],
      ["Action\u200bLogement", 1],
      ["Банк", 1],
      ["日本", 1],
      ["漢字", 1],
    ]);
  });

  it("réunit un nom coupé par un caractère invisible au même nom sans lui", () => {
    const j = readJournal([H, ["L1", "Pré\u200bfecture", "MAD", D], ["L2", "PREFECTURE", "MAD", D]]);
    expect(j.ok && j.value.reservataires).toEqual(["Pré\u200bfecture"]);
  });

  it.each(["?", "-", "🏠"])("refuse la ligne d'un réservataire « %s » sans lettre ni chiffre, avec sa ligne", (nom) => {
    const j = readJournal([H, ["L1", "VILLE", "MAD", D], ["L2", nom, "MAD", D], ["L3", "?", "MAD", D]]);
    expect(j.ok).toBe(false);
    if (j.ok) return;
    expect(j.error.code).toBe("NOM_SANS_LETTRE");
    expect(j.error.message).toBe(
      `Ligne 3 du journal : le réservataire « ${nom} » n'a ni lettre ni chiffre, il ne peut être distingué d'aucun autre. ` +
        "Tapez son nom (par exemple ACTION LOGEMENT) ou supprimez la ligne.",
    );
  });
});

describe("journal : la colonne prise quand plusieurs en-têtes conviennent (issue 25, point 4)", () => {
  it("lit le réservataire dans « Réservataire » même après une colonne « Réservation » (Flux/Stock), et le dit", () => {
    const j = readJournal([
      ["Logement", "Réservation", "Réservataire", "Étape", "Date"],
      ["L1", "Flux", "VILLE", "MAD", D],
      ["L2", "Stock", "ÉTAT", "MAD", D],
    ]);
    expect(j.ok && j.value.reservataires).toEqual(["VILLE", "ÉTAT"]);
    expect(j.ok && j.value.remarques).toEqual([
      {
        severity: "info",
        code: "COLONNE_CHOISIE",
        message:
          "Journal : la colonne réservataire est lue dans « Réservataire » (colonne C), l'en-tête le plus proche de ce nom ; « Réservation » (colonne B) n'est pas lue pour elle.",
      },
    ]);
  });

  it("lit l'étape dans « Étape » même après une colonne « Type »", () => {
    const j = readJournal([
      ["Logement", "Type", "Réservataire", "Étape", "Date"],
      ["L1", "T3", "VILLE", "Attribution", D],
    ]);
    expect(j.ok && j.value.etape[0]).toBe(2);
    expect(j.ok && j.value.remarques.map((r) => r.message)).toEqual([
      "Journal : la colonne étape est lue dans « Étape » (colonne D), l'en-tête le plus proche de ce nom ; « Type » (colonne B) n'est pas lue pour elle.",
    ]);
  });

  it("avertit quand deux en-têtes identiques désignent la même colonne, en nommant les deux", () => {
    const j = readJournal([
      ["Logement", "Réservataire", "Étape", "Date", "Réservataire"],
      ["L1", "VILLE", "MAD", D, "ÉTAT"],
    ]);
    expect(j.ok && j.value.reservataires).toEqual(["VILLE"]);
    expect(j.ok && j.value.remarques).toEqual([
      {
        severity: "avertissement",
        code: "COLONNE_CHOISIE",
        message:
          "Journal : plusieurs en-têtes désignent la colonne réservataire : « Réservataire » (colonne B) est lue, « Réservataire » (colonne E) est ignorée. Renommez ou supprimez l'en-tête de trop.",
      },
    ]);
  });

  it("ne remarque rien quand chaque colonne a un seul en-tête", () => {
    const j = readJournal([H, ["L1", "VILLE", "MAD", D]]);
    expect(j.ok && j.value.remarques).toEqual([]);
  });
});

describe("journal d'un très grand nombre de réservataires (issue 25, point 8b)", () => {
  // Past MAP_LIMIT distinct names, the réservataires are grouped by one sort instead of Maps: same result.
  const n = MAP_LIMIT + 5000;
  const grid: unknown[][] = [H];
  for (let i = 0; i < n; i++) grid.push([`L${i}`, `Réservataire ${i}`, "MAD", D]);
  grid.push(
    ["M1", "RESERVATAIRE 3", "MAD", D],
    ["M2", "réservataire-70000", "MAD", D],
    ["M3", "  Réservataire 70001 ", "MAD", D],
  );

  it("réunit les graphies d'un même nom avant et après le passage au tri, et garde la première écrite", () => {
    const j = readJournal(grid);
    expect(j.ok).toBe(true);
    if (!j.ok) return;
    expect(j.value.reservataires.length).toBe(n);
    const b = bilan(decompter(j.value));
    const row = (nom: string) => b.lignes.find((l) => l.reservataire === nom)?.misesADisposition;
    expect([
      row("Réservataire 3"),
      row("Réservataire 70000"),
      row("Réservataire 70001"),
      row("Réservataire 4"),
    ]).toEqual([2, 2, 2, 1]);
    expect(b.total.misesADisposition).toBe(n + 3);
    // Display order: folded keys (« réservataire 10 » before « réservataire 2 »).
    expect(b.lignes.slice(0, 3).map((l) => l.reservataire)).toEqual([
      "Réservataire 0",
      "Réservataire 1",
      "Réservataire 10",
    ]);
  });

  it("refuse encore, avec sa ligne, un nom sans lettre ni chiffre venu après le passage au tri", () => {
    const j = readJournal([...grid, ["M4", "?", "MAD", D]]);
    expect(!j.ok && j.error.code).toBe("NOM_SANS_LETTRE");
    expect(!j.ok && j.error.message).toMatch(
      new RegExp(`^Ligne ${n + 5} du journal : le réservataire « \\? » n'a ni lettre ni chiffre`),
    );
  });
});
