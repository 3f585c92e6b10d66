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
test('zz look', async ({ page, webApp }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
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
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/shots/signatures.png', fullPage: false });
  await page.goto(`${webApp.origin}/#/diagnostic`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/shots/diagnostic.png', fullPage: false });
  await page.goto(`${webApp.origin}/#/acteurs`);
  await page.waitForTimeout(800);
  await page.getByRole('link', { name: /Centre socioculturel du Civraisien/ }).first().click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/shots/actor.png', fullPage: true });
  void saved;
});
