/** @jest-environment jsdom */
// Issue 24 (« what the user types stays, every figure means one thing »), points 2, 3, 4 and 6, in
// the real pane on the simulated workbook: the wrong inputs, typed as a newcomer typed them.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { click, renderPane, resultMessage, settle, typeInto } from "../support/render-pane";

// The Répartitions preview reads 4 000 dwellings in jsdom: slow on a loaded machine.
jest.setTimeout(180_000);

const PRIORITAIRES = /Part de l'État pour ses candidats prioritaires/;

const field = (name: string | RegExp): HTMLInputElement => screen.getByRole<HTMLInputElement>("textbox", { name });

/** What is said under a field (its hint and its message), through aria-describedby as a screen reader reads it. */
function under(name: string | RegExp): string {
  const ids = (field(name).getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

const openTab = (name: string): void => {
  fireEvent.click(screen.getByRole("tab", { name }));
};

describe("point 2 : une lecture par sorte de saisie, la même dans chaque champ", () => {
  afterEach(cleanup);

  it("Suivi du flux : « 150 % » et « 150 » reçoivent la même réponse au seuil ; le volume n'est ni arrondi ni un pourcentage ; l'année a quatre chiffres", async () => {
    renderPane("Suivi du flux");
    await settle();
    for (const typed of ["150 %", "150"]) {
      typeInto("Seuil des déséquilibres (points)", typed);
      expect(under("Seuil des déséquilibres (points)")).toContain(
        `Seuil des déséquilibres : « ${typed} » est hors des bornes (plus de 0 et au plus 100 %).`,
      );
    }
    expect(under("Seuil des déséquilibres (points)")).toContain("« 25 » et « 25 % » valent 25 %");
    typeInto("Volume annuel saisi (facultatif)", "12,5");
    expect(under("Volume annuel saisi (facultatif)")).toContain(
      "Volume annuel saisi : « 12,5 » n'est pas un nombre entier (GEF n'arrondit pas ce que vous tapez).",
    );
    typeInto("Volume annuel saisi (facultatif)", "150 %");
    expect(under("Volume annuel saisi (facultatif)")).toContain(
      "« 150 % » est un pourcentage, pas un nombre de logements.",
    );
    for (const typed of ["20245", "99"]) {
      typeInto("Année", typed);
      expect(under("Année")).toContain(`Année de la période : « ${typed} » est hors des bornes (de 1950 à 2200).`);
    }
    typeInto("Année", "2024");
    expect(under("Année")).not.toContain("hors des bornes");
  });

  it("Modèle DDETS : « 150 % » comme part est hors des bornes (pas « illisible ») ; « 2024 », « 20245 », « 99 », « 2,5 » ne sont pas des nombres d'années", async () => {
    renderPane("Modèle DDETS");
    await settle();
    typeInto(PRIORITAIRES, "150 %");
    expect(under(PRIORITAIRES)).toContain(
      "Part de l'État pour ses candidats prioritaires : « 150 % » est hors des bornes (de 0 à 100 %).",
    );
    const cases: readonly (readonly [string, string])[] = [
      ["2024", "« 2024 » est une année, pas un nombre d'années."],
      ["20245", "« 20245 » est hors des bornes (de 1 à 50)."],
      ["99", "« 99 » est hors des bornes (de 1 à 50)."],
      ["2,5", "« 2,5 » n'est pas un nombre entier"],
      ["abc", "« abc » n'est pas un nombre d'années."],
    ];
    for (const [typed, said] of cases) {
      typeInto(/Années de mouvements/, typed);
      expect(under(/Années de mouvements/)).toContain(`Années de mouvements : ${said}`);
    }
  });
});

describe("point 3 : ce qui est tapé reste, avec son message, d'un onglet à l'autre", () => {
  afterEach(cleanup);

  it("« 30 » comme part (message rouge et case de la convention) et « abc » en années reviennent tels quels après un tour par Suivi du flux", async () => {
    renderPane("Modèle DDETS");
    await settle();
    typeInto(PRIORITAIRES, "30");
    fireEvent.blur(field(PRIORITAIRES));
    typeInto(/Années de mouvements/, "abc");
    expect(under(PRIORITAIRES)).toContain("dépasse le plafond légal de 25");
    openTab("Suivi du flux");
    await settle();
    expect(screen.queryByRole("textbox", { name: PRIORITAIRES })).toBeNull();
    openTab("Modèle DDETS");
    expect(field(PRIORITAIRES).value).toBe("30");
    expect(under(PRIORITAIRES)).toContain("dépasse le plafond légal de 25");
    expect(screen.getByRole("checkbox", { name: /Une convention signée fixe cette part/ })).toBeTruthy();
    expect(field(/Années de mouvements/).value).toBe("abc");
    expect(under(/Années de mouvements/)).toContain("« abc » n'est pas un nombre d'années");
  });

  it("« 20245 » en année du Suivi du flux reste, avec son message, après un tour par Modèle DDETS", async () => {
    renderPane("Suivi du flux");
    await settle();
    typeInto("Année", "20245");
    openTab("Modèle DDETS");
    openTab("Suivi du flux");
    expect(field("Année").value).toBe("20245");
    expect(under("Année")).toContain("« 20245 » est hors des bornes");
  });
});

describe("point 4 : un résultat n'est jamais montré comme actuel sous un nouveau refus", () => {
  afterEach(cleanup);

  it("Suivi du flux : le bilan devient « périmé » quand l'année change, puis disparaît sous le refus de « 20245 »", async () => {
    renderPane("Suivi du flux");
    await settle();
    typeInto("Année", "2024");
    await click("Aperçu du bilan");
    await resultMessage();
    expect(screen.getAllByRole("table", { name: /^Bilan S1 2024, / }).length).toBeGreaterThan(0);
    expect(screen.queryByText("Résultat périmé")).toBeNull();
    typeInto("Année", "20245");
    expect(screen.getByText("Résultat périmé")).toBeTruthy();
    expect(screen.getByText(/«\sAnnée\s» a changé depuis ce calcul/)).toBeTruthy();
    await click("Aperçu du bilan");
    const message = await resultMessage();
    expect(message.intent).toBe("refus");
    expect(message.text).toContain("« 20245 » est hors des bornes");
    expect(screen.queryAllByRole("table", { name: /^Bilan S1 2024, / })).toHaveLength(0);
    expect(screen.queryByText("Résultat périmé")).toBeNull();
  });

  it("Suivi du flux : revenir à l'année du calcul rend le résultat à nouveau actuel", async () => {
    renderPane("Suivi du flux");
    await settle();
    typeInto("Année", "2024");
    await click("Aperçu du bilan");
    await resultMessage();
    typeInto("Seuil des déséquilibres (points)", "5");
    expect(screen.getByText(/«\sSeuil des déséquilibres\s» a changé/)).toBeTruthy();
    typeInto("Seuil des déséquilibres (points)", "10");
    expect(screen.queryByText("Résultat périmé")).toBeNull();
  });

  it("Modèle DDETS : la vérification devient « périmée » quand un réglage change, et disparaît sous un refus", async () => {
    renderPane("Modèle DDETS");
    await settle();
    await click("Vérifier le modèle");
    await resultMessage();
    expect(screen.getByRole("region", { name: "Problèmes trouvés" })).toBeTruthy();
    expect(screen.queryByText("Résultat périmé")).toBeNull();
    typeInto(/Années de mouvements/, "abc");
    expect(screen.getByText(/«\sAnnées de mouvements\s» a changé depuis ce calcul/)).toBeTruthy();
    await click("Vérifier le modèle");
    const message = await resultMessage();
    expect(message.intent).toBe("refus");
    expect(screen.queryByText("Résultat périmé")).toBeNull();
    expect(screen.queryByRole("region", { name: "Problèmes trouvés" })).toBeNull();
  });

  it("Répartitions du parc : l'aperçu devient « périmé » quand le nom du bailleur change, et disparaît sous le refus d'une règle vide", async () => {
    renderPane("Répartitions du parc");
    await settle();
    await click("Aperçu");
    await resultMessage();
    expect(screen.getAllByRole("table").length).toBeGreaterThan(0);
    typeInto("Nom du bailleur (dans les titres)", "ERILIA");
    expect(screen.getByText(/«\sNom du bailleur\s» a changé depuis ce calcul/)).toBeTruthy();
    fireEvent.click(screen.getByText(/^Règles de classement des réservataires/));
    await click("Ajouter une règle");
    await click("Aperçu");
    const message = await resultMessage();
    expect(message.intent).toBe("refus");
    expect(screen.queryAllByRole("table")).toHaveLength(0);
    expect(screen.queryByText("Résultat périmé")).toBeNull();
  });
});

describe("point 6 : modèle vierge, chaque erreur sous son champ, l'année RPLS tirée d'une année valide", () => {
  afterEach(cleanup);

  it("« 20245 » comme année de convention laisse l'année RPLS, et l'erreur est sous le champ de la convention", async () => {
    renderPane("Modèle DDETS");
    await settle();
    const rpls = field("Données RPLS au 1er janvier").value;
    typeInto("Année de la convention", "20245");
    expect(field("Données RPLS au 1er janvier").value).toBe(rpls);
    // The template's own rule (2020 to 2100), the banner's sentence, quoting what was typed.
    expect(under("Année de la convention")).toContain(
      "L'année de la convention doit être une année de 2020 à 2100 (par exemple",
    );
    expect(under("Année de la convention")).toContain(": « 20245 » n'en est pas une.");
    expect(under("Données RPLS au 1er janvier")).toBe("");
    typeInto("Année de la convention", "2030");
    expect(field("Données RPLS au 1er janvier").value).toBe("2028");
    typeInto("Données RPLS au 1er janvier", "2031");
    expect(under("Données RPLS au 1er janvier")).toContain(
      "L'année des données RPLS doit être une année de 2000 à celle de la convention",
    );
    expect(under("Année de la convention")).toBe("");
  });

  it("les options du modèle vierge sont au-dessus du bouton « Insérer un modèle vierge »", async () => {
    renderPane("Modèle DDETS");
    await settle();
    const button = screen.getByRole("button", { name: "Insérer un modèle vierge" });
    for (const option of [
      field("Année de la convention"),
      field("Données RPLS au 1er janvier"),
      screen.getByRole("combobox", { name: "Département" }),
    ]) {
      expect(option.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });
});
