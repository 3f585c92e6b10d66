import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/webApp';

/** Calls the API as the page does (browser mode: the token is in the tab's session). */
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-maillage-jeton': sessionStorage.getItem('maillage.jeton') ?? '',
        },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    },
    { method, input },
  );
  if (!result.ok) throw new Error(`${method} : ${result.error?.message}`);
  return result.data as T;
}

async function actorId(page: Page, name: string): Promise<number> {
  const pageOfActors = await api<{ items: { id: number; name: string }[] }>(page, 'actors.list', {
    search: name,
  });
  const actor = pageOfActors.items.find((item) => item.name === name);
  if (!actor) throw new Error(`Acteur introuvable : ${name}`);
  return actor.id;
}

/** The demo territory's coordination body, with three actors and the mayor of Civray. */
async function createBody(page: Page): Promise<void> {
  const instance = await api<{ id: number }>(page, 'instances.save', {
    name: 'Comité de pilotage de l’inclusion numérique',
    kind: 'strategique',
    frequency: 'mensuelle',
  });
  for (const name of [
    'Espace France Services de Civray',
    'Centre socioculturel du Civraisien',
    'Médiathèque intercommunale de Civray',
  ]) {
    await api(page, 'instances.addMember', {
      instanceId: instance.id,
      member: { kind: 'actor', actorId: await actorId(page, name) },
    });
  }
  await api(page, 'instances.addMember', {
    instanceId: instance.id,
    member: { kind: 'elected', name: 'Marie Lambert', mandate: 'Vice-présidente', communeCode: '86078' },
  });
}

