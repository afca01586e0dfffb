/**
 * Issue 24 point 8: a commune réservataire's rights given without EPCI apply to its own EPCI, not to
 * every EPCI (« VILLE DE NICE » got an objective in CAPG); a rights row may name a commune instead
 * of its EPCI. A name that designates no commune, or several, keeps today's rule, with a remark.
 */
import {
  communeByName,
  communeDuReservataire,
  computeObjectifs,
  DEFAULT_PARTS_ETAT,
  readEpci,
  type DroitsReservataire,
  type VolumeEpci,
} from "../../../src/domain";
import { DEFAULT_REGLAGES_SUIVI, travailObjectifs } from "../../../src/jobs";

const siren = (sigle: string): string => readEpci(sigle) ?? "";
const CAPG = siren("CAPG");
const MNCA = siren("MNCA");
const VOLUMES: VolumeEpci[] = [
  { siren: CAPG, libelle: "CAPG", volumeExact: 100 },
  { siren: MNCA, libelle: "MNCA", volumeExact: 100 },
];
const noms = (r: ReturnType<typeof computeObjectifs>, s: string): string[] =>
  r.epci.find((e) => e.siren === s)?.lignes.map((l) => l.nom) ?? [];

describe("réservataire commune", () => {
  it("rattache « VILLE DE NICE » sans EPCI à la MNCA seulement, et le dit", () => {
    const droits: DroitsReservataire[] = [
      { nom: "PREFECTURE", droits: 10, epci: "" },
      { nom: "ACTION LOGEMENT", droits: 20, epci: "" },
      { nom: "VILLE DE NICE", droits: 5, epci: "" },
    ];
    const r = computeObjectifs(VOLUMES, droits, DEFAULT_PARTS_ETAT);
    expect(noms(r, CAPG)).toEqual(["PREFECTURE", "ACTION LOGEMENT"]);
    expect(noms(r, MNCA)).toEqual(["PREFECTURE", "ACTION LOGEMENT", "VILLE DE NICE"]);
    // CAPG's 100 are split between the two others only: 10 / 30 and 20 / 30.
    expect(r.epci.find((e) => e.siren === CAPG)?.lignes.map((l) => l.objectif)).toEqual([33, 67]);
    const c = r.diagnostics.find((x) => x.code === "COMMUNE_RESERVATAIRE");
    expect(c?.severity).toBe("info");
    expect(c?.message).toMatch(
      /^« VILLE DE NICE » : droits sans EPCI rattachés à .*MNCA.*, l'EPCI de la commune Nice \(06088\), et non à tous les EPCI\./,
    );
  });

  it.each([
    ["Commune d'Antibes", "Antibes"],
    ["Mairie du Cannet", "Le Cannet"],
    ["VILLE DE SAINT-LAURENT-DU-VAR", "Saint-Laurent-du-Var"],
    ["Ville de la Trinité", "La Trinité"],
  ])("lit la commune de « %s » : %s", (nom, commune) => {
    const c = communeDuReservataire(nom, [CAPG, MNCA]);
    expect(c.kind === "commune" ? c.commune.code : c.kind).toBe(communeByName(commune, "06")?.code);
  });

  it("ne voit pas de commune dans « ACTION LOGEMENT » ni « VILLE »", () => {
    expect(communeDuReservataire("ACTION LOGEMENT", [CAPG]).kind).toBe("non");
    expect(communeDuReservataire("VILLE", [CAPG]).kind).toBe("non");
  });

  it("garde la règle d'aujourd'hui (tous les EPCI) pour une commune inconnue ou ambiguë, avec une remarque", () => {
    const droits: DroitsReservataire[] = [
      { nom: "ACTION LOGEMENT", droits: 20, epci: "" },
      { nom: "Ville de Xyzville", droits: 5, epci: "" },
      { nom: "Ville de Saint-Martin", droits: 5, epci: "" },
    ];
    const r = computeObjectifs(VOLUMES, droits, DEFAULT_PARTS_ETAT);
    expect(noms(r, CAPG)).toEqual(["ACTION LOGEMENT", "Ville de Xyzville", "Ville de Saint-Martin"]);
    expect(noms(r, MNCA)).toEqual(["ACTION LOGEMENT", "Ville de Xyzville", "Ville de Saint-Martin"]);
    const msgs = r.diagnostics.filter((x) => x.code === "COMMUNE_RESERVATAIRE_INCERTAINE").map((x) => x.message);
    expect(msgs[0]).toBe(
      "« Ville de Xyzville » semble une commune, mais aucune commune de ce nom n'est connue : ses droits sans EPCI valent pour tous les EPCI. " +
        "Indiquez son EPCI (sigle, nom ou SIREN) ou sa commune dans la colonne « EPCI » des droits.",
    );
    expect(msgs[1]).toMatch(
      /^« Ville de Saint-Martin » semble une commune, mais plusieurs communes portent ce nom \(Saint-Martin \(32\), Saint-Martin \(54\), /,
    );
  });

  it("lit une commune tapée dans la colonne EPCI des droits comme son EPCI", () => {
    const droits = [
      ["Réservataire", "Droits", "EPCI"],
      ["VILLE DE NICE", 1, "Nice"],
      ["PREFECTURE", 3, "MNCA"],
    ];
    const o = travailObjectifs([{ name: "Droits", values: droits }], "Droits", {
      ...DEFAULT_REGLAGES_SUIVI,
      volume: 40,
      epci: MNCA,
    });
    expect(o.result?.epci[0]?.lignes.map((l) => [l.nom, l.objectif])).toEqual([
      ["VILLE DE NICE", 10],
      ["PREFECTURE", 30],
    ]);
    expect(o.diagnostics.map((c) => c.code)).not.toContain("EPCI_INCONNU");
  });
});
