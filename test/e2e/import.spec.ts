import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, saveScreenshot, test } from './support/webApp';

const FIXTURES = join(process.cwd(), 'test/fixtures/import');

// A PACA intercommunality imports the Hub du Sud's v0.1 JSON (646 places, 2023): report, confirm, directory.
test('importing the legacy v0.1 JSON of the Hub du Sud into the Métropole d’Aix-Marseille-Provence', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await page.getByLabel('Nom, SIREN ou commune').fill('200054807');
  await page.getByRole('button', { name: /Aix-Marseille-Provence/ }).click();
  await page.getByRole('button', { name: 'Choisir ce territoire' }).click();
  await expect(page.getByRole('navigation')).toContainText('Aix-Marseille-Provence');

  await page.getByRole('link', { name: 'Importer' }).click();
  await expect(page.getByRole('heading', { name: 'Importer des lieux' })).toBeVisible();
  await saveScreenshot(page, 'import-01-choisir');

  await page
    .getByLabel('Fichier à importer')
    .setInputFiles(join(FIXTURES, 'standard-v0.1-paca-hub-du-sud-2023.json'));
  await expect(page.getByRole('heading', { name: 'Rapport avant import' })).toBeVisible();
  await expect(
    page.getByText('Ancien standard «\u00a0Lieux de médiation numérique\u00a0» v0.1'),
  ).toBeVisible();
  await expect(page.getByText('646 fiches dans le fichier.')).toBeVisible();
  const counts = page.getByRole('list', { name: 'Fiches du fichier' });
  // 37 rows write a Marseille arrondissement as their commune (« MARSEILLE 11 »): read as Marseille, in the EPCI.
  await expect(counts).toContainText('192à créer');
  await expect(counts).toContainText('453hors du territoire');
  await page.getByText(/Fiches hors du territoire/).click();
  await expect(
    page.getByText('fiche n° 2 : code INSEE 84007 (Avignon) hors du territoire.', { exact: false }),
  ).toBeVisible();
  await saveScreenshot(page, 'import-02-rapport');

  await page.getByRole('button', { name: 'Importer 192\u00a0lieux' }).click();
  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
  await expect(page.getByText('192 acteurs créés', { exact: false })).toBeVisible();
  await saveScreenshot(page, 'import-03-termine');

  await page.getByRole('link', { name: 'Voir l’annuaire des acteurs' }).click();
  await page
    .getByRole('searchbox', { name: 'Rechercher dans l’annuaire' })
    .fill('accueil individuel en acces libre');
  const table = page.getByRole('table', { name: 'Acteurs de l’annuaire' });
  await expect(table.getByRole('link', { name: 'Accueil individuel en accès libre' })).toBeVisible();
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table).toContainText('Martigues');
  await saveScreenshot(page, 'import-04-annuaire');

  // The imported places are on the map (no contours for this territory yet: points only)…
  await page.getByRole('link', { name: 'Carte' }).click();
  await expect(page.locator('.map-canvas circle[data-actor-id]').first()).toBeVisible();
  expect(await page.locator('.map-canvas circle[data-actor-id]').count()).toBeGreaterThan(100);
  await expect(page.getByText(/contours des communes ne sont pas encore importés/)).toBeVisible();
  await expect(page.getByText(/Admin Express/)).toBeVisible();
  await expect(page.locator('.map-canvas path[data-commune-code]')).toHaveCount(0);
  await saveScreenshot(page, 'import-06-carte');

  // …and flow back out in the national standard.
  await page.getByRole('link', { name: 'Exporter' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le CSV du standard' }).click();
  const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(csv.startsWith('id,pivot,nom,commune,code_postal,code_insee,adresse,')).toBe(true);
  expect(csv).toContain('Martigues');
});

// Any spreadsheet: broken characters repaired on request, columns matched in the wizard.
test('importing a spreadsheet with broken characters through the column mapping', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await page.getByLabel('Nom, SIREN ou commune').fill('grand reims');
  await page.getByRole('button', { name: /CU du Grand Reims/ }).click();
  await page.getByRole('button', { name: 'Choisir ce territoire' }).click();
  await expect(page.getByRole('navigation')).toContainText('Grand Reims');

  await page.getByRole('link', { name: 'Importer' }).click();
  await page.getByLabel('Fichier à importer').setInputFiles(join(FIXTURES, 'tableur-reims-mojibake.csv'));
  await expect(page.getByText('Ce fichier contient des caractères abîmés', { exact: false })).toBeVisible();
  await expect(page.getByText('« Ã© » au lieu de « é »', { exact: false })).toBeVisible();
  await page.getByLabel('Réparer les caractères abîmés avant l’import').check();
  await expect(page.getByRole('heading', { name: 'Correspondance des colonnes' })).toBeVisible();
  await expect(page.getByLabel('Commune', { exact: true })).toHaveValue('Localité');
  await expect(page.getByLabel('Nom', { exact: true })).toHaveValue('Raison sociale');
  await expect(page.getByLabel('Courriel', { exact: true })).toHaveValue('Mél');
  // A wrong choice shows in the report at once, and can be undone.
  await page.getByLabel('Site web', { exact: true }).selectOption('Téléphone');
  await expect(page.getByText('Avertissements — valeurs laissées de côté ou corrigées (2)')).toBeVisible();
  await page.getByLabel('Site web', { exact: true }).selectOption('');
  await expect(page.getByText(/Avertissements/)).toHaveCount(0);
  await expect(page.getByText('mediatheques@reims.fr')).toBeVisible();
  const counts = page.getByRole('list', { name: 'Lignes du fichier' });
  await expect(counts).toContainText('2à créer');
  await expect(counts).toContainText('1hors du territoire');
  await saveScreenshot(page, 'import-05-tableur-correspondance');

  await page.getByRole('button', { name: 'Importer 2\u00a0lieux' }).click();
  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
  await page.getByRole('link', { name: 'Voir l’annuaire des acteurs' }).click();
  const table = page.getByRole('table', { name: 'Acteurs de l’annuaire' });
  await expect(table.getByRole('link', { name: 'Médiathèque Jean-Falala' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Espace numérique de Fismes' })).toBeVisible();
});
