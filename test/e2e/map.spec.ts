import { join } from 'node:path';
import { expect, saveScreenshot, test } from './support/webApp';

const CONTOURS = join(import.meta.dirname, '../fixtures/geo/communes-86-vienne-2018.geojson');

// The map of the demo territory: its communes drawn at once, the département's file imported over them, the
// full map, a click to an actor's page.
test('the map shows the communes and places of the demo territory, and takes the département’s contours', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  await page.getByRole('link', { name: 'Carte' }).click();
  await expect(page).toHaveURL(/#\/carte$/);
  // The demo comes with its communes' contours, and says what its file gave.
  await expect(page.locator('.map-canvas path[data-commune-code]')).toHaveCount(35);
  await expect(page.locator('.map-canvas circle[data-actor-id]').first()).toBeVisible();
  await expect(page.getByTestId('map-contour-use')).toHaveText(
    'Contours des communes\u00a0: 40\u00a0contours utilisés (dont 5\u00a0anciennes communes rattachées à leur commune nouvelle), aucun laissé de côté.',
  );
  await expect(page.getByText(/contours des communes ne sont pas encore importés/)).toHaveCount(0);
  await saveScreenshot(page, 'map-01-demo');

  // The département's whole file, as a technician would import it: the territory's communes taken, the rest said.
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
  await expect(page.locator('.map-canvas').getByText('Lieux par typologie de structure')).toBeVisible();
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
