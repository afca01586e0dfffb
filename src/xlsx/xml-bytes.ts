/**
 * Byte-level helpers for SpreadsheetML: attributes walked in place, text decoded only where a value
 * is needed. No DTD is ever read: a part declaring one (billion laughs, external entities) is
 * refused, and only the five predefined entities and character references are decoded.
 */
import { isUtf8 } from "./utf8";

export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const COLON = 0x3a;

/** Whitespace as XML knows it. */
export const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** A damaged or hostile part, described in French. */
export class XmlError extends Error {}

/**
 * One element's XML (a row, a shared text, a tag) may not exceed this (docs/choix.md
 * « Fichiers d'inconnus : limites »): 16 384 cells of 1 KB fit.
 */
export const MAX_ELEMENT = 16 * 1024 * 1024;

/** @throws XmlError when an element still open in `where` has reached `length` bytes, past {@link MAX_ELEMENT} */
export function checkElementLength(length: number, where: string): void {
  if (length > MAX_ELEMENT)
    throw new XmlError(
      `élément XML de plus de ${MAX_ELEMENT / (1024 * 1024)} Mo dans ${where} : fichier altéré ou hostile`,
    );
}

/** Walks a start tag's attributes without allocating: name and value as byte ranges. */
export class Attrs {
  buf: Buffer = Buffer.alloc(0);
  ns = 0;
  ne = 0;
  vs = 0;
  ve = 0;
  private pos = 0;
  private end = 0;

  reset(buf: Buffer, from: number, to: number): this {
    this.buf = buf;
    this.pos = from;
    this.end = to;
    return this;
  }

  /** Moves to the next attribute; false at the end of the tag. */
  next(): boolean {
    const b = this.buf;
    let p = this.pos;
    while (p < this.end && isSpace(b[p])) p++;
    if (p >= this.end || b[p] === SLASH) return false;
    this.ns = p;
    while (p < this.end && b[p] !== EQ && !isSpace(b[p])) p++;
    this.ne = p;
    while (p < this.end && isSpace(b[p])) p++;
    if (b[p] !== EQ) throw new XmlError("attribut sans valeur");
    p++;
    while (p < this.end && isSpace(b[p])) p++;
    const q = b[p];
    if (q !== QUOT && q !== APOS) throw new XmlError("valeur d'attribut sans guillemets");
    const close = b.indexOf(q, p + 1);
    if (close < 0 || close > this.end) throw new XmlError("valeur d'attribut non fermée");
    this.vs = p + 1;
    this.ve = close;
    this.pos = close + 1;
    return true;
  }

  /** The attribute's local name (prefix dropped), when it is short. */
  is(name: string): boolean {
    let s = this.ns;
    for (let i = this.ns; i < this.ne; i++) if (this.buf[i] === COLON) s = i + 1;
    return sameAscii(this.buf, s, this.ne, name);
  }

  /** The attribute named with its prefix (« r:id »). */
  isQualified(name: string): boolean {
    return sameAscii(this.buf, this.ns, this.ne, name);
  }

  value(): string {
    return decodeText(this.buf, this.vs, this.ve);
  }
}

/** True when bytes [from, to) are the ASCII text `s`. */
export function sameAscii(buf: Buffer, from: number, to: number, s: string): boolean {
  if (to - from !== s.length) return false;
  for (let i = 0; i < s.length; i++) if (buf[from + i] !== s.charCodeAt(i)) return false;
  return true;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\uFFFD";
}

/** An entity or character reference as the text reads it (the « ; » checked apart, to say it is missing). */
const ENTITY = "&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]*);?";
const ENTITY_AT_START = new RegExp(`^${ENTITY}`);
/**
 * Bytes from an « & » enough to read an entity (« &#x10FFFF; », « &quot; ») or see it is none (docs/choix.md
 * « Fichiers d'inconnus : limites »).
 */
const MAX_ENTITY = 40;

/**
 * Checks the reference that starts at the « & » at `p`, as {@link unescapeEntities} would read it
 * within a text, looking at most {@link MAX_ENTITY} bytes ahead. @throws XmlError as it would
 */
