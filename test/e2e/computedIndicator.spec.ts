import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { civraisienActivities, fileTotals } from '../fixtures/activity/coopExport';
import { formatInteger } from '../../shared/format/french';
import { coveredMonths, lastTwelveMonths } from '../../shared/diagnostic/diagnosticActivity';
import { callApi, openDemo } from './support/demoTerritory';
import { expect, saveScreenshot, test } from './support/webApp';

const FIXTURE = join(process.cwd(), 'test/fixtures/activity/coop-activites-civraisien-2026.xlsx');
const PROCEDURES = 'Aide aux démarches administratives';
const spaced = formatInteger;

async function actorId(page: Page, name: string): Promise<number> {
  const found = await callApi<{ items: { id: number; name: string }[] }>(page, 'actors.list', {
    search: name,
  });
  return found.items.find((item) => item.name === name)!.id;
}

// The France Services' activity is imported; the coordinator turns a fiche action's indicator into one computed
// from it, then reads the same activity in the diagnostic.
test('a fiche action’s indicator computed from the imported activity, and the diagnostic’s activity block', async ({
  page,
  webApp,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, webApp);
  const structure = await actorId(page, 'Espace France Services de Civray');
  await callApi(page, 'activity.import', {
    fileName: 'coop-activites-civraisien-2026.xlsx',
    contentBase64: readFileSync(FIXTURE).toString('base64'),
    kind: 'coop',
    actorId: structure,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
  });
  const instance = await callApi<{ id: number }>(page, 'instances.save', {
    name: 'Comité de pilotage de l’inclusion numérique',
    kind: 'strategique',
    frequency: 'mensuelle',
  });
  await callApi(page, 'instances.addMember', {
    instanceId: instance.id,
    member: { kind: 'actor', actorId: structure },
  });
  await callApi(page, 'roadmap.setInstance', { instanceId: instance.id });
  const chantier = await callApi<{ id: number }>(page, 'roadmap.saveChantier', {
    title: 'Aller vers les habitants',
  });
  const action = await callApi<{ id: number }>(page, 'roadmap.saveAction', {
    chantierId: chantier.id,
    title: 'Permanences France Services',
    start: '2026-01',
    end: '2026-06',
    indicators: [{ label: 'Personnes accompagnées', unit: 'personnes', target: 300, actual: 12 }],
  });

  await page.goto(`${webApp.origin}/#/feuille-de-route/actions/${action.id}`);
  await expect(page.getByRole('heading', { name: 'Permanences France Services' })).toBeVisible();
  const indicator = page.getByRole('listitem', { name: 'Indicateur 1' });
  await expect(indicator.getByLabel('Valeur atteinte')).toHaveValue('12');
  await indicator.getByRole('checkbox', { name: 'Calculé à partir de l’activité importée' }).check();

  // The value is computed and not editable, with where it comes from.
  const activities = civraisienActivities();
  const all = fileTotals(activities).participants;
  const value = indicator.getByRole('status', { name: 'Valeur atteinte, calculée' });
  await expect(value).toHaveText(`${spaced(all)}\u00a0personnes`);
  await expect(indicator.getByRole('textbox', { name: 'Valeur atteinte' })).toHaveCount(0);
  await expect(indicator.locator('.computed-source')).toContainText(
    'à partir de 1\u00a0import : Espace France Services de Civray (du 1er\u00a0janvier 2026 au 30\u00a0juin 2026)',
  );

  // On the administrative procedures only.
  await indicator.getByRole('checkbox', { name: PROCEDURES }).check();
  const procedures = activities.filter((a) => a.themes.includes(PROCEDURES)).flatMap((a) => a.people).length;
  await expect(value).toHaveText(`${spaced(procedures)}\u00a0personnes`);
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  await indicator.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'feuille-de-route-indicateur-calcule');

  // Kept after a reload.
  await page.reload();
  await expect(
    page
      .getByRole('listitem', { name: 'Indicateur 1' })
      .getByRole('status', { name: 'Valeur atteinte, calculée' }),
  ).toHaveText(`${spaced(procedures)}\u00a0personnes`);

  // The diagnostic's block over the last 12 months.
  await page.goto(`${webApp.origin}/#/diagnostic`);
  const block = page.getByRole('region', { name: 'L’activité des lieux de médiation' });
  // The file runs from January to June 2026: the months of it within the last 12 complete ones are said.
  const window = lastTwelveMonths(new Date().toISOString().slice(0, 10));
  const covered = coveredMonths({
    sources: [
      {
        actorName: '',
        periodStart: window.from > '2026-01-01' ? window.from : '2026-01-01',
        periodEnd: window.to < '2026-06-30' ? window.to : '2026-06-30',
      },
    ],
  });
  await expect(block.locator('[data-figure="activity-headline"]')).toContainText(
    `${spaced(all)}\u00a0accompagnements ${covered >= 12 ? 'en 12 mois' : `sur les ${covered} mois importés des 12 derniers`} par 1\u00a0structure`,
  );
  await block.scrollIntoViewIfNeeded();
  await block.screenshot({ path: join(process.cwd(), 'artifacts/screenshots/diagnostic-activite-bloc.png') });
});
