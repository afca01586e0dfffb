/** @jest-environment jsdom */
/**
 * The « Vacances » section of the Suivi du flux tab, in jsdom on the sandbox's example (template
 * filled, objectives written), on 8 December 2026: a dwelling searched as typed (a near miss gets
 * « Vouliez-vous dire … ? »), the réservataire proposed, the mise à disposition written to the user's
 * journal with its fiche and e-mail draft; « À relancer » records a désignation of 2 candidates (warned,
 * not when DALO is ticked), and « Annuler » takes it back.
 */
import { click, renderPane, settle, typeInto } from "../support/render-pane";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import { exampleSheets } from "../../sandbox/example";
import { createModeleActions } from "../../src/excel/modele-actions";
import { createSuiviActions } from "../../src/excel/suivi-actions";
import { DEFAULT_MODELE_SETTINGS, DEFAULT_SUIVI_SETTINGS } from "../../src/jobs";

// 8 December 2026 = serial 46364 (1 January 2026 = 46023, plus 341 days); only the date is faked.
const AU = 46364;

beforeAll(() => {
  jest.useFakeTimers({
    now: new Date(2026, 11, 8, 10),
    doNotFake: [
      "setTimeout",
      "clearTimeout",
      "setInterval",
      "clearInterval",
      "setImmediate",
      "clearImmediate",
      "nextTick",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "hrtime",
      "performance",
    ],
  });
});
afterAll(() => jest.useRealTimers());
afterEach(cleanup);

async function prepared(): Promise<FakeWorkbook> {
  const book = new FakeWorkbook(exampleSheets(new Date(2026, 11, 8)), "Calcul assiette");
  await createModeleActions(book.run).fill(DEFAULT_MODELE_SETTINGS, "conserver");
  await createSuiviActions(book.run).objectifs(DEFAULT_SUIVI_SETTINGS, true);
  return book;
}

describe("volet : Vacances (section de Suivi du flux)", () => {
  it("cherche le logement, propose le réservataire, met à disposition avec fiche et courriel", async () => {
    const book = await prepared();
    renderPane("Suivi du flux", book);
    await settle();
    await click("Lire le classeur");
    await screen.findByRole("textbox", { name: /^Logement/ }, { timeout: 20_000 });
    typeInto(/^Logement/, "L00000310");
    expect(await screen.findByText(/Vouliez-vous dire « L0000010 » ou « L0000030 » ou « L0000031 »/)).toBeTruthy();
    typeInto(/^Logement/, "L000003");
    const group = await screen.findByRole("group", { name: "Logements de la table" });
    fireEvent.click(within(group).getByRole("button", { name: "L0000031" }));
    expect(
      await screen.findByText(
        /Proposé : ACTION LOGEMENT SERVICES : le plus en retard de son objectif à date dans MNCA/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/date limite de désignation le 08\/01\/2027/)).toBeTruthy();
    await click("Mettre à disposition");
    await screen.findByText(/Logement L0000031 mis à disposition de ACTION LOGEMENT SERVICES/, undefined, {
      timeout: 20_000,
    });
    const journal = book.grid("Journal", "values");
    const header = journal[0] ?? [];
    const last = journal[journal.length - 1] ?? [];
    expect(last.slice(0, 4)).toEqual(["L0000031", "ACTION LOGEMENT SERVICES", "Mise à disposition", AU]);
    expect(last[header.indexOf("Date limite")]).toBe(AU + 31);
    expect(book.pageSetup("Fiche L0000031")).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Objet" }).value).toBe(
      "Mise à disposition du logement L0000031 – désignation attendue au plus tard le 08/01/2027",
    );
    expect(screen.getByRole("link", { name: "Ouvrir dans la messagerie" }).getAttribute("href")).toMatch(
      /^mailto:\?subject=Mise%20%C3%A0%20disposition/,
    );
  }, 90_000);

  it("enregistre une désignation de 2 candidats depuis « À relancer », avertie sauf DALO, et « Annuler » la reprend", async () => {
    const book = await prepared();
    renderPane("Suivi du flux", book);
    await settle();
    await click("Lire le classeur");
    const list = await screen.findByRole("radiogroup", { name: "Vacances à relancer" }, { timeout: 20_000 });
    const first = within(list).getAllByRole("radio")[0];
    expect(first?.closest("span, div")?.textContent ?? "").toMatch(/jours de retard/);
    if (first) fireEvent.click(first);
    typeInto("Nombre de candidats", "2");
    expect(await screen.findByText(/2 candidats/)).toBeTruthy();
    expect(screen.getByText(/2 candidat\(s\) désigné\(s\), moins des trois que la CALEOL examine/)).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Ménage DALO" }));
    await waitFor(() => expect(screen.queryByText(/moins des trois que la CALEOL examine/)).toBeNull());
    const before = book.grid("Journal", "values").length;
    await click("Enregistrer l'étape");
    await screen.findByText(/« Désignation » enregistrée pour le logement/, undefined, { timeout: 20_000 });
    const journal = book.grid("Journal", "values");
    const header = journal[0] ?? [];
    const last = journal[journal.length - 1] ?? [];
    expect(journal.length).toBe(before + 1);
    expect([last[2], last[3], last[header.indexOf("Candidats")], last[header.indexOf("Commentaire")]]).toEqual([
      "Désignation",
      AU,
      2,
      "DALO",
    ]);
    await click(/^Annuler la dernière action/);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(book.grid("Journal", "values").length).toBe(before), { timeout: 20_000 });
  }, 90_000);
});
