import { join } from 'node:path';
import { expect, saveScreenshot, test } from './support/webApp';

const PRODUCERS = join(import.meta.dirname, '../fixtures/import/producteurs');
const CONTOURS = join(import.meta.dirname, '../fixtures/geo/communes-86-vienne-2018.geojson');

// A producer file with the commune only at the end of the address, then one with the number in its own column.
test('the column wizard reads producer files as the field sends them', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByLabel('Nom, SIREN ou commune').fill('coeur de charente');
  await page.getByRole('button', { name: /CC Coeur de Charente/ }).click();
  await page.getByRole('button', { name: 'Choisir ce territoire' }).click();
  await expect(page.getByRole('navigation')).toContainText('Coeur de Charente');

  await page.getByRole('link', { name: 'Importer' }).click();
  await page.getByLabel('Fichier à importer').setInputFiles(join(PRODUCERS, 'adresse-avec-commune.csv'));
  await expect(page.getByRole('heading', { name: 'Correspondance des colonnes' })).toBeVisible();
  await expect(page.getByLabel('Nom', { exact: true })).toHaveValue('Lieu');
  await expect(page.getByLabel('Adresse', { exact: true })).toHaveValue('Adresse');
  await expect(page.getByLabel('Code postal', { exact: true })).toHaveValue('');
  const counts = page.getByRole('list', { name: 'Lignes du fichier' });
  await expect(counts).toContainText('5à créer');
  await saveScreenshot(page, 'import-07-producteur-adresse-avec-commune');
  await page.getByRole('button', { name: 'Importer 5\u00a0lieux' }).click();
  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();

  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await page.getByLabel('Fichier à importer').setInputFiles(join(PRODUCERS, 'numero-et-voie.csv'));
  await expect(page.getByLabel('Nom', { exact: true })).toHaveValue('Nom de la structure');
  await expect(page.getByLabel('Numéro dans la voie (joint à l’adresse)')).toHaveValue('Numéro');
  await expect(page.getByLabel('Adresse', { exact: true })).toHaveValue('Voie');
  // The preview shows the address as it will be stored, number in front.
  await expect(page.getByText('2 Place Arsène Roudy · 5 Route de Ruffec')).toBeVisible();
  await saveScreenshot(page, 'import-08-producteur-numero-et-voie');
});

// The contours line stays on the map screen after the import's report is gone.
test('the map says how many contours it uses and leaves out, on the screen afterwards', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();
  await page.getByRole('link', { name: 'Carte' }).click();
  await page.getByTestId('map-file-input').setInputFiles(CONTOURS);
  await expect(page.getByText(/40\u00a0contours utilisés/)).toBeVisible();

  await page.getByRole('link', { name: 'Annuaire des acteurs' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();
  await page.getByRole('link', { name: 'Carte' }).click();
  await expect(page.getByTestId('map-contour-use')).toHaveText(
    'Contours des communes\u00a0: 40\u00a0contours utilisés (dont 5\u00a0anciennes communes rattachées à leur commune nouvelle), 234\u00a0laissés de côté (234\u00a0hors du territoire).',
  );
  await saveScreenshot(page, 'map-04-contours-utilises');
});
