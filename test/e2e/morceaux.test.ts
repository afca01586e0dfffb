/**
 * What the pane loads before its first paint (dist/ of `npm run build`): the entry chunk holds the
 * Modèle DDETS tab and its actions only. The Répartitions du parc and Suivi du flux jobs, and the
 * commune table, are chunks of their own, loaded on first use (docs/architecture.md
 * « Table des communes et chargement du volet »). A static import through a barrel (src/jobs/index.ts,
 * src/domain/index.ts) would bring them back.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { DIST } from "../support/browser";

const read = (f: string): string => readFileSync(path.join(DIST, f), "utf8");

/**
 * The chunks loaded on first use: every script but the pane's entry, the functions' runtime and the sandbox.
 * Webpack may put what two lazy actions share (Suivi du flux and its Vacances section) in a chunk of its own.
 */
const lazyChunks = (): string[] =>
  readdirSync(DIST).filter((f) => f.endsWith(".js") && !["taskpane.js", "functions.js", "bac-a-sable.js"].includes(f));
const inLazyChunk = (text: string): boolean => lazyChunks().some((f) => read(f).includes(text));

describe("morceaux du volet chargés avant son premier affichage", () => {
  beforeAll(() => {
    if (!existsSync(path.join(DIST, "taskpane.js")))
      throw new Error("dist/ absent : lancez « npm run build » avant ce test");
  });

  it("laisse hors de taskpane.js les travaux des onglets chargés au premier clic", () => {
    const entry = read("taskpane.js");
    // Titles of the sheets the Répartitions and Suivi du flux jobs write (src/jobs/repartition, src/jobs/suivi).
    expect(entry).not.toContain("Tous réservataires par typologie");
    expect(entry).not.toContain("Bilan du flux");
    expect(inLazyChunk("Tous réservataires par typologie")).toBe(true);
    expect(inLazyChunk("Bilan du flux")).toBe(true);
  });

  it("laisse la table des communes dans son propre morceau", () => {
    // A stretch of the generated table (communes and EPCI codes) must not appear in the entry chunk.
    const table = read("communes-epci.js");
    expect(table.length).toBeGreaterThan(100_000);
    expect(read("taskpane.js").length).toBeLessThan(table.length * 2);
    expect(read("taskpane.js")).not.toContain(table.slice(2000, 2100));
  });
});
