import { describe, expect, it } from 'vitest';
import { invitedToPhrase, meetingPhrase } from '../../electron/backend/meetings/meetingPhrase';
import { frenchTypography } from '../../electron/backend/documents/frenchTypography';

/** How the meeting documents name a meeting (a screen tour found « à la réunion « Réunion plénière » »). */
describe('a meeting named in a sentence', () => {
  it('invites to a meeting by its title, or by its kind with the article French wants', () => {
    expect(invitedToPhrase({ title: null, kind: 'pleniere' })).toBe('à la réunion plénière');
    expect(invitedToPhrase({ title: null, kind: 'atelier' })).toBe('à l’atelier');
    expect(invitedToPhrase({ title: null, kind: 'cafe_debat' })).toBe('au café-débat');
    expect(invitedToPhrase({ title: 'Point d’étape', kind: 'pleniere' })).toBe(
      'à la réunion «\u00a0Point d’étape\u00a0»',
    );
  });

  it('never doubles the guillemets of a title that has its own', () => {
    // Straight quotes typed on a French keyboard, after the documents' typography: still one pair of « ».
    const typed = frenchTypography(
      `Vous êtes invité·e ${invitedToPhrase({ title: 'Café-débat "Les territoires ruraux"', kind: 'cafe_debat' })}.`,
    );
    expect(typed.match(/«/g)).toHaveLength(1);
    expect(meetingPhrase({ title: 'Café-débat « Les territoires ruraux »', kind: 'cafe_debat' })).toBe(
      'Réunion «\u00a0Café-débat “Les territoires ruraux”\u00a0»',
    );
  });
});
