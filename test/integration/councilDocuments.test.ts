import { describe, expect, it } from 'vitest';
import type { DocumentRequest } from '../../shared/documents/documentDto';
import { useActorsBackend } from './support/actorsBackend';
import { pageFills } from './support/pageFill';
import { readDocx, tablesOf } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';
import { useTempDir } from './support/tempDir';

/**
 * The Word documents are for a council, not for the software's user: they never tell the reader to open a
 * screen, import a file or click anything, and LibreOffice lays them out without pages left nearly empty — a
 * section with nothing written is a sentence, not a heading alone on its page, and a chart of zeros is a
 * sentence too. Checked on a territory barely started (real communes, one actor with no place, no indicator,
 * no contours, a roadmap with nothing written) and on the demo with its roadmap.
 */

const t = useActorsBackend();
const tempDir = useTempDir();

/** What tells a reader to operate the software. The software may be named as the producer of a source. */
const INSTRUCTIONS: RegExp[] = [
  /\bécrans?\b/i,
  /\bonglets?\b/i,
  /\bboutons?\b/i,
  /\bcliqu/i,
  /\b(importez|choisissez|ajoutez|saisissez|complétez|renseignez|commencez|sélectionnez|ouvrez|allez)\b/i,
  /\b(dans|de|avec) Maillage\b(?! au )/,
  /\baprès (un|l’|l') ?import/i,
  /\bapparaîtr(a|ont)\b/i,
  /\bà rédiger dans\b/i,
  // The app's word for what the reader knows as collected, gathered or available.
  /\bimporté(e|s|es)?\b/i,
];

const EVERY_DOCUMENT: DocumentRequest[] = [
  { kind: 'annuaire', options: { groupBy: 'commune' } },
  { kind: 'annuaire', options: { groupBy: 'typologie' } },
  { kind: 'diagnostic', options: {} },
  { kind: 'feuilleDeRoute', options: {} },
  { kind: 'noteSynthese', options: {} },
];

/** A page between the title page and the last one whose content stops this high is nearly empty. */
const NEARLY_EMPTY = 0.2;

async function partialTerritory(): Promise<void> {
  t.open({ territory: false });
  // CC des Portes de la Thiérache: 30 real communes, nothing else yet.
  const territory = await t.ok('territory.choose', { siren: '240200634' });
  await t.create({ name: 'Médiathèque intercommunale', communeCode: territory.communes[0]!.code });
  // The feuille de route started (a first write), nothing in it yet: merely opening its screen creates nothing.
  await t.ok('roadmap.updateText', { title: 'Feuille de route de l’inclusion numérique' });
}

async function demoTerritory(): Promise<void> {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  await seedDemoRoadmap(t.backend);
}

async function buildAll(): Promise<{ name: string; text: string; bytes: Buffer }[]> {
  const built = [];
  for (const request of EVERY_DOCUMENT) {
    const file = await t.ok('documents.build', request);
    const parts = readDocx(file.contentBase64);
    built.push({
      name: file.fileName,
      text: parts.paragraphs.join('\n'),
      bytes: Buffer.from(file.contentBase64, 'base64'),
    });
  }
  return built;
}

function instructionsIn(text: string): string[] {
  return text.split('\n').filter((paragraph) => INSTRUCTIONS.some((pattern) => pattern.test(paragraph)));
}

describe('council documents', () => {
  for (const [territory, prepare] of [
    ['a territory barely started', partialTerritory],
    ['the demo territory with its roadmap', demoTerritory],
  ] as const) {
    it(`hold no instruction about the software, for ${territory}`, { timeout: 120_000 }, async () => {
      await prepare();
      for (const document of await buildAll()) {
        expect({ document: document.name, instructions: instructionsIn(document.text) }).toEqual({
          document: document.name,
          instructions: [],
        });
      }
    });

    it(`leave no page nearly empty, for ${territory}`, { timeout: 300_000 }, async () => {
      await prepare();
      const documents = await buildAll();
      for (const [index, document] of documents.entries()) {
        const fills = pageFills(document.bytes, tempDir(), `document-${index}`);
        expect(fills.length).toBeGreaterThan(0);
        // The title page and the last page may be short; every page in between is filled.
        const nearlyEmpty = fills
          .map((fill, page) => ({ page: page + 1, fill }))
          .slice(1, -1)
          .filter(({ fill }) => fill < NEARLY_EMPTY);
        expect({ document: document.name, nearlyEmpty }).toEqual({
          document: document.name,
          nearlyEmpty: [],
        });
      }
    });
  }

  it('say « en retard » of an action past its end in its fiche as in the calendar', async () => {
    await demoTerritory();
    t.setNow('2026-09-01T10:00:00Z');
    const roadmap = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const rows = tablesOf(roadmap.document).flatMap((table) => table.rows);
    // Ended in June 2026, not started: late in the calendar and in its own fiche.
    const calendarRow = rows.find(
      (row) => row[0]!.endsWith('Permanence France Services à Charroux') && row.includes('juin 2026'),
    );
    expect(calendarRow).toContain('À lancer (en retard)');
    expect(rows).toContainEqual(['État', 'À lancer (en retard) — 0\u00a0% réalisés']);
    // Ending in June 2027, on time.
    expect(rows).toContainEqual(['État', 'En cours — 30\u00a0% réalisés']);
  });

  it('say what is not written in one sentence, and replace charts of zeros by a sentence', async () => {
    await partialTerritory();
    const roadmap = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    expect(roadmap.paragraphs).toContain(
      'Restent à rédiger\u00a0: la raison d’être, le contexte, la composition de l’instance, les objectifs, les engagements réciproques, les chantiers clés et leurs actions, qui fait quoi, le calendrier et les financements.',
    );
    const diagnostic = readDocx(
      (await t.ok('documents.build', { kind: 'diagnostic', options: {} })).contentBase64,
    );
    const text = diagnostic.paragraphs.map((p) => p.replace(/[\u00a0\u202f]/g, ' '));
    // No place in the directory yet: the offer is not measured, said once, never as zeros or « 100 % sans lieu ».
    expect(text).toContain(
      'L’annuaire ne recense encore aucun lieu de médiation numérique ni aucune permanence : l’offre du territoire n’est pas encore mesurée, et ce diagnostic n’en donne aucun chiffre.',
    );
    expect(text).toContain(
      'Sans lieu ni permanence recensés dans l’annuaire, les écarts entre les besoins et l’offre ne peuvent pas encore être établis.',
    );
    expect(text.join('\n')).not.toMatch(/vit dans une commune sans lieu|n’a de lieu/);
    const [keyFigures] = tablesOf(diagnostic.document);
    expect(
      keyFigures!.rows.find((row) => row[0] === 'Communes sans lieu ni permanence')!.slice(1, 2),
    ).toEqual(['non renseigné']);
    expect(text).toContain('Commentaires : non renseignés');
    // No chart is drawn: every one of them would have been bars at zero.
    expect(diagnostic.media.filter((name) => name.endsWith('.png'))).toEqual([]);
  });
});
