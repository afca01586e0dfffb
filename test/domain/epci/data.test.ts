import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { EPCI_HORS_MODELE_06, EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import { decoupage, communesByName, communesOfEpci, epciOfCommune } from "../../../src/domain/epci/table";
import { foldName } from "../../../src/domain/epci/fold-name";
import { foldText } from "../../../src/domain/text";

const root = path.resolve(__dirname, "../../..");

describe("table commune → EPCI générée", () => {
  it("correspond au paquet @etalab/decoupage-administratif installé (sinon : npm run epci)", () => {
    const regenerated = execFileSync(process.execPath, [path.join(root, "scripts/build-epci.mjs"), "--stdout"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const committed = readFileSync(path.join(root, "src/domain/epci/data.generated.ts"), "utf8");
    expect(regenerated === committed).toBe(true);
  });

  it("reste compacte : moins de 700 Ko", () => {
    const size = readFileSync(path.join(root, "src/domain/epci/data.generated.ts")).length;
    expect(size).toBeLessThan(700_000);
  });

  it.each([
    ["CAPG", "200039857", 23],
    ["CAPL", "200039915", 5],
    ["CASA", "240600585", 24],
    ["MNCA", "200030195", 51],
    ["CARF", "240600551", 15],
    ["CCAA", "200039931", 34],
    ["CCPP", "240600593", 11],
  ])("%s (%s) compte %d communes", (_sigle, siren, n) => {
    expect(communesOfEpci(siren)).toHaveLength(n);
  });

  it("rattache les 163 communes des Alpes-Maritimes aux sept EPCI du département", () => {
    const d = decoupage();
    const sirens = new Set([...EPCI_MODELE_06, ...EPCI_HORS_MODELE_06].map((e) => e.siren));
    const du06 = d.code.filter((c) => c.startsWith("06"));
    expect(du06).toHaveLength(163);
    for (const code of du06) expect(sirens.has(epciOfCommune(code)?.siren ?? "")).toBe(true);
  });

  it("donne les noms et SIREN des EPCI du modèle tels que alpes-maritimes.ts les écrit", () => {
    for (const e of [...EPCI_MODELE_06, ...EPCI_HORS_MODELE_06]) {
      expect(epciOfCommune(communesOfEpci(e.siren)[0] ?? "")).toEqual({ ...e, type: expect.any(String) as string });
    }
  });

  it("décode des codes triés, chacun retrouvé, et tous les noms de communes", () => {
    const d = decoupage();
    expect(d.code.length).toBeGreaterThan(34_000);
    const unsorted = d.code.filter((c, i) => i > 0 && (d.code[i - 1] ?? "") >= c);
    const aliasesUnsorted = d.aliasCode.filter((c, i) => i > 0 && (d.aliasCode[i - 1] ?? "") > c);
    expect([unsorted, aliasesUnsorted]).toEqual([[], []]);
    const noms = d.noms();
    expect(noms).toHaveLength(d.code.length);
    const lost = noms.filter((nom, i) => !communesByName(nom).some((c) => c.code === d.code[i]));
    expect(lost).toEqual([]);
  });

  it("plie les noms exactement comme foldText", () => {
    const d = decoupage();
    const names = [...d.noms(), ...d.aliasNom, ...d.epci.map((e) => e.nom)];
    const chars = Array.from({ length: 0x250 }, (_, c) => `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`);
    const differ = [...names, ...chars, "  Œuilly  ", "ÇA--VA", "İstanbul"].filter((s) => foldName(s) !== foldText(s));
    expect(differ).toEqual([]);
  });
});
