import { describe, expect, it } from 'vitest';
import type { ActorInput } from '../../shared/actors/schemas';
import type { ApiInput } from '../../shared/api/contract';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';
import { useActorsBackend } from './support/actorsBackend';
import { readZip } from './support/readDocx';

/**
 * The annuaire of a small directory, pinned part by part: every XML part of the Word file (body, styles,
 * header and footer, numbering, relations…) as today's builder writes it, so that building it faster cannot
 * change what the user opens. Only `docProps/core.xml` is left out: it carries the time of the build. The
 * pinned parts are in `__snapshots__/annuairePinned/`.
 */

const t = useActorsBackend();

const extra: ActorInput[] = [
  {
    name: 'Association « Le Lien » & <compagnie>',
    siret: fictitiousSiret('8123456780011'),
    typologies: ['ASSO', 'TIERS_LIEUX'],
    roles: ['operateur', 'lieu_mediation'],
    address: '3 rue du Marché',
    communeCode: '86078',
    postcode: '86400',
    website: 'https://lien.civraisien-demo.fr',
    publics: ['Seniors', 'Jeunes'],
    specificSupports: ['Surdité'],
    programmes: ['Conseillers numériques'],
    labels: ['Fabriques de Territoire'],
    otherLabels: 'Label « maison » : oui !',
    lastVerifiedOn: '2026-01-31',
    contacts: [
      { name: 'Lou Martin', role: 'Médiatrice numérique', phone: '05 36 49 13 01' },
      { name: 'Sam Petit', email: 'sam@civraisien-demo.fr' },
    ],
    places: [
      {
        name: 'Espace du Lien',
        address: '5 place du Marché',
        communeCode: '86082',
        postcode: '86700',
        services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'],
        accessModes: ['Se présenter'],
        accompanimentModes: ['Dans un atelier collectif'],
        fees: ['Gratuit'],
        itinerance: ['Itinérant'],
        openingHours: 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00',
        phone: '05 36 49 13 00',
        bookingUrl: 'https://rdv.civraisien-demo.fr/lien',
        permanences: [{ communeCode: '86078', weekdays: ['Tu', 'Th'], schedule: 'Une semaine sur deux' }],
      },
      { name: 'Antenne', openingHours: 'le matin, sauf quand il pleut' },
    ],
  },
  { name: 'Acteur sans rien', typologies: [], roles: [] },
];

async function directory(): Promise<void> {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  for (const actor of extra) await t.create(actor);
}

/** Every part (`all`), or only the body, which is all that the grouping and the filters change. */
/** The annuaire's options as the screen sends them (filters may be left out). */
type AnnuaireRequest = Extract<ApiInput<'documents.build'>, { kind: 'annuaire' }>['options'];

async function pinParts(options: AnnuaireRequest, folder: string, which: 'all' | 'body'): Promise<void> {
  const file = await t.ok('documents.build', { kind: 'annuaire', options });
  const parts = readZip(Buffer.from(file.contentBase64, 'base64'));
  const names = [...parts.keys()].filter((name) => name !== 'docProps/core.xml').sort();
  await expect(names.join('\n')).toMatchFileSnapshot(`__snapshots__/annuairePinned/${folder}/parts.txt`);
  for (const name of which === 'all' ? names : ['word/document.xml'])
    await expect(parts.get(name)!.toString('utf8')).toMatchFileSnapshot(
      `__snapshots__/annuairePinned/${folder}/${name.replace(/\//g, '__')}`,
    );
}

describe('the annuaire of a small directory, pinned', () => {
  it('writes the same Word parts by commune', async () => {
    await directory();
    await pinParts({ groupBy: 'commune' }, 'commune', 'all');
  });

  it('writes the same Word parts by typology, and for a filtered list', async () => {
    await directory();
    await pinParts({ groupBy: 'typologie' }, 'typology', 'body');
    await pinParts({ groupBy: 'commune', filters: { search: 'lien' } }, 'filtered', 'body');
  });
});
