/** @jest-environment jsdom */
/**
 * « Programme neuf » in the Suivi du flux tab, on the simulated workbook: the AN 17-2768 example split
 * through the pane (docs/regles/programmes-neufs.md), the sheet's cells and checks, « Annuler », a
 * ceiling above the law blocking the writing unless « Convention signée », and the blank table.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { click, exampleBook, renderPane, settle, typeInto } from "../../support/render-pane";
import type { FakeWorkbook } from "../../../excel-sim/fake-workbook";

jest.setTimeout(60_000);

/**
 * 20 dwellings: 10 PLUS T2 in building A (floors 0 to 4), 6 PLUS T3 and 4 PLAI T3 in building B.
 * Hand count of the shares below, on 20 dwellings: the guarantors hold 20 % together (4 dwellings),
 * in proportion to their guarantees 25 / 25 / 50 % → Commune 1, Département 1, EPCI 2 (AN 17-2768);
 * Préfet 25 % → 5, Action Logement 40 % → 8; the bailleur keeps 15 % → 3, « Non réservé ».
 */
function operation(): unknown[][] {
  const rows: unknown[][] = [["Logement", "Financement", "Typologie", "Bâtiment", "Étage"]];
  for (let i = 0; i < 10; i++) rows.push([`A${i + 1}`, "PLUS", "T2", "A", Math.floor(i / 2)]);
  for (let i = 0; i < 6; i++) rows.push([`B${i + 1}`, "PLUS", "T3", "B", Math.floor(i / 2)]);
  for (let i = 0; i < 4; i++) rows.push([`B${i + 7}`, "PLAI", "T3", "B", 3 + Math.floor(i / 2)]);
  return rows;
}

function droits(prefet: number): unknown[][] {
  return [
    ["Réservataire", "Part", "Garant", "Montant garanti"],
    ["Commune", 5, "oui", 250000],
    ["Département", 5, "oui", 250000],
    ["EPCI", 10, "oui", 500000],
    ["Préfet", prefet, "non", ""],
    ["Action Logement", 40, "non", ""],
  ];
}

function book(prefet = 25): FakeWorkbook {
  const b = exampleBook();
  b.setSheet("Opération Oliviers", operation());
  b.setSheet("Parts Oliviers", droits(prefet));
  return b;
}

const section = (): HTMLElement => screen.getByRole("region", { name: "Programme neuf" });

async function choose(label: string, sheet: string): Promise<void> {
  const select = await waitFor<HTMLSelectElement>(() => {
    const el: HTMLSelectElement = within(section()).getByRole("combobox", { name: label });
    if (![...el.options].some((o) => o.value === sheet)) throw new Error("liste des feuilles pas encore lue");
    return el;
  });
  fireEvent.change(select, { target: { value: sheet } });
}

async function status(): Promise<string> {
  const bar = await waitFor(
    () => {
      const el = section().querySelector("[data-intent]");
      if (el === null) throw new Error("pas encore de résultat");
      return el;
    },
    { timeout: 20_000 },
  );
  return bar.textContent ?? "";
}

/** Rows of the sheet's split table, by réservataire: [Total (SOMME), Total au plus fort reste, Contrôle]. */
function table(grid: unknown[][]): Map<string, unknown[]> {
  const head = grid.findIndex((r) => r[0] === "Réservataire" && r[1] === "Part");
  const header = grid[head] ?? [];
  const t = header.indexOf("Total");
  const out = new Map<string, unknown[]>();
  for (const r of grid.slice(head + 1)) {
    const nom = r[0];
    if (typeof nom !== "string" || nom === "" || nom === "Total") break;
    out.set(nom, [r[t], r[t + 1], r[t + 2]]);
  }
  return out;
}

async function fill(prefet = 25): Promise<FakeWorkbook> {
  const { book: b } = renderPane("Suivi du flux", book(prefet));
  await settle();
  await screen.findByRole("region", { name: "Programme neuf" }, { timeout: 20_000 });
  typeInto("Nom de l'opération", "Oliviers");
  typeInto("Année de livraison", "2026");
  await choose("Logements de l'opération", "Opération Oliviers");
  await choose("Droits du programme", "Parts Oliviers");
  return b;
}

