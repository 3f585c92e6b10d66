import { expect, saveScreenshot, test } from './support/webApp';

// The main path, through the real browser mode and a fresh database file:
// onboarding of a real EPCI → create an actor with a place and opening hours → find it with filters →
// edit → delete → undo.
test('onboarding a real EPCI, then create, find, edit, delete and restore an actor', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Maillage' })).toBeVisible();
  // The token left the address bar once read.
  await expect(page).not.toHaveURL(/jeton=/);

  await page.getByLabel('Nom, SIREN ou commune').fill('loudun');
  await page.getByRole('button', { name: /CC du Pays Loudunais/ }).click();
  await expect(page.getByRole('cell', { name: 'Loudun', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Choisir ce territoire' }).click();

  await expect(page.getByRole('heading', { name: 'L’annuaire est vide' })).toBeVisible();
  await expect(page.getByRole('navigation')).toContainText('CC du Pays Loudunais');
  // An empty directory offers the national file first, typing by hand second.
  await expect(page.getByRole('button', { name: 'Importer un fichier de lieux' })).toBeVisible();

  // A first actor, with a place and opening hours read back in French.
  await page.getByRole('button', { name: 'Ajouter le premier acteur' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Médiathèque François-Mitterrand');
  await page.getByRole('checkbox', { name: 'Lieu de médiation' }).check();
  await page.getByRole('combobox', { name: 'Commune', exact: true }).fill('Loudun');
  await page.getByRole('option', { name: /^Loudun,/ }).click();
  await page.getByRole('textbox', { name: 'SIRET' }).fill('123 456 789 00000');
  await page.getByRole('button', { name: 'Ajouter un lieu' }).click();
  const place = page.getByRole('group', { name: /Lieu 1/ });
  await place.getByRole('textbox', { name: 'Nom du lieu' }).fill('Espace numérique');
  await place.getByRole('checkbox', { name: 'Aide aux démarches administratives' }).check();
  await place
    .getByRole('textbox', { name: 'Horaires d’ouverture' })
    .fill('Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00');
  await expect(place).toContainText('Du lundi au vendredi');
  await saveScreenshot(page, '03-fiche-acteur-formulaire');

  // A wrong SIRET is refused with a French message, and nothing typed is lost.
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/clé de contrôle est fausse/).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'SIRET' }).fill('');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { name: 'Médiathèque François-Mitterrand' })).toBeVisible();
  await expect(page.getByText('Acteur enregistré')).toBeVisible();
  await expect(page.getByText(/Du lundi au vendredi/)).toBeVisible();

  // A second actor so that the filters have something to leave out.
  await page.goto(`${webApp.origin}/#/acteurs/nouveau`);
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('CCAS de Loudun');
  await page.getByRole('checkbox', { name: 'Prescripteur' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'CCAS de Loudun' })).toBeVisible();

  // Find it: accent-insensitive search, then a filter.
  await page.getByRole('link', { name: 'Annuaire des acteurs' }).first().click();
  const table = page.getByRole('table', { name: 'Acteurs de l’annuaire' });
  await expect(table.getByRole('link')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill('mediatheque');
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'Médiathèque François-Mitterrand' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill('');
  await expect(table.getByRole('link')).toHaveCount(2);
  await page.getByRole('button', { name: 'Rôle' }).click();
  await page.getByRole('checkbox', { name: 'Lieu de médiation' }).check();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('link')).toHaveCount(1);
  await page.getByRole('button', { name: /Service/ }).click();
  await page.getByRole('checkbox', { name: 'Aide aux démarches administratives' }).check();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Annuaire de cette liste (Word)' })).toBeVisible();
  await saveScreenshot(page, '02-annuaire-filtre');

  // Edit it.
  await table.getByRole('link', { name: 'Médiathèque François-Mitterrand' }).click();
  await page.getByRole('button', { name: 'Modifier' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Médiathèque de Loudun');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Médiathèque de Loudun' })).toBeVisible();

  // Delete, then undo from the toast.
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mettre à la corbeille' }).click();
  await expect(page.getByText(/a été mis à la corbeille/)).toBeVisible();
  // The filtered list is empty now: no Word annuaire of nothing.
  await expect(page.getByRole('button', { name: 'Annuaire de cette liste (Word)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'CCAS de Loudun' })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('heading', { name: 'Médiathèque de Loudun' })).toBeVisible();
  await page.getByRole('link', { name: 'Annuaire des acteurs' }).first().click();
  await expect(table.getByRole('link')).toHaveCount(2);
});

test('the API refuses a call without the per-run token', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/territory.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return response.status;
  });
  expect(status).toBe(401);
});
