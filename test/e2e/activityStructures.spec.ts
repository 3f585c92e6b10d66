import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDemo } from './support/demoTerritory';
import { expect, saveScreenshot, test } from './support/webApp';

// A coordinator's own table, one row per structure and month: the « Structure » column splits it into one
// import per structure of the directory.
test('a table with a « Structure » column: each structure confirmed, one import each', async ({
  page,
  webApp,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, webApp);
  const dir = mkdtempSync(join(tmpdir(), 'maillage-activite-'));
  const file = join(dir, 'activite-par-structure.csv');
  writeFileSync(
    file,
    [
      'Mois;Structure;Nombre d’accompagnements;Commune',
      '2026-01;Espace France Services de Civray;12;86078',
      '2026-01;Médiathèque de Gençay;7;86078',
      '2026-02;Espace France Services de Civray;10;86103',
      '2026-02;Médiathèque de Gençay;5;86103',
    ].join('\n'),
  );
  await page.getByRole('link', { name: 'Activité', exact: true }).click();
  await page.getByRole('radio', { name: /Autre tableau d’activité/ }).check();
  await page.getByLabel('Fichier d’activité à importer').setInputFiles(file);
  await page.getByLabel('Structure ou lieu (un import par structure)').selectOption('Structure');
  const structures = page.getByRole('region', { name: 'Structures du tableau' });
  await expect(structures.getByRole('group', { name: /Espace France Services de Civray/ })).toBeVisible();
  await expect(
    structures
      .getByRole('group', { name: /Médiathèque de Gençay/ })
      .getByRole('radio', { name: /Médiathèque de Gençay/ }),
  ).toBeChecked();
  await structures.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'activite-structures-du-tableau');
  await page.getByRole('button', { name: 'Importer cette activité' }).click();
  await expect(page.getByText(/Activité importée pour 2\u00a0structures/)).toBeVisible();

  const byActor = page.getByRole('figure', { name: 'Accompagnements par structure' });
  await byActor.getByRole('button', { name: 'Voir les chiffres' }).click();
  await expect(byActor.getByRole('table')).toContainText('Espace France Services de Civray');
  await expect(byActor.getByRole('table')).toContainText('Médiathèque de Gençay');
  // Gençay's people helped in Civray and the reverse: helped elsewhere.
  await expect(
    page.getByRole('figure', { name: 'Habitants accompagnés dans une autre commune' }),
  ).toContainText('Gençay');
});
