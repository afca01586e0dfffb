/** The shared strings part of an .xlsx (xl/sharedStrings.xml), read as a stream of bytes. */
import * as bytes from "./xml-bytes";

const LT = 0x3c;
const SLASH = 0x2f;
const { decodeText, decodeXstring, nextTag, sameAscii } = bytes;

/** Reads a sharedStrings part, fed in chunks: the text of each `<si>`, phonetic runs left out. */
export class SharedStringsReader {
  readonly strings: string[] = [];
  private readonly tag = new Int32Array(3);
  private current = "";
  private inItem = false;
  private inPhonetic = false;

  feed(buf: Buffer): number {
    let p = 0;
    const n = buf.length;
    const tag = this.tag;
    for (;;) {
      const lt = nextTag(buf, p, tag);
      if (lt < 0) return -1 - lt;
      const b1 = buf[lt + 1];
      const s = tag[0] as number;
      const e = tag[1] as number;
      const gt = tag[2] as number;
      const closing = b1 === SLASH;
      const selfClosing = buf[gt - 1] === SLASH;
      const len = e - s;
      if (len === 2 && buf[s] === 0x73 && buf[s + 1] === 0x69) {
        if (closing) {
          this.strings.push(decodeXstring(this.current));
          this.inItem = false;
        } else if (selfClosing) this.strings.push("");
        else {
          this.inItem = true;
          this.current = "";
        }
      } else if (len === 3 && sameAscii(buf, s, e, "rPh")) this.inPhonetic = !closing && !selfClosing;
      else if (len === 1 && buf[s] === 0x74 && !closing && !selfClosing) {
        let end = gt + 1;
        while (end < n && buf[end] !== LT) end++;
        if (end >= n) return lt;
        if (this.inItem && !this.inPhonetic) this.current += decodeText(buf, gt + 1, end);
        p = end;
        continue;
      }
      p = gt + 1;
    }
  }
}
