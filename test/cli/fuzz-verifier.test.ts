/**
 * Fuzz corpus (issue 13, point 1): `gef verifier` fed damaged .xlsx files made with a fixed seed.
 * Each run must end with a code and French words: never a TypeError, a stack trace, NaN or
 * « undefined », whichever platform the engine reads through (Node's, or the pane's DecompressionStream).
 * The time per file (at most 1 s) is measured by `npm run bench:cli`.
 */
import { fuzzCorpus } from "../support/fuzz-xlsx";
import { gef, tempDir } from "../support/cli";
import { PLATFORMS, readingThrough } from "../support/platforms";

jest.setTimeout(120_000);

describe.each(PLATFORMS)("gef verifier sur des classeurs abîmés (graine fixe), moteur src/xlsx ($nom)", (p) => {
  readingThrough(p);
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("rend un code et un message en français pour chacun des 80 fichiers", async () => {
    const files = await fuzzCorpus(t.dir, 80);
    const codes = new Map<number, number>();
    for (const file of files) {
      const r = await gef("verifier", file);
      const text = `${r.out}\n${r.err}`;
      if (![0, 1, 2].includes(r.code)) throw new Error(`${file} : code ${r.code}`);
      if (/TypeError|RangeError|SyntaxError|Cannot read|is not a function|undefined|NaN|\bat .+:\d+:\d+/.test(text))
        throw new Error(`${file} :\n${text}`);
      if (r.code === 2 && !r.err.startsWith("gef : ")) throw new Error(`${file} : code 2 sans message\n${text}`);
      if (r.code !== 2 && !/conforme|erreur|avertissement|inutilisable|Bilan/.test(r.out))
        throw new Error(`${file} : sortie inattendue\n${text}`);
      codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
    }
    // The corpus damages files in every way: some are still read, most are refused.
    expect(codes.get(2) ?? 0).toBeGreaterThan(10);
    expect((codes.get(0) ?? 0) + (codes.get(1) ?? 0)).toBeGreaterThan(0);
  });
});
