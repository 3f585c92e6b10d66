import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { civraisienActivities, fileTotals } from '../fixtures/activity/coopExport';
import { openDemo } from './support/demoTerritory';
import { expect, saveScreenshot, test } from './support/webApp';

const FIXTURES = join(process.cwd(), 'test/fixtures/activity');

// On the demo territory, the technician brings the France Services' La Coop export and reads its activity.
test('importing a La Coop « Activités » export and reading the « Activité » screen', async ({
  page,
  webApp,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, webApp);
  await page.getByRole('link', { name: 'Activité', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Activité', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aucune activité importée' })).toBeVisible();

  await page
    .getByLabel('Fichier d’activité à importer')
    .setInputFiles(join(FIXTURES, 'coop-activites-civraisien-2026.xlsx'));
  const report = page.locator('.activity-report');
  const totals = fileTotals(civraisienActivities());
  await expect(report).toContainText(`${totals.activities}\u00a0lignes lues dans la feuille « Activités »`);
  await expect(report).toContainText('Bénéficiaire — nom de personne : jamais enregistré');
  // The structure is proposed from the « Lieu » of the file, and confirmed by the user.
  const proposed = page.getByRole('radio', { name: /Espace France Services de Civray/ });
  await expect(proposed).toBeChecked();
  await expect(page.getByLabel('Du', { exact: true }).last()).toHaveValue('2026-01-01');
  await expect(page.getByLabel('Au', { exact: true }).last()).toHaveValue('2026-06-30');
  await saveScreenshot(page, 'activite-01-rapport');
  await page.getByRole('button', { name: 'Importer cette activité' }).click();

  const months = page.getByRole('figure', { name: 'Accompagnements par mois' });
  await expect(months).toBeVisible();
  await expect(page.locator('[data-figure="accompaniments"] dd')).toHaveText(String(totals.participants));
  await expect(months).toContainText('Espace France Services de Civray — export La Coop');
  await months.getByRole('button', { name: 'Voir les chiffres' }).click();
  await expect(months.getByRole('table')).toContainText('janvier 2026');
  await expect(page.getByRole('figure', { name: 'Accompagnements par commune de résidence' })).toContainText(
    'Civray',
  );
  await page.getByRole('heading', { name: 'Activité', level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(process.cwd(), 'artifacts/screenshots/activite.png') });
  await saveScreenshot(page, 'activite-pleine-page');

  // The year filter keeps the same figures (all of them are in 2026).
  await page.getByRole('button', { name: '2026', exact: true }).click();
  await expect(page.locator('[data-figure="accompaniments"] dd')).toHaveText(String(totals.participants));

  // The new figures: procedures or digital skills, and the people of the territory helped in another commune.
  await expect(
    page.getByRole('figure', { name: 'Démarches administratives ou compétences numériques' }),
  ).toContainText('Compétences numériques');
  const map = page.getByRole('img', { name: 'Carte des accompagnements pour 1 000 habitants, par commune' });
  await expect(map.locator('path[data-commune-code="86078"] title')).toHaveText(/^Civray\u00a0: \d/);
  await map.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(process.cwd(), 'artifacts/screenshots/activite-carte.png') });
  const elsewhere = page.getByRole('figure', { name: 'Habitants accompagnés dans une autre commune' });
  await expect(elsewhere).toContainText('Gençay');
  await elsewhere.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(process.cwd(), 'artifacts/screenshots/activite-ailleurs.png') });

  // The report in Word and the tables in Excel, for the period shown.
  await page.getByRole('heading', { name: 'Activité', level: 1 }).scrollIntoViewIfNeeded();
  const wordDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Rapport d’activité (Word)' }).click();
  const docx = await wordDownload;
  expect(docx.suggestedFilename()).toMatch(
    /^Rapport d’activité – du 1er janvier 2026 au 31 décembre 2026 – .*\.docx$/,
  );
  expect(
    readFileSync((await docx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  const spreadsheet = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tableaux (Excel)' }).click();
  const xlsx = await spreadsheet;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheets = await readXlsxFile(readFileSync((await xlsx.path())!));
  const synthese = sheets.find((sheet) => sheet.sheet === 'Synthèse')!.data;
  expect(synthese[1]).toEqual([
    'Accompagnements (personnes accompagnées, une fois par activité)',
    totals.participants,
  ]);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await saveScreenshot(page, 'activite-1920');
});
