import { expect, saveScreenshot, test } from './support/webApp';

// « Sauvegardes »: a backup made on request, then put back after a change, in the browser mode.
test.use({ viewport: { width: 1366, height: 768 } });

test('a backup made now is listed in French and restores the data it holds', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByRole('heading', { name: 'Sauvegardes', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aucune sauvegarde pour l’instant' })).toBeVisible();
  await saveScreenshot(page, 'sauvegardes-vide');

  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Sauvegarde manuelle');
  await expect(rows.nth(1)).toContainText(/\d{1,2}\u00a0\p{L}+ \d{4} à \d{1,2}\u00a0h\u00a0\d{2}/u);
  await expect(rows.nth(1)).toContainText(/\d+(,\d)?\u00a0(ko|Mo)/);

  // A change after the backup: the demo's first actor goes to the Corbeille.
  await page.goto(`${webApp.origin}/#/acteurs`);
  const table = page.getByRole('table', { name: 'Acteurs de l’annuaire' });
  const firstActor = (await table.getByRole('link').first().textContent())!.trim();
  await table.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Mettre à la corbeille|Supprimer/ })
    .click();
  // The app goes back to the directory once the actor is in the Corbeille: going there before would be undone.
  await expect(page.getByText(/a été mis à la corbeille/)).toBeVisible();
  await page.goto(`${webApp.origin}/#/corbeille`);
  await expect(page.getByRole('cell', { name: firstActor, exact: true })).toBeVisible();

  await page.goto(`${webApp.origin}/#/sauvegardes`);
  await page.getByRole('button', { name: /^Restaurer la sauvegarde du/ }).click();
  await expect(page.getByRole('dialog')).toContainText('«\u00a0Avant une restauration\u00a0»');
  await page.getByRole('dialog').getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
  await expect(page.getByText(/sont remises en place/)).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('table')).toContainText('Avant une restauration');
  await saveScreenshot(page, 'sauvegardes');

  await page.goto(`${webApp.origin}/#/corbeille`);
  await expect(page.getByRole('heading', { name: 'La corbeille est vide' })).toBeVisible();
});
