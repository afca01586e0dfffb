/** @jest-environment jsdom */
/**
 * The namespace the pane shows: the one the deployment wrote into taskpane.html, or GEF when the page
 * has none or one Excel would refuse (docs/choix.md « Espace de noms des fonctions »).
 */
import { FUNCTIONS } from "../../src/taskpane/functions-list";
import { functionsIn, inNamespace, readNamespace } from "../../src/taskpane/namespace";

function page(content: string | null): Document {
  const doc = document.implementation.createHTMLDocument("volet");
  if (content !== null) {
    const meta = doc.createElement("meta");
    meta.name = "gef-espace";
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
}

describe("espace de noms montré par le volet", () => {
  it("lit celui de la page, GEF sans balise ou avec une valeur qu'Excel refuserait", () => {
    expect(readNamespace(page("GEFTEST"))).toBe("GEFTEST");
    expect(readNamespace(page("GEF_ESSAI2"))).toBe("GEF_ESSAI2");
    expect(readNamespace(page(null))).toBe("GEF");
    for (const bad of ["", "gef", "GEF TEST", "1GEF", "G".repeat(33), "GEF.X"])
      expect([bad, readNamespace(page(bad))]).toEqual([bad, "GEF"]);
  });

  it("remplace le préfixe des fonctions, pas le nom du produit dans une phrase", () => {
    expect(inNamespace("=GEF.TAUX_CHUTE(1000;800) → 20 %", "ESSAI")).toBe("=ESSAI.TAUX_CHUTE(1000;800) → 20 %");
    expect(inNamespace("les règles par défaut de GEF. Ensuite", "ESSAI")).toBe("les règles par défaut de GEF. Ensuite");
    const list = functionsIn(FUNCTIONS, "ESSAI");
    expect(list.map((f) => f.nom)).toEqual(FUNCTIONS.map((f) => f.nom.replace(/^GEF\./, "ESSAI.")));
    expect(list.filter((f) => !f.exemple.startsWith("=ESSAI."))).toEqual([]);
    expect(functionsIn(FUNCTIONS, "GEF")).toEqual(FUNCTIONS);
  });
});
