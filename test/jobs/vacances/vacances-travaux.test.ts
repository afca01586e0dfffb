import fc from "fast-check";
import { ajouterMois, isoFromSerial, partsOf, serialFromParts, type SheetRead } from "../../../src/domain";
import {
  DEFAULT_REGLAGES_SUIVI,
  brouillonCourriel,
  ficheNavette,
  preparerVacance,
  travailBilan,
  urlMailto,
} from "../../../src/jobs";

const day = (y: number, m: number, d: number): number => serialFromParts(y, m, d) ?? NaN;

describe("un mois plus tard, en arithmétique entière", () => {
  it("donne le même jour que le calendrier de JavaScript, ou le dernier jour du mois suivant", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day(1950, 1, 1), max: day(2150, 12, 31) }),
        fc.integer({ min: 0, max: 24 }),
        (s, n) => {
          const d = new Date(Date.UTC(1899, 11, 30) + s * 86_400_000);
          const y = d.getUTCFullYear();
          const m = d.getUTCMonth() + n;
          const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
          const want = new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))).toISOString().slice(0, 10);
          expect(isoFromSerial(ajouterMois(s, n))).toBe(want);
          expect(partsOf(s)).toEqual({ annee: y, mois: d.getUTCMonth() + 1, jour: d.getUTCDate() });
        },
      ),
    );
  });
});

const ENTETE = [
  "Logement",
  "Résidence",
  "NUMVOIE",
  "TYPVOIE",
  "NOMVOIE",
  "CODEPOSTAL",
  "Typologie",
  "LOYERPRINC",
  "LOYERACC",
  "Charges",
];
const entree = (ligne: unknown[]) => ({
  logement: "LGT-7",
  entete: ENTETE,
  ligne,
  miseADisposition: day(2024, 1, 31),
  dateLimite: day(2024, 2, 29),
  reservataire: "ÉTAT",
  raison: "le plus en retard",
});

describe("fiche navette et courriel", () => {
  it("écrit « non renseigné » pour ce que la table ne donne pas, jamais une supposition", () => {
    const f = ficheNavette(entree(["LGT-7", "", "", "", "", "", "T2", 400, "", 50]));
    const champ = (l: string): string | undefined => f.champs.find((c) => c.libelle === l)?.texte;
    expect([
      champ("Résidence"),
      champ("Adresse"),
      champ("DPE énergie"),
      champ("Typologie"),
      champ("Total"),
      champ("Congé reçu le"),
    ]).toEqual(["non renseigné", "non renseigné", "non renseigné", "T2", "non renseigné", "non renseigné"]);
    expect(f.plan.name).toBe("Fiche LGT-7");
    expect(f.plan.impression).toMatchObject({
      zone: `A1:B${f.plan.blocks[0]?.cells.length}`,
      lignesTitre: "1:2",
      orientation: "portrait",
      papier: "A4",
      unePage: true,
    });
  });

  it("compose l'adresse et le total du prix quand la table les donne", () => {
    const f = ficheNavette(entree(["LGT-7", "Les Pins", 12, "AV", "des Fleurs", "06600", "T2", 400, 20.5, 50]));
    const champ = (l: string): string | undefined => f.champs.find((c) => c.libelle === l)?.texte;
    expect([champ("Adresse"), champ("Total")]).toEqual(["12 AV des Fleurs, 06600", "470,50 €"]);
    const c = brouillonCourriel(entree([]), f);
    expect(c.objet).toBe("Mise à disposition du logement LGT-7 – désignation attendue au plus tard le 29/02/2024");
    expect(c.corps).toContain("- Adresse : 12 AV des Fleurs, 06600");
  });

  it("encode le mailto: (RFC 6068 : espaces, accents, « & », fins de ligne CRLF) et le tronque à 2 000 caractères", () => {
    const short = urlMailto("a@b.fr", { objet: "Logement & T3", corps: "Bonjour,\nà bientôt" });
    expect(short).toEqual({
      url: "mailto:a%40b.fr?subject=Logement%20%26%20T3&body=Bonjour%2C%0D%0A%C3%A0%20bient%C3%B4t",
      tronque: false,
    });
    const long = urlMailto("a@b.fr", {
      objet: "x",
      corps: Array.from({ length: 400 }, (_, i) => `ligne ${i} é`).join("\n"),
    });
    expect(long.tronque).toBe(true);
    expect(long.url.length).toBeLessThanOrEqual(2000);
    expect(decodeURIComponent(long.url.split("body=")[1] ?? "")).toContain("[…] (texte complet dans la fiche navette)");
  });
});

