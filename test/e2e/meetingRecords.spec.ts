import AxeBuilder from '@axe-core/playwright';
import { callApi, openDemo } from './support/demoTerritory';
import { expect, saveScreenshot, test } from './support/webApp';

// Holding a meeting and reporting on it (issue 16, items 4–5) on the demo territory: a meeting held yesterday,
// everyone present then two absents, a decision and an action, the compte rendu downloaded, and the absents'
// addresses to send it to.
test('hold a meeting with two absents, a decision and an action, and send the compte rendu', async ({
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
  for (const search of ['france services civray', 'mission locale'])
    await callApi(page, 'instances.addMember', {
      instanceId: body.id,
      member: {
        kind: 'actor',
        actorId: (await callApi<{ items: { id: number }[] }>(page, 'actors.list', { search })).items[0]!.id,
      },
    });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const meeting = await callApi<{ id: number; invitees: { memberId: number | null }[] }>(
    page,
    'meetings.save',
    {
      instanceId: body.id,
      kind: 'pleniere',
      startsAt: `${yesterday}T14:00`,
      durationMinutes: 120,
      place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
    },
  );
  await callApi(page, 'meetings.saveInvitees', {
    meetingId: meeting.id,
    memberIds: meeting.invitees.map((i) => i.memberId),
    guests: [{ name: 'Léa Martin', organisation: 'Centre social', email: 'lea.martin@example.fr' }],
  });
  await callApi(page, 'meetings.saveAgenda', {
    meetingId: meeting.id,
    items: [{ title: 'Bilan des ateliers seniors' }],
  });
  await page.evaluate(`window.location.hash = '#/instance/${body.id}'`);
  await page.getByRole('link', { name: 'Réunions', exact: true }).click();
  await page.getByRole('list', { name: 'Réunions passées' }).getByRole('button').first().click();
  const editor = page.getByRole('region', { name: /Réunion plénière/ });
  // A held meeting opens on « Tenir et rendre compte ».
  await expect(editor.getByRole('button', { name: 'Tenir et rendre compte' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await editor.getByRole('button', { name: 'Tous présents' }).click();
  await expect(editor.getByText(/^3\spr.sents, aucun excus/)).toBeVisible();
  await editor.getByLabel('Présence de Léa Martin').selectOption({ label: 'Absent' });
  await expect(editor.getByText(/^2\sprésents, aucun excusé, 1\sabsent/)).toBeVisible();
  await editor
    .getByLabel(/^Présence (de |d’)/)
    .nth(1)
    .selectOption({ label: 'Excusé' });
  await expect(editor.getByText(/^1\sprésent, 1\sexcusé, 1\sabsent/)).toBeVisible();

  await editor.getByLabel('Notes').fill('Quarante personnes ont suivi les ateliers.');
  await editor
    .getByRole('textbox', { name: 'Nouvelle décision du point 1' })
    .fill('Reconduire les ateliers en 2027.');
  await editor.getByRole('button', { name: 'Ajouter la décision' }).click();
  await expect(editor.getByText('Décision : Reconduire les ateliers en 2027.')).toBeVisible();

  const form = editor.getByRole('form', { name: 'Nouvelle action à suivre' });
  await form.getByLabel('Action à mener').fill('Écrire aux mairies');
  await form.getByLabel('Qui').fill('Léa Martin');
  await form.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(editor.getByRole('checkbox', { name: 'Écrire aux mairies' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Actions en cours' }).getByText('Écrire aux mairies'),
  ).toBeVisible();

  await expect(editor.getByText(/À envoyer aux absents et excusés\s:\s.*Léa Martin/)).toBeVisible();
  await expect(editor.getByLabel(/Adresses des absents et excusés/)).toHaveValue(/lea\.martin@example\.fr/);
  await expect(editor.getByRole('link', { name: 'Écrire aux absents' })).toHaveAttribute(
    'href',
    /^mailto:\?bcc=.*lea\.martin%40example\.fr/,
  );
  await editor.getByRole('heading', { name: 'Présence' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'reunion-tenue');
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Compte rendu (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Compte rendu – .*\.docx$/);
  await editor.getByRole('heading', { name: 'Compte rendu' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'reunion-compte-rendu');

  const audit = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = audit.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);

  // Done from the body's list: it leaves the open actions, and comes back with « Annuler ».
  const open = page.getByRole('region', { name: 'Actions en cours' });
  await open.getByRole('button', { name: 'Action faite : Écrire aux mairies' }).click();
  await expect(open.getByText(/Aucune action en cours/)).toBeVisible();
  await expect(editor.getByRole('checkbox', { name: 'Écrire aux mairies' })).toBeChecked();
  await page.getByRole('button', { name: 'Annuler' }).last().click();
  await expect(open.getByText('Écrire aux mairies')).toBeVisible();
});
