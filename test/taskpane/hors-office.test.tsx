/** @jest-environment jsdom */
/**
 * The page shown outside Excel tells where GEF's button is, in the manifest's own words (Accueil >
 * Gestion en flux > Ouvrir GEF: the group and button that manifest.xml declares, not « Compléments »),
 * and how long a deployment takes to reach users (up to 12 hours, docs/deploiement.md).
 */
import "../support/jsdom-globals";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import * as fs from "node:fs";
import * as path from "node:path";
import { OutsideOffice } from "../../src/taskpane/OutsideOffice";

const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const label = (id: string): string =>
  new RegExp(`<bt:String id="${id}" DefaultValue="([^"]*)"`).exec(manifest)?.[1] ?? "";

describe("volet ouvert hors d'Excel", () => {
  it("dit où est le bouton (Accueil, groupe et bouton du manifeste) et le délai d'un déploiement", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OutsideOffice reason="office-absent" helpUrl="https://complements.exemple.fr/gef/help.html" />
      </FluentProvider>,
    );
    const text = screen.getByText(/onglet Accueil/).textContent ?? "";
    expect(label("Group.Label")).toBe("Gestion en flux");
    expect(text).toContain(
      `onglet Accueil, groupe « ${label("Group.Label")} » : cliquez sur « ${label("TaskpaneButton.Label")} »`,
    );
    expect(text).not.toContain("Compléments");
    expect(text).toContain("jusqu'à 12 heures après son déploiement");
  });
});
