import { join } from 'node:path';
import { expect, saveScreenshot, test } from './support/webApp';

const CONTOURS = join(import.meta.dirname, '../fixtures/geo/communes-86-vienne-2018.geojson');

// The map of the demo territory: points without contours, an import, the full map, a click to an actor's page.
test('the map shows the places of the demo territory once the contours are imported', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  await page.getByRole('link', { name: 'Carte' }).click();
  await expect(page).toHaveURL(/#\/carte$/);
  // Before the contours, the geolocated places are already drawn, and the import is offered.
  await expect(page.getByText(/contours des communes ne sont pas encore importés/)).toBeVisible();
  await expect(page.getByText(/Admin Express/)).toBeVisible();
  await expect(page.locator('.map-canvas circle[data-actor-id]').first()).toBeVisible();
  await expect(page.locator('.map-canvas path[data-commune-code]')).toHaveCount(0);
  await saveScreenshot(page, 'map-01-sans-contours');

  await page.getByTestId('map-file-input').setInputFiles(CONTOURS);
  await expect(page.getByText(/Contours importés pour 35\u00a0communes du territoire/)).toBeVisible();
  await expect(page.getByText(/5\u00a0anciennes communes rattachées/)).toBeVisible();
  const points = page.locator('.map-canvas circle[data-actor-id]');
  await expect(points.first()).toBeVisible();
  await expect(page.locator('.map-canvas path[data-commune-code]')).toHaveCount(35);
  await expect(
    page
      .locator('.page-header')
      .getByText(/lieux sur \d+\u00a0communes\u00a0; \d+\u00a0communes sans lieu fixe/),
  ).toBeVisible();
  await expect(page.locator('.map-canvas').getByText('Commune sans lieu fixe de médiation')).toBeVisible();
  await saveScreenshot(page, 'map-02-carte-par-role');

  await page.getByLabel('Couleur selon').selectOption('typology');
  await expect(page.locator('.map-canvas').getByText('Typologie de la structure')).toBeVisible();
  await saveScreenshot(page, 'map-03-carte-par-typologie');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger la carte (SVG)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^carte-.*\.svg$/);

  const first = points.first();
  const actorId = await first.getAttribute('data-actor-id');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#/acteurs/${actorId}$`));
  await expect(page.getByRole('heading', { name: 'Lieux et services' })).toBeVisible();
});
