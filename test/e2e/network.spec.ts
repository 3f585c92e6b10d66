import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, saveScreenshot, SCREENSHOT_DIR, test } from './support/webApp';

test.use({ viewport: { width: 1366, height: 768 } });

/** axe-core's serious and critical violations of WCAG 2 A and AA, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id} : ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
}

async function openActor(page: Page, search: string, name: string) {
  await page.getByRole('link', { name: 'Annuaire des acteurs' }).first().click();
  await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill(search);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

// Step 1 of the method on the demo territory: meet an actor (a visit with its next step), say it joined the
// network, find it on « Réseau » with the actors to call back first, and filter the directory by status.
test('meet the actors: contact log, status, « Réseau », directory filter', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  // Before any contact: every actor « non renseigné », listed as never met.
  await page.getByRole('link', { name: 'Réseau', exact: true }).click();
  await expect(page).toHaveTitle('Réseau des acteurs — Maillage');
  await expect(page.getByText('Aucun acteur rencontré sur')).toBeVisible();
  const neverMet = page.getByRole('table', { name: 'Jamais rencontrés' });
  await expect(neverMet.getByRole('row').nth(1)).toContainText('Non renseigné');
  await expect(neverMet.getByRole('row').nth(1)).toContainText('Aucun contact');
  await expect(page.getByRole('table', { name: 'Prochaines étapes, par date' })).toHaveCount(0);

  // A visit to the France Services of Civray, with the next step.
  await openActor(page, 'france services civray', 'Espace France Services de Civray');
  const section = page.getByRole('region', { name: 'Réseau et contacts' });
  await expect(section.getByText('Aucun contact noté.')).toBeVisible();
  await expect(section.getByLabel('Statut dans le réseau')).toHaveValue('');
  await section.getByRole('button', { name: 'Ajouter un contact' }).click();
  const form = section.getByRole('form', { name: 'Nouveau contact' });
  await form.getByLabel('Date').fill('');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByText('La date du contact est obligatoire.')).toBeVisible();
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reseau-formulaire.png') });
  await form.getByLabel('Date').fill('2026-11-20');
  await form.getByLabel('Type de contact').selectOption({ label: 'Visite' });
  await form.getByLabel('Qui y est allé').fill('Claire (coordinatrice)');
  await form
    .getByLabel('Notes')
    .fill('Présentation de la démarche à Sophie Bernard ; intéressée par la charte.');
  await form.getByLabel('Prochaine étape').fill('Rappeler pour la charte');
  await form.getByLabel('Pour le').fill('2027-01-15');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    section.getByRole('heading', { name: 'Visite du 20 novembre 2026 · Claire (coordinatrice)' }),
  ).toBeVisible();
  await expect(section.getByText('Le 15 janvier 2027')).toBeVisible();
  // The form closed, the focus is back where the user started from.
  await expect(section.getByRole('button', { name: 'Ajouter un contact' })).toBeFocused();

  // The visit proposes « Rencontré », never sets it alone; the user chooses « Membre du réseau » instead.
  await expect(section.getByText('Contact sur place noté')).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reseau-contact-ajoute.png') });
  await expect(section.getByLabel('Statut dans le réseau')).toHaveValue('');
  await section.getByLabel('Statut dans le réseau').selectOption({ label: 'Membre du réseau' });
  await expect(page.getByText('Statut dans le réseau : « Membre du réseau ».')).toBeVisible();
  await expect(section.getByText(/^depuis le /)).toBeVisible();
  await expect(section.getByText('Contact sur place noté')).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Réseau et contacts' }).getByLabel('Statut dans le réseau'),
  ).toHaveValue('member');
  await saveScreenshot(page, 'reseau-fiche-acteur');
  expect(await seriousViolations(page)).toEqual([]);

  // A call to the mission locale, whose next step is overdue: it comes first on « Réseau ».
  await openActor(page, 'mission locale', 'Mission locale Sud Vienne — antenne de Civray');
  const mission = page.getByRole('region', { name: 'Réseau et contacts' });
  await mission.getByRole('button', { name: 'Ajouter un contact' }).click();
  const call = mission.getByRole('form', { name: 'Nouveau contact' });
  await call.getByLabel('Date').fill('2026-09-02');
  await call.getByLabel('Type de contact').selectOption({ label: 'Appel' });
  await call.getByLabel('Prochaine étape').fill('Proposer une visite');
  await call.getByLabel('Pour le').fill('2026-10-01');
  await call.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(mission.getByText('En retard : prévu le 1er octobre 2026')).toBeVisible();
  await expect(mission.getByText('Contact sur place noté')).toHaveCount(0);

  await page.getByRole('link', { name: 'Réseau', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Membre du réseau : 1 acteur/ })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Prochaines étapes, par date' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Mission locale Sud Vienne');
  await expect(rows.nth(1)).toContainText('En retard : prévu le 1er octobre 2026');
  await expect(rows.nth(2)).toContainText('Espace France Services de Civray');
  await expect(rows.nth(2)).toContainText('Rappeler pour la charte');
  await expect(rows.nth(2)).toContainText('Le 15 janvier 2027');
  await expect(rows.nth(2)).toContainText('20 novembre 2026');
  await expect(rows).toHaveCount(3);
  await expect(neverMet.getByRole('row').first()).toBeVisible();
  await expect(neverMet).not.toContainText('Espace France Services de Civray');
  await saveScreenshot(page, 'reseau');
  expect(await seriousViolations(page)).toEqual([]);

  // A click on a line opens the actor.
  await rows.nth(2).getByRole('link', { name: 'Espace France Services de Civray' }).click();
  await expect(
    page.getByRole('heading', { name: 'Espace France Services de Civray', level: 1 }),
  ).toBeVisible();

  // The count opens the directory filtered by the status; the filter is the directory's own.
  await page.getByRole('link', { name: 'Réseau', exact: true }).click();
  await page.getByRole('button', { name: /^Membre du réseau : 1 acteur/ }).click();
  const table = page.getByRole('table', { name: 'Acteurs de l’annuaire' });
  await expect(
    page.getByRole('button', { name: 'Retirer le filtre Réseau : Membre du réseau' }),
  ).toBeVisible();
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'Espace France Services de Civray' })).toBeVisible();
  await saveScreenshot(page, 'reseau-annuaire-filtre');
  await page.getByRole('button', { name: 'Retirer le filtre Réseau : Membre du réseau' }).click();
  await expect(table.getByRole('link').nth(1)).toBeVisible();
});

// A real territory with an empty directory: « Réseau » says where the network starts from.
test('« Réseau » on an empty directory says what to do first', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByLabel('Nom, SIREN ou commune').fill('loudun');
  await page.getByRole('button', { name: /CC du Pays Loudunais/ }).click();
  await page.getByRole('button', { name: 'Choisir ce territoire' }).click();
  await expect(page.getByRole('heading', { name: 'L’annuaire est vide' })).toBeVisible();
  await page.getByRole('link', { name: 'Réseau', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Aucun acteur dans l’annuaire' })).toBeVisible();
  await saveScreenshot(page, 'reseau-vide');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Ouvrir l’annuaire des acteurs' }).click();
  await expect(page.getByRole('heading', { name: 'L’annuaire est vide' })).toBeVisible();
});
