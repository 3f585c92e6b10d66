import { join } from 'node:path';
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
});
