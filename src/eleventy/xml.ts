// XML 1.0 allows tab, newline and carriage return but no other C0 control character (nor
// U+FFFE/U+FFFF). The reader lets a stray few through into story text (a file is rejected as
// binary only above a share of them); one would make a whole feed unreadable.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** The text with every character XML 1.0 cannot carry removed. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "");
}
