import { join } from 'node:path';
import { expect, saveScreenshot, test } from './support/webApp';

const FIXTURES = join(process.cwd(), 'test/fixtures/diagnostic');

// On the demo territory, the technician brings the IFN export then an INSEE table, and removes one of them.
test('importing indicator files for the diagnostic of the demo territory', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByLabel('Nom, SIREN ou commune').fill('civraisien');
  await page.getByRole('button', { name: /CC du Civraisien en Poitou/ }).click();
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  await page.goto(`${webApp.origin}/#/diagnostic/indicateurs`);
  await expect(page.getByRole('heading', { name: 'Données des indicateurs' })).toBeVisible();
  await expect(page.getByRole('link', { name: '← Diagnostic' })).toHaveAttribute('href', '#/diagnostic');
  const datasets = page.locator('.indicators-datasets');

  // The IFN export (UTF-8 with BOM, `;`, decimal commas, « s », an unknown code on line 40).
  await expect(page.getByRole('radio', { name: /Indice de fragilité numérique/ })).toBeChecked();
  await page
    .getByLabel('Fichier d’indicateurs à importer')
    .setInputFiles(join(FIXTURES, 'ifn-civraisien.csv'));
  const report = page.locator('.indicators-report');
  await expect(report.getByRole('heading', { name: 'Ce que contient le fichier' })).toBeVisible();
  await expect(report).toContainText('39 lignes lues');
  await expect(report).toContainText('35 sur 35\u00a0communes du territoire trouvées');
  const poverty = report.getByRole('row', { name: /Taux de pauvreté/ });
  await expect(poverty).toContainText('30');
  await expect(poverty).toContainText('5\u00a0valeurs en secret statistique');
  await report.locator('summary', { hasText: '1\u00a0code inconnu' }).click();
  await expect(report.getByText('Ligne 40 : «\u00a086999\u00a0»')).toBeVisible();

  // The year is required: nothing is sent without it.
  await page.getByRole('button', { name: 'Importer 6\u00a0indicateurs pour 35\u00a0communes' }).click();
  await expect(page.getByText('Indiquez l’année des données.')).toBeVisible();
  await page.getByLabel('Année des données').fill('2023');
  await saveScreenshot(page, 'indicateurs-01-rapport');
  await page.getByRole('button', { name: 'Importer 6\u00a0indicateurs pour 35\u00a0communes' }).click();
  const ifnRow = datasets.getByRole('row', { name: /Indice de fragilité numérique/ });
  await expect(ifnRow).toContainText('2023');
  await expect(ifnRow).toContainText('35\u00a0sur 35');
  await expect(ifnRow).toContainText('La MedNum');
  await expect(page.locator('.indicators-report')).toHaveCount(0);

  // An INSEE table in Windows-1252 with a units row: the wizard picks the code column and the numeric ones.
  await page.getByRole('radio', { name: /Autre tableau par commune/ }).check();
  await page
    .getByLabel('Fichier d’indicateurs à importer')
    .setInputFiles(join(FIXTURES, 'insee-population-civraisien.csv'));
  await expect(page.getByLabel('Colonne du code commune (code INSEE)')).toHaveValue('CODGEO');
  await expect(page.getByRole('checkbox', { name: 'LIBGEO' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'P21_POP65P' }).uncheck();
  await page
    .getByLabel('Nom de l’indicateur de la colonne P21_POP', { exact: true })
    .fill('Population municipale');
  await expect(
    page.getByRole('button', { name: 'Importer 3\u00a0indicateurs pour 8\u00a0communes' }),
  ).toBeVisible();
  // The report and the reading directions follow the name typed; INSEE's median income reads « plus bas ».
  await expect(
    page.locator('.indicators-columns').getByRole('rowheader', { name: /^Population municipale/ }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Population municipale', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'MED21', exact: true })).toHaveValue('lowerIsMoreFragile');
  await expect(page.getByLabel('Année des données')).toHaveValue('2021');
  await page.getByRole('button', { name: 'Importer 3\u00a0indicateurs pour 8\u00a0communes' }).click();
  await expect(page.getByText('Donnez un nom à ce jeu d’indicateurs.')).toBeVisible();
  await page.getByLabel('Nom du jeu d’indicateurs').fill('Population et revenus');
  await page.getByLabel('Source').fill('INSEE, recensement de la population');
  await saveScreenshot(page, 'indicateurs-02-tableau');
  await page.getByRole('button', { name: 'Importer 3\u00a0indicateurs pour 8\u00a0communes' }).click();
  const inseeRow = datasets.getByRole('row', { name: /Population et revenus/ });
  await expect(inseeRow).toContainText('8\u00a0sur 35');
  await inseeRow.getByText('3\u00a0indicateurs').click();
  await expect(inseeRow).toContainText('Population municipale (nombre)');
  await saveScreenshot(page, 'indicateurs');

  // Deleting asks first; « Annuler » keeps the dataset.
  await inseeRow.getByRole('button', { name: 'Supprimer Population et revenus 2021' }).click();
  await expect(page.getByRole('dialog', { name: 'Supprimer ce jeu d’indicateurs ?' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
  await expect(inseeRow).toBeVisible();
  await inseeRow.getByRole('button', { name: 'Supprimer Population et revenus 2021' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(datasets.getByRole('row', { name: /Population et revenus/ })).toHaveCount(0);
  await expect(ifnRow).toBeVisible();
});
