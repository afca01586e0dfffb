/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { FUNCTION_HELP } from "../../src/functions/functions-help";
import { HELP_URL, renderPane } from "../support/render-pane";

describe("FunctionsTab : onglet Fonctions", () => {
  it("liste chaque fonction de l'aide, avec son lien vers sa section et son exemple à la française", async () => {
    renderPane("Fonctions");
    // The tab is loaded on first click (React.lazy): wait for it.
    expect(await screen.findByRole("heading", { name: "Fonctions GEF" }, { timeout: 10_000 })).toBeTruthy();
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(Object.keys(FUNCTION_HELP).length);
    const link = screen.getByRole("link", { name: "GEF.ASSIETTE" });
    expect(link.getAttribute("href")).toBe(`${HELP_URL}#assiette`);
    expect(link.getAttribute("target")).toBe("_blank");
    // The seed's figures (docs/regles/assiette.md): 5 600 − 150 − 100 + 17 = 5 367.
    expect(within(items[0] as HTMLElement).getByText("=GEF.ASSIETTE(5600;150;100;17) → 5 367")).toBeTruthy();
    const flux = screen.getByRole("link", { name: "GEF.FLUX_RESERVATAIRE" }).closest("li") as HTMLElement;
    expect(within(flux).getByText(/=GEF\.FLUX_RESERVATAIRE\(268;\{2000;2760;607\}\) → 100 ; 138 ; 30/)).toBeTruthy();
    expect(screen.getByRole("link", { name: /^Aide complète/ }).getAttribute("href")).toBe(HELP_URL);
  });

  it("montre les fonctions sous l'espace de noms de la copie déployée (npm run deploy -- --espace GEFTEST)", async () => {
    // What the deployment writes into taskpane.html (scripts/deploy/assemble.cjs).
    const meta = document.createElement("meta");
    meta.name = "gef-espace";
    meta.content = "GEFTEST";
    document.head.append(meta);
    try {
      renderPane("Fonctions");
      expect(await screen.findByRole("link", { name: "GEFTEST.ASSIETTE" }, { timeout: 10_000 })).toBeTruthy();
      expect(screen.queryByRole("link", { name: "GEF.ASSIETTE" })).toBeNull();
      expect(screen.getByText("=GEFTEST.ASSIETTE(5600;150;100;17) → 5 367")).toBeTruthy();
      expect(screen.getByText(/tapez « =GEFTEST\. » dans une cellule/)).toBeTruthy();
    } finally {
      meta.remove();
    }
  });
});
