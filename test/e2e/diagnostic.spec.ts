import { join } from 'node:path';
import { expect, saveScreenshot, test } from './support/webApp';

const FIXTURES = join(process.cwd(), 'test/fixtures');

// On the demo territory (its contours come with it): the offer alone, then the IFN → the full dashboard → freeze →
// open it.
test('the diagnostic of the demo territory, frozen and opened again unchanged', async ({ page, webApp }) => {
  test.setTimeout(150_000); // an import, the dashboard, a freeze and a comparison, on a 2-core machine
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  // Before any indicator: the offer is there, the fragility says what to import and where.
  await page.getByRole('link', { name: 'Diagnostic', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Diagnostic', exact: true })).toBeVisible();
  await expect(page.locator('[data-figure="communes"]')).toContainText('35');
  await expect(page.getByText(/fragilite-numerique\.fr/)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Lieux de médiation pour 10\u00a0000 habitants' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Fragilité par commune\s*: / })).toHaveCount(0);
  await saveScreenshot(page, 'diagnostic-sans-indicateur');

  // The IFN export, through the indicators screen.
  await page.getByRole('link', { name: 'Importer des indicateurs' }).click();
  await page
    .getByLabel('Fichier d’indicateurs à importer')
    .setInputFiles(join(FIXTURES, 'diagnostic/ifn-civraisien.csv'));
  await page.getByLabel('Année des données').fill('2023');
  await page.getByRole('button', { name: 'Importer 6\u00a0indicateurs pour 35\u00a0communes' }).click();
  await expect(
    page.locator('.indicators-datasets').getByRole('row', { name: /Indice de fragilité/ }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Diagnostic', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Fragilité par commune\s*: / })).toBeVisible();
  await expect(
    page.getByText('Source\u00a0: La MedNum — fragilite-numerique.fr (2023)').first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fragilité et offre, commune par commune' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Communes fragiles et loin/ })).toBeVisible();
  await expect(page.locator('.diagnostic-map svg path[data-commune-code]')).toHaveCount(35);
  const ranking = page.locator('.diagnostic-table').first();
  await expect(ranking.locator('tbody tr')).toHaveCount(35);
  // The table of a chart's numbers.
  const fragilityFigure = page.locator('figure', {
    has: page.getByRole('heading', { name: /^Fragilité par commune\s*: / }),
  });
  await fragilityFigure.getByRole('button', { name: 'Voir les chiffres' }).click();
  await expect(fragilityFigure.getByRole('table')).toBeVisible();
  // Sorting the communes by name puts them in alphabetical order.
  await ranking.getByRole('button', { name: /Commune/ }).click();
  await expect(ranking.locator('tbody tr').first().locator('th')).toHaveText('Anché');

  // A shorter distance for « fragiles et loin »: the chart and its numbers follow (at 10 km, the default, the bus's
  // permanences leave no fragile commune far from help).
  const farFigure = page.locator('figure', {
    has: page.getByRole('heading', { name: /Communes fragiles et loin/ }),
  });
  await farFigure.getByRole('button', { name: 'Voir les chiffres' }).click();
  const farRows = farFigure.getByRole('table').locator('tbody tr');
  const before = await farRows.count();
  await page.getByLabel('Loin à partir de (km)').fill('4');
  await expect(farFigure).toContainText(/à 4\u00a0km ou plus/);
  await expect(farRows).not.toHaveCount(before);
  await page.getByLabel('Loin à partir de (km)').fill('10');
  await expect(farRows).toHaveCount(before);
  await farFigure.getByRole('button', { name: 'Masquer les chiffres' }).click();

  await page.getByLabel('Synthèse').fill('Six communes cumulent fragilité forte et absence de lieu.');
  await page.getByRole('button', { name: 'Enregistrer la partie «\u00a0Synthèse\u00a0»' }).click();
  await expect(page.getByText('Commentaire «\u00a0Synthèse\u00a0» enregistré.')).toBeVisible();
  // The screenshot without the toast (it leaves by itself) nor a chart's tooltip under the mouse.
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'diagnostic-tableau-de-bord');

  // Freeze, then the frozen diagnostic opens read-only with its date.
  await page.getByRole('button', { name: 'Figer ce diagnostic' }).first().click();
  await expect(page.getByLabel('Titre')).toBeFocused();
  await page.getByLabel('Titre').fill('Conférence des maires');
  await page.locator('#diagnostic-figer').getByRole('button', { name: 'Figer ce diagnostic' }).click();
  await expect(page).toHaveURL(/#\/diagnostic\/figes\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Conférence des maires' })).toBeVisible();
  await expect(page.getByText(/^figé le \d{1,2}(er)?\u00a0\p{L}+ \d{4}$/u)).toBeVisible();
  await expect(page.getByText('Six communes cumulent fragilité forte et absence de lieu.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Fragilité par commune\s*: / })).toBeVisible();
  await expect(page.locator('.diagnostic-map svg path[data-commune-code]')).toHaveCount(35);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('.toast')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'diagnostic-fige');
  // What was shown to the mayors can be handed out again as a Word document.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ce diagnostic figé (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(
    /^Diagnostic figé le \d+ \S+ \d{4} \(.+\) – CC du Civraisien en Poitou\.docx$/,
  );

  // Compared with today: nothing has changed yet.
  await page.getByRole('link', { name: 'Comparer avec aujourd’hui' }).click();
  await expect(page.getByRole('heading', { name: 'Comparaison de deux diagnostics' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Lieux de médiation/ })).toContainText('=');
  await expect(page.getByText('Aucune commune n’a changé de nombre de lieux ni de score.')).toBeVisible();
  await saveScreenshot(page, 'diagnostic-comparaison');
});
