import { expect, saveScreenshot, test } from './support/webApp';

// The demo territory, screen by screen, with a screenshot of each main screen (artifacts/screenshots).
test('the demo territory shows a lively directory on every screen', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Maillage' })).toBeVisible();
  await page.getByLabel('Nom, SIREN ou commune').fill('civraisien');
  await page.getByRole('button', { name: /CC du Civraisien en Poitou/ }).click();
  await expect(page.getByRole('cell', { name: 'Civray', exact: true })).toBeVisible();
  await saveScreenshot(page, '01-accueil');

  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  const table = page.getByRole('table', { name: 'Acteurs de l’annuaire' });
  await expect(table.getByRole('link').first()).toBeVisible();
  await expect(page.getByText('Territoire de démonstration')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();
  await saveScreenshot(page, '02-annuaire');

  // Stale records are one filter away.
  await page.getByRole('button', { name: 'Fraîcheur' }).click();
  await page.getByRole('checkbox', { name: /plus de 18 mois/ }).check();
  await page.keyboard.press('Escape');
  const staleCount = await table.getByRole('link').count();
  expect(staleCount).toBeGreaterThan(0);
  await table.getByRole('link').first().click();
  await expect(page.getByText(/plus de 18 mois/).first()).toBeVisible();
  await saveScreenshot(page, '04-fiche-acteur-ancienne');

  // The demo holds one malformed opening-hours value: flagged, not lost.
  await page.goto(`${webApp.origin}/#/acteurs`);
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill('bus numerique');
  await expect(table.getByRole('link')).toHaveCount(1);
  await table.getByRole('link', { name: 'Bus numérique du Civraisien' }).click();
  await expect(page.getByRole('heading', { name: 'Lieux et services' })).toBeVisible();
  await saveScreenshot(page, '05-fiche-acteur-itinerant');

  await page.getByRole('button', { name: 'Modifier' }).click();
  await expect(page.getByRole('form', { name: 'Fiche de l’acteur' })).toBeVisible();
  await saveScreenshot(page, '06-formulaire-modification');
  await page.getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('button', { name: 'Supprimer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mettre à la corbeille' }).click();
  await page.getByRole('link', { name: 'Corbeille' }).click();
  await expect(page.getByRole('heading', { name: 'Corbeille' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Restaurer/ })).toHaveCount(1);
  await saveScreenshot(page, '07-corbeille');

  await page.getByRole('link', { name: 'Territoire' }).click();
  await expect(page.getByLabel('Nom affiché')).toHaveValue('CC du Civraisien en Poitou');
  await saveScreenshot(page, '08-territoire');

  // Leaving the demo brings the welcome screen back, ready for the user's own intercommunality.
  await page.getByRole('button', { name: 'Quitter la démonstration' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Effacer la démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Maillage' })).toBeVisible();
});
