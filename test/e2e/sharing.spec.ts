import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { callApi, openDemo, seedRoadmap } from './support/demoTerritory';
import { expect, saveScreenshot, test } from './support/webApp';

test.use({ viewport: { width: 1366, height: 768 } });

/** A day relative to today, « 2026-10-06 ». */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The body and roadmap of `seedRoadmap`, three meetings held in the last three months (attendance taken) and a
 * monthly series from today on: dates relative to the clock, as the browser mode runs on the real one.
 */
async function heldMeetings(page: import('@playwright/test').Page): Promise<void> {
  const { instanceId } = await seedRoadmap(page);
  await callApi(page, 'meetings.saveSeries', {
    instanceId,
    kind: 'pleniere',
    pattern: { kind: 'monthlyWeekday', interval: 1, nth: 1, weekday: 'TH' },
    startsOn: daysFromNow(1),
    time: '14:00',
    durationMinutes: 120,
    end: { kind: 'none' },
    place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
  });
  for (const days of [-80, -50, -20]) {
    const meeting = await callApi<{ id: number; invitees: { id: number }[] }>(page, 'meetings.save', {
      instanceId,
      kind: 'groupe_travail',
      title: null,
      startsAt: `${daysFromNow(days)}T14:00`,
      durationMinutes: 120,
      place: null,
    });
    await callApi(page, 'meetings.saveAttendance', {
      meetingId: meeting.id,
      entries: meeting.invitees.map((invitee, i) => ({
        inviteeId: invitee.id,
        attendance: i === 0 ? 'absent' : 'present',
      })),
    });
  }
}

// Issue 16, item 7: the « Kit de partage » and the « Bilan de la coordination », downloaded from Documents.
test('the Documents screen gives the « Kit de partage » zip and the yearly bilan', async ({
  page,
  webApp,
}) => {
  await openDemo(page, webApp);
  await heldMeetings(page);

  await page.getByRole('link', { name: 'Documents' }).click();
  await expect(
    page.getByRole('heading', { name: 'Documents pour les élus et les partenaires' }),
  ).toBeVisible();
  const kit = page.getByRole('region', { name: 'Kit de partage' });
  await expect(kit.getByText(/dossier partagé du réseau/)).toBeVisible();
  const bilan = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Bilan de la coordination' }) });
  await expect(bilan.getByText(/\(\d+\u00a0réunions? tenues?\)/).first()).toBeVisible();
  await saveScreenshot(page, 'sharing-01-documents');

  const zipDownload = page.waitForEvent('download');
  await kit.getByRole('button', { name: 'Préparer le kit de partage (.zip)' }).click();
  const zipFile = await zipDownload;
  expect(zipFile.suggestedFilename()).toMatch(
    /^Kit de partage au \d+(er)? \S+ \d{4} – CC du Civraisien en Poitou\.zip$/,
  );
  const entries = Object.keys(unzipSync(new Uint8Array(readFileSync((await zipFile.path())!))));
  expect(entries).toContain('Lisez-moi.txt');
  expect(entries.filter((name) => name.startsWith('Comptes rendus/'))).toHaveLength(3);
  expect(entries.some((name) => name.endsWith('.ics'))).toBe(true);
  expect(entries.some((name) => name.startsWith('Feuille de route/'))).toBe(true);
  // The block then says what the kit holds: the roadmap, not adopted yet, as its projet.
  await expect(kit.getByText(/contient \d+ fichiers/)).toBeVisible();
  await expect(kit.getByText(/La feuille de route en projet/)).toBeVisible();
  await saveScreenshot(page, 'sharing-02-kit-pret');

  const docDownload = page.waitForEvent('download');
  await bilan.getByRole('button', { name: 'Créer le bilan de la coordination (Word)' }).click();
  const docFile = await docDownload;
  expect(docFile.suggestedFilename()).toMatch(
    /^Bilan de la coordination \d{4}( au \d+(er)? \S+ \d{4})? – CC du Civraisien en Poitou\.docx$/,
  );
  expect(
    readFileSync((await docFile.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});
