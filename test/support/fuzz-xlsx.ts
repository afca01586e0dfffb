/**
 * A fixed-seed corpus of damaged .xlsx files for `gef verifier` (issue 13): truncated, bytes
 * flipped in the archive, bytes flipped inside a part (re-zipped with a right CRC, so that the XML
 * reader sees them), entries removed, parts swapped. Shared by test/cli/fuzz-verifier.test.ts (each
 * run gives a French message and a code) and bench/cli.ts (each run takes at most 1 s).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { makeLogementGrid } from "../../sandbox/logement-grid";
import { modeleRows, writeXlsx } from "./cli";
import { filledModele } from "./ddets-modele";
import { partsOf, zipBuffer, type RawEntry } from "./raw-xlsx";
import { seededRandom } from "../../sandbox/random";

export const FUZZ_SEED = 1313;

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

function flip(rnd: () => number, data: Buffer, n: number): Buffer {
  const out = Buffer.from(data);
  for (let i = 0; i < n && out.length > 0; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
  return out;
}

/** Bytes of a part with some characters that matter to XML put in random places. */
function garble(rnd: () => number, data: Buffer): Buffer {
  const out = Buffer.from(data);
  const specials = [0x3c, 0x3e, 0x22, 0x26, 0x2f, 0x3d, 0x00, 0xff, 0x30, 0x41];
  const n = 1 + Math.floor(rnd() * 8);
  for (let i = 0; i < n && out.length > 0; i++) out[Math.floor(rnd() * out.length)] = pick(rnd, specials);
  return out;
}

/**
 * Writes `count` damaged files into `dir` and returns their paths, with the kind of damage in each
 * name (« tronque », « octets », « xml », « sans », « echange »).
 */
export async function fuzzCorpus(dir: string, count: number, seed = FUZZ_SEED): Promise<string[]> {
  const rnd = seededRandom(seed);
  const simple = path.join(dir, "base-modele.xlsx");
  const withTable = path.join(dir, "base-rpls.xlsx");
  await writeXlsx(simple, { "Calcul assiette": modeleRows(filledModele()) });
  await writeXlsx(withTable, {
    "Calcul assiette": modeleRows(filledModele()),
    RPLS: makeLogementGrid(150, { seed: 7, scheme: "2024", faulty: true }),
  });
  const bases = await Promise.all(
    [simple, withTable].map(async (f) => ({ bytes: zipBuffer(await partsOf(f)), parts: await partsOf(f) })),
  );
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = pick(rnd, bases);
    const kind = pick(rnd, ["tronque", "octets", "xml", "sans", "echange"] as const);
    let bytes: Buffer;
    switch (kind) {
      case "tronque":
        bytes = base.bytes.subarray(0, Math.floor(rnd() * base.bytes.length));
        break;
      case "octets":
        bytes = flip(rnd, base.bytes, 1 + Math.floor(rnd() * 20));
        break;
      case "xml": {
        const target = pick(
          rnd,
          base.parts.filter((p) => p.name.endsWith(".xml") || p.name.endsWith(".rels")),
        );
        bytes = zipBuffer(
          base.parts.map((p): RawEntry =>
            p === target ? { name: p.name, data: garble(rnd, Buffer.from(p.data ?? "")) } : p,
          ),
        );
        break;
      }
      case "sans": {
        const gone = pick(rnd, base.parts);
        bytes = zipBuffer(base.parts.filter((p) => p !== gone));
        break;
      }
      default: {
        // Two parts' contents swapped: each is well-formed, in the wrong place.
        const a = pick(rnd, base.parts);
        const b = pick(rnd, base.parts);
        bytes = zipBuffer(
          base.parts.map((p) =>
            p === a ? { name: p.name, data: b.data ?? "" } : p === b ? { name: p.name, data: a.data ?? "" } : p,
          ),
        );
      }
    }
    const file = path.join(dir, `fuzz-${String(i).padStart(3, "0")}-${kind}.xlsx`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  return files;
}