const PARC: SheetRead = {
  name: "Logements",
  values: [
    ["Logement", "EPCI", "Typologie", "Financement"],
    ...Array.from({ length: 30 }, (_, i) => [`L${i + 1}`, "CASA", i < 15 ? "T3" : "T2", "PLUS"]),
  ],
};
const OBJECTIFS: SheetRead = {
  name: "Objectifs",
  values: [
    ["EPCI", "Réservataire", "Objectif"],
    ["CASA", "ÉTAT", 100],
    ["CASA", "VILLE", 20],
  ],
};

describe("proposition et déséquilibres", () => {
  it("avertit quand le réservataire proposé a déjà reçu trop de T3 face au parc (règle des déséquilibres)", () => {
    // ÉTAT received 10 T3 in January (100 % of its mises à disposition against 50 % of the stock): +50 points.
    const journal: SheetRead = {
      name: "Journal",
      values: [
        ["Logement", "Réservataire", "Étape", "Date", "EPCI"],
        ...Array.from({ length: 10 }, (_, i) => [
          `L${i + 1}`,
          "ÉTAT",
          "Mise à disposition",
          day(2024, 1, 2 + i),
          "CASA",
        ]),
        ["L16", "VILLE", "Mise à disposition", day(2024, 1, 3), "CASA"],
      ],
    };
    const r = preparerVacance(
      [journal, PARC, OBJECTIFS],
      { logement: "L12", miseADisposition: day(2024, 3, 1) },
      { aujourdhui: day(2024, 3, 1), regles: { retourBailleurCompte: true } },
    );
    // ÉTAT 10 of 100 (10 %) against VILLE 1 of 20 (5 %): VILLE is the most behind; L12 is a T3, VILLE got a T2 only.
    expect(r.reservataire).toBe("VILLE");
    expect(r.diagnostics.filter((c) => c.code === "RESERVATAIRE_SURSERVI")).toEqual([]);
    const etat = preparerVacance(
      [journal, PARC, OBJECTIFS],
      { logement: "L12", miseADisposition: day(2024, 3, 1), reservataire: "ÉTAT", motif: "urgence" },
      { aujourdhui: day(2024, 3, 1), regles: { retourBailleurCompte: true } },
    );
    expect(etat.diagnostics.map((c) => c.message.replace(/[\u00a0\u202f]/g, " "))).toContain(
      "ÉTAT a déjà reçu 100 % de T3 dans CASA, contre 50 % dans le parc : il est déjà bien servi dans cette catégorie ; vous pouvez choisir un autre réservataire.",
    );
    expect(etat.ligne?.[7]).toBe("Choix de l'utilisateur : ÉTAT au lieu de VILLE (motif : urgence).");
  });
});

describe("délais dans le bilan d'une période", () => {
  it("ajoute par réservataire les désignations dans le délai, les retours bailleur et les jours médians", () => {
    const journal: SheetRead = {
      name: "Journal",
      values: [
        ["Logement", "Réservataire", "Étape", "Date"],
        ["L1", "ÉTAT", "Mise à disposition", day(2024, 1, 15)],
        ["L1", "ÉTAT", "Désignation", day(2024, 2, 10)],
        ["L2", "ÉTAT", "Mise à disposition", day(2024, 2, 1)],
        ["L2", "ÉTAT", "Retour bailleur", day(2024, 3, 5)],
      ],
    };
    const w = travailBilan([journal], { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "S1", annee: 2024 } });
    // L1 designated after 26 days (within 15/02); L2 not designated by 01/03, taken back: 1 of 2 within, 1 retour.
    expect(w.delais).toEqual([
      {
        reservataire: "ÉTAT",
        misesADisposition: 2,
        dansLeDelai: 1,
        jugees: 2,
        partDansLeDelai: 0.5,
        retoursBailleur: 1,
        joursDesignation: 26,
        joursBail: undefined,
      },
    ]);
    const cells = w.plan?.blocks.flatMap((b) => b.cells) ?? [];
    expect(cells).toContainEqual(["ÉTAT", 2, 1, 0.5, 1, 26, ""]);
    // The retour bailleur stays counted at the mise à disposition: 2.
    expect(w.bilan?.total.comptes[0]).toBe(2);
  });
});
