import { expect, saveScreenshot, test } from './support/webApp';

// The coordination body on the demo territory: create it, add members from the directory and an elected
// official, read the « n'oublier personne » check, invite one suggestion and assume one finding.
test('set up the coordination body without forgetting anyone', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  // No body yet: the empty state says what a body is for.
  await page.getByRole('link', { name: 'Instance de coordination' }).click();
  await expect(
    page.getByRole('heading', { name: 'Aucune instance de coordination pour l’instant' }),
  ).toBeVisible();
  await saveScreenshot(page, 'instance-vide');
  await page.getByRole('link', { name: 'Créer l’instance' }).click();

  // A name is required, in French, and nothing typed is lost.
  await page.getByRole('radio', { name: /Technique/ }).check();
  await page.getByRole('button', { name: 'Créer l’instance' }).click();
  await expect(page.getByText('Le nom de l’instance est obligatoire.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Technique/ })).toBeChecked();
  await page
    .getByRole('textbox', { name: 'Nom de l’instance' })
    .fill('Comité de pilotage de l’inclusion numérique');
  await page.getByRole('radio', { name: /Stratégique/ }).check();
  await page.getByLabel('Fréquence des réunions').selectOption({ label: 'Mensuelle' });
  await page
    .getByRole('textbox', { name: 'Présentation' })
    .fill('Le premier jeudi du mois, à la médiathèque de Civray.');
  await page.getByRole('button', { name: 'Créer l’instance' }).click();
  await expect(
    page.getByRole('heading', { name: 'Comité de pilotage de l’inclusion numérique' }),
  ).toBeVisible();

  const check = page.getByRole('region', { name: 'N’oublier personne' });
  await expect(check.getByText('Aucun élu ne siège dans l’instance')).toBeVisible();

  // Two actors from the directory, found by a search without accents; their first contact represents them.
  const members = page.getByRole('region', { name: 'Membres' });
  await page.getByRole('button', { name: 'Un acteur de l’annuaire' }).click();
  await page
    .getByRole('searchbox', { name: 'Rechercher un acteur de l’annuaire' })
    .fill('france services civray');
  await page.getByRole('button', { name: 'Choisir Espace France Services de Civray' }).click();
  await expect(page.getByRole('textbox', { name: 'Nom' }).first()).toHaveValue('Sophie Bernard');
  await saveScreenshot(page, 'instance-ajout-acteur');
  await page.getByRole('button', { name: 'Ajouter à l’instance' }).click();
  await expect(members.getByRole('link', { name: 'Espace France Services de Civray' })).toBeVisible();
  await expect(members.getByText('Sophie Bernard')).toBeVisible();

  await page.getByRole('button', { name: 'Un acteur de l’annuaire' }).click();
  await page.getByRole('searchbox', { name: 'Rechercher un acteur de l’annuaire' }).fill('mission locale');
  await page.getByRole('button', { name: /^Choisir Mission locale/ }).click();
  await page.getByRole('button', { name: 'Ajouter à l’instance' }).click();
  await expect(members.getByRole('link', { name: /Mission locale Sud Vienne/ })).toBeVisible();

  // An elected official, with a mandate and a commune, from the finding that asks for one.
  await check.getByRole('button', { name: 'Ajouter un·e élu·e', exact: true }).click();
  await page.getByRole('textbox', { name: 'Prénom et nom' }).fill('Sylvie Marchand');
  await page.getByRole('combobox', { name: 'Mandat' }).fill('Vice-présidente');
  await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Gençay' });
  await page.getByRole('button', { name: 'Ajouter l’élu·e' }).click();
  await expect(members.getByText('Sylvie Marchand')).toBeVisible();
  await expect(members.getByText('Vice-présidente · Gençay')).toBeVisible();
  await expect(check.getByText('Aucun élu ne siège dans l’instance')).toHaveCount(0);

  // The elected official first: reorder by keyboard-reachable buttons.
  await members.getByRole('button', { name: 'Monter Sylvie Marchand' }).click();
  await members.getByRole('button', { name: 'Monter Sylvie Marchand' }).click();
  await expect(members.getByRole('listitem').first()).toContainText('Sylvie Marchand');
  await page.getByRole('button', { name: 'Fermer' }).click();
  await saveScreenshot(page, 'instance');

  // The check: precarity is missing; invite its first suggestion in one click.
  const precarity = check
    .getByRole('listitem')
    .filter({ hasText: 'Aucun membre n’atteint les personnes en précarité' });
  await expect(precarity).toBeVisible();
  const invite = precarity.getByRole('button', { name: /^Inviter / }).first();
  const invited = ((await invite.getAttribute('aria-label')) ?? '').replace(/^Inviter /, '');
  await invite.click();
  await expect(members.getByRole('link', { name: invited })).toBeVisible();
  await expect(check.getByText('Aucun membre n’atteint les personnes en précarité')).toHaveCount(0);
  await expect(page.getByText(`«\u00a0${invited}\u00a0» a rejoint l’instance.`)).toBeVisible();

  // Women are not reached: judge it covered anyway, with a reason.
  const women = check.getByRole('listitem').filter({ hasText: 'Aucun membre n’atteint les femmes' });
  await women.getByRole('button', { name: /^Couvert quand même/ }).click();
  await women.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await expect(women.getByText('La raison est obligatoire.')).toBeVisible();
  await women.getByRole('textbox').fill('Le CIDFF siège au comité technique.');
  await women.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await expect(
    women.getByText(/Jugé couvert le .*«\u00a0Le CIDFF siège au comité technique\.\u00a0»/),
  ).toBeVisible();
  await saveScreenshot(page, 'instance-n-oublier-personne');

  // Everything is stored: after a reload the members, their order and the assumed finding are still there.
  await page.reload();
  await expect(members.getByRole('listitem').first()).toContainText('Sylvie Marchand');
  await expect(members.getByRole('link', { name: invited })).toBeVisible();
  // A group whose findings are all assumed starts folded, its heading saying so.
  const publics = check.locator('summary', { hasText: 'Autres publics' });
  await expect(publics).toContainText('1\u00a0couvert quand même');
  await publics.click();
  await expect(women.getByText('Couvert quand même', { exact: true })).toBeVisible();

  // Back « à traiter », then remove a member after a confirmation.
  await women.getByRole('button', { name: /^À traiter/ }).click();
  await expect(women.getByRole('button', { name: /^Couvert quand même/ })).toBeVisible();
  await members.getByRole('button', { name: /^Retirer Mission locale/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retirer de l’instance' }).click();
  await expect(members.getByRole('link', { name: /Mission locale Sud Vienne/ })).toHaveCount(0);
  await expect(members).toContainText('3\u00a0membres dont 1\u00a0élu·e');

  // A second representative for France Services, changed in place.
  await members.getByRole('button', { name: 'Modifier Espace France Services de Civray' }).click();
  await members.getByRole('button', { name: 'Ajouter un représentant' }).click();
  await members.getByRole('textbox', { name: 'Nom' }).nth(1).fill('Karim Benali');
  await members.getByRole('textbox', { name: 'Fonction' }).nth(1).fill('Conseiller numérique');
  await members.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(members.getByText('Karim Benali')).toBeVisible();
  await expect(members.getByText('— Conseiller numérique')).toBeVisible();

  // The body's settings change in place.
  await page.getByRole('button', { name: 'Modifier l’instance' }).click();
  await page.getByLabel('Fréquence des réunions').selectOption({ label: 'Trimestrielle' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réunions trimestrielles')).toBeVisible();

  // The list of bodies sums it up.
  await page.getByRole('link', { name: 'Instances de coordination' }).click();
  await expect(page.getByRole('link', { name: 'Comité de pilotage de l’inclusion numérique' })).toBeVisible();
  await expect(page.getByText('3\u00a0membres dont 1\u00a0élu·e')).toBeVisible();
});
