import { describe, expect, it } from 'vitest';
import {
  afterColon,
  countLabel,
  formatDate,
  formatDateTime,
  formatInteger,
  ofName,
  quoted,
} from '../../shared/format/french';

describe('French formatting', () => {
  it('writes dates as « 5 avril 2026 » and the first of the month as « 1er »', () => {
    expect(formatDate('2026-04-05')).toBe('5\u00a0avril 2026');
    expect(formatDate('2026-05-01')).toBe('1er\u00a0mai 2026');
    expect(formatDate('2025-12-31T23:30:00Z')).toBe('31\u00a0décembre 2025');
    expect(formatDate(null)).toBe('');
  });

  it('writes a time of day the French way', () => {
    const local = new Date(2026, 3, 5, 14, 5);
    expect(formatDateTime(local.toISOString())).toBe('5\u00a0avril 2026 à 14\u00a0h\u00a005');
  });

  it('groups thousands with a narrow no-break space', () => {
    expect(formatInteger(12345)).toBe('12\u202f345');
    expect(formatInteger(27496)).toBe('27\u202f496');
    expect(formatInteger(999)).toBe('999');
  });

  it('agrees nouns with their count', () => {
    expect(countLabel(1, 'acteur')).toBe('1\u00a0acteur');
    expect(countLabel(1234, 'acteur')).toBe('1\u202f234\u00a0acteurs');
    expect(countLabel(0, 'acteur', 'acteurs', 'aucun acteur')).toBe('aucun acteur');
  });

  it('puts no-break spaces inside French quotes, and nests the guillemets of the text as “ ”', () => {
    expect(quoted('Civray')).toBe('«\u00a0Civray\u00a0»');
    expect(quoted('Café-débat « L’inclusion numérique »')).toBe(
      '«\u00a0Café-débat “L’inclusion numérique”\u00a0»',
    );
    expect(quoted('«\u00a0Point d’étape\u00a0»')).toBe('«\u00a0“Point d’étape”\u00a0»');
    expect(quoted('Café-débat "Les territoires ruraux"')).toBe(
      '«\u00a0Café-débat “Les territoires ruraux”\u00a0»',
    );
  });

  it('elides or contracts « de » before a name, as accessible names read it aloud', () => {
    expect(ofName('Civray')).toBe('de Civray');
    expect(ofName('Espace France Services de Civray')).toBe('d’Espace France Services de Civray');
    expect(ofName('Épicerie solidaire du Civraisien')).toBe('d’Épicerie solidaire du Civraisien');
    expect(ofName('Le Relais numérique')).toBe('du Relais numérique');
    expect(ofName('Les Adjots')).toBe('des Adjots');
    expect(ofName('La Poste')).toBe('de La Poste');
  });

  it('starts a sentence after a colon in lower case, but not an acronym or a name', () => {
    expect(afterColon('Nom manquant.')).toBe('nom manquant.');
    expect(afterColon('Le code INSEE compte 5 caractères.')).toBe('le code INSEE compte 5 caractères.');
    expect(afterColon('L’adresse e-mail est illisible.')).toBe('l’adresse e-mail est illisible.');
    expect(afterColon('Commune « Aix » hors du territoire.')).toBe('commune « Aix » hors du territoire.');
    expect(afterColon('Le SIRET compte 14 chiffres.')).toBe('le SIRET compte 14 chiffres.');
    expect(afterColon('SIRET invalide.')).toBe('SIRET invalide.');
    expect(afterColon('France Services inconnu.')).toBe('France Services inconnu.');
    expect(afterColon('Wallis-et-Futuna n’est pas couvert.')).toBe('Wallis-et-Futuna n’est pas couvert.');
    expect(afterColon('Saint-Pierre-et-Miquelon hors du territoire.')).toBe(
      'Saint-Pierre-et-Miquelon hors du territoire.',
    );
    expect(afterColon('« Lundi » illisible.')).toBe('« Lundi » illisible.');
    expect(afterColon('')).toBe('');
  });
});
