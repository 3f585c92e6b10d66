import AxeBuilder from '@axe-core/playwright';
import { callApi, openDemo } from './support/demoTerritory';
import { expect, saveScreenshot, test } from './support/webApp';

// « Vie du réseau » on « Réunions » (issue 16, item 6), on the demo territory: six monthly plenaries held with
// their attendance (one member absent at the last three), a cancelled one, two ateliers (one with its public
// counted); the charts show with their sources, « Voir les chiffres » opens the numbers, and a follow-up action
// edited after it was added keeps its new text after a reload.

type Meeting = { id: number; invitees: { id: number; memberId: number | null; name: string }[] };

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

test('see the network live: attendance, meetings per quarter, animations; edit an action', async ({
  page,
  webApp,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, webApp);
  const body = await callApi<{ id: number }>(page, 'instances.save', {
    name: 'Comité de pilotage de l’inclusion numérique',
    kind: 'strategique',
    frequency: 'mensuelle',
  });
  for (const search of ['france services civray', 'mission locale', 'ccas'])
    await callApi(page, 'instances.addMember', {
      instanceId: body.id,
      member: {
        kind: 'actor',
        actorId: (await callApi<{ items: { id: number }[] }>(page, 'actors.list', { search })).items[0]!.id,
      },
    });
  // Before any meeting: each part says what to do.
  await page.evaluate(`window.location.hash = '#/instance/${body.id}/reunions'`);
  await page.getByRole('button', { name: 'Vie du réseau (graphiques)' }).click();
  const empty = page.getByRole('region', { name: 'Vie du réseau' });
  await expect(empty.getByText('Aucune réunion tenue.')).toBeVisible();
  await expect(empty.getByText(/^Aucune présence relevée pour l’instant/)).toBeVisible();
  await expect(empty.getByText(/^Aucune animation tenue sur cette période/)).toBeVisible();
  await expect(empty.getByText(/^Aucune réunion tenue sur cette période/)).toBeVisible();
  await expect(empty.getByRole('button', { name: 'Voir les chiffres' })).toHaveCount(0);
  await saveScreenshot(page, 'reunions-vie-du-reseau-vide');

  const plenary = (day: string) =>
    callApi<Meeting>(page, 'meetings.save', {
      instanceId: body.id,
      kind: 'pleniere',
      startsAt: `${day}T14:00`,
      durationMinutes: 120,
      place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
    });
  // Six plenaries a month apart; the second member drifts away at the last three; the third's is not said once.
  const pattern: ('present' | 'absent' | 'excuse' | null)[][] = [
    ['present', 'present', 'present'],
    ['present', 'present', null],
    ['present', 'excuse', 'present'],
    ['present', 'absent', 'present'],
    ['present', 'excuse', 'present'],
    ['present', 'absent', 'present'],
  ];
  let last: Meeting | null = null;
  for (const [index, statuses] of pattern.entries()) {
    const meeting = await plenary(daysAgo(30 * (pattern.length - index)));
    const members = meeting.invitees.filter((i) => i.memberId !== null);
    await callApi(page, 'meetings.saveAttendance', {
      meetingId: meeting.id,
      entries: members.map((invitee, m) => ({ inviteeId: invitee.id, attendance: statuses[m] ?? null })),
    });
    last = meeting;
  }
  const cancelled = await plenary(daysAgo(200));
  await callApi(page, 'meetings.setCancelled', { id: cancelled.id, cancelled: true });
  for (const [days, count] of [
    [45, 18],
    [75, null],
  ] as const) {
    const atelier = await callApi<Meeting>(page, 'meetings.save', {
      instanceId: body.id,
      kind: 'atelier',
      title: days === 45 ? 'Atelier smartphone' : 'Atelier démarches en ligne',
      startsAt: `${daysAgo(days)}T10:00`,
      durationMinutes: 120,
      place: null,
    });
    if (count !== null)
      await callApi(page, 'meetings.saveParticipants', { id: atelier.id, participantsCount: count });
  }
  await callApi(page, 'meetings.saveAction', {
    meetingId: last!.id,
    what: 'Apeler la mission locale',
    who: null,
    dueOn: null,
  });

  await page.reload();
  await page.getByRole('button', { name: 'Vie du réseau (graphiques)' }).click();
  const life = page.getByRole('region', { name: 'Vie du réseau' });
  await expect(life.getByText(/^8\sréunions tenues du /)).toBeVisible();
  await expect(life.locator('[data-figure="held"] dd')).toHaveText('8');
  await expect(life.locator('[data-figure="participants"] dd').first()).toHaveText('18');
  await expect(life.getByText('pour 1 animation sur 2')).toBeVisible();

  // Attendance: one column per meeting, the member who drifts away marked, the unknown written as unknown.
  const grid = life.getByRole('table', { name: 'Présence des membres aux dernières réunions' });
  await expect(grid.getByRole('columnheader')).toHaveCount(8); // member, 6 meetings, presence
  await expect(grid.getByRole('row').filter({ hasText: 'S’éloigne' })).toHaveCount(1);
  await expect(grid.getByRole('cell', { name: 'Non renseigné' })).toHaveCount(1);
  await expect(grid.getByRole('cell', { name: 'Absent' })).toHaveCount(2);

  // Per quarter and animations: titles, sources, and the numbers behind.
  const quarters = life.getByRole('figure', { name: 'Réunions tenues par trimestre' });
  await expect(quarters.getByText(/^Source\s: réunions enregistrées dans Maillage, du /)).toBeVisible();
  await quarters.getByRole('button', { name: 'Voir les chiffres' }).click();
  const quarterTable = quarters.getByRole('table');
  await expect(quarterTable.getByRole('columnheader', { name: 'Trimestre' })).toBeVisible();
  await expect(quarterTable.getByRole('rowheader', { name: /^T[1-4] 20\d\d$/ }).first()).toBeVisible();
  const animations = life.getByRole('figure', { name: 'Animations et participants' });
  await animations.getByRole('button', { name: 'Voir les chiffres' }).click();
  await expect(animations.getByRole('row', { name: /Atelier smartphone 18/ })).toBeVisible();
  await expect(
    animations.getByRole('row', { name: /Atelier démarches en ligne non disponible/ }),
  ).toBeVisible();
  const attendance = life.getByRole('figure', { name: 'Présence aux dernières réunions' });
  await attendance.getByRole('button', { name: 'Voir les chiffres' }).click();
  await expect(attendance.getByRole('rowheader', { name: /\(s’éloigne\)$/ })).toBeVisible();
  await saveScreenshot(page, 'reunions-vie-du-reseau-1366');
  const thisYear = String(new Date().getFullYear());
  const years = life.getByRole('group', { name: 'Période' });
  if ((await years.getByRole('button').count()) > 2) {
    // The meetings span two years: one year alone holds fewer.
    await years.getByRole('button', { name: thisYear }).click();
    await expect(life.getByText(new RegExp(`réunions? tenues? en ${thisYear}`))).toBeVisible();
    await years.getByRole('button', { name: 'Tout' }).click();
  } else {
    await years.getByRole('button', { name: thisYear }).click();
    await expect(life.getByText(new RegExp(`^8\\sréunions tenues en ${thisYear}`))).toBeVisible();
    await years.getByRole('button', { name: 'Tout' }).click();
  }
  await expect(life.getByText(/^8\sréunions tenues du /)).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await saveScreenshot(page, 'reunions-vie-du-reseau-1920');

  const audit = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = audit.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);

  // The public of the atelier not counted yet, written on the meeting: the figures count it.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Calendrier et comptes rendus' }).click();
  await page
    .getByRole('list', { name: 'Réunions passées' })
    .getByRole('button', { name: /Atelier démarches en ligne/ })
    .click();
  const atelier = page.getByRole('region', { name: /Atelier démarches en ligne/ });
  const saved = page.waitForResponse((response) => response.url().includes('meetings.saveParticipants'));
  await atelier.getByLabel('Nombre de participants, public compris').fill('9');
  await atelier.getByLabel('Nombre de participants, public compris').blur();
  await saved;
  await page.getByRole('button', { name: 'Vie du réseau (graphiques)' }).click();
  await expect(life.locator('[data-figure="participants"] dd').first()).toHaveText('27');
  await page.getByRole('button', { name: 'Calendrier et comptes rendus' }).click();

  // An action edited in place after it was added: its text, who and date are saved as typed.
  await page.getByRole('list', { name: 'Réunions passées' }).getByRole('button').first().click();
  const editor = page.getByRole('region', { name: /Réunion plénière/ });
  await expect(editor.getByLabel('Action 1 : action à mener')).toHaveValue('Apeler la mission locale');
  await editor.getByLabel('Action 1 : action à mener').fill('Appeler la mission locale');
  await editor.getByLabel('Action 1 : qui').fill('Léa Martin');
  await editor.getByLabel('Action 1 : pour le').fill(daysAgo(-20));
  await editor.getByLabel('Action 1 : pour le').blur();
  await expect(
    page.getByRole('region', { name: 'Actions en cours' }).getByText('Appeler la mission locale'),
  ).toBeVisible();
  await editor.getByRole('heading', { name: 'Actions à suivre' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'reunions-action-modifiee');

  await page.reload();
  await page.getByRole('list', { name: 'Réunions passées' }).getByRole('button').first().click();
  const again = page.getByRole('region', { name: /Réunion plénière/ });
  await expect(again.getByLabel('Action 1 : action à mener')).toHaveValue('Appeler la mission locale');
  await expect(again.getByLabel('Action 1 : qui')).toHaveValue('Léa Martin');
  await expect(again.getByLabel('Action 1 : pour le')).toHaveValue(daysAgo(-20));
  await expect(again.getByRole('checkbox', { name: 'Fait : Appeler la mission locale' })).not.toBeChecked();
});
