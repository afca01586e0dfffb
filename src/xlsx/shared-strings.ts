/**
 * The shared strings part of an .xlsx (xl/sharedStrings.xml), kept as its bytes and decoded text by
 * text when a cell needs it (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): a dwelling table's unique numbers
 * (« L0000001 »…) are a million shared strings that no job reads. Scanning the part finds where each `<si>` stands and
 * checks what decoding needs (well-formed tags, UTF-8, known entities), so that a text read later never
 * fails: a damaged part is refused while the file is read, as before.
 */
import { isUtf8 as checkUtf8 } from "./utf8";
import type { SharedTexts } from "./cell-bytes";
import * as bytes from "./xml-bytes";

const LT = 0x3c;
const SLASH = 0x2f;
const AMP = 0x26;
const { checkElementLength, checkEntityAt, decodeText, decodeXstring, nextTag, sameAscii, XmlError } = bytes;

/** Texts per block of the cache of decoded texts. */
const CACHE_BITS = 12;
const CACHE_BLOCK = 1 << CACHE_BITS;
/**
 * Shared texts a workbook may hold (docs/choix.md « Fichiers d'inconnus : limites »): 16 columns of a million distinct
 * texts. Each costs 8 bytes of bounds here, so that a part of empty items (« <si/> », 5 bytes each) cannot take more
 * memory than about a quarter of its own cap.
 */
export const MAX_TEXTS = 1 << 24;
const PREDEFINED = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"];

/** Where each `<si>`'s content stands: found all at once, or as far as the texts asked for (lazy). */
interface ItemBounds {
  /** Start and end of each `<si>`'s content in the part, two by two. */
  readonly bounds: Int32Array;
  /** Items found so far. */
  readonly count: number;
  /** Finds items up to `index` when not all were yet; true when it exists. @throws XmlError for a damaged part */
  reach(index: number): boolean;
}

/** The texts of a sharedStrings part, decoded on first use. */
export class SharedStrings implements SharedTexts {
  private readonly cache: (string[] | undefined)[] = [];
  private readonly tag = new Int32Array(3);

  constructor(
    private readonly xml: Buffer,
    private readonly items: ItemBounds,
  ) {}

  get count(): number {
    return this.items.count;
  }

  reach(index: number): boolean {
    return this.items.reach(index);
  }

  text(index: number): string {
    if (!(index >= 0 && (index < this.items.count || this.items.reach(index))))
      throw new XmlError(`texte partagé n° ${index} absent du classeur`);
    const block = this.cache[index >>> CACHE_BITS];
    const known = block?.[index & (CACHE_BLOCK - 1)];
    if (known !== undefined) return known;
    const bounds = this.items.bounds;
    const s = this.decode(bounds[2 * index] as number, bounds[2 * index + 1] as number);
    (this.cache[index >>> CACHE_BITS] ??= new Array<string>(CACHE_BLOCK))[index & (CACHE_BLOCK - 1)] = s;
    return s;
  }

  /** The text of the `<t>` runs of an item, phonetic runs left out. */
  private decode(from: number, to: number): string {
    const xml = this.xml;
    // The usual item, « <t>texte</t> »; ASCII without « & » nor « _ » (an entity, an _xHHHH_
    // escape) is its own text.
    if (
      to - from >= 7 &&
      xml[from] === LT &&
      xml[from + 1] === 0x74 &&
      xml[from + 2] === 0x3e &&
      xml[to - 4] === LT &&
      xml[to - 3] === SLASH &&
      xml[to - 2] === 0x74 &&
      xml[to - 1] === 0x3e
    ) {
      let plain = true;
      let p = from + 3;
      for (; p < to - 4; p++) {
        const b = xml[p] as number;
        if (b === LT) break;
        if (b >= 0x80 || b === AMP || b === 0x5f) plain = false;
      }
      if (p === to - 4)
        return plain ? xml.toString("latin1", from + 3, p) : decodeXstring(decodeText(xml, from + 3, p));
    }
    const view = xml.subarray(0, to);
    const tag = this.tag;
    let out = "";
    let inPhonetic = false;
    let p = from;
    for (;;) {
      const lt = nextTag(view, p, tag);
      if (lt < 0) return decodeXstring(out);
      const s = tag[0] as number;
      const e = tag[1] as number;
      const gt = tag[2] as number;
      const closing = view[lt + 1] === SLASH;
      const selfClosing = view[gt - 1] === SLASH;
      p = gt + 1;
      if (e - s === 3 && sameAscii(view, s, e, "rPh")) inPhonetic = !closing && !selfClosing;
      else if (e - s === 1 && view[s] === 0x74 && !closing && !selfClosing) {
        let end = gt + 1;
        while (end < to && view[end] !== LT) end++;
        if (!inPhonetic) out += decodeText(view, gt + 1, end);
        p = end;
      }
    }
  }
}

/** A list of texts as {@link SharedTexts} (a workbook read whole, tests). */
export function textList(texts: readonly string[]): SharedTexts {
  return { count: texts.length, text: (i) => texts[i] as string };
}

