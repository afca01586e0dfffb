import fc from "fast-check";
import { HEAD_ROWS } from "../../src/xlsx/compact-grid";
import type { SharedTexts } from "../../src/xlsx/cell-bytes";
import { SharedStringsReader, textList } from "../../src/xlsx/shared-strings";
import { SheetReader } from "../../src/xlsx/sheet-stream";
import { XmlError } from "../../src/xlsx/xml-bytes";
import { readLogements } from "../../src/domain/tables/logements";
import { makeLogementGrid } from "../../sandbox/logement-grid";

// The shared texts are kept as the part's bytes and decoded one by one when a cell is read. Each
// random part is written from a model of its texts (runs, phonetic runs, entities, Excel's _xHHHH_
// escapes, multi-byte characters), fed in random chunks, and every text must read as the model says.

/** A character of a text, and how the XML writes it. */
const CHARS: readonly (readonly [string, string])[] = [
  ["a", "a"],
  ["Z", "Z"],
  [" ", " "],
  ["é", "é"],
  ["€", "€"],
  ["😀", "😀"],
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&apos;"],
  ["è", "&#232;"],
  ["é", "&#xE9;"],
  ["\u001b", "_x001B_"],
  ["_", "_"],
];

interface Run {
  readonly chars: readonly number[];
  readonly kind: "plain" | "rich" | "phonetic" | "preserve";
}

const runArb = fc.record({
  chars: fc.array(fc.integer({ min: 0, max: CHARS.length - 1 }), { maxLength: 12 }),
  kind: fc.constantFrom<Run["kind"]>("plain", "rich", "phonetic", "preserve"),
});
const itemArb = fc.oneof(fc.constant<readonly Run[] | null>(null), fc.array(runArb, { minLength: 1, maxLength: 4 }));

const text = (r: Run): string => r.chars.map((c) => (CHARS[c] as readonly [string, string])[0]).join("");
const xmlOf = (r: Run): string => r.chars.map((c) => (CHARS[c] as readonly [string, string])[1]).join("");

/** What Excel shows: the runs' texts, phonetic runs left out. */
const expected = (item: readonly Run[] | null): string =>
  item === null
    ? ""
    : item
        .filter((r) => r.kind !== "phonetic")
        .map(text)
        .join("");

function itemXml(item: readonly Run[] | null): string {
  if (item === null) return "<si/>";
  const runs = item.map((r) => {
    switch (r.kind) {
      case "plain":
        return `<t>${xmlOf(r)}</t>`;
      case "preserve":
        return `<t xml:space="preserve">${xmlOf(r)}</t>`;
      case "rich":
        return `<r><rPr><b/><sz val="11"/></rPr><t>${xmlOf(r)}</t></r>`;
      case "phonetic":
        return `<rPh sb="0" eb="1"><t>${xmlOf(r)}</t></rPh>`;
    }
  });
  return `<si>${runs.join("")}</si>`;
}

const partXml = (items: readonly (readonly Run[] | null)[]): Buffer =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}">${items.map(itemXml).join("")}</sst>`,
  );

/** Feeds `xml` cut at `cuts` (positions in 0..1, sorted or not). */
function read(xml: Buffer, cuts: readonly number[]): SharedTexts {
  const reader = new SharedStringsReader(xml.length);
  let from = 0;
  for (const at of [...cuts.map((c) => Math.floor(c * xml.length)), xml.length].sort((a, b) => a - b)) {
    reader.feed(xml.subarray(from, at));
    from = at;
  }
  return reader.end();
}

