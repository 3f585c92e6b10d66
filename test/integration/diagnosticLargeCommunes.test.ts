import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';

/**
 * A territory where every commune is large: the CINOR (Saint-Denis, Sainte-Marie, Sainte-Suzanne, La Réunion),
 * chosen and nothing else. Its Word diagnostic says that no commune has fewer than 500 inhabitants in words, as
 * French writes it, not « 0 commune compte moins de 500 habitants ».
 */

const t = useActorsBackend();
const CINOR = '249740119';

describe('the Word diagnostic of a territory without small communes', () => {
  it('says « Aucune commune ne compte moins de 500 habitants »', async () => {
    t.open({ territory: false });
    await t.ok('territory.choose', { siren: CINOR });
    const diagnostic = readDocx(
      (await t.ok('documents.build', { kind: 'diagnostic', options: {} })).contentBase64,
    );
    const text = diagnostic.paragraphs.map((p) => p.replace(/[\u00a0\u202f]/g, ' '));
    expect(text.filter((p) => p.includes('moins de 500 habitants'))).toEqual([
      expect.stringContaining('Aucune commune ne compte moins de 500 habitants.'),
    ]);
    expect(text.some((p) => /\b0 commune/.test(p))).toBe(false);
  });
});
