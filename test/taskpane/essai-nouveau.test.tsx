/** @jest-environment jsdom */
// A newcomer's trial of the sandbox (issue 24, second trial): one rule, one message for the blank
// template's convention year, in its field and in the banner of « Insérer », both quoting what was
// typed; a refusal banner about a field goes once that field changes.
import { act, cleanup, screen } from "@testing-library/react";
import { click, renderPane, resultMessage, settle, typeInto } from "../support/render-pane";

jest.setTimeout(180_000);

const field = (name: string | RegExp): HTMLInputElement => screen.getByRole<HTMLInputElement>("textbox", { name });

/** What is said under a field, through aria-describedby as a screen reader reads it. */
function under(name: string | RegExp): string {
  const ids = (field(name).getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

/** The shown tab's result message, or null when none is shown. */
const shownMessage = (): string | null =>
  document.querySelector('[role="tabpanel"]:not([hidden]) [data-intent]')?.textContent ?? null;

describe("modèle vierge : l'année de la convention, une règle et un message, sous le champ et dans le bandeau", () => {
  afterEach(cleanup);

  it("« 20245 » : le champ et le bandeau disent 2020 à 2100 et citent ce qui est tapé", async () => {
    renderPane("Modèle DDETS");
    await settle();
    // The template's rule (src/domain/epci/departements.ts): a convention year from 2020 to 2100, the current year as example.
    const rule = `L'année de la convention doit être une année de 2020 à 2100 (par exemple ${new Date().getFullYear()})`;
    typeInto("Année de la convention", "20245");
    expect(under("Année de la convention")).toContain(`${rule} : « 20245 » n'en est pas une.`);
    expect(under("Année de la convention")).not.toMatch(/1950|2200/);
    await click("Insérer un modèle vierge");
    const message = await resultMessage();
    expect(message.text).toContain("Modèle vierge non inséré");
    expect(message.text).toContain(`${rule} : « 20245 » n'en est pas une.`);
  });

  it("« 2150 », une année hors de 2020 à 2100, est citée de même ; le champ vidé dit que rien n'est tapé", async () => {
    renderPane("Modèle DDETS");
    await settle();
    typeInto("Année de la convention", "2150");
    expect(under("Année de la convention")).toContain("2020 à 2100 (par exemple");
    expect(under("Année de la convention")).toContain(": « 2150 » n'en est pas une.");
    typeInto("Année de la convention", "");
    expect(under("Année de la convention")).toContain("2020 à 2100 (par exemple");
    expect(under("Année de la convention")).toContain(": rien n'est tapé.");
  });

  it("le bandeau « Modèle vierge non inséré » s'en va dès que le champ change", async () => {
    renderPane("Modèle DDETS");
    await settle();
    typeInto("Année de la convention", "20245");
    await click("Insérer un modèle vierge");
    expect((await resultMessage()).text).toContain("« 20245 »");
    await act(async () => {
      typeInto("Année de la convention", "2024");
      await Promise.resolve();
    });
    expect(shownMessage()).toBeNull();
  });
});

describe("Suivi du flux : un refus sur un champ ne survit pas au changement de ce champ", () => {
  afterEach(cleanup);

  it("« 150 » au seuil, « Aperçu du bilan » refusé, puis le champ vidé : le bandeau qui citait « 150 » s'en va", async () => {
    renderPane("Suivi du flux");
    await settle();
    typeInto("Seuil des déséquilibres (points)", "150");
    await click("Aperçu du bilan");
    const refusal = await resultMessage();
    expect(refusal.text).toContain("« 150 » est hors des bornes");
    await act(async () => {
      typeInto("Seuil des déséquilibres (points)", "");
      await Promise.resolve();
    });
    expect(under("Seuil des déséquilibres (points)")).toContain("rien n'est tapé");
    expect(shownMessage() ?? "").not.toContain("« 150 »");
  });
});
