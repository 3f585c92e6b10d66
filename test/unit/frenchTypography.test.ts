import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../electron/backend/documents/frenchTypography';
import { andList, phraseList } from '../../shared/format/frenchList';

/** `~` stands for the no-break space in expectations. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

describe('French typography in documents', () => {
  it('puts a no-break space before the double signs, whether a space was typed or not', () => {
    expect(frenchTypography('Contact : Awa Diallo')).toBe(nb('Contact~: Awa Diallo'));
    expect(frenchTypography('Contact: Awa Diallo')).toBe(nb('Contact~: Awa Diallo'));
    expect(frenchTypography('Pourquoi? Parce que ; voilà!')).toBe(nb('Pourquoi~? Parce que~; voilà~!'));
    expect(frenchTypography('Vraiment ?!')).toBe(nb('Vraiment~?!'));
  });

  it('puts no-break spaces inside French quotes and turns straight quotes into them', () => {
    expect(frenchTypography('le «groupe moteur» du territoire')).toBe(
      nb('le «~groupe moteur~» du territoire'),
    );
    expect(frenchTypography('le " groupe moteur " du territoire')).toBe(
      nb('le «~groupe moteur~» du territoire'),
    );
  });

  it('makes apostrophes typographic', () => {
    expect(frenchTypography("L'espace d'accueil de l'EPCI")).toBe('L’espace d’accueil de l’EPCI');
  });

  it('leaves web addresses, e-mails, times and ratios as they are', () => {
    const untouched = [
      'https://www.civraisien-demo.fr/agenda?page=2',
      'accueil@civraisien-demo.fr',
      'ouvert de 09:00 à 12:30',
      'échelle 1:25000',
    ];
    for (const text of untouched) expect(frenchTypography(text)).toBe(text);
  });

  it('gives the same text when applied twice', () => {
    const samples = ['Horaires : lundi ; mardi !', '« Cité »', 'Quoi? "Ici"', 'Note: voir https://a.fr?x=1'];
    for (const text of samples) {
      const once = frenchTypography(text);
      expect(frenchTypography(once)).toBe(once);
    }
  });
});

describe('lists of values in a sentence', () => {
  it('keeps the first capital and lowers the others, acronyms excepted', () => {
    expect(
      phraseList([
        'Aide aux démarches administratives',
        'Maîtrise des outils numériques du quotidien',
        'PIX',
      ]),
    ).toBe('Aide aux démarches administratives, maîtrise des outils numériques du quotidien, PIX');
    // Values written in title case by the standard keep their capitals rather than become « épicerie Solidaire ».
    expect(
      phraseList([
        'Associations',
        'Épicerie Solidaire',
        'Espace de Vie Sociale (EVS)',
        'Services sociaux du Conseil départemental',
      ]),
    ).toBe(
      'Associations, Épicerie Solidaire, Espace de Vie Sociale (EVS), services sociaux du Conseil départemental',
    );
    expect(phraseList([])).toBe('');
  });

  it('joins days with « et » before the last', () => {
    expect(andList(['lundi'])).toBe('lundi');
    expect(andList(['mardi', 'jeudi', 'vendredi'])).toBe('mardi, jeudi et vendredi');
  });
});
