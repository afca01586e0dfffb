/** src/xlsx/xml-bytes.ts: tags found in bytes, texts decoded, and what a hostile part may not do. */
import {
  MAX_ELEMENT,
  XmlError,
  checkElementLength,
  decodeText,
  nextTag,
  unescapeEntities,
} from "../../src/xlsx/xml-bytes";

const tagsOf = (xml: string): string[] => {
  const buf = Buffer.from(xml, "utf8");
  const tag = new Int32Array(3);
  const out: string[] = [];
  for (let p = 0; ;) {
    const lt = nextTag(buf, p, tag);
    if (lt < 0) return out;
    out.push(
      buf.toString("latin1", lt, (tag[2] as number) + 1).startsWith("</")
        ? `/${buf.toString("latin1", tag[0], tag[1])}`
        : buf.toString("latin1", tag[0], tag[1]),
    );
    p = (tag[2] as number) + 1;
  }
};

describe("xml-bytes : les balises et les textes d'une partie", () => {
  it("trouve les balises, préfixe ôté, en passant commentaires, instructions et CDATA", () => {
    expect(tagsOf('<?xml version="1.0"?><x:sst><!-- note --><si><t>a<![CDATA[<b>]]></t></si></x:sst>')).toEqual([
      "sst",
      "si",
      "t",
      "/t",
      "/si",
      "/sst",
    ]);
  });

  it("dit où reprendre quand une balise est coupée par la fin du morceau", () => {
    const buf = Buffer.from("<row><c r=", "latin1");
    expect(nextTag(buf, 5, new Int32Array(3))).toBe(-1 - 5);
  });

  it("refuse une DTD (entités définies par le fichier)", () => {
    expect(() => tagsOf('<!DOCTYPE x [<!ENTITY a "aaaa">]><x/>')).toThrow(XmlError);
  });

  it("décode l'UTF-8 et les entités, et refuse des octets qui ne sont pas de l'UTF-8", () => {
    const buf = Buffer.from("Pr\u00e9fecture &amp; &#x1F3E0;", "utf8");
    expect(decodeText(buf, 0, buf.length)).toBe("Préfecture & 🏠");
    const latin1 = Buffer.from([0x65, 0x74, 0xe9]); // « eté » en Latin-1
    expect(() => decodeText(latin1, 0, 3)).toThrow("texte mal encodé (ce n'est pas de l'UTF-8 valide)");
    expect(() => unescapeEntities("&bidule;")).toThrow("entité « &bidule; » inconnue");
  });

  it("refuse un élément de plus de 16 Mo, sur le même message quelle que soit la partie", () => {
    expect(MAX_ELEMENT).toBe(16 * 1024 * 1024);
    expect(() => checkElementLength(16 * 1024 * 1024, "xl/worksheets/sheet1.xml")).not.toThrow();
    expect(() => checkElementLength(16 * 1024 * 1024 + 1, "xl/worksheets/sheet1.xml")).toThrow(
      "élément XML de plus de 16 Mo dans xl/worksheets/sheet1.xml : fichier altéré ou hostile",
    );
  });
});
