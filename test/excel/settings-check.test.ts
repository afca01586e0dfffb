import { DEFAULT_REPARTITION_SETTINGS } from "../../src/excel/repartition-actions";
import { DEFAULT_SUIVI_SETTINGS } from "../../src/excel/suivi-actions";
import {
  REPARTITION_SETTINGS_CHECKS,
  SUIVI_SETTINGS_CHECKS,
  MODELE_SETTINGS_CHECKS,
  loadCheckedSetting,
} from "../../src/excel/settings";
import { DEFAULT_REGLES, checkSettings, type MethodeRotation } from "../../src/domain";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";

/** The template tab's defaults: the legal ceilings (CCH R.441-5-2), entries, all years. */
const MODELE = {
  partPrioritaires: 0.25,
  partFonctionnaires: 0.05,
  methode: "ENTREES" as MethodeRotation,
  annees: undefined as number | undefined,
};

describe("réglages relus dans le classeur : vérifiés champ par champ", () => {
  it("reprend les réglages par défaut, sans message, quand le classeur n'en a pas", () => {
    expect(checkSettings(undefined, MODELE, MODELE_SETTINGS_CHECKS, "Modèle DDETS")).toEqual({
      value: MODELE,
      problems: [],
    });
  });

  it("garde les champs valides et ceux qui manquent prennent leur valeur par défaut", () => {
    const r = checkSettings({ partPrioritaires: 0.2, annees: 3 }, MODELE, MODELE_SETTINGS_CHECKS, "Modèle DDETS");
    expect(r).toEqual({ value: { ...MODELE, partPrioritaires: 0.2, annees: 3 }, problems: [] });
  });

  it("remplace un champ invalide par sa valeur par défaut et le dit en français", () => {
    const r = checkSettings(
      { partPrioritaires: 25, methode: "SORTIES", annees: 0, partFonctionnaires: 0.04 },
      MODELE,
      MODELE_SETTINGS_CHECKS,
      "Modèle DDETS",
    );
    expect(r.value).toEqual({ ...MODELE, partFonctionnaires: 0.04 });
    expect(r.problems.map((p) => p.code)).toEqual(["REGLAGE_INVALIDE", "REGLAGE_INVALIDE", "REGLAGE_INVALIDE"]);
    expect(r.problems[0]?.message).toBe(
      "Le réglage « part de l'État pour ses candidats prioritaires » enregistré dans le classeur vaut « 25 », ce qui n'est pas valide " +
        "(attendu : une fraction de 0 à 1, comme 0,25) : GEF reprend la valeur par défaut, « 0,25 ».",
    );
    expect(r.problems[1]?.message).toContain("« SORTIES »");
    expect(r.problems[2]?.message).toContain("GEF reprend la valeur par défaut, rien.");
  });

  it("refuse des réglages qui ne sont pas un objet, en gardant les valeurs par défaut", () => {
    const r = checkSettings([1, 2], MODELE, MODELE_SETTINGS_CHECKS, "Modèle DDETS");
    expect(r.value).toBe(MODELE);
    expect(r.problems.map((p) => p.code)).toEqual(["REGLAGES_ILLISIBLES"]);
  });

  it("reprend les règles par défaut quand une règle enregistrée est fautive", () => {
    const r = checkSettings(
      { bailleur: "ERILIA", regles: [{ motif: "", categorie: "NON RESERVE" }] },
      DEFAULT_REPARTITION_SETTINGS,
      REPARTITION_SETTINGS_CHECKS,
      "Répartitions",
    );
    expect(r.value).toEqual({ ...DEFAULT_REPARTITION_SETTINGS, bailleur: "ERILIA", regles: DEFAULT_REGLES });
    expect(r.problems[0]?.message).toContain("les règles par défaut");
  });

  it("vérifie l'étape et la période du suivi du flux", () => {
    const r = checkSettings(
      { etape: "SIGNATURE", periode: "S2", malgreIncoherences: "oui" },
      DEFAULT_SUIVI_SETTINGS,
      SUIVI_SETTINGS_CHECKS,
      "Suivi du flux",
    );
    expect(r.value).toEqual({ ...DEFAULT_SUIVI_SETTINGS, periode: "S2" });
    expect(r.problems).toHaveLength(2);
  });

  it("lit un réglage enregistré dans un classeur, JSON illisible compris", async () => {
    const wb = new FakeWorkbook();
    await wb.run(async (context) => {
      context.workbook.settings.add("gef.test", JSON.stringify({ methode: "MOYENNE", partPrioritaires: "beaucoup" }));
      context.workbook.settings.add("gef.casse", "{pas du JSON");
      await context.sync();
    });
    const r = await wb.run((context) =>
      loadCheckedSetting(context, "gef.test", MODELE, MODELE_SETTINGS_CHECKS, "Modèle DDETS"),
    );
    expect(r.value).toEqual({ ...MODELE, methode: "MOYENNE" });
    expect(r.problems).toHaveLength(1);
    const casse = await wb.run((context) =>
      loadCheckedSetting(context, "gef.casse", MODELE, MODELE_SETTINGS_CHECKS, "Modèle DDETS"),
    );
    expect(casse.value).toBe(MODELE);
    expect(casse.problems.map((p) => p.message)).toEqual([
      "Les réglages « Modèle DDETS » enregistrés dans le classeur ne sont pas lisibles : GEF reprend les réglages par défaut.",
    ]);
  });
});
