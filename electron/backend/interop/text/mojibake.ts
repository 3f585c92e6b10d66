/**
 * Broken characters: UTF-8 text once read as Windows-1252 and saved again (« Ã© » for « é »,
 * « â€™ » for « ’ »), or U+FFFD replacement characters (the original bytes are lost).
 */

export type MojibakeKind = 'utf8-read-as-1252' | 'replacement-characters';

export interface MojibakeFinding {
  kind: MojibakeKind;
  /** A broken sequence as found in the file, and what it stood for when it can be told. */
  sample: { broken: string; meant: string | null };
  /** How many broken sequences the file holds. */
  count: number;
}

/** Lead byte Ã (0xC3) or Â (0xC2) or â€ (0xE2 0x80) read as Windows-1252, followed by a continuation char. */
const BROKEN =
  /(?:[ÂÃ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0080-\u00BF\u2018-\u201E\u2122\u0153\u2022\u2026\u02DC\u0161\u0178\u0152\u0160\u017D\u017E\u0192\u02C6\u2020\u2021\u2030\u2039\u203A\u20AC\u2013\u2014])/g;

const CP1252_BYTE = buildCp1252Table();

function buildCp1252Table(): Map<string, number> {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1252');
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return table;
}

/** The bytes `text` would have in Windows-1252, or null when a character has none. */
function toCp1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  let i = 0;
  for (const char of text) {
    const byte = CP1252_BYTE.get(char);
    if (byte === undefined) return null;
    bytes[i++] = byte;
  }
  return bytes.subarray(0, i);
}

function repairSequence(sequence: string): string | null {
  const bytes = toCp1252(sequence);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Every broken sequence starts with one of these: a file without any is read without running `BROKEN`. */
const mayHoldBroken = (text: string) => text.includes('Ã') || text.includes('Â') || text.includes('â€');

export function findMojibake(text: string): MojibakeFinding | null {
  const broken = mayHoldBroken(text) ? text.match(BROKEN) : null;
  if (broken && broken.length > 0) {
    const first = broken[0];
    return {
      kind: 'utf8-read-as-1252',
      sample: { broken: first, meant: repairSequence(first) },
      count: broken.length,
    };
  }
  const replacements = text.includes('\uFFFD') ? text.match(/\uFFFD+/g) : null;
  if (replacements && replacements.length > 0)
    return {
      kind: 'replacement-characters',
      sample: { broken: '\uFFFD', meant: null },
      count: replacements.length,
    };
  return null;
}

/**
 * Reverses the classic mojibake sequence by sequence (other text is left alone), or answers null when a
 * sequence cannot be reversed (then the file is imported as is, with the warning).
 */
export function repairMojibake(text: string): string | null {
  let failed = false;
  const repaired = text.replace(BROKEN, (sequence) => {
    const fixed = repairSequence(sequence);
    if (fixed === null) failed = true;
    return fixed ?? sequence;
  });
  return failed ? null : repaired;
}

/**
 * `findMojibake` and `repairMojibake` over a text read in pieces that split no line (`decodeInPieces`; no broken
 * sequence holds a line break): the same finding, count and verdict as on the whole text.
 */
export function mojibakeTally() {
  let broken = 0;
  let replaced = 0;
  let sample: MojibakeFinding['sample'] | null = null;
  let repairable = true;
  return {
    /** Notes the piece's broken characters; answers it repaired (itself if it needs none, null if it cannot be). */
    add(piece: string): string | null {
      const finding = findMojibake(piece);
      if (finding?.kind === 'replacement-characters') replaced += finding.count;
      if (finding?.kind !== 'utf8-read-as-1252') return piece;
      broken += finding.count;
      sample ??= finding.sample;
      const repaired = repairMojibake(piece);
      if (repaired === null) repairable = false;
      return repaired;
    },
    /** What `findMojibake` says of the pieces seen so far, joined. */
    finding(): MojibakeFinding | null {
      if (broken > 0) return { kind: 'utf8-read-as-1252', sample: sample!, count: broken };
      if (replaced > 0)
        return { kind: 'replacement-characters', sample: { broken: '\uFFFD', meant: null }, count: replaced };
      return null;
    },
    /** Whether `repairMojibake` would repair the pieces seen so far, joined. */
    repairable: () => repairable,
  };
}

/** The French warning shown to the user. */
export function mojibakeMessage(finding: MojibakeFinding): string {
  if (finding.kind === 'replacement-characters')
    return 'Ce fichier contient des caractères abîmés («\u00a0\uFFFD\u00a0» à la place de lettres accentuées)\u00a0: il a sans doute été réenregistré avec un mauvais encodage. Les lettres perdues ne peuvent pas toutes être retrouvées\u00a0: dans les noms, les mots que le vocabulaire des lieux reconnaît («\u00a0Médiathèque\u00a0», «\u00a0Numérique\u00a0»…) sont réparés et signalés sur leur ligne\u00a0; vérifiez les autres noms après l’import.';
  const { broken, meant } = finding.sample;
  const example = meant
    ? `«\u00a0${broken}\u00a0» au lieu de «\u00a0${meant}\u00a0»`
    : `«\u00a0${broken}\u00a0»`;
  return `Ce fichier contient des caractères abîmés (${example})\u00a0: il a sans doute été réenregistré avec un mauvais encodage.`;
}