/**
 * Reads a sharedStrings part fed in chunks: its bytes are gathered into one buffer of the size the
 * archive declares (the archive checks that size, so no chunk may go past it), and scanned for the
 * bounds of each `<si>` as they come; or, `lazy`, only as far as the texts asked for (a workbook read
 * for its first rows: a dwelling table's 300 000 unique numbers are never scanned).
 */
export class SharedStringsReader implements ItemBounds {
  private xml: Buffer | undefined;
  private filled = 0;
  private scanned = 0;
  bounds = new Int32Array(1024);
  count = 0;
  private itemStart = -1;
  private readonly tag = new Int32Array(3);

  /**
   * @param size the part's size as the archive declares it, checked before the first chunk comes
   * @param isUtf8 the platform's UTF-8 check (platform.ts)
   */
  constructor(
    private readonly size: number,
    private readonly isUtf8: (b: Uint8Array) => boolean = checkUtf8,
    private readonly lazy = false,
  ) {}

  feed(chunk: Buffer): void {
    if (this.filled + chunk.length > this.size)
      throw new XmlError("textes partagés plus longs que leur taille annoncée : fichier altéré");
    const xml = (this.xml ??= Buffer.allocUnsafe(this.size));
    chunk.copy(xml, this.filled);
    this.filled += chunk.length;
    if (!this.lazy) this.scan(xml.subarray(0, this.filled));
  }

  reach(index: number): boolean {
    if (this.lazy && index >= this.count && this.scanned < this.filled) {
      this.scan((this.xml as Buffer).subarray(0, this.filled), index);
      if (index >= this.count) this.checkComplete();
    }
    return index < this.count;
  }

  private checkComplete(): void {
    if (this.scanned < this.filled || this.itemStart >= 0)
      throw new XmlError("textes partagés incomplets (XML interrompu)");
  }

  /** The texts, once the whole part was fed. @throws XmlError for a damaged part */
  end(): SharedStrings {
    const xml = (this.xml ?? Buffer.alloc(0)).subarray(0, this.filled);
    if (!this.lazy) this.checkComplete();
    // Read lazily, the part's prolog is still read first: a DTD there is refused as when scanned whole.
    else nextTag(xml, 0, this.tag);
    if (!this.isUtf8(xml)) throw new XmlError("texte mal encodé (ce n'est pas de l'UTF-8 valide)");
    // Every entity is checked now, so that decoding a text later cannot fail.
    // Linear: each « & » looks a few bytes ahead.
    for (let p = xml.indexOf(AMP); p >= 0; p = xml.indexOf(AMP, p + 1)) {
      const next = xml[p + 1] ?? 0;
      // Only « &# » or « & » and a letter can start a reference; « & » alone is left as it is.
      if (next !== 0x23 && !((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a)) continue;
      if (!PREDEFINED.some((e) => sameAscii(xml, p, p + e.length, e))) checkEntityAt(xml, p);
    }
    return new SharedStrings(xml, this);
  }

  /** Finds the items of `view` from where the scan stopped, up to item `until` when given. */
  private scan(view: Buffer, until = Infinity): void {
    const tag = this.tag;
    let p = this.scanned;
    for (;;) {
      if (this.count > until) {
        this.scanned = p;
        return;
      }
      const lt = nextTag(view, p, tag);
      if (lt < 0) {
        // A cut tag is read again with the next chunk; text alone is never read again.
        this.scanned = -1 - lt;
        checkElementLength(view.length - this.scanned, "les textes partagés");
        return;
      }
      const s = tag[0] as number;
      const gt = tag[2] as number;
      p = gt + 1;
      if ((tag[1] as number) - s !== 2 || view[s] !== 0x73 || view[s + 1] !== 0x69) continue;
      // An item closed without being opened, or opened inside another, is not well-formed: refused.
      if (view[lt + 1] === SLASH) {
        if (this.itemStart < 0)
          throw new XmlError(`texte partagé n° ${this.count + 1} mal formé (« </si> » sans « <si> ») : fichier altéré`);
        this.add(this.itemStart, lt);
        this.itemStart = -1;
      } else if (this.itemStart >= 0)
        throw new XmlError(`texte partagé n° ${this.count + 1} mal formé (« <si> » dans un autre) : fichier altéré`);
      else if (view[gt - 1] === SLASH) this.add(gt, gt);
      else this.itemStart = gt + 1;
    }
  }

  private add(from: number, to: number): void {
    if (this.count >= MAX_TEXTS)
      throw new XmlError(`plus de ${MAX_TEXTS.toLocaleString("fr-FR")} textes partagés : fichier altéré ou hostile`);
    if (2 * this.count + 2 > this.bounds.length) {
      const grown = new Int32Array(this.bounds.length * 2);
      grown.set(this.bounds);
      this.bounds = grown;
    }
    this.bounds[2 * this.count] = from;
    this.bounds[2 * this.count + 1] = to;
    this.count++;
  }
}