// The path for the editor: a body → the six sections of the method → a fiche action with its money
// and indicators → roles in the matrix → the calendar → reordering by keyboard → reload, nothing lost → undo.
test('writing a feuille de route with its six sections, then reload and undo', async ({ page, webApp }) => {
  test.setTimeout(150_000); // a long writing session, on a 2-core machine
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  // Without a body, the roadmap says where to start.
  await page.goto(`${webApp.origin}/#/feuille-de-route`);
  await expect(
    page.getByRole('heading', { name: 'Commencez par réunir l’instance de coordination' }),
  ).toBeVisible();
  await createBody(page);
  await page.reload();
  await page.getByRole('button', { name: 'Écrire la feuille de route de cette instance' }).click();

  // 1. Raison d'être.
  await expect(page.getByRole('heading', { name: 'Raison d’être' })).toBeVisible();
  await page
    .getByLabel('Titre de la feuille de route')
    .fill('Feuille de route de l’inclusion numérique 2026-2028');
  await page
    .getByLabel('Raison d’être du groupe')
    .fill('Qu’aucun habitant du Civraisien ne reste seul face au numérique.');
  await page.getByLabel('Contexte : pourquoi agir').fill('Un tiers des communes sans lieu de médiation.');
  await page
    .getByLabel('Engagements réciproques des membres')
    .fill('Chaque membre oriente les habitants vers le bon lieu et partage ses chiffres.');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();

  // 2. Composition, from the body.
  const composition = page.getByRole('region', { name: /Composition/ });
  await expect(composition.getByText('Espace France Services de Civray')).toBeVisible();
  await expect(composition.getByText('Marie Lambert')).toBeVisible();

  // 3. An objective; its target missing is pointed out without blocking.
  await page.getByLabel('Nouvel objectif').fill('Accompagner plus d’habitants');
  await page.getByRole('button', { name: 'Ajouter l’objectif' }).click();
  const objective = page.getByRole('listitem', { name: 'Objectif 1' });
  await objective.getByLabel('Indicateur').fill('Personnes accompagnées par an');
  await objective.getByLabel('Valeur de départ').fill('250');
  await objective.getByLabel('Unité').fill('personnes');
  await objective.getByLabel('Unité').blur();
  await expect(objective.getByText(/l’indicateur n’a pas de cible/)).toBeVisible();
  await objective.getByLabel('Cible').fill('400');
  await objective.getByLabel('Cible').blur();
  await expect(objective.getByText(/l’indicateur n’a pas de cible/)).toHaveCount(0);

  // A refused value (an emptied title) is said, kept on screen, and saved once corrected.
  await objective.getByLabel('Intitulé').fill('');
  await expect(page.getByRole('status').filter({ hasText: 'Non enregistré — nouvel essai' })).toBeVisible();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /obligatoire/ })
      .first(),
  ).toBeVisible();
  await objective.getByLabel('Intitulé').fill('Accompagner plus d’habitants');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();

  // 4. Two chantiers with their actions.
  await page.getByLabel('Nouveau chantier').fill('Aller vers les publics éloignés');
  await page.getByRole('button', { name: 'Ajouter le chantier' }).click();
  await page.getByLabel('Nouveau chantier').fill('Former les aidants');
  await page.getByRole('button', { name: 'Ajouter le chantier' }).click();
  await page.getByLabel('Nouvelle action du chantier 1').fill('Permanences du bus numérique');
  await page.getByRole('button', { name: 'Ajouter l’action' }).first().click();
  await page.getByLabel('Nouvelle action du chantier 1').fill('Ateliers seniors en médiathèque');
  await page.getByRole('button', { name: 'Ajouter l’action' }).first().click();
  await page.getByLabel('Nouvelle action du chantier 2').fill('Formation des secrétaires de mairie');
  await page.getByRole('button', { name: 'Ajouter l’action' }).nth(1).click();
  const firstChantier = page.getByRole('list', {
    name: 'Actions du chantier Aller vers les publics éloignés',
  });
  await expect(firstChantier.getByRole('link')).toHaveText([
    'Permanences du bus numérique',
    'Ateliers seniors en médiathèque',
  ]);

  // Reordering by keyboard: the focus stays on the button, the new order is said and saved.
  const down = page.getByRole('button', { name: 'Descendre «\u00a0Permanences du bus numérique\u00a0»' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(firstChantier.getByRole('link')).toHaveText([
    'Ateliers seniors en médiathèque',
    'Permanences du bus numérique',
  ]);
  await expect(down).toBeFocused();
  await expect(page.getByText(/Permanences du bus numérique.*position 2 sur 2/)).toBeAttached();
  // Reordering by drag and drop (on the handle), then Ctrl+Z puts the chantiers back.
  const chantierTitles = page
    .getByRole('list', { name: 'Chantiers clés' })
    .getByLabel('Intitulé du chantier');
  await page
    .getByRole('listitem', { name: /^Chantier 2 :/ })
    .locator('[draggable="true"]')
    .first()
    .dragTo(page.getByRole('listitem', { name: /^Chantier 1 :/ }), { targetPosition: { x: 40, y: 8 } });
  await expect(chantierTitles.first()).toHaveValue('Former les aidants');
  await expect(chantierTitles.nth(1)).toHaveValue('Aller vers les publics éloignés');
  // Ctrl+Z outside a text box undoes the last change of the roadmap.
  await page.keyboard.press('Control+z');
  await expect(chantierTitles.first()).toHaveValue('Aller vers les publics éloignés');
  await expect(chantierTitles.nth(1)).toHaveValue('Former les aidants');

  // The fiche action: every field, warnings next to the field, totals.
  await firstChantier.getByRole('link', { name: 'Permanences du bus numérique' }).click();
  await expect(page.getByRole('heading', { name: 'Permanences du bus numérique' })).toBeVisible();
  await page.getByLabel('Objectif servi').selectOption({ label: 'Accompagner plus d’habitants' });
  await page
    .getByLabel('Description de l’action')
    .fill('Le bus stationne une demi-journée par mois dans chaque commune.');
  await page.getByLabel('Pilote').selectOption({ label: 'Centre socioculturel du Civraisien' });
  await page.getByRole('button', { name: 'Choisir les partenaires' }).click();
  await page.getByRole('checkbox', { name: 'Espace France Services de Civray' }).check();
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.getByRole('button', { name: 'Choisir les publics' }).click();
  await page.getByRole('checkbox', { name: 'Seniors' }).check();
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.getByRole('button', { name: 'Choisir les communes' }).click();
  await page.getByRole('checkbox', { name: 'Charroux' }).check();
  await page.getByRole('checkbox', { name: 'Chaunay' }).check();
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.getByLabel('Mois de début').selectOption({ label: 'septembre' });
  await page.getByLabel('Année de début').selectOption('2026');
  await page.getByLabel('Mois de fin').selectOption({ label: 'mars' });
  await expect(page.getByText('Choisissez aussi l’année.')).toBeVisible();
  await page.getByLabel('Année de fin').selectOption('2026');
  // The warning sits next to the field it is about, and saving goes on.
  const end = page.getByRole('group', { name: 'Fin' });
  await expect(end.getByText(/La fin \(mars 2026\) précède le début \(septembre 2026\)/)).toBeVisible();
  await page.getByLabel('Mois de fin').selectOption({ label: 'juin' });
  await page.getByLabel('Année de fin').selectOption('2027');
  await expect(end.getByText(/précède le début/)).toHaveCount(0);
  await page.getByLabel('Budget (€)').fill('12 000');
  await page.getByRole('button', { name: 'Ajouter une ligne de financement' }).click();
  await page.getByRole('button', { name: 'Ajouter une ligne de financement' }).click();
  const funding1 = page.getByRole('listitem', { name: 'Financement 1' });
  // A line whose amount nobody knows yet stays empty, and counts as not known, never as 0 €.
  await expect(funding1.getByLabel('Montant (€)')).toHaveValue('');
  const planned = page
    .getByRole('region', { name: 'Budget et financements' })
    .getByRole('definition')
    .first();
  await expect(planned).toHaveText('non renseigné');
  await funding1.getByLabel('Source').selectOption({ label: 'Département' });
  await funding1.getByLabel('Montant (€)').fill('8 000');
  await funding1.getByLabel('Statut').selectOption({ label: 'Acquis' });
  const funding2 = page.getByRole('listitem', { name: 'Financement 2' });
  await funding2.getByLabel('Source').selectOption({ label: 'État / France Numérique Ensemble' });
  await funding2.getByLabel('Montant (€)').fill('6 000');
  await funding2.getByLabel('Montant (€)').blur();
  const money = page.getByRole('region', { name: 'Budget et financements' });
  await expect(money.getByText(/Les financements prévus \(14\s000\s€\) dépassent le budget/)).toBeVisible();
  await funding2.getByLabel('Montant (€)').fill('4 000');
  await funding2.getByLabel('Montant (€)').blur();
  await expect(money.getByText(/dépassent le budget/)).toHaveCount(0);
  await page.getByLabel('Nouvel indicateur').fill('Personnes accompagnées dans le bus');
  await page.getByRole('button', { name: 'Ajouter l’indicateur' }).click();
  const indicator = page.getByRole('listitem', { name: 'Indicateur 1' });
  await expect(
    indicator.getByText(/L’indicateur «\s*Personnes accompagnées dans le bus\s*» n’a pas de cible/),
  ).toBeVisible();
  // Within its own fiche, the warning does not repeat the action's title.
  await expect(indicator.getByText(/Action «/)).toHaveCount(0);
  await indicator.getByLabel('Cible').fill('150');
  await indicator.getByLabel('Valeur atteinte').fill('40');
  await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
  await page.getByLabel('Avancement (%)').fill('30');
  await page.getByLabel('Avancement (%)').blur();
  const totals = money.getByRole('definition');
  await expect(totals.nth(0)).toHaveText(/^12\s000\s€$/);
  await expect(totals.nth(1)).toHaveText(/^8\s000\s€$/);
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  await saveScreenshot(page, 'feuille-de-route-fiche-action');

  // A late action for the calendar: ended before today, still « à lancer ».
  await page.getByRole('link', { name: '← Retour à la rédaction' }).click();
  await page.getByRole('link', { name: 'Formation des secrétaires de mairie' }).click();
  await page.getByLabel('Mois de début').selectOption({ label: 'janvier' });
  await page.getByLabel('Année de début').selectOption('2025');
  await page.getByLabel('Mois de fin').selectOption({ label: 'juin' });
  await page.getByLabel('Année de fin').selectOption('2025');
  await page.getByLabel('Pilote').selectOption({ label: 'Médiathèque intercommunale de Civray' });
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();

  // 5. Roles: the matrix shows who has none, and takes a role.
  await page.getByRole('link', { name: 'Qui fait quoi' }).click();
  const matrix = page.getByRole('table', { name: 'Qui fait quoi : rôles des membres par action' });
  await expect(matrix.getByRole('rowheader', { name: /Marie Lambert/ })).toContainText('Sans rôle');
  await expect(matrix.getByRole('columnheader', { name: /Ateliers seniors en médiathèque/ })).toContainText(
    'Sans pilote',
  );
  await matrix
    .getByLabel('Rôle de Marie Lambert dans «\u00a0Permanences du bus numérique\u00a0»')
    .selectOption({ label: 'Financeur' });
  await expect(matrix.getByRole('rowheader', { name: /Marie Lambert/ })).not.toContainText('Sans rôle');
  await expect(
    matrix.getByLabel(
      'Rôle de Centre socioculturel du Civraisien dans «\u00a0Permanences du bus numérique\u00a0»',
    ),
  ).toHaveValue('pilote');
  await saveScreenshot(page, 'feuille-de-route-matrice');

  // 6. The calendar, by month and by quarter, with the late action marked.
  await page.getByRole('link', { name: 'Calendrier' }).click();
  const calendar = page.getByRole('table', { name: 'Calendrier des chantiers et des actions' });
  await expect(calendar.getByRole('row', { name: /Formation des secrétaires de mairie/ })).toContainText(
    'En retard',
  );
  await expect(page.getByText(/1\u00a0action en retard/)).toBeVisible();
  await page.getByRole('radio', { name: 'Par trimestre' }).check();
  await expect(calendar.getByText('T3 2026')).toBeVisible();
  await saveScreenshot(page, 'feuille-de-route-calendrier');

  // Reload: everything typed is there.
  await page.goto(`${webApp.origin}/#/feuille-de-route`);
  await page.reload();
  await expect(page.getByLabel('Raison d’être du groupe')).toHaveValue(
    'Qu’aucun habitant du Civraisien ne reste seul face au numérique.',
  );
  await expect(
    page.getByRole('heading', { name: 'Feuille de route de l’inclusion numérique 2026-2028' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Objectif 1' }).getByLabel('Cible')).toHaveValue('400');
  await expect(firstChantier.getByRole('link')).toHaveText([
    'Ateliers seniors en médiathèque',
    'Permanences du bus numérique',
  ]);
  await expect(page.getByRole('list', { name: 'Actions du chantier Former les aidants' })).toContainText(
    'En retard',
  );
  await saveScreenshot(page, 'feuille-de-route-redaction');
  await firstChantier.getByRole('link', { name: 'Permanences du bus numérique' }).click();
  await expect(page.getByLabel('Budget (€)')).toHaveValue('12\u00a0000');
  await expect(page.getByRole('listitem', { name: 'Financement 2' }).getByLabel('Montant (€)')).toHaveValue(
    '4\u00a0000',
  );
  await expect(page.getByLabel('Mois de fin')).toHaveValue('06');
  await expect(page.getByLabel('Année de fin')).toHaveValue('2027');
  await expect(page.getByLabel('Pilote').locator('option:checked')).toHaveText(
    'Centre socioculturel du Civraisien',
  );
  await expect(page.getByRole('button', { name: /Partenaires choisis \(1\)/ })).toBeVisible();
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Espace France Services de Civray' }),
  ).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: 'Charroux, Chaunay' })).toBeVisible();
  await expect(
    page.getByRole('listitem', { name: 'Indicateur 1' }).getByLabel('Valeur atteinte'),
  ).toHaveValue('40');
  await page.getByRole('link', { name: '← Retour à la rédaction' }).click();

  // Leaving the screen right after typing (before the autosave pause) loses nothing.
  await page
    .getByLabel('Contexte : pourquoi agir')
    .fill('Un tiers des communes sans lieu de médiation ; 30 % de seniors.');
  await page.getByRole('link', { name: 'Annuaire des acteurs' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();
  await page.getByRole('link', { name: 'Feuille de route' }).click();
  await expect(page.getByLabel('Contexte : pourquoi agir')).toHaveValue(
    'Un tiers des communes sans lieu de médiation ; 30 % de seniors.',
  );

  // Undo: a change to the raison d'être, then « Annuler la dernière modification » puts the text back, for good.
  const purpose = page.getByLabel('Raison d’être du groupe');
  await purpose.fill('Texte remplacé par erreur.');
  await purpose.blur();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler la dernière modification' }).click();
  await expect(purpose).toHaveValue('Qu’aucun habitant du Civraisien ne reste seul face au numérique.');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Raison d’être du groupe')).toHaveValue(
    'Qu’aucun habitant du Civraisien ne reste seul face au numérique.',
  );
});

// Once adopted, the roadmap is read-only in the editor; « Amender » opens the next version as a draft.
test('an adopted roadmap is read-only until « Amender »', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();
  await createBody(page);
  const [instance] = await api<{ id: number }[]>(page, 'instances.list', {});
  await api(page, 'roadmap.setInstance', { instanceId: instance?.id });
  await api(page, 'roadmap.updateText', {
    title: 'Feuille de route 2026',
    purpose: 'Ne laisser personne seul.',
  });
  await api(page, 'roadmap.adopt', { date: '2026-11-20', place: 'Civray' });

  await page.goto(`${webApp.origin}/#/feuille-de-route`);
  await expect(page.getByText('Adoptée le 20\u00a0novembre 2026 · version 1')).toBeVisible();
  await expect(page.getByLabel('Raison d’être du groupe')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Ajouter le chantier' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Amender (version 2)' }).click();
  await expect(page.getByText('Brouillon · version 2 (amendement de la version 1)')).toBeVisible();
  await expect(page.getByLabel('Raison d’être du groupe')).toBeEnabled();
  await expect(page.getByLabel('Raison d’être du groupe')).toHaveValue('Ne laisser personne seul.');
});
