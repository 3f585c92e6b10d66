import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { callApi, openDemo } from './support/demoTerritory';
import { expect, saveScreenshot, test } from './support/webApp';

// The « Réunions » of a coordination body on the demo territory: plan « le premier jeudi de chaque mois à
// 14 h », move one date, add a point to its ordre du jour, and download the series' calendar file.
test('plan the body’s regular meetings and invite to them', async ({ page, webApp }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, webApp);
  const body = await callApi<{ id: number }>(page, 'instances.save', {
    name: 'Comité de pilotage de l’inclusion numérique',
    kind: 'strategique',
    frequency: 'mensuelle',
  });
  for (const search of ['france services civray', 'mission locale'])
    await callApi(page, 'instances.addMember', {
      instanceId: body.id,
      member: {
        kind: 'actor',
        actorId: (await callApi<{ items: { id: number }[] }>(page, 'actors.list', { search })).items[0]!.id,
      },
    });
  await page.evaluate(`window.location.hash = '#/instance/${body.id}'`);
  await expect(page.getByText('Aucune réunion à venir')).toBeVisible();
  await page.getByRole('link', { name: 'Réunions', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Aucune réunion n’est encore planifiée' })).toBeVisible();

  // The rhythm, picked in French, is shown as the sentence it makes; the first Thursday at 14 h is the default.
  await page.getByRole('button', { name: 'Planifier des réunions régulières' }).click();
  const form = page.getByRole('form', { name: 'Nouvelle série de réunions' });
  // A day of the month is one every month has: 1er to 28, and the way to the end of the month said.
  await form.getByLabel('Rythme').selectOption({ label: 'Un quantième du mois (le 15…)' });
  const monthDay = form.getByLabel('Jour du mois');
  await expect(monthDay.locator('option')).toHaveCount(28);
  await monthDay.selectOption('28');
  await expect(form.getByText(/^Le 28 de chaque mois à 14\sh/)).toBeVisible();
  await expect(form.getByText(/pour la fin du mois, choisissez/)).toBeVisible();
  await form
    .getByLabel('Rythme')
    .selectOption({ label: 'Un jour de la semaine du mois (le premier jeudi…)' });
  await form.getByLabel('Jour', { exact: true }).selectOption({ label: 'mardi' });
  await expect(form.getByText(/^Le premier mardi de chaque mois à 14\sh/)).toBeVisible();
  await form.getByLabel('Jour', { exact: true }).selectOption({ label: 'jeudi' });
  await form.getByLabel('Lieu', { exact: true }).selectOption({ index: 1 });
  await expect(form.getByText(/^Le premier jeudi de chaque mois à 14\sh, à partir du/)).toBeVisible();
  await saveScreenshot(page, 'reunions-serie');
  await form.getByRole('button', { name: 'Planifier la série' }).click();

  const series = page.getByRole('region', { name: 'Rendez-vous réguliers' });
  await expect(series.getByText(/^Le premier jeudi de chaque mois à 14\sh/)).toBeVisible();
  const upcoming = page.getByRole('list', { name: 'Réunions à venir' });
  await expect(upcoming.getByRole('button').first()).toContainText('jeudi');
  await expect(upcoming.getByRole('button').first()).toContainText(/14\sh/);

  // Move the second date of the list to a Tuesday morning: it becomes an exception of the series.
  const second = upcoming.getByRole('button').nth(1);
  const secondText = (await second.textContent()) ?? '';
  await second.click();
  const editor = page.getByRole('region', { name: /Réunion plénière/ });
  await expect(editor.getByText(/Date de la série/)).toBeVisible();
  const day = await editor.getByLabel('Date').inputValue();
  const moved = new Date(Date.parse(`${day}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
  await editor.getByLabel('Date').fill(moved);
  await editor.getByLabel('Heure').fill('09:30');
  await expect(editor.getByText('Enregistré', { exact: true })).toBeVisible();
  await expect(upcoming.getByRole('button', { name: /Déplacée/ })).toContainText(/9\sh\s30/);
  await expect(upcoming.getByRole('button', { name: /Déplacée/ })).toContainText('mardi');
  expect(secondText).toContain('jeudi');

  // A point of the ordre du jour, tied to nothing yet.
  await editor
    .getByRole('textbox', { name: 'Nouveau point de l’ordre du jour' })
    .fill('Bilan des ateliers seniors');
  await editor.getByRole('button', { name: 'Ajouter le point' }).click();
  await expect(editor.getByRole('textbox', { name: 'Point 1' })).toHaveValue('Bilan des ateliers seniors');
  await expect(editor.getByLabel(/Adresses des invités/)).not.toHaveValue('');
  await saveScreenshot(page, 'reunions');
  const audit = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = audit.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);

  // The whole series as a calendar file: the rule, and the moved date as an exception with its own time.
  const download = page.waitForEvent('download');
  await series.getByRole('button', { name: 'Calendrier (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=1TH\r\n');
  expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n');
  expect(text).toMatch(/RECURRENCE-ID;TZID=Europe\/Paris:\d{8}T140000\r\n/);
  expect(text).toContain(`DTSTART;TZID=Europe/Paris:${moved.replace(/-/g, '')}T093000\r\n`);
  expect(text).toContain('Bilan des ateliers seniors');

  // Back on the body's page: the next meeting and the regular rhythm under its name.
  await page.getByRole('link', { name: 'Comité de pilotage de l’inclusion numérique' }).click();
  await expect(
    page.getByText(/^Prochaine réunion\s:\sjeudi .* à 14\sh · le premier jeudi de chaque mois/),
  ).toBeVisible();
  await saveScreenshot(page, 'instance-prochaine-reunion');
});

// A series begun last year is changed: the form says the change holds from today, and the past dates stay at
// their former time in « Réunions passées ».
test('change a series begun last year without rewriting its past dates', async ({ page, webApp }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, webApp);
  const body = await callApi<{ id: number }>(page, 'instances.save', {
    name: 'Groupe de travail des médiateurs',
    kind: 'technique',
    frequency: 'mensuelle',
  });
  const lastYear = `${new Date().getFullYear() - 1}-01-01`;
  await callApi(page, 'meetings.saveSeries', {
    instanceId: body.id,
    title: null,
    kind: 'pleniere',
    pattern: { kind: 'monthlyWeekday', interval: 1, nth: 1, weekday: 'TH' },
    startsOn: lastYear,
    time: '14:00',
    durationMinutes: 120,
    end: { kind: 'none' },
    place: null,
  });
  await page.evaluate(`window.location.hash = '#/instance/${body.id}/reunions'`);
  const series = page.getByRole('region', { name: 'Rendez-vous réguliers' });
  await series.getByRole('button', { name: 'Modifier' }).click();
  const form = page.getByRole('form', { name: 'Modifier la série' });
  await expect(form.getByText(/ce que vous changez ici vaut à partir d’aujourd’hui/)).toBeVisible();
  await form.getByLabel('Heure').fill('18:00');
  await saveScreenshot(page, 'reunions-serie-modifiee');
  await form.getByRole('button', { name: /Enregistrer/ }).click();
  await expect(series.getByText(/^Le premier jeudi de chaque mois à 18\sh, à partir du/)).toBeVisible();
  const past = page.getByRole('list', { name: 'Réunions passées' });
  await expect(past.getByRole('button').first()).toContainText(/14\sh/);
  await expect(past.getByText(/18\sh/)).toHaveCount(0);
});
