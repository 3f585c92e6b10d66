import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/webApp';

/** Calls the API from the page, with the session's token, as the renderer does. */
async function api<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-maillage-jeton': sessionStorage.getItem('maillage.jeton') ?? '',
        },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(`${name} : ${result.error?.message}`);
      return result.data;
    },
    [method, input] as const,
  ) as Promise<T>;
}

// The demo territory → a coordination body → a roadmap with one chantier and one action → signatures →
// adoption (version 1 frozen) → « Amender » → a change → comparison of version 1 with the draft.
test('sign and adopt the roadmap, amend it, and see what changed', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByLabel('Nom, SIREN ou commune').fill('civraisien');
  await page.getByRole('button', { name: /CC du Civraisien en Poitou/ }).click();
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  // The body and the roadmap, seeded through the API.
  const actors = await api<{ items: { id: number; name: string }[] }>(page, 'actors.list', { limit: 200 });
  const actorId = (name: string) => {
    const found = actors.items.find((item) => item.name === name);
    if (!found) throw new Error(`Acteur absent de la démonstration : ${name}`);
    return found.id;
  };
  const body = await api<{ id: number }>(page, 'instances.save', {
    name: 'Comité de pilotage de l’inclusion numérique',
    kind: 'strategique',
    frequency: 'mensuelle',
  });
  for (const name of [
    'Centre socioculturel du Civraisien',
    'Espace France Services de Civray',
    'CCAS de Civray',
  ]) {
    await api(page, 'instances.addMember', {
      instanceId: body.id,
      member: { kind: 'actor', actorId: actorId(name) },
    });
  }
  const instance = await api<{ members: { id: number; name: string }[] }>(page, 'instances.addMember', {
    instanceId: body.id,
    member: { kind: 'elected', name: 'Bernard Chaigneau', mandate: 'Vice-président·e', communeCode: null },
  });
  const memberId = (name: string) => instance.members.find((member) => member.name === name)!.id;

  await api(page, 'roadmap.setInstance', { instanceId: body.id });
  await api(page, 'roadmap.updateText', {
    purpose: 'Que personne ne reste seul face au numérique dans le Civraisien.',
  });
  const chantier = await api<{ id: number }>(page, 'roadmap.saveChantier', {
    title: 'Aller vers les publics éloignés',
  });
  const action = {
    chantierId: chantier.id,
    title: 'Permanences numériques itinérantes',
    pilotMemberId: memberId('Centre socioculturel du Civraisien'),
    partnerMemberIds: [memberId('Espace France Services de Civray')],
    start: '2026-09',
    end: '2027-06',
    budget: 18000,
    fundings: [{ source: 'etat_fne', amount: 12000, status: 'acquis' }],
  };
  const saved = await api<{ id: number }>(page, 'roadmap.saveAction', action);

  // Signatures: prefilled from the body, editable.
  await page.goto(`${webApp.origin}/#/feuille-de-route/signatures`);
  const csc = page.getByRole('textbox', {
    name: 'Signataire pour Centre socioculturel du Civraisien',
    exact: true,
  });
  await expect(csc).toHaveValue('Karim Haddad');
  // The EPCI signs once, for its France Services and its vice-president, who is offered as signatory; his
  // function is chosen written out, never « Vice-président·e ».
  const epci = 'Communauté de communes du Civraisien en Poitou';
  await expect(
    page.getByText('Signe aussi pour Espace France Services de Civray et Bernard Chaigneau'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Signataire pour ${epci}`, exact: true })).toHaveValue(
    'Bernard Chaigneau',
  );
  await page
    .getByRole('button', { name: 'Vice-président de la communauté de communes du Civraisien en Poitou' })
    .click();
  await expect(
    page.getByRole('textbox', { name: `Fonction du signataire pour ${epci}`, exact: true }),
  ).toHaveValue(/^Vice-président de la communauté de communes/);
  await page
    .getByRole('combobox', { name: 'Statut de la signature pour Centre socioculturel du Civraisien' })
    .selectOption({ label: 'Signé' });
  // Marked as signed, the row is dated today.
  await expect(page.getByLabel('Date de signature pour Centre socioculturel du Civraisien')).not.toHaveValue(
    '',
  );
  await page
    .getByRole('textbox', { name: 'Fonction du signataire pour CCAS de Civray', exact: true })
    .fill('Vice-présidente du CCAS');
  await page.getByRole('textbox', { name: 'Fonction du signataire pour CCAS de Civray', exact: true }).blur();
  await expect(page.getByText('1 signature sur 3')).toBeVisible();
  await page.getByRole('textbox', { name: 'Fait à' }).fill('Civray');
  await saveScreenshot(page, 'feuille-de-route-signatures');

  // Adoption: a confirmation says it freezes this version.
  await page.getByRole('button', { name: 'Adopter la version 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adopter la version 1 ?' });
  await expect(dialog).toContainText('Cette version sera figée');
  await dialog.getByRole('button', { name: 'Adopter et figer la version 1' }).click();
  await expect(page.getByText(/Version 1 adoptée le .* à Civray/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Vice-présidente du CCAS' })).toBeVisible();

  // Versions: the adopted one, then « Amender ».
  await page.goto(`${webApp.origin}/#/feuille-de-route/versions`);
  await expect(page.getByRole('link', { name: 'Consulter la version 1' })).toBeVisible();
  // The same count as the signatures' tab: lines signed, the EPCI once for its two members.
  await expect(page.getByRole('row', { name: /Version 1/ })).toContainText('1 sur 3');
  await saveScreenshot(page, 'feuille-de-route-versions');
  await page.getByRole('button', { name: 'Amender : préparer la version 2' }).click();
  await expect(
    page.getByText('Brouillon de la version 2 en cours (amendement de la version 1)'),
  ).toBeVisible();

  // The draft changes; version 1 stays as adopted.
  await api(page, 'roadmap.saveAction', {
    ...action,
    id: saved.id,
    end: '2027-12',
    status: 'en_cours',
    progress: 30,
  });
  await page.getByRole('link', { name: 'Consulter la version 1' }).click();
  await expect(page.getByText(/Version 1, adoptée le .* · lecture seule/)).toBeVisible();
  await expect(page.getByText('De septembre 2026 à juin 2027')).toBeVisible();
  await saveScreenshot(page, 'feuille-de-route-version');

  // Comparison: version 1 against the draft, in French.
  await page.getByRole('link', { name: '← Toutes les versions' }).click();
  await page.getByRole('link', { name: 'Voir ce qui a changé' }).click();
  await expect(page.getByRole('heading', { name: 'Ce qui a changé' })).toBeVisible();
  const change = page.getByRole('listitem').filter({ hasText: 'Permanences numériques itinérantes' });
  await expect(change.getByRole('row', { name: /Fin juin 2027 décembre 2027/ })).toBeVisible();
  await expect(change.getByRole('row', { name: /Statut À lancer En cours/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Signature' }).first()).toContainText('Signé');
  await saveScreenshot(page, 'feuille-de-route-comparaison');
});
