import type { Page } from '@playwright/test';
import { expect, type WebApp } from './webApp';

/** Calls the API from the page, with the session's token, as the renderer does. */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-maillage-jeton': sessionStorage.getItem('maillage.jeton') ?? '',
        },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method} : ${result.error?.message}`);
  return result.data as T;
}

/** Opens the browser mode on its welcome screen and starts the demo territory (the CC du Civraisien). */
export async function openDemo(page: Page, webApp: WebApp): Promise<void> {
  await page.goto(webApp.url);
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();
}

/** A name longer than any column gives it: the screens must still let the user read it whole. */
export const LONG_ACTOR_NAME =
  'Association intercommunale pour l’accompagnement numérique des habitants du Civraisien et des communes voisines';

export interface SeededRoadmap {
  instanceId: number;
  actorId: number;
  actionIds: number[];
}

/**
 * The demo territory filled the way a real one is after a few months: an actor with a very long name, a
 * coordination body of five members, and a roadmap of three chantiers and six actions over two years (a
 * calendar of 24 months, a matrix wider than the window).
 */
export async function seedRoadmap(page: Page): Promise<SeededRoadmap> {
  const longActor = await callApi<{ id: number }>(page, 'actors.create', { name: LONG_ACTOR_NAME });
  const actors = await callApi<{ items: { id: number; name: string }[] }>(page, 'actors.list', {
    limit: 200,
  });
  const actorIdOf = (name: string) => {
    const found = actors.items.find((item) => item.name === name);
    if (!found) throw new Error(`Acteur absent de la démonstration : ${name}`);
    return found.id;
  };
  const body = await callApi<{ id: number }>(page, 'instances.save', {
    name: 'Comité de pilotage de l’inclusion numérique',
    kind: 'strategique',
    frequency: 'mensuelle',
  });
  for (const actorId of [
    actorIdOf('Centre socioculturel du Civraisien'),
    actorIdOf('Espace France Services de Civray'),
    actorIdOf('CCAS de Civray'),
    longActor.id,
  ]) {
    await callApi(page, 'instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId } });
  }
  const instance = await callApi<{ members: { id: number; name: string }[] }>(page, 'instances.addMember', {
    instanceId: body.id,
    member: { kind: 'elected', name: 'Bernard Chaigneau', mandate: 'Vice-président', communeCode: null },
  });
  const memberIds = instance.members.map((member) => member.id);

  await callApi(page, 'roadmap.setInstance', { instanceId: body.id });
  await callApi(page, 'roadmap.updateText', {
    title: 'Feuille de route de l’inclusion numérique 2026-2028',
    purpose: 'Que personne ne reste seul face au numérique dans le Civraisien.',
  });
  const chantiers = [
    'Aller vers les publics éloignés du numérique',
    'Former et outiller les aidants',
    'Mieux se connaître entre acteurs',
  ];
  const actionIds: number[] = [];
  for (const [index, title] of chantiers.entries()) {
    const chantier = await callApi<{ id: number }>(page, 'roadmap.saveChantier', { title });
    for (const part of [0, 1]) {
      const startMonth = 1 + ((index * 4 + part * 6) % 12);
      const saved = await callApi<{ id: number }>(page, 'roadmap.saveAction', {
        chantierId: chantier.id,
        title: `${['Permanences numériques itinérantes dans les mairies', 'Ateliers collectifs'][part]} (${index + 1})`,
        pilotMemberId: part === 0 ? memberIds[index % memberIds.length] : null,
        partnerMemberIds: [memberIds[(index + 1) % memberIds.length]],
        start: `2026-${String(startMonth).padStart(2, '0')}`,
        end: `${2027 + part}-${String(startMonth).padStart(2, '0')}`,
      });
      actionIds.push(saved.id);
    }
  }
  return { instanceId: body.id, actorId: longActor.id, actionIds };
}
