import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readDocx } from '../integration/support/readDocx';
import { callApi, openDemo } from './support/demoTerritory';
import { typographyFaults } from './support/typography';
import { expect, saveScreenshot, SCREENSHOT_DIR, test } from './support/webApp';

// Issue 16's « I will check », walked as a user on the demo territory (dates relative to the real clock):
// meet ten actors (one without a commune, one that declines), gather the nine who joined in a body, plan « le
// premier jeudi de chaque mois à 14 h » from three months ago, hold its three past dates with absents (notes,
// decisions, an action that updates a fiche action and one that creates one), send the compte rendu, and see the
// member absent three times drift away on « Réunions », in its charts and in « N'oublier personne ». The three
// Word documents of the last meeting are saved in artifacts/documents to be read page by page:
//   soffice --headless --convert-to pdf --outdir artifacts/documents artifacts/documents/*.docx
//   pdftoppm -r 60 -png artifacts/documents/<document>.pdf artifacts/documents/<document>

const DOCUMENT_DIR = join(SCREENSHOT_DIR, '..', 'documents');

interface Invitee {
  id: number;
  memberId: number | null;
  name: string;
}
interface Meeting {
  id: number;
  startsAt: string;
  invitees: Invitee[];
  agenda: { id: number; title: string }[];
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The first Thursdays before today, most recent first. */
function pastFirstThursdays(count: number): string[] {
  const today = iso(new Date());
  const found: string[] = [];
  const month = new Date(`${today.slice(0, 7)}-01T12:00:00Z`);
  while (found.length < count) {
    const first = new Date(month);
    while (first.getUTCDay() !== 4) first.setUTCDate(first.getUTCDate() + 1);
    if (iso(first) < today) found.push(iso(first));
    month.setUTCMonth(month.getUTCMonth() - 1);
  }
  return found;
}

/** The page's globals a measure needs (the e2e specs are typed without the DOM library). */
interface PageGlobals {
  getComputedStyle(element: unknown): { font: string; paddingLeft: string; paddingRight: string };
  document: {
    createElement(tag: 'canvas'): {
      getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } };
    };
  };
}

/** Whether a select shows its chosen option whole (its text, paddings and arrow fit its width). */
function readsWhole(select: Locator): Promise<boolean> {
  return select.evaluate((element: { selectedOptions: ArrayLike<{ text: string }>; clientWidth: number }) => {
    const page = globalThis as unknown as PageGlobals;
    const style = page.getComputedStyle(element);
    const context = page.document.createElement('canvas').getContext('2d');
    context.font = style.font;
    const text = context.measureText(element.selectedOptions[0]!.text).width;
    return text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 16 <= element.clientWidth;
  });
}

