import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { optionalText, requiredText } from '../../shared/api/fields';
import { actorInput } from '../../shared/actors/schemas';
import { diagnosticApi } from '../../shared/diagnostic/diagnosticApi';
import { inputSchemaOf } from '../../shared/api/contract';
import { COMMENTARY_SECTIONS } from '../../shared/diagnostic/diagnosticDto';
import { roadmapTextInput } from '../../shared/roadmap/roadmapSchemas';
import { cleanControlCharacters, xmlSafeText } from '../../shared/text/controlCharacters';

/** Control characters at the boundary of every text field, and what XML writers drop. */

describe('control characters', () => {
  it('turns Word’s Shift+Enter into a space on one line and into a line break in a multi-line text', () => {
    expect(cleanControlCharacters('Espace\u000Bnumérique')).toBe('Espace numérique');
    expect(cleanControlCharacters('Espace\u000Bnumérique', 'multiline')).toBe('Espace\nnumérique');
    expect(cleanControlCharacters('a\u2028b\u2029c\u000Cd', 'multiline')).toBe('a\nb\nc\nd');
  });

  it('removes the other C0 controls and DEL, keeps tabs and line breaks only where a text has lines', () => {
    expect(cleanControlCharacters('A\u0000B\u0001C\u001FD\u007FE\u001BF')).toBe('ABCDEF');
    expect(cleanControlCharacters('a\tb\r\nc\rd', 'multiline')).toBe('a\tb\nc\nd');
    expect(cleanControlCharacters('a\tb\r\nc', 'line')).toBe('a b c');
    expect(cleanControlCharacters('Médiathèque « Le Lien » — 12 €')).toBe('Médiathèque « Le Lien » — 12 €');
  });

  it('goes through every text field of the input schemas', () => {
    const name = requiredText(200, 'Le nom');
    expect(name.parse('  Espace\u000Bnumérique\u0007 ')).toBe('Espace numérique');
    // A name made of controls only is empty, hence refused in French.
    expect(name.safeParse('\u0001\u000B').error?.issues[0]?.message).toBe('Le nom est obligatoire.');
    expect(z.object({ notes: optionalText(5000, 'Les notes') }).parse({ notes: 'l1\u000Bl2\u0000' })).toEqual(
      {
        notes: 'l1\nl2',
      },
    );
    const actor = actorInput.parse({
      name: 'Centre\u000Bsocial',
      address: '1 rue\u000Bdes Écoles',
      notes: 'Ligne 1\u000BLigne 2',
      places: [{ name: 'Lieu\u0000 principal', openingHours: 'Mo-Fr\t09:00-12:00' }],
    });
    expect(actor.name).toBe('Centre social');
    expect(actor.address).toBe('1 rue des Écoles');
    expect(actor.notes).toBe('Ligne 1\nLigne 2');
    expect(actor.places[0]!.name).toBe('Lieu principal');
    expect(actor.places[0]!.openingHours).toBe('Mo-Fr 09:00-12:00');
  });

  it('reaches the texts that keep their own shape: commentary and the feuille de route', () => {
    const commentary = diagnosticApi['diagnostic.setCommentary'].input;
    expect(
      commentary.parse({ section: COMMENTARY_SECTIONS[0], text: ' Avis\u000Bdu comité\u0000 ' }).text,
    ).toBe(' Avis\ndu comité ');
    expect(roadmapTextInput.parse({ purpose: 'Raison\u000Bd’être\u0001' }).purpose).toBe('Raison\nd’être');
  });

  it('reaches the names of imported files and the keys of « n’oublier personne »', () => {
    const file = { fileName: 'cartographie\u000B2026\u0000.csv', contentBase64: 'YQ==' };
    for (const [method, input] of [
      ['import.preview', file],
      ['indicators.preview', { ...file, kind: 'generic' }],
      ['map.importContours', file],
    ] as const) {
      const parsed = inputSchemaOf(method).parse(input) as { fileName: string };
      expect(parsed.fileName, method).toBe('cartographie 2026.csv');
    }
    const assumed = inputSchemaOf('instances.assume').parse({
      instanceId: 1,
      key: 'public:\u000Bseniors',
      reason: 'Le club des aînés est invité.',
    }) as { key: string };
    expect(assumed.key).toBe('public: seniors');
  });

  it('leaves XML only what XML can hold', () => {
    expect(xmlSafeText('a\u000Bb\u0000c\uFFFEd\uD800e\tf\ng')).toBe('a bcde\tf\ng');
    expect(xmlSafeText('😀 emoji')).toBe('😀 emoji');
  });
});
