/** A page's text as bytes read from disk: refused by name when it is not UTF-8 or has no text. */
import { DraftError } from './draft';

export function readPageText(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new DraftError(`${file}: not valid UTF-8 (first bad byte at offset ${at}); save the page text as UTF-8 and run again`);
  }
  if (text.trim() === '') throw new DraftError(`${file}: the file is empty; paste the page's text into it`);
  return text.replace(/^\uFEFF/, '');
}

function firstInvalidByte(bytes: Uint8Array): number {
  for (let end = 1; end <= bytes.length; end++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    } catch {
      // A sequence cut at `end` may only be incomplete: it is bad once the next byte cannot continue it.
      if (end === bytes.length || (bytes[end] ?? 0) < 0x80 || (bytes[end] ?? 0) >= 0xc0) return end - 1;
    }
  }
  return bytes.length;
}