/** Saves the document for reading page by page, and gives its text, paragraph by paragraph. */
async function saveDocument(page: Page, method: string, meetingId: number): Promise<string[]> {
  const file = await callApi<{ fileName: string; contentBase64: string }>(page, method, { id: meetingId });
  mkdirSync(DOCUMENT_DIR, { recursive: true });
  writeFileSync(join(DOCUMENT_DIR, file.fileName), Buffer.from(file.contentBase64, 'base64'));
  const text = readDocx(file.contentBase64).paragraphs;
  expect(text.join('\n')).not.toMatch(/undefined|null|NaN|\[object/);
  return text;
}

test('the life of the network: meet ten actors, hold three meetings, report, see a member drift away', async ({
  page,
  webApp,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, webApp);

  // Step 1: ten actors met. An actor created by hand has no commune.
  const withoutCommune = await callApi<{ id: number }>(page, 'actors.create', {
    name: 'Collectif des aidants bénévoles',
  });
  const listed = await callApi<{ items: { id: number; name: string }[] }>(page, 'actors.list', { limit: 40 });
  const others = listed.items.filter((a) => a.id !== withoutCommune.id).slice(0, 9);
  const met = [{ id: withoutCommune.id, name: 'Collectif des aidants bénévoles' }, ...others];
  expect(met).toHaveLength(10);
  const contactDay = iso(new Date(Date.now() - 120 * 86_400_000));
  for (const [index, actor] of met.entries()) {
    if (index === 1) continue; // met through the screen below
    await callApi(page, 'network.saveContact', {
      actorId: actor.id,
      contact: {
        contactOn: contactDay,
        kind: index % 3 === 0 ? 'call' : 'visit',
        who: 'Claire (coordinatrice)',
        notes: 'Présentation de la démarche.',
        nextStep: index === 9 ? 'Rappeler en janvier' : null,
        nextStepOn: null,
      },
    });
    await callApi(page, 'network.setStatus', {
      actorId: actor.id,
      status: index === 9 ? 'declined' : 'member',
    });
  }
  // One met through its record, as a user does.
  await page.evaluate(`window.location.hash = '#/acteurs/${met[1]!.id}'`);
  const section = page.getByRole('region', { name: 'Réseau et contacts' });
  await section.getByRole('button', { name: 'Ajouter un contact' }).click();
  const contactForm = section.getByRole('form', { name: 'Nouveau contact' });
  await contactForm.getByLabel('Date').fill(contactDay);
  await contactForm.getByLabel('Type de contact').selectOption({ label: 'Visite' });
  await contactForm.getByLabel('Qui y est allé').fill('Claire (coordinatrice)');
  await contactForm.getByRole('button', { name: 'Enregistrer' }).click();
  await section.getByLabel('Statut dans le réseau').selectOption({ label: 'Membre du réseau' });
  await expect(section.getByText(/depuis le/)).toBeVisible();
  expect(await typographyFaults(page, section)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'scenario-acteur-reseau.png') });

  await page.getByRole('link', { name: 'Réseau', exact: true }).click();
  // Ten met: nine joined, one said no.
  await expect(
    page.getByText(
      /^10\sacteurs rencontrés sur \d+, dont 9\smembres du réseau et 1\squi ne souhaite pas en être/,
    ),
  ).toBeVisible();
  expect(await typographyFaults(page)).toEqual([]);
  await saveScreenshot(page, 'scenario-reseau');

  // The body: the nine who joined.
  const body = await callApi<{ id: number }>(page, 'instances.save', {
    name: 'Réseau des acteurs de l’inclusion numérique',
    kind: 'technique',
    frequency: 'mensuelle',
  });
  for (const actor of met.slice(0, 9))
    await callApi(page, 'instances.addMember', {
      instanceId: body.id,
      member: { kind: 'actor', actorId: actor.id },
    });
  await callApi(page, 'roadmap.setInstance', { instanceId: body.id });
  const chantier = await callApi<{ id: number }>(page, 'roadmap.saveChantier', {
    title: 'Aller vers les publics éloignés du numérique',
  });
  const fiche = await callApi<{ id: number }>(page, 'roadmap.saveAction', {
    chantierId: chantier.id,
    title: 'Permanences numériques dans les mairies',
  });

  // Step 4: « tous les premiers jeudis du mois », from the third last first Thursday.
  const [third, second, first] = pastFirstThursdays(3) as [string, string, string];
  await page.evaluate(`window.location.hash = '#/instance/${body.id}'`);
  await page.getByRole('link', { name: 'Réunions', exact: true }).click();
  // Nothing decided yet: the empty list says what will fill it.
  await expect(
    page
      .getByRole('region', { name: 'Actions en cours' })
      .getByText('Aucune action en cours. Les actions à suivre décidées en réunion s’ajoutent ici'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Planifier des réunions régulières' }).click();
  const seriesForm = page.getByRole('form', { name: 'Nouvelle série de réunions' });
  expect(await readsWhole(seriesForm.getByLabel('Rythme'))).toBe(true);
  expect(await typographyFaults(page, seriesForm)).toEqual([]);
  await seriesForm.getByLabel('À partir du').fill(first);
  await seriesForm.getByLabel('Lieu', { exact: true }).selectOption({ index: 1 });
  await expect(seriesForm.getByText(/^Le premier jeudi de chaque mois à 14\sh, à partir du/)).toBeVisible();
  await seriesForm.getByRole('button', { name: 'Planifier la série' }).click();
  const seriesRegion = page.getByRole('region', { name: 'Rendez-vous réguliers' });
  await expect(seriesRegion.getByText(/^Le premier jeudi de chaque mois à 14\sh/)).toBeVisible();
  const overview = await callApi<{ series: { id: number }[]; past: unknown[] }>(page, 'meetings.overview', {
    instanceId: body.id,
  });
  expect(overview.past).toHaveLength(3);
  const seriesId = overview.series[0]!.id;

  // The first two meetings, recorded through the API: the member without a commune absent at both (then at
  // the third), another excused once; a decision each; the first one's action updates the fiche action.
  const drifting = met[0]!.name;
  const recorded: number[] = [];
  for (const [index, day] of [first, second].entries()) {
    const meeting = await callApi<Meeting>(page, 'meetings.openOccurrence', { seriesId, occurrenceOn: day });
    recorded.push(meeting.id);
    const withAgenda = await callApi<Meeting>(page, 'meetings.saveAgenda', {
      meetingId: meeting.id,
      items: [
        { title: 'Tour de table des permanences', actionId: fiche.id },
        { title: 'Questions diverses' },
      ],
    });
    await callApi(page, 'meetings.saveAttendance', {
      meetingId: meeting.id,
      entries: meeting.invitees.map((invitee, position) => ({
        inviteeId: invitee.id,
        attendance: invitee.name === drifting ? 'absent' : position === 2 + index ? 'excuse' : 'present',
        representedBy: null,
      })),
    });
    await callApi(page, 'meetings.saveItemRecord', {
      itemId: withAgenda.agenda[0]!.id,
      notes: `Point ${index + 1} : trois mairies accueillent déjà une permanence.`,
      decisions: [
        index === 0 ? 'Ouvrir une permanence à Charroux.' : 'Publier le calendrier des permanences.',
      ],
    });
    if (index === 0)
      await callApi(page, 'meetings.saveAction', {
        meetingId: meeting.id,
        what: 'Signer la convention avec la mairie de Charroux',
        who: met[2]!.name,
        dueOn: iso(new Date(Date.now() + 20 * 86_400_000)),
        roadmapActionId: fiche.id,
        roadmap: { kind: 'update', status: 'en_cours', progress: 40 },
      });
  }

  // The third, held through the screen.
  await page.reload();
  await page.getByRole('list', { name: 'Réunions passées' }).getByRole('button').first().click();
  const editor = page.getByRole('region', { name: /Réunion plénière/ });
  await expect(editor.getByRole('button', { name: 'Tenir et rendre compte' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await editor.getByRole('button', { name: 'Préparer' }).click();
  await editor
    .getByRole('textbox', { name: 'Nouveau point de l’ordre du jour' })
    .fill('Bilan des ateliers seniors');
  await editor.getByRole('button', { name: 'Ajouter le point' }).click();
  await expect(editor.getByRole('textbox', { name: 'Point 1' })).toHaveValue('Bilan des ateliers seniors');
  // At 1366×768 the kind of meeting is read whole in its field (four columns once cut « Réunion plénière »).
  expect(await readsWhole(editor.getByLabel('Type de réunion'))).toBe(true);
  expect(await typographyFaults(page)).toEqual([]);
  await saveScreenshot(page, 'scenario-preparer');
  await editor.getByRole('button', { name: 'Tenir et rendre compte' }).click();
  await editor.getByRole('button', { name: 'Tous présents' }).click();
  await editor.getByLabel(`Présence de ${drifting}`).selectOption({ label: 'Absent' });
  await editor.getByLabel(`Présence de ${met[5]!.name}`).selectOption({ label: 'Excusé' });
  await expect(editor.getByText(/^7\sprésents, 1\sexcusé, 1\sabsent/)).toBeVisible();
  await editor.getByLabel('Notes').fill('Quarante personnes ont suivi les ateliers.');
  await editor
    .getByRole('textbox', { name: 'Nouvelle décision du point 1' })
    .fill('Reconduire les ateliers l’an prochain.');
  await editor.getByRole('button', { name: 'Ajouter la décision' }).click();
  const actionForm = editor.getByRole('form', { name: 'Nouvelle action à suivre' });
  await actionForm.getByLabel('Action à mener').fill('Ateliers numériques pour les aidants');
  await actionForm.getByLabel('Qui').fill(met[3]!.name);
  await actionForm.getByLabel('Créer une nouvelle fiche action').check();
  await actionForm.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(
    editor.getByRole('checkbox', { name: 'Fait : Ateliers numériques pour les aidants' }),
  ).toBeVisible();
  const roadmap = await callApi<{
    chantiers: { actions: { title: string; status: string; progress: number | null }[] }[];
  }>(page, 'roadmap.get', {});
  const fiches = roadmap.chantiers.flatMap((c) => c.actions);
  expect(fiches.map((f) => f.title)).toContain('Ateliers numériques pour les aidants');
  expect(fiches.find((f) => f.title === 'Permanences numériques dans les mairies')).toMatchObject({
    status: 'en_cours',
    progress: 40,
  });

  // Send the compte rendu: the Word and the absents' addresses.
  await expect(editor.getByText(/À envoyer aux absents et excusés\s:\s/)).toContainText(drifting);
  await editor.getByRole('heading', { name: 'Présence' }).scrollIntoViewIfNeeded();
  expect(await typographyFaults(page)).toEqual([]);
  await saveScreenshot(page, 'scenario-tenue');
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Compte rendu (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Compte rendu – .*\.docx$/);
  await editor.getByRole('heading', { name: 'Compte rendu' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'scenario-compte-rendu');
  const held = await callApi<Meeting>(page, 'meetings.openOccurrence', { seriesId, occurrenceOn: third });
  await saveDocument(page, 'meetings.convocation', held.id);
  await saveDocument(page, 'meetings.attendanceSheet', held.id);
  // The compte rendu says what the screen said: who was absent, who excused, the decision, the next date.
  const report = (await saveDocument(page, 'meetings.report', held.id)).join('\n');
  expect(report).toContain(`Absents\u00a0: ${drifting}`);
  expect(report).toContain(`Excusés\u00a0: ${met[5]!.name}`);
  expect(report).toContain('Reconduire les ateliers l’an prochain.');
  // The first meeting's: the action that updated the fiche, and the series' next date after it, the second.
  const firstReport = (await saveDocument(page, 'meetings.report', recorded[0]!)).join('\n');
  expect(firstReport).toContain('Signer la convention avec la mairie de Charroux');
  expect(firstReport).toContain('Permanences numériques dans les mairies');
  const [, month, day] = second.split('-').map(Number) as [number, number, number];
  const secondDay = `${day === 1 ? '1er' : day}\u00a0${new Intl.DateTimeFormat('fr-FR', { month: 'long' }).format(new Date(Date.UTC(2000, month - 1, 15)))}`;
  expect(firstReport).toContain(`La prochaine réunion aura lieu le jeudi ${secondDay}`);
  expect(report).toMatch(/La prochaine réunion aura lieu le jeudi\s\d+(er)?\s\p{L}+\s\d{4}\sà\s14\sh\./u);

  // The member drifts away: on « Réunions », in the charts, in « N'oublier personne ».
  await page.reload();
  await expect(page.getByText(new RegExp(`${drifting}.*renouer le lien`))).toBeVisible();
  expect(await typographyFaults(page)).toEqual([]);
  await saveScreenshot(page, 'scenario-reunions');
  await page.getByRole('button', { name: 'Vie du réseau (graphiques)' }).click();
  const life = page.getByRole('region', { name: 'Vie du réseau' });
  await expect(life.getByText('S’éloigne').first()).toBeVisible();
  // The same counts as the meetings above: 3 held, 21 of 27 presences, 3 decisions, 2 actions none done.
  const figure = (id: string) => life.locator(`[data-figure="${id}"] dd`).first();
  await expect(figure('held')).toHaveText('3');
  await expect(figure('presence')).toHaveText(/^78\s%$/);
  await expect(figure('decisions')).toHaveText('3');
  await expect(figure('actions')).toHaveText('0 sur 2');
  await expect(figure('participants')).toHaveText('aucune animation');
  expect(await typographyFaults(page)).toEqual([]);
  await saveScreenshot(page, 'scenario-vie-du-reseau');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await saveScreenshot(page, 'scenario-vie-du-reseau-1920');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(`window.location.hash = '#/instance/${body.id}'`);
  const forgetNoOne = page.getByRole('region', { name: 'N’oublier personne' });
  await expect(forgetNoOne.getByText(drifting).first()).toBeVisible();
  expect(await forgetNoOne.getByText(/a manqué les trois dernières réunions/).textContent()).toBe(
    `«\u00a0${drifting}\u00a0» a manqué les trois dernières réunions`,
  );
  await saveScreenshot(page, 'scenario-instance');
});
