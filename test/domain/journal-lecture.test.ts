/**
 * Issue 25, point 9: the journal reader's small defects, each with the input of the issue.
 */
import { ECHO_MAX, cleLogement, readJournal, serialFromParts, suiviMessage } from "../../src/domain";

const HEADER = ["Logement", "Réservataire", "Étape", "Date"];
const day = (y: number, m: number, d: number): number => serialFromParts(y, m, d) ?? NaN;

describe("lecture du journal (issue 25, point 9)", () => {
  it("rapproche un identifiant suivi d'une espace insécable de celui qui n'en a pas, des deux côtés", () => {
    const j = readJournal([
      HEADER,
      ["L1\u00a0", "ÉTAT", "mise à disposition", day(2024, 1, 10)],
      ["L1", "ÉTAT", "attribution", day(2024, 2, 1)],
      ["\u202fL1\u200b", "ÉTAT", "bail signé", day(2024, 3, 1)],
    ]);
    if (!j.ok) throw new Error(j.error.message);
    expect(j.value.logements).toEqual(["L1"]);
    // The dwelling table's key is read alike.
    expect(cleLogement("l1\u00a0")).toBe(cleLogement("L1"));
  });

  it("trouve l'en-tête en ligne 50, sous un titre, et compte les lignes depuis le haut de la plage", () => {
    const grid: unknown[][] = [
      ["Journal des mises à disposition 2024"],
      ...Array.from({ length: 48 }, () => []),
      HEADER,
      ["L1", "ÉTAT", "mise à disposition", day(2024, 1, 10)],
      ["L2", "ÉTAT", "étape inconnue", day(2024, 1, 11)],
    ];
    const j = readJournal(grid);
    expect(j.ok).toBe(false);
    if (j.ok) return;
    // The faulty event is on row 52 of the sheet: header on row 50, then two events.
    expect(j.error.message).toMatch(/^Ligne 52 du journal : l'étape « étape inconnue »/);
    const good = readJournal(grid.slice(0, 51));
    if (!good.ok) throw new Error(good.error.message);
    expect(good.value.size).toBe(1);
    expect(good.value.headerRow).toBe(49);
  });

  it("dit « introuvables dans ses 100 premières lignes » plutôt que « le journal est vide »", () => {
    const grid: unknown[][] = [["Notes"], ...Array.from({ length: 150 }, () => []), HEADER];
    const j = readJournal(grid);
    expect(j.ok).toBe(false);
    if (j.ok) return;
    expect(j.error.code).toBe("ENTETE_JOURNAL_INTROUVABLE");
    expect(j.error.message).toBe(
      "Les en-têtes du journal (logement, réservataire, étape, date) sont introuvables dans ses 100 premières lignes (la première ligne non vide est la ligne 1). " +
        "Tapez ces quatre en-têtes dans une même ligne, au-dessus des événements.",
    );
  });

  it("cite une date numérique illisible telle qu'elle a été tapée, sans séparateur de milliers", () => {
    const j = readJournal([HEADER, ["L1", "ÉTAT", "mise à disposition", 20240110]]);
    expect(j.ok).toBe(false);
    if (j.ok) return;
    expect(j.error.message).toContain("la date « 20240110 » est illisible");
  });

  it("ne cite d'une valeur de 100 000 caractères que ses 60 premiers, terminés par « … »", () => {
    const long = "x".repeat(100_000);
    const j = readJournal([HEADER, ["L1", "ÉTAT", long, day(2024, 1, 10)]]);
    expect(j.ok).toBe(false);
    if (j.ok) return;
    expect(j.error.message).toContain(`l'étape « ${"x".repeat(ECHO_MAX - 1)}… » n'est pas reconnue`);
    expect(j.error.message.length).toBeLessThan(400);
    expect(suiviMessage("PERIODE_ANNEE_INVALIDE", { valeur: long })).toBe(
      `L'année « ${"x".repeat(59)}… » n'est pas valide. Tapez une année sur quatre chiffres, comme 2024.`,
    );
  });
});
