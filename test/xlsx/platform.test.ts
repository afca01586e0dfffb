/**
 * src/xlsx/platform.ts and its two implementations (platform-node.ts, platform-browser.ts): the same
 * bytes, checksums and refusals on Node (zlib) and in the pane (DecompressionStream, a CRC-32 and a
 * UTF-8 check written in TypeScript).
 */
import { isUtf8 as nodeIsUtf8 } from "node:buffer";
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { gef, tempDir, modeleRows, writeXlsx } from "../support/cli";
import { filledModele } from "../support/ddets-modele";
import { PLATFORMS, readingThrough } from "../support/platforms";
import { zipBuffer } from "../support/raw-xlsx";
import { browserPlatform, crc32 } from "../../src/xlsx/platform-browser";
import { isUtf8 } from "../../src/xlsx/utf8";
import { entryChunks, openZip, readEntry } from "../../src/xlsx/zip";

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

describe.each(PLATFORMS)("zip.ts sur la plateforme $nom", ({ platform }) => {
  const content = Buffer.from("<sst>".padEnd(200_000, "a"), "utf8");
  const archive = (entry: Parameters<typeof zipBuffer>[0][number]): ReturnType<typeof openZip> =>
    openZip(zipBuffer([entry]), platform);

  it("lit une partie entière et en morceaux, octet pour octet", async () => {
    const zip = archive({ name: "p.xml", data: content });
    expect((await readEntry(zip, "p.xml"))?.equals(content)).toBe(true);
    const chunks: Buffer[] = [];
    for await (const c of entryChunks(zip, "p.xml", undefined, 16 * 1024)) chunks.push(c);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
  });

  it("refuse une partie qui dépasse sa limite une fois décompressée, quoi qu'annoncent ses en-têtes (bombe)", async () => {
    // 3 Mo de zéros déclarés comme 1 000 octets : la limite de 1 Mo est atteinte en décompressant.
    const zeros = Buffer.alloc(3 * 1024 * 1024);
    const zip = archive({ name: "b.xml", compressed: deflateRawSync(zeros), size: 1000 });
    await expect(readEntry(zip, "b.xml", 1024 * 1024)).rejects.toThrow(
      "la partie b.xml dépasse 1 Mo une fois décompressée (bombe de décompression ?)",
    );
    const read = async (): Promise<void> => {
      for await (const c of entryChunks(zip, "b.xml", 1024 * 1024)) void c;
    };
    await expect(read()).rejects.toThrow(
      "la partie b.xml dépasse 1 Mo une fois décompressée (bombe de décompression ?)",
    );
  });

  it("refuse des données compressées endommagées et une somme de contrôle fausse, en français", async () => {
    const broken = archive({ name: "x.xml", compressed: Buffer.from([1, 2, 3, 4, 5, 6, 7]), size: 7 });
    await expect(readEntry(broken, "x.xml")).rejects.toThrow(
      "partie x.xml illisible (données compressées endommagées)",
    );
    const altered = archive({ name: "y.xml", data: content, crc: 1234 });
    await expect(readEntry(altered, "y.xml")).rejects.toThrow(
      "la somme de contrôle de la partie y.xml est fausse : le fichier est altéré",
    );
  });

  it("compresse ce que l'autre plateforme décompresse", async () => {
    const other = platform === browserPlatform ? PLATFORMS[0] : PLATFORMS[1];
    const deflated = await platform.deflate(content);
    expect(Buffer.from((await other!.platform.inflate(deflated, 1 << 20))).equals(content)).toBe(true);
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
