/**
 * Repairs text that was UTF-8 but got decoded as a single-byte code page — Windows-1252,
 * Windows-1254 or Mac Roman — so that "ðŸŸ¢" reads "🟢" again and "ï¿½" reads "\uFFFD".
 */

/**
 * Windows-1252 at 0x80–0x9F (the rest is Latin-1). Bytes the code page leaves undefined
 * come through as the C1 control of the same number, as browsers decode them. Written
 * out because Node's TextDecoder treats "windows-1252" as Latin-1 in this range.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1254 (Turkish) differs from Windows-1252 in these bytes. */
const WINDOWS_1254_CHANGES: Record<number, number> = {
  0x8e: 0x8e,
  0x9e: 0x9e,
  0xd0: 0x11e,
  0xdd: 0x130,
  0xde: 0x15e,
  0xf0: 0x11f,
  0xfd: 0x131,
  0xfe: 0x15f,
};

function windowsCodePage(changes: Record<number, number>): Map<string, number> {
  const map = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const codePoint = changes[byte] ?? (byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);
    map.set(String.fromCodePoint(codePoint), byte);
  }
  return map;
}

function macRoman(): Map<string, number> {
  const decoder = new TextDecoder('macintosh');
  const map = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) map.set(decoder.decode(new Uint8Array([byte])), byte);
  return map;
}

/** For each code page, the byte each character stands for. */
let byteMaps: Map<string, number>[] | undefined;

function codePageByteMaps(): Map<string, number>[] {
  byteMaps ??= [windowsCodePage({}), windowsCodePage(WINDOWS_1254_CHANGES), macRoman()];
  return byteMaps;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** How many bytes a UTF-8 sequence that starts with `lead` has, or 0 if it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function repairMojibake(text: string): string {
  // Fast path: nothing outside ASCII, nothing to repair.
  if (!/[\u0080-\uffff]/.test(text)) return text;
  const chars = Array.from(text);
  const maps = codePageByteMaps();
  let out = '';
  for (let i = 0; i < chars.length;) {
    const repaired = repairAt(chars, i, maps);
    if (repaired) {
      out += repaired.text;
      i += repaired.length;
    } else {
      out += chars[i];
      i += 1;
    }
  }
  return out;
}

/** Bytes Windows-1252 leaves undefined: a decoder that drops them loses part of an emoji. */
const UNDEFINED_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/**
 * A sequence one byte short, because that byte was undefined in the code page and
 * dropped ("âŒ" for ❌, E2 [9D] 8C). It is restored only when exactly one choice of the
 * lost byte gives an emoji, or the lost byte ends the emoji variation selector.
 */
function recoverLostByte(bytes: readonly number[], length: number): string | undefined {
  if (bytes.length !== length - 1) return undefined;
  if (length === 3 && bytes[0] === 0xef && bytes[1] === 0xb8) return '\ufe0f';
  const emoji = new Set<string>();
  for (let at = 1; at < length; at++) {
    for (const lost of UNDEFINED_BYTES) {
      const candidate = [...bytes.slice(0, at), lost, ...bytes.slice(at)];
      try {
        const text = strictUtf8.decode(new Uint8Array(candidate));
        if (/^\p{Extended_Pictographic}$/u.test(text)) emoji.add(text);
      } catch {
        // not valid UTF-8 with this byte
      }
    }
  }
  return emoji.size === 1 ? [...emoji][0] : undefined;
}

/** Decodes one mis-decoded UTF-8 sequence starting at `chars[i]`, trying each code page. */
function repairAt(chars: readonly string[], i: number, maps: readonly Map<string, number>[]) {
  for (const map of maps) {
    const lead = map.get(chars[i]!);
    if (lead === undefined) continue;
    const length = sequenceLength(lead);
    if (length === 0 || i + length > chars.length) continue;
    const bytes = [lead];
    for (let k = 1; k < length; k++) {
      const byte = map.get(chars[i + k]!);
      if (byte === undefined || byte < 0x80 || byte > 0xbf) break;
      bytes.push(byte);
    }
    if (bytes.length !== length) {
      const recovered = recoverLostByte(bytes, length);
      if (recovered) return { text: recovered, length: bytes.length };
      continue;
    }
    try {
      return { text: strictUtf8.decode(new Uint8Array(bytes)), length };
    } catch {
      // Not a valid sequence in this code page; try the next one.
    }
  }
  return undefined;
}
