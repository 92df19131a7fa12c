/** Largest framework file accepted (bytes of UTF-8). A real organization's file is far smaller. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most aliases a YAML file may expand; a few are handy, thousands are an expansion attack. */
export const MAX_ALIAS_COUNT = 100;

/** Keys that could reach an object's prototype in code that copies documents around. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** UTF-8 size of a string, counted without encoding it (no TextEncoder in the pure core's lib). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether the text is over {@link MAX_FILE_BYTES}, checking the cheap bounds first. */
export function exceedsMaxFileSize(text: string): boolean {
  if (text.length > MAX_FILE_BYTES) return true;
  if (text.length * 3 <= MAX_FILE_BYTES) return false;
  return utf8ByteLength(text) > MAX_FILE_BYTES;
}
