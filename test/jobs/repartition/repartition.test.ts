import { checkSettings, DEFAULT_REGLES, serializeRules } from "../../../src/domain";
import { REPARTITION_SETTINGS_CHECKS } from "../../../src/excel/settings";
import { makeLogementGrid } from "../../../sandbox/logement-grid";
import {
  computeRepartition,
  DEFAULT_REPARTITION_SETTINGS,
  findRepartitionSource,
  findRepartitionEpci,
  saveRepartitionSettings,
} from "../../../src/jobs";
import { EDL_EXEMPLE } from "../../support/etat-des-lieux";

// PREFECTURE: PLAI 6, PLUS 16, PLS 2; ACTION LOGEMENT: PLAI 1, PLUS 42, PLS 5.
const edl = EDL_EXEMPLE;

describe("travail « tracer les répartitions » (computeRepartition)", () => {
  it("ne trouve rien à répartir dans un classeur sans table des logements ni état des lieux", () => {
    expect(computeRepartition([{ name: "Notes", values: [["bonjour"]] }], DEFAULT_REPARTITION_SETTINGS)).toEqual({
      kind: "sans-source",
    });
  });

  it("répartit un état des lieux par financement : 7 PLAI, 58 PLUS, 7 PLS", () => {
    const plan = computeRepartition([{ name: "EDL", values: edl }], DEFAULT_REPARTITION_SETTINGS);
    if (plan.kind !== "mise-en-page") throw new Error(`mise en page attendue, reçu ${plan.kind}`);
    expect(plan.source).toBe("etat-des-lieux");
    expect(plan.repartition.repartition.parFinancement).toEqual([7, 58, 7]);
    expect(plan.layout.sheetName).toBe("Répartitions du parc");
    expect(plan.layout.charts).toHaveLength(3);
  });

  it("s'arrête sur un total faux de l'état des lieux, et trace à partir du détail quand l'utilisateur le veut", () => {
    const faux = edl.map((row) => [...row]);
    (faux[5] as unknown[])[7] = 17; // PLUS de la PREFECTURE : 16 attendu
    const stop = computeRepartition([{ name: "EDL", values: faux }], DEFAULT_REPARTITION_SETTINGS);
    expect(stop.kind).toBe("incoherences");
    if (stop.kind !== "incoherences") return;
    expect(stop.repartition.incoherences).toEqual([expect.objectContaining({ cell: "H6", expected: 16, found: 17 })]);
    const malgre = computeRepartition([{ name: "EDL", values: faux }], {
      ...DEFAULT_REPARTITION_SETTINGS,
      malgreIncoherences: true,
    });
    expect(malgre.kind).toBe("mise-en-page");
  });

  it("compte tous les logements d'une table, puis ceux d'un seul EPCI, désigné par son sigle", () => {
    const sheets = [{ name: "RPLS", values: makeLogementGrid(1200, { seed: 4, scheme: "2024" }) }];
    const all = computeRepartition(sheets, DEFAULT_REPARTITION_SETTINGS);
    if (all.kind !== "mise-en-page") throw new Error("mise en page attendue");
    expect(all.repartition.repartition.total).toBe(1200);
    const source = findRepartitionSource(sheets);
    if (!source) throw new Error("source attendue");
    const casa = findRepartitionEpci("CASA", source, DEFAULT_REPARTITION_SETTINGS);
    expect(casa).toBe("240600585");
    const one = computeRepartition(sheets, { ...DEFAULT_REPARTITION_SETTINGS, epci: casa });
    if (one.kind !== "mise-en-page") throw new Error("mise en page attendue");
    const inTable = all.repartition.epci.find((e) => e.siren === casa)?.logements;
    expect(one.repartition.repartition.total).toBe(inTable);
    expect(one.repartition.perimetre).toBe("CASA");
    expect(findRepartitionEpci("EPCI qui n'existe pas", source, DEFAULT_REPARTITION_SETTINGS)).toBeUndefined();
  });

  it("met le nom du bailleur dans les titres", () => {
    const plan = computeRepartition([{ name: "EDL", values: edl }], {
      ...DEFAULT_REPARTITION_SETTINGS,
      bailleur: " ERILIA ",
    });
    if (plan.kind !== "mise-en-page") throw new Error("mise en page attendue");
    expect(plan.layout.charts.map((c) => c.title)).toEqual([
      "Tous réservataires par financement – ERILIA",
      "Tous réservataires par plafond – ERILIA",
      "Tous réservataires par typologie – ERILIA",
    ]);
  });

  it("nomme l'EPCI choisi dans les titres des graphiques, des tableaux et de la feuille (jamais « tous EPCI »)", () => {
    const sheets = [{ name: "RPLS", values: makeLogementGrid(600, { seed: 4, scheme: "2024" }) }];
    const one = computeRepartition(sheets, { ...DEFAULT_REPARTITION_SETTINGS, epci: "240600585", bailleur: "ERILIA" });
    if (one.kind !== "mise-en-page") throw new Error("mise en page attendue");
    const titres = [
      "Tous réservataires par financement – CASA – ERILIA",
      "Tous réservataires par plafond – CASA – ERILIA",
      "Tous réservataires par typologie – CASA – ERILIA",
    ];
    expect(one.layout.charts.map((c) => c.title)).toEqual(titres);
    expect(one.layout.figures.map((f) => f.title)).toEqual(titres);
    expect(one.layout.blocks[0]?.cells[0]).toEqual(["Répartitions du parc – CASA – ERILIA"]);
    const all = computeRepartition(sheets, DEFAULT_REPARTITION_SETTINGS);
    if (all.kind !== "mise-en-page") throw new Error("mise en page attendue");
    expect(all.layout.charts.map((c) => c.title)).toEqual([
      "Tous réservataires par financement",
      "Tous réservataires par plafond",
      "Tous réservataires par typologie",
    ]);
  });
});

/** What the pane does with the setting it reads back from the workbook (src/excel/settings.ts). */
const loadRepartitionSettings = (raw: unknown) =>
  checkSettings(raw, DEFAULT_REPARTITION_SETTINGS, REPARTITION_SETTINGS_CHECKS, "Répartitions").value;

describe("réglages des répartitions gardés dans le classeur", () => {
  it("relit ce qui a été enregistré", () => {
    const settings = {
      ...DEFAULT_REPARTITION_SETTINGS,
      epci: "240600585",
      bailleur: "ERILIA",
      regles: DEFAULT_REGLES.slice(0, 3),
      autresAvecConsentement: true,
    };
    expect(loadRepartitionSettings(JSON.parse(JSON.stringify(saveRepartitionSettings(settings))))).toEqual(settings);
  });

  it("remplace par les valeurs par défaut ce qui est illisible, sans rien lever", () => {
    expect(loadRepartitionSettings(undefined)).toEqual(DEFAULT_REPARTITION_SETTINGS);
    expect(loadRepartitionSettings("texte")).toEqual(DEFAULT_REPARTITION_SETTINGS);
    const r = loadRepartitionSettings({
      bailleur: 12,
      regles: { version: 99 },
      malgreIncoherences: "oui",
      epci: "200039857",
    });
    expect(r).toEqual({ ...DEFAULT_REPARTITION_SETTINGS, epci: "200039857" });
    expect(serializeRules(r.regles)).toBe(serializeRules(DEFAULT_REGLES));
  });
});
