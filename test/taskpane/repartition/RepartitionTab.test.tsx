/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { click, exampleBook, renderPane, resultMessage, settle, typeInto } from "../../support/render-pane";

jest.setTimeout(60_000);

const SHEET = "Répartitions du parc";

/** Opens the rules editor and adds a rule, left empty as the button adds it. */
async function addEmptyRule(): Promise<number> {
  fireEvent.click(screen.getByText(/^Règles de classement des réservataires/));
  const before = screen.getAllByRole("textbox", { name: /^Motif de la règle/ }).length;
  await click("Ajouter une règle");
  return before + 1;
}

describe("RepartitionTab : onglet Répartitions du parc", () => {
  afterEach(cleanup);

  it("s'affiche avec son périmètre, le nom du bailleur, les règles et ses deux boutons", async () => {
    renderPane("Répartitions du parc");
    await settle();
    expect(screen.getByRole("heading", { name: "Répartitions du parc" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Périmètre" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Nom du bailleur (dans les titres)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Aperçu" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tracer les répartitions" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("trace les répartitions des logements de l'exemple dans leur feuille, et compte chaque ligne lue ou illisible", async () => {
    const { book } = renderPane("Répartitions du parc");
    const rows = book.grid("Logements", "values").length - 1;
    await click("Tracer les répartitions");
    const message = await resultMessage();
    expect(message.text).toContain(`Répartitions tracées dans la feuille « ${SHEET} »`);
    const read = Number(
      /([\d\s\u00a0\u202f]+) logements lus dans « Logements »/.exec(message.text)?.[1]?.replace(/\D/g, ""),
    );
    const summary = screen.getByText(/lignes? illisibles?.* dans « Logements »/).textContent ?? "";
    const count = (what: RegExp): number => Number(what.exec(summary)?.[1]?.replace(/\D/g, "") ?? 0);
    const illisibles = count(/([\d\s\u00a0\u202f]+) lignes? illisibles?/);
    const nonClassees = count(/([\d\s\u00a0\u202f]+) lignes? comptées? avec une valeur non reconnue/);
    // The example's table holds 4 000 logements, a few of them made faulty on purpose: a row is
    // read or unreadable, never both; every row not counted is listed under the summary.
    expect(rows).toBe(4000);
    expect(illisibles).toBeGreaterThan(0);
    expect(read + illisibles).toBeLessThanOrEqual(rows);
    expect(read + illisibles + nonClassees).toBeGreaterThanOrEqual(rows);
    // Rows to examine: amber, and the title says how many, never green.
    expect(message.intent).toBe("warning");
    expect(message.text).toContain(`${(illisibles + nonClassees).toLocaleString("fr-FR")} lignes à examiner`);
    expect([...book.sheets.keys()]).toContain(SHEET);
    expect(book.charts(SHEET)).toHaveLength(3);
  });

  it("montre un aperçu sans rien écrire dans le classeur", async () => {
    const { book } = renderPane("Répartitions du parc");
    const sheets = [...book.sheets.keys()];
    await click("Aperçu");
    const message = await resultMessage();
    expect(message.text).toContain("Aperçu à partir de « Logements »");
    expect([...book.sheets.keys()]).toEqual(sheets);
  });

  it("refuse une règle au motif vide comme une saisie à corriger, pas comme une erreur d'Excel, sans rien lire ni écrire", async () => {
    const { book } = renderPane("Répartitions du parc");
    await settle();
    const n = await addEmptyRule();
    const motif = screen.getByRole("textbox", { name: `Motif de la règle ${n}` });
    // The field itself says what is wrong with what was typed.
    expect(motif.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getAllByText(/Le motif est vide/).length).toBeGreaterThan(0);
    const runs = book.runs.length;
    await click("Tracer les répartitions");
    const message = await resultMessage();
    expect(message.intent).toBe("refus"); // a refusal of the input (warning), not an Excel failure ("error")
    expect(message.text).toContain("Une règle de classement est incomplète");
    expect(message.text).toContain(`Règle n° ${n} : Le motif est vide`);
    expect(message.text).not.toMatch(/L'opération a échoué|Excel/);
    expect(book.runs.length).toBe(runs);
    expect([...book.sheets.keys()]).not.toContain(SHEET);
  });

  it("garde le nom du bailleur et les règles dans le classeur : un volet rouvert les retrouve", async () => {
    const book = exampleBook();
    renderPane("Répartitions du parc", book);
    await settle();
    typeInto("Nom du bailleur (dans les titres)", "ERILIA");
    const n = await addEmptyRule();
    typeInto(`Motif de la règle ${n}`, "MAIRIE DE NICE");
    await waitFor(() => expect([...book.settings.values()].join()).toContain("MAIRIE DE NICE"));
    cleanup();
    renderPane("Répartitions du parc", book);
    const bailleur = screen.getByRole<HTMLInputElement>("textbox", { name: "Nom du bailleur (dans les titres)" });
    await waitFor(() => expect(bailleur.value).toBe("ERILIA"), { timeout: 10_000 });
    const rules = screen.getByRole("list", { name: "Règles, dans l'ordre où elles sont essayées" });
    expect(within(rules).getByRole<HTMLTextAreaElement>("textbox", { name: `Motif de la règle ${n}` }).value).toBe(
      "MAIRIE DE NICE",
    );
  });

  it("« Annuler l'opération » arrête le tracé avant toute écriture", async () => {
    const { book, hold, release } = renderPane("Répartitions du parc");
    await settle();
    const sheets = [...book.sheets.keys()];
    hold();
    await click("Tracer les répartitions");
    await click("Annuler l'opération");
    release();
    await waitFor(() => expect(screen.getByText("Opération annulée : rien n'a été écrit.")).toBeTruthy());
    expect([...book.sheets.keys()]).toEqual(sheets);
  });
});
