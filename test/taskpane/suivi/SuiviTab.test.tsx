/** @jest-environment jsdom */
import { cleanup, screen, waitFor } from "@testing-library/react";
import { click, exampleBook, renderPane, resultMessage, settle, typeInto } from "../../support/render-pane";
import { FakeWorkbook } from "../../../excel-sim/fake-workbook";

jest.setTimeout(60_000);

/** The objectives written in the sheet: the column « Objectif » under the header row. */
function readObjectifsColumn(grid: unknown[][]): number[] {
  const header = grid.findIndex((r) => r[0] === "EPCI" && r[1] === "Réservataire");
  const column = grid[header]?.findIndex((c) => typeof c === "string" && /^Objectif/.test(c)) ?? -1;
  const body = grid.slice(header + 1);
  const end = body.findIndex((r) => r.every((c) => c === "" || c === null || c === undefined));
  return body.slice(0, end < 0 ? body.length : end).map((r) => Number(r[column]));
}

describe("SuiviTab : onglet Suivi du flux", () => {
  afterEach(cleanup);

  it("s'affiche en trois parties, chacune avec ses boutons", async () => {
    renderPane("Suivi du flux");
    await settle();
    for (const name of ["Objectifs par réservataire", "Bilan d'une période", "Bilan annuel légal"]) {
      expect(screen.getByRole("heading", { name })).toBeTruthy();
    }
    for (const name of [
      "Aperçu des objectifs",
      "Écrire la feuille Objectifs",
      "Aperçu du bilan",
      "Écrire le bilan de la période",
      "Écrire le bilan annuel",
    ]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
  });

  it("écrit les objectifs d'un volume saisi : leur somme est le volume (268, au plus fort reste)", async () => {
    const { book } = renderPane("Suivi du flux");
    await settle();
    typeInto("Volume annuel saisi (facultatif)", "268");
    await click("Écrire la feuille Objectifs");
    const message = await resultMessage();
    expect(message.text).toContain("Objectifs écrit");
    expect(message.text).toContain("Feuille « Objectifs »");
    const objectifs = readObjectifsColumn(book.grid("Objectifs", "values"));
    expect(objectifs.length).toBeGreaterThan(1);
    expect(objectifs.every(Number.isInteger)).toBe(true);
    expect(objectifs.reduce((a, b) => a + b, 0)).toBe(268);
    expect(screen.getByRole("table", { name: /volume 268/ })).toBeTruthy();
  });

  it("écrit des objectifs d'un volume saisi datés de l'« Année » du volet, avec la règle du volume saisi", async () => {
    const { book } = renderPane("Suivi du flux");
    await settle();
    typeInto("Volume annuel saisi (facultatif)", "268");
    typeInto("Année", "2024");
    await click("Écrire la feuille Objectifs");
    await resultMessage();
    const premiere = book.grid("Objectifs", "values").map((r) => (typeof r[0] === "string" ? r[0] : ""));
    expect(premiere[0]).toBe("Objectifs annuels par réservataire – 2024");
    expect(premiere.find((t) => t.startsWith("Règle :"))).toContain(
      "le volume annuel à attribuer (le volume saisi, arrondi au plus proche)",
    );
  });

  it("n'écrase jamais une feuille « Objectifs » de l'utilisateur : GEF écrit à côté et le dit", async () => {
    const book = exampleBook();
    book.setSheet("Objectifs", [["Mes objectifs à moi"]]);
    renderPane("Suivi du flux", book);
    await settle();
    typeInto("Volume annuel saisi (facultatif)", "268");
    await click("Écrire la feuille Objectifs");
    const message = await resultMessage();
    expect(message.text).toContain(
      "Une feuille « Objectifs » à vous existe déjà : elle n'a pas été touchée, GEF a écrit « Objectifs (GEF) » à côté.",
    );
    expect(book.grid("Objectifs", "values")).toEqual([["Mes objectifs à moi"]]);
    expect([...book.sheets.keys()]).toContain("Objectifs (GEF)");
  });

  it("écrit le bilan du S1 2024 avec son graphique natif", async () => {
    const { book } = renderPane("Suivi du flux");
    await settle();
    typeInto("Année", "2024");
    await click("Écrire le bilan de la période");
    const message = await resultMessage();
    expect(message.text).toContain("Bilan écrit");
    expect(book.charts("Bilan S1 2024").map((c) => c.type)).toEqual(["ColumnClustered"]);
    // One table per EPCI of the journal.
    expect(screen.getAllByRole("table", { name: /^Bilan S1 2024, / }).length).toBeGreaterThan(0);
  });

  it("dit sous le bilan quels jours comptes et attendu couvrent, la base de l'atteinte et des totaux, et combien de lignes en double sont ignorées", async () => {
    const sequence = [
      ["L1", "ACTION LOGEMENT", "mise à disposition", "10/01/2024"],
      ["L1", "ACTION LOGEMENT", "attribution", "10/02/2024"],
      ["L1", "ACTION LOGEMENT", "bail signé", "01/03/2024"],
    ];
    const book = new FakeWorkbook(
      {
        Journal: [["Logement", "Réservataire", "Étape", "Date"], ...sequence, ...sequence],
        Objectifs: [
          ["Réservataire", "Objectif"],
          ["ACTION LOGEMENT", 12],
        ],
      },
      "Journal",
    );
    renderPane("Suivi du flux", book);
    await settle();
    typeInto("Année", "2024");
    await click("Aperçu du bilan");
    await resultMessage();
    expect(
      screen.getByText(/^Réalisé et attendu couvrent les mêmes jours, du 01\/01\/2024 au 30\/06\/2024 \(182 jours\)/),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Taux de chute = part des logements mis à disposition du réservataire dans la période/),
    ).toBeTruthy();
    // The atteinte's basis (the year's objective, to compare with the 182 ÷ 366 of the year covered) and the totals' basis.
    expect(
      screen.getByText(
        /^Atteinte = réalisé ÷ objectif annuel : la part de l'objectif de toute l'année déjà atteinte, à comparer à la part de l'année couverte \(49,73\s%\)/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /^Les totaux comptent tous les logements, mais leur atteinte et leur écart ne portent que sur les réservataires qui ont un objectif/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /3 lignes du journal répètent une ligne précédente .* \(ligne 5 = ligne 2, ligne 6 = ligne 3, ligne 7 = ligne 4\)/,
      ),
    ).toBeTruthy();
  });

  it("refuse un volume illisible comme un réglage à corriger, sans rien écrire", async () => {
    const { book } = renderPane("Suivi du flux");
    await settle();
    const sheets = [...book.sheets.keys()];
    typeInto("Volume annuel saisi (facultatif)", "deux cents");
    await click("Écrire la feuille Objectifs");
    const message = await resultMessage();
    expect(message.intent).toBe("refus"); // a setting to fix (warning), not an Excel failure ("error")
    expect(message.text).toContain("Réglage à corriger");
    expect(message.text).toContain("deux cents");
    expect(message.text).not.toMatch(/L'opération a échoué/);
    expect([...book.sheets.keys()]).toEqual(sheets);
  });

  it("refuse une année du bilan annuel qui n'en est pas une, au lieu de prendre celle du dernier événement", async () => {
    const { book } = renderPane("Suivi du flux");
    await settle();
    const sheets = [...book.sheets.keys()];
    for (const [typed, why] of [
      ["deux mille", "n'est pas une année"],
      ["1850", "est hors des bornes (de 1950 à 2200)"],
      ["2024,5", "n'est pas une année"],
      ["20245", "est hors des bornes (de 1950 à 2200)"],
    ] as const) {
      typeInto("Année du bilan", typed);
      await click("Écrire le bilan annuel");
      const message = await resultMessage();
      expect(message.intent).toBe("refus");
      expect(message.text).toContain(
        `Année du bilan annuel : « ${typed} » ${why}. Tapez une année sur quatre chiffres, de 1950 à 2200, comme 2024.`,
      );
      expect([...book.sheets.keys()]).toEqual(sheets);
    }
  });

  it("amène le message de refus à la vue, loin sous le bouton dans un volet étroit", async () => {
    // jsdom lays nothing out and has no scrollIntoView: the test records where it is called.
    const scrolled: Element[] = [];
    const proto = Element.prototype as { scrollIntoView?: unknown };
    const original = proto.scrollIntoView;
    proto.scrollIntoView = function (this: Element): void {
      scrolled.push(this);
    };
    try {
      renderPane("Suivi du flux");
      await settle();
      typeInto("Année du bilan", "deux mille");
      await click("Écrire le bilan annuel");
      await resultMessage();
      expect(scrolled.some((e) => e.textContent?.includes("Année du bilan annuel : « deux mille »"))).toBe(true);
    } finally {
      if (original === undefined) delete proto.scrollIntoView;
      else proto.scrollIntoView = original;
    }
  });

  it("dit qu'un bilan annuel d'une année sans événement est vide, en orange et non en vert", async () => {
    const { book } = renderPane("Suivi du flux");
    await settle();
    typeInto("Année du bilan", "2019");
    await click("Écrire le bilan annuel");
    const message = await resultMessage();
    expect(message.intent).toBe("warning");
    expect(message.text).toMatch(/Bilan annuel écrit ; \d+ avertissements? à examiner ci-dessous/);
    expect(
      screen.getByText(/Aucun logement proposé ni attribué en 2019 dans le journal : le bilan est vide/),
    ).toBeTruthy();
    expect([...book.sheets.keys()]).toContain("Bilan annuel 2019");
  });

  it("garde le seuil et le nom du bailleur dans le classeur : un volet rouvert les retrouve", async () => {
    const book = exampleBook();
    renderPane("Suivi du flux", book);
    await settle();
    typeInto("Seuil des déséquilibres (points)", "15");
    typeInto("Nom du bailleur (dans les titres)", "CÔTE D'AZUR HABITAT");
    await waitFor(() => expect([...book.settings.values()].join()).toContain("CÔTE D'AZUR HABITAT"));
    cleanup();
    renderPane("Suivi du flux", book);
    const bailleur = screen.getByRole<HTMLInputElement>("textbox", { name: "Nom du bailleur (dans les titres)" });
    await waitFor(() => expect(bailleur.value).toBe("CÔTE D'AZUR HABITAT"), { timeout: 10_000 });
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Seuil des déséquilibres (points)" }).value).toBe(
      "15",
    );
  });

  it("« Annuler l'opération » interrompt le bilan annuel avant toute écriture", async () => {
    const { book, hold, release } = renderPane("Suivi du flux");
    await settle();
    const sheets = [...book.sheets.keys()];
    hold();
    await click("Écrire le bilan annuel");
    await click("Annuler l'opération");
    release();
    await waitFor(() => expect(screen.getByText("Opération annulée : rien n'a été écrit.")).toBeTruthy());
    expect([...book.sheets.keys()]).toEqual(sheets);
  });
});