export function checkEntityAt(buf: Buffer, p: number): void {
  const m = ENTITY_AT_START.exec(buf.toString("latin1", p, Math.min(buf.length, p + MAX_ENTITY)));
  if (m !== null) unescapeEntities(m[0]);
}

/** Decodes the predefined entities and character references; an unknown entity is refused. */
export function unescapeEntities(s: string): string {
  return s.replace(new RegExp(ENTITY, "g"), (all, ref: string) => {
    if (!all.endsWith(";")) throw new XmlError("caractère « & » isolé dans le texte");
    if (ref.startsWith("#x")) return codePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return codePoint(Number(ref.slice(1)));
    const known = ENTITIES[ref];
    if (known === undefined)
      throw new XmlError(`entité « &${ref}; » inconnue (les entités définies par le fichier sont refusées)`);
    return known;
  });
}

/**
 * Excel's own escape of characters XML cannot hold (ECMA-376 ST_Xstring): « _x001B_ » is ESC,
 * « _x005F_ » an underscore. Decoded as Excel does, whether the file is read whole or streamed.
 */
export const decodeXstring = (s: string): string =>
  s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;

/**
 * UTF-8 text of bytes [from, to), entities decoded. @throws XmlError for bytes that are not UTF-8
 * (a text is never silently replaced by « � »)
 */
export function decodeText(buf: Buffer, from: number, to: number): string {
  const s = buf.toString("utf8", from, to);
  if (s.includes("\uFFFD") && !isUtf8(buf.subarray(from, to)))
    throw new XmlError("texte mal encodé (ce n'est pas de l'UTF-8 valide)");
  return s.includes("&") ? unescapeEntities(s) : s;
}

/**
 * What follows « <! » or « <? » at `at`: the position after it, or -1 when the chunk ends first.
 * @throws XmlError for a DTD
 */
export function skipSpecial(buf: Buffer, at: number): number {
  const b1 = buf[at + 1];
  if (b1 === 0x3f) {
    const end = buf.indexOf("?>", at + 2);
    return end < 0 ? -1 : end + 2;
  }
  if (buf.length - at < 9) return -1;
  if (sameAscii(buf, at, at + 4, "<!--")) {
    const end = buf.indexOf("-->", at + 4);
    return end < 0 ? -1 : end + 3;
  }
  if (sameAscii(buf, at, at + 9, "<![CDATA[")) {
    const end = buf.indexOf("]]>", at + 9);
    return end < 0 ? -1 : end + 3;
  }
  throw new XmlError(
    "déclaration DOCTYPE ou entités définies dans le fichier : refusées (risque d'expansion ou d'accès à des fichiers externes)",
  );
}

/**
 * The next element tag from `p`, skipping text, comments, processing instructions and CDATA (a DTD
 * is refused): fills `tag` with the [start, end) of its local name (prefix dropped) and the position
 * of its « > », and returns the position of its « < ». When the chunk ends first, returns
 * -1 − the position to resume from (the caller keeps the bytes from there for the next chunk).
 * Every reader of the parts walks its tags with it; the per-byte loops stay inline (docs/choix.md
 * « Lecteur .xlsx de GEF et mémoire ») (tags are a few bytes apart: a loop finds the next byte faster than a native
 * call per tag).
 */
export function nextTag(buf: Buffer, p: number, tag: Int32Array): number {
  const n = buf.length;
  for (;;) {
    let lt = p;
    while (lt < n && buf[lt] !== LT) lt++;
    if (lt >= n) return -1 - n;
    const b1 = buf[lt + 1];
    if (b1 === undefined) return -1 - lt;
    if (b1 === 0x21 || b1 === 0x3f) {
      const after = skipSpecial(buf, lt);
      if (after < 0) return -1 - lt;
      p = after;
      continue;
    }
    let s = b1 === SLASH ? lt + 2 : lt + 1;
    let e = s;
    while (e < n) {
      const b = buf[e] as number;
      if (b === GT || b === SLASH || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) break;
      if (b === COLON) s = e + 1;
      e++;
    }
    let gt = e;
    while (gt < n && buf[gt] !== GT) gt++;
    if (gt >= n) return -1 - lt;
    tag[0] = s;
    tag[1] = e;
    tag[2] = gt;
    return lt;
  }
}