describe("ProgrammeSection : Programme neuf dans Suivi du flux", () => {
  afterEach(cleanup);

  it("répartit l'exemple AN 17-2768 (garants 1 / 1 / 2), écrit la feuille qui prouve ses sommes, et « Annuler » la supprime", async () => {
    const b = await fill();
    await click("Répartir");
    expect(await status()).toContain("Programme écrit");
    const values = b.grid("Programme Oliviers", "values");
    const t = table(values);
    expect(Object.fromEntries([...t].map(([nom, v]) => [nom, v[0]]))).toEqual({
      Commune: 1,
      Département: 1,
      EPCI: 2,
      Préfet: 5,
      "Action Logement": 8,
      "Non réservé": 3,
    });
    for (const [, v] of t) expect(v[1]).toBe(v[0]);
    // Column sums (SOMME) against the operation's counts: 10 PLUS T2, 6 PLUS T3, 4 PLAI T3, 20 in all.
    const sums = values.find((r) => r[0] === "Total") ?? [];
    const counts = values.find((r) => r[0] === "Logements de l'opération") ?? [];
    expect(
      sums
        .slice(2, 6)
        .map(Number)
        .sort((x, y) => x - y),
    ).toEqual([4, 6, 10, 20]);
    expect(sums.slice(2, 6)).toEqual(counts.slice(2, 6));
    const checks = values.flat().filter((c) => c === "OK" || c === "ÉCART");
    // One check per réservataire row (6) and per column: 3 categories and the total.
    expect(checks).toEqual(new Array(10).fill("OK"));
    const list = values.findIndex((r) => r[0] === "Logement" && r[5] === "Réservataire");
    const given = values.slice(list + 1, list + 21).map((r) => r[5]);
    expect(given.filter((g) => g === "EPCI")).toHaveLength(2);
    expect(given.filter((g) => g === "Commune")).toHaveLength(1);
    expect(b.charts("Programme Oliviers").map((c) => c.type)).toEqual(["ColumnStacked100"]);
    expect(within(section()).getByRole("region", { name: "Logements par réservataire" }).textContent).toContain(
      "EPCI : 2 logements",
    );

    await click("Annuler la dernière action");
    await waitFor(() => expect([...b.sheets.keys()]).not.toContain("Programme Oliviers"), { timeout: 20_000 });
  });

  it("n'écrit rien quand le préfet dépasse 30 %, sauf si « Convention signée » est cochée", async () => {
    const b = await fill(35);
    await click("Répartir");
    const text = await status();
    expect(text).toContain("Répartition non écrite");
    expect(text).toContain("cochant « Convention signée »");
    expect([...b.sheets.keys()]).not.toContain("Programme Oliviers");
    expect(within(section()).getByText(/Le préfet \(Préfet\) a .*au-delà du plafond/)).toBeTruthy();

    fireEvent.click(within(section()).getByRole("checkbox", { name: /Convention signée/ }));
    await click("Répartir");
    await waitFor(() => expect([...b.sheets.keys()]).toContain("Programme Oliviers"), { timeout: 20_000 });
    // 35 % of 20 dwellings: 7 for the préfet, the bailleur keeps 1 (5 %).
    expect(table(b.grid("Programme Oliviers", "values")).get("Préfet")?.[0]).toBe(7);
  });

  it("refuse une année de livraison qui n'en est pas une, sans rien lire ni écrire", async () => {
    const b = await fill();
    typeInto("Année de livraison", "26");
    await click("Répartir");
    expect(await status()).toContain("tapez une année sur quatre chiffres, comme 2026");
    expect([...b.sheets.keys()]).not.toContain("Programme Oliviers");
  });

  it("insère une table « Droits du programme » vierge, sans jamais remplacer celle de l'utilisateur", async () => {
    const { book: b } = renderPane("Suivi du flux", book());
    await settle();
    await screen.findByRole("region", { name: "Programme neuf" }, { timeout: 20_000 });
    await click("Insérer une table Droits du programme vierge");
    await waitFor(() => expect([...b.sheets.keys()]).toContain("Droits du programme"), { timeout: 20_000 });
    expect(b.grid("Droits du programme", "values")[2]).toEqual(["Réservataire", "Part", "Garant", "Montant garanti"]);
    await act(async () => {
      b.setSheet("Droits du programme", [
        ["Réservataire", "Part"],
        ["Ville", 20],
      ]);
      await Promise.resolve();
    });
    await click("Insérer une table Droits du programme vierge");
    await waitFor(() => expect([...b.sheets.keys()]).toContain("Droits du programme (GEF)"), { timeout: 20_000 });
    expect(b.grid("Droits du programme", "values")).toEqual([
      ["Réservataire", "Part"],
      ["Ville", 20],
    ]);
  });
});
