/**
 * src/xlsx/platform.ts and its two implementations (platform-node.ts, platform-browser.ts): the same
 * bytes, checksums and refusals on Node (zlib) and in the pane (DecompressionStream, a CRC-32 and a
 * UTF-8 check written in TypeScript).
 */
import { isUtf8 as nodeIsUtf8 } from "node:buffer";
import fc from "fast-check";
import { gef, tempDir, modeleRows, writeXlsx } from "../support/cli";
import { filledModele } from "../support/ddets-modele";
import { PLATFORMS, readingThrough } from "../support/platforms";
import { browserPlatform, crc32 } from "../../src/xlsx/platform-browser";
import { isUtf8 } from "../../src/xlsx/utf8";

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe("platform-browser : CRC-32 et contrôle UTF-8 sans Node", () => {
  it("donne la valeur de contrôle du CRC-32 (ISO 3309) : « 123456789 » → CBF43926, et continue un CRC commencé", () => {
    const text = new TextEncoder().encode("123456789");
    expect(crc32(text)).toBe(0xcbf43926);
    expect(crc32(text.subarray(4), crc32(text.subarray(0, 4)))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("reconnaît l'UTF-8 valide et refuse les formes interdites par la RFC 3629", () => {
    expect(isUtf8(new TextEncoder().encode("Préfecture des Alpes-Maritimes 🏠"))).toBe(true);
    expect(isUtf8(bytes(0xc3))).toBe(false); // « é » coupé
    expect(isUtf8(bytes(0xc0, 0x80))).toBe(false); // forme trop longue de U+0000
    expect(isUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(false); // forme trop longue de « / »
    expect(isUtf8(bytes(0xed, 0xa0, 0x80))).toBe(false); // demi-paire U+D800
    expect(isUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(false); // U+110000, au-delà d'Unicode
    expect(isUtf8(bytes(0xe9, 0x74, 0xe9))).toBe(false); // « été » en Windows-1252
  });

  it("répond comme node:buffer sur des octets au hasard (graine fixe)", () => {
    const octets = fc.uint8Array({ maxLength: 40 });
    const lettres = fc.string({ unit: "binary", maxLength: 20 }).map((s) => new TextEncoder().encode(s));
    fc.assert(
      fc.property(fc.oneof(octets, lettres), (b) => isUtf8(b) === nodeIsUtf8(b)),
      { seed: 2026, numRuns: 2000 },
    );
  });
});

describe("gef lit par la plateforme du volet quand on la lui donne", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  readingThrough(PLATFORMS[1]!);

  it("vérifie un modèle en décompressant par DecompressionStream", async () => {
    const file = t.file("modele.xlsx");
    await writeXlsx(file, { "Calcul assiette": modeleRows(filledModele()) });
    const inflate = jest.spyOn(browserPlatform, "inflateChunks");
    const r = await gef("verifier", file);
    expect(r.code).toBe(0);
    expect(inflate).toHaveBeenCalled();
    inflate.mockRestore();
  });
});
