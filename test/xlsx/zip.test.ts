/** src/xlsx/zip.ts: entries read whole or in chunks under their caps, and copies written, on both platforms. */
import { deflateRawSync } from "node:zlib";
import { PLATFORMS } from "../support/platforms";
import { zipBuffer } from "../support/raw-xlsx";
import { browserPlatform } from "../../src/xlsx/platform-browser";
import { entryChunks, openZip, readEntry, writeZip } from "../../src/xlsx/zip";

describe.each(PLATFORMS)("zip : sur la plateforme $nom", ({ platform }) => {
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
    expect(Buffer.from(await other!.platform.inflate(deflated, 1 << 20)).equals(content)).toBe(true);
  });

  it("écrit une copie où une partie est remplacée et une autre ôtée, les autres recopiées compressées telles quelles", async () => {
    // « garde.xml » stored without compression: recompressed, it would come back with method 8.
    const three = openZip(
      zipBuffer([
        { name: "garde.xml", data: content, method: 0 },
        { name: "change.xml", data: "<a/>" },
        { name: "ote.xml", data: "<b/>" },
      ]),
      platform,
    );
    const out: Uint8Array[] = [];
    await writeZip(
      (b) => Promise.resolve(void out.push(Uint8Array.from(b))),
      three,
      new Map([["change.xml", Buffer.from("<nouveau/>")]]),
      new Set(["ote.xml"]),
    );
    const copy = openZip(Buffer.concat(out), platform);
    expect(copy.entries.map((e) => e.name)).toEqual(["garde.xml", "change.xml"]);
    expect((await readEntry(copy, "change.xml"))?.toString("utf8")).toBe("<nouveau/>");
    const kept = copy.entries[0]!;
    expect({ method: kept.method, compressedSize: kept.compressedSize, crc: kept.crc }).toEqual({
      method: 0,
      compressedSize: content.length,
      crc: three.entries[0]!.crc,
    });
    expect((await readEntry(copy, "garde.xml"))?.equals(content)).toBe(true);
  });
});