describe("shared-strings : textes partagés lus à la demande", () => {
  it("donne chaque texte comme Excel le montre, quel que soit le découpage de la partie", () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (items, cuts) => {
          const texts = read(partXml(items), cuts);
          expect(texts.count).toBe(items.length);
          // Read in another order than the part's, twice (the second time from the cache).
          for (let pass = 0; pass < 2; pass++) {
            for (let i = items.length - 1; i >= 0; i--) expect(texts.text(i)).toBe(expected(items[i] ?? null));
          }
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it("lit un caractère de plusieurs octets coupé entre deux morceaux, à chaque octet", () => {
    const xml = Buffer.from("<sst><si><t>Saint-Étienne 😀 €</t></si><si><t>Nice</t></si></sst>");
    for (let at = 1; at < xml.length; at++) {
      const texts = read(xml, [at / xml.length]);
      expect([texts.text(0), texts.text(1)]).toEqual(["Saint-Étienne 😀 €", "Nice"]);
    }
  });

  it("refuse en lisant le fichier, pas en lisant le texte : UTF-8 invalide, entité inconnue ou « & » isolé, partie tronquée ou trop longue", () => {
    const utf8 = Buffer.from("<sst><si><t>Azur @@</t></si></sst>");
    utf8[utf8.indexOf("@@")] = 0xff;
    const cases: readonly [Buffer, string][] = [
      [utf8, "UTF-8"],
      [Buffer.from("<sst><si><t>&nbsp;</t></si></sst>"), "entité « &nbsp; » inconnue"],
      [Buffer.from("<sst><si><t>AT&T rocks; yes</t></si></sst>"), "« & » isolé"],
      [Buffer.from("<sst><si><t>AT&T, et le point-virgule est bien plus loin ;</t></si></sst>"), "« & » isolé"],
      [Buffer.from("<sst><si><t>coupé"), "incomplets"],
      [Buffer.from("<sst><si><t>coupé</t></si><si"), "incomplets"],
    ];
    for (const [xml, message] of cases) {
      expect(() => read(xml, [0.5])).toThrow(XmlError);
      expect(() => read(xml, [])).toThrow(message);
    }
    const reader = new SharedStringsReader(10);
    expect(() => reader.feed(Buffer.from("<sst><si><t>onze</t></si></sst>"))).toThrow("taille annoncée");
  });

  it("refuse un texte partagé ouvert dans un autre, ou fermé sans avoir été ouvert", () => {
    expect(() => read(Buffer.from("<sst><si><t>a</t></si></si></sst>"), [])).toThrow("« </si> » sans « <si> »");
    expect(() => read(Buffer.from("<sst><si><t>a</t><si><t>b</t></si></si></sst>"), [0.4])).toThrow(
      "« <si> » dans un autre",
    );
  });

  it("vérifie les « & » en temps linéaire, et ne lit une entité qu'à partir de son « & »", () => {
    // 2 MB of « & » without « ; »: the check once searched every « ; » to the part's end (14 s).
    const many = Buffer.from(`<sst>${`<si><t>${"& R&D ".repeat(500)}</t></si>`.repeat(700)}</sst>`);
    expect(() => read(many, [])).toThrow("« & » isolé"); // « &D » followed by a space
    const spaces = Buffer.from(`<sst>${`<si><t>${"& ".repeat(1000)}</t></si>`.repeat(1000)}</sst>`);
    const t0 = performance.now();
    expect(read(spaces, [0.5]).text(999)).toBe("& ".repeat(1000));
    // A bound against a hang, far above the few tens of milliseconds this takes.
    expect(performance.now() - t0).toBeLessThan(5_000);
    // « &#zz » is no reference; the « &amp; » 37 bytes further, cut by the 40 bytes looked at from
    // the first « & », is read from its own « & ».
    const pad = "x".repeat(33);
    expect(read(Buffer.from(`<sst><si><t>&#zz${pad}&amp; et &#; &lt;</t></si></sst>`), []).text(0)).toBe(
      `&#zz${pad}& et &#; <`,
    );
  });

  it("refuse un élément de plus de 16 Mo coupé entre les morceaux, sans le relire sans fin", () => {
    const huge = Buffer.concat([
      Buffer.from('<sst><si a="'),
      Buffer.alloc(17 * 1024 * 1024, 0x61),
      Buffer.from('"><t>x</t></si></sst>'),
    ]);
    const cuts = Array.from({ length: 20 }, (_, i) => (i + 1) / 21);
    expect(() => read(huge, cuts)).toThrow("élément XML de plus de 16 Mo dans les textes partagés");
  });

  it("garde les entités connues et les références de caractères, où qu'elles soient", () => {
    const texts = read(
      Buffer.from(
        "<sst><si><t>L&apos;Escarène &amp; Peille &#x1F600; &#233;</t></si><si><t>&lt;&gt;&quot;</t></si></sst>",
      ),
      [0.3],
    );
    expect([texts.text(0), texts.text(1)]).toEqual(["L'Escarène & Peille 😀 é", '<>"']);
  });
});

describe("shared-strings : cellules de texte partagé sous les premières lignes", () => {
  /** Shared texts that count how often each is asked for. */
  function counted(list: readonly string[]): { texts: SharedTexts; asked: number[] } {
    const base = textList(list);
    const asked = list.map(() => 0);
    return {
      asked,
      texts: {
        count: base.count,
        text: (i) => {
          asked[i] = (asked[i] ?? 0) + 1;
          return base.text(i);
        },
      },
    };
  }

  it("ne décode un texte que lorsque sa ligne est lue", () => {
    const list = [
      "N° logement",
      "Commune",
      ...Array.from({ length: 3000 }, (_, i) => `L${String(i).padStart(7, "0")}`),
      "Nice",
      "Grasse",
    ];
    const { texts, asked } = counted(list);
    const rows = HEAD_ROWS + 500;
    let xml = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`;
    for (let r = 2; r <= rows; r++)
      xml += `<row r="${r}"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}" t="s"><v>${list.length - 1 - (r % 2)}</v></c></row>`;
    xml += "</sheetData></worksheet>";
    const reader = new SheetReader("Logements", { strings: texts, dateStyles: new Set(), date1904: false });
    const bytes = Buffer.from(xml);
    reader.end(bytes.length - reader.feed(bytes));
    // The head rows hold their texts; the rows below only their indexes.
    const headAsked = asked.reduce((a, b) => a + b, 0);
    expect(headAsked).toBe(2 * HEAD_ROWS);
    expect(asked[HEAD_ROWS + 5]).toBe(0);
    const grid = reader.sheet.grid();
    expect(grid[HEAD_ROWS + 4]).toEqual([list[HEAD_ROWS + 5], list[list.length - 1 - ((HEAD_ROWS + 5) % 2)]]);
    expect(asked[HEAD_ROWS + 5]).toBe(1);
    expect(asked.reduce((a, b) => a + b, 0)).toBe(headAsked + 2);
    expect(grid[rows - 1]).toEqual([list[rows], list[list.length - 1 - (rows % 2)]]);
  });

  it("lit la table des logements d'une feuille lue en flux sans décoder les numéros de logement", () => {
    const grid = makeLogementGrid(HEAD_ROWS + 2000, { seed: 5, scheme: "2024", faulty: true });
    const list: string[] = [];
    const index = new Map<string, number>();
    const cell = (v: unknown, ref: string): string => {
      if (v === null || v === undefined) return "";
      if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
      if (typeof v !== "string") throw new Error(`cellule inattendue en ${ref}`);
      const s = v;
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = list.push(s) - 1));
      return `<c r="${ref}" t="s"><v>${i}</v></c>`;
    };
    const letter = (c: number): string => String.fromCharCode(65 + c);
    const xml = `<worksheet><sheetData>${grid.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${letter(c)}${r + 1}`)).join("")}</row>`).join("")}</sheetData></worksheet>`;
    const { texts, asked } = counted(list);
    const reader = new SheetReader("RPLS", { strings: texts, dateStyles: new Set(), date1904: false });
    const bytes = Buffer.from(xml);
    reader.end(bytes.length - reader.feed(bytes));
    const read = readLogements(reader.sheet.grid());
    expect(read).toEqual(readLogements(grid));
    // NUMLOG (column A) of the rows below the head: never decoded, except rows reported as skipped.
    const numbers = grid.slice(HEAD_ROWS).map((row) => (typeof row[0] === "string" ? index.get(row[0]) : undefined));
    const decoded = numbers.filter((i) => i !== undefined && (asked[i] ?? 0) > 0).length;
    const skipped = read.ok
      ? read.table.issues.filter((i) => i.ligne > HEAD_ROWS && i.raison.endsWith("ignorée")).length
      : 0;
    expect(numbers.length).toBe(2001);
    expect(decoded).toBeLessThanOrEqual(skipped);
  });

  it("lit deux fois la même cellule comme Excel, la dernière l'emportant, dans les premières lignes et en dessous", () => {
    for (const row of [3, HEAD_ROWS + 3]) {
      const reader = new SheetReader("F", { strings: textList(["a", "b"]), dateStyles: new Set(), date1904: false });
      const xml = Buffer.from(
        `<worksheet><sheetData><row r="${row}"><c r="A${row}" t="s"><v>0</v></c><c r="A${row}"><f>1+1</f></c><c r="B${row}"><v>4</v></c><c r="B${row}" t="s"><v>1</v></c></row></sheetData></worksheet>`,
      );
      reader.end(xml.length - reader.feed(xml));
      const cells = reader.sheet.grid()[row - 1] ?? [];
      expect([cells[0] ?? null, cells[1]]).toEqual([null, "b"]);
    }
  });

  it("refuse une ligne ouverte avant la fin de la précédente", () => {
    for (const row of [3, HEAD_ROWS + 3]) {
      const reader = new SheetReader("F", { strings: textList(["a"]), dateStyles: new Set(), date1904: false });
      const xml = Buffer.from(
        `<worksheet><sheetData><row r="${row}"><c r="A${row}" t="s"><v>0</v></c><row r="${row + 1}"/></sheetData></worksheet>`,
      );
      expect(() => reader.feed(xml)).toThrow(`ligne ${row + 1} ouverte avant la fin de la ligne ${row}`);
    }
  });

  it("refuse un texte partagé que le classeur n'a pas, en dessous des premières lignes aussi", () => {
    for (const row of [1, HEAD_ROWS + 3]) {
      for (const v of ["2", "-1", "1.5"]) {
        const reader = new SheetReader("F", { strings: textList(["a", "b"]), dateStyles: new Set(), date1904: false });
        const xml = Buffer.from(
          `<worksheet><sheetData><row r="${row}"><c r="A${row}" t="s"><v>${v}</v></c></row></sheetData></worksheet>`,
        );
        expect(() => reader.feed(xml)).toThrow(`texte partagé n° ${v === "1.5" ? "1.5" : v} absent du classeur`);
      }
    }
  });
});

describe("shared-strings : lecture paresseuse (premières lignes seulement)", () => {
  const part = Buffer.from("<sst><si><t>Nice</t></si><si><t>PLUS</t></si><si><si><t>x</t></si></sst>", "utf8");
  const read = (lazy: boolean): SharedTexts => {
    const reader = new SharedStringsReader(part.length, undefined, lazy);
    reader.feed(part);
    return reader.end();
  };

  it("ne parcourt les textes que jusqu'à celui demandé, et refuse l'élément abîmé quand on l'atteint", () => {
    expect(() => read(false)).toThrow("texte partagé n° 3 mal formé (« <si> » dans un autre) : fichier altéré");
    const texts = read(true);
    expect(texts.count).toBe(0);
    expect(texts.text(0)).toBe("Nice");
    expect(texts.count).toBe(1);
    expect(texts.text(1)).toBe("PLUS");
    expect(() => texts.text(2)).toThrow("texte partagé n° 3 mal formé (« <si> » dans un autre) : fichier altéré");
  });
});
