import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from '../../../electron/backend/interop/text/decode';
import {
  findMojibake,
  mojibakeMessage,
  repairMojibake,
} from '../../../electron/backend/interop/text/mojibake';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding a file’s bytes', () => {
  it('reads UTF-8 with or without BOM, and turns CRLF into new lines', () => {
    expect(decodeBytes(utf8('nom;commune\r\nÉcole;Reims\r\n'))).toEqual({
      text: 'nom;commune\nÉcole;Reims\n',
      encoding: 'utf-8',
      hadBom: false,
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('nom\nMédiathèque')]);
    expect(decodeBytes(withBom)).toEqual({ text: 'nom\nMédiathèque', encoding: 'utf-8', hadBom: true });
  });

  it('reads Windows-1252 when the bytes are not valid UTF-8 (Excel on a French Windows)', () => {
    // « Médiathèque – l’espace » in Windows-1252: é = E9, è = E8, – = 96, ’ = 92.
    const bytes = new Uint8Array([
      0x4d, 0xe9, 0x64, 0x69, 0x61, 0x74, 0x68, 0xe8, 0x71, 0x75, 0x65, 0x20, 0x96, 0x20, 0x6c, 0x92,
    ]);
    expect(decodeBytes(bytes)).toMatchObject({ text: 'Médiathèque – l’', encoding: 'windows-1252' });
  });
});

describe('broken characters', () => {
  it('finds «\u00a0Ã©\u00a0» and tells the user in French what it stands for', () => {
    const finding = findMojibake('Biblioth\u00c3\u00a8que de la Cit\u00c3\u00a9');
    expect(finding).toMatchObject({ kind: 'utf8-read-as-1252', count: 2 });
    expect(mojibakeMessage(finding!)).toBe(
      'Ce fichier contient des caractères abîmés («\u00a0Ã¨\u00a0» au lieu de «\u00a0è\u00a0»)\u00a0: il a sans doute été réenregistré avec un mauvais encodage.',
    );
  });

  it('repairs the classic UTF-8-read-as-1252 mojibake, curly apostrophes included', () => {
    const broken = 'Biblioth\u00c3\u00a8que d\u00e2\u20ac\u2122Arles \u00c3\u00a0 c\u00c3\u00b4t\u00c3\u00a9';
    expect(repairMojibake(broken)).toBe('Bibliothèque d’Arles à côté');
  });

  it('leaves correct French text alone', () => {
    const text =
      'Maîtrise des outils numériques du quotidien — «\u00a0Formé à Mon Espace Santé\u00a0» à Châteauroux';
    expect(findMojibake(text)).toBeNull();
    expect(repairMojibake(text)).toBe(text);
  });

  it('reports replacement characters, which cannot be repaired', () => {
    expect(findMojibake('Biblioth\ufffdque')).toMatchObject({ kind: 'replacement-characters', count: 1 });
  });
});

describe('the fast UTF-8 path', () => {
  it('reads any bytes as a fatal TextDecoder would: the same text, or Windows-1252 when invalid', () => {
    const bytes = fc.oneof(
      fc.string({ unit: 'grapheme' }).map((text) => new TextEncoder().encode(`a;${text}`)),
      fc.uint8Array({ minLength: 4, maxLength: 64 }).map((raw) => Uint8Array.from([0x61, 0x3b, ...raw])),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        let expected: { text: string; encoding: string };
        try {
          expected = { text: new TextDecoder('utf-8', { fatal: true }).decode(input), encoding: 'utf-8' };
        } catch {
          expected = { text: new TextDecoder('windows-1252').decode(input), encoding: 'windows-1252' };
        }
        const decoded = decodeBytes(input);
        if (decoded.encoding.startsWith('utf-16')) return; // zero bytes read as UTF-16: another path
        expect({ text: decoded.text, encoding: decoded.encoding }).toEqual({
          text: expected.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
          encoding: expected.encoding,
        });
      }),
      { seed: 20261205, numRuns: 500 },
    );
  });
});
