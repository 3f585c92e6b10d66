import { readFileSync } from 'node:fs';
import { expect, saveScreenshot, test } from './support/webApp';

// The Documents screen on the demo territory: availability, options, progress, then a real .docx download.
test('the annuaire is built as a Word document from the Documents screen and from the directory', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  await page.getByRole('link', { name: 'Documents' }).click();
  await expect(
    page.getByRole('heading', { name: 'Documents pour les élus et les partenaires' }),
  ).toBeVisible();
  const annuaire = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Annuaire des acteurs' }) });
  await expect(annuaire.getByText(/44\u00a0acteurs/)).toBeVisible();
  // A document that needs data not yet written says what to do, and leads there.
  const roadmap = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Feuille de route' }) });
  await expect(roadmap.getByText(/commencez-la dans l’écran Feuille de route/)).toBeVisible();
  await expect(roadmap.getByRole('link', { name: 'Aller à la feuille de route' })).toBeVisible();
  await saveScreenshot(page, 'documents-01-liste');

  await annuaire.getByRole('radio', { name: 'Par typologie de structure' }).check();
  const download = page.waitForEvent('download');
  await annuaire.getByRole('button', { name: 'Créer l’annuaire (Word)' }).click();
  await expect(annuaire.getByRole('button', { name: 'Préparation du document…' })).toBeDisabled();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^Annuaire des acteurs au \d+(er)? \S+ \d{4} – CC du Civraisien en Poitou\.docx$/,
  );
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as every .docx
  await expect(page.getByText(/est prêt dans vos téléchargements/)).toBeVisible();
  await saveScreenshot(page, 'documents-02-annuaire-pret');

  // The directory offers the annuaire of its list as filtered.
  await page.getByRole('link', { name: 'Annuaire des acteurs' }).click();
  await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill('mediatheque');
  const filtered = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Annuaire de cette liste (Word)' }).click();
  expect((await filtered).suggestedFilename()).toContain('Annuaire des acteurs');
  await saveScreenshot(page, 'documents-03-depuis-annuaire');

  // Back on Documents and on Exporter, the filtered list is offered with how many actors it holds; a search
  // that matches no one any more says so before it is chosen.
  await page.getByRole('link', { name: 'Documents' }).click();
  await expect(
    page.getByText(/La liste filtrée \(Recherche\s:\s«\smediatheque\s»\) — \d+\sacteurs?$/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Annuaire des acteurs' }).click();
  await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill('zzzz');
  await expect(page.getByText('Aucun acteur ne correspond')).toBeVisible();
  await page.getByRole('link', { name: 'Exporter' }).click();
  await expect(page.getByText(/— aucun acteur$/)).toBeVisible();
});
