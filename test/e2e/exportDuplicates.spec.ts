import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { expect, saveScreenshot, test } from './support/webApp';

// On the demo territory: export to the national standard (report of what cannot be exported, download),
// then the likely duplicates: dismiss one pair, merge the deliberate one, find the other in the trash.
test('export the demo directory, then dismiss and merge likely duplicates', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByLabel('Nom, SIREN ou commune').fill('civraisien');
  await page.getByRole('button', { name: /CC du Civraisien en Poitou/ }).click();
  await page.getByRole('button', { name: 'Essayer avec un territoire de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Annuaire des acteurs' })).toBeVisible();

  // Export screen: three formats, the counts, and what the standard cannot take.
  await page.getByRole('link', { name: 'Exporter' }).click();
  await expect(page.getByRole('heading', { name: 'Exporter l’annuaire' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Standard national — CSV' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tableur (Excel, LibreOffice)' })).toBeVisible();
  const excluded = page.getByRole('table', { name: 'Lignes non exportées au standard' });
  await expect(excluded).toContainText('CIDFF de la Vienne — permanence du Civraisien');
  await expect(excluded).toContainText('L’adresse manque');
  await expect(
    page.getByText(
      /\d+\slignes, une par lieu d’accueil ou par acteur sans lieu · \d+\sexportables au standard/,
    ),
  ).toBeVisible();
  await saveScreenshot(page, 'export-01-exporter');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le CSV du standard' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    /^\d{4}-\d{2}-\d{2}_\d{9}_lieux-de-mediation-numerique_CcDuCivraisienEnPoitou\.csv$/,
  );
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('id,pivot,nom,commune,code_postal,code_insee,adresse,')).toBe(true);
  expect(csv).not.toContain('CIDFF');
  await expect(page.getByText(/est prêt dans vos téléchargements/).first()).toBeVisible();

  // The standard CSV imported back as it is: the report says, before anything is written, that every row
  // is already up to date, and offers nothing to import.
  await page.getByRole('link', { name: 'Importer' }).click();
  const pick = (content: string) =>
    page.getByLabel('Fichier à importer').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'text/csv',
      buffer: Buffer.from(content),
    });
  await pick(csv);
  await expect(page.getByRole('heading', { name: 'Rapport avant import' })).toBeVisible();
  await expect(
    page.getByText(/^Rien à importer\s: les \d+ lignes du fichier sont déjà à jour dans l’annuaire/),
  ).toBeVisible();
  // Nothing to confirm: no import button, only « Choisir un autre fichier ».
  await expect(page.getByRole('button', { name: /^Importer \d/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Choisir un autre fichier' })).toBeVisible();
  await saveScreenshot(page, 'export-reimport');

  // One actor without places given a new website in the file: that row alone is to update, and it is not
  // counted as a place.
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const actorRow = rows.find((row) => row.id!.startsWith('maillage-acteur-'))!;
  actorRow.site_web = 'https://exemple.fr/nouveau-site';
  await pick(Papa.unparse(rows));
  await expect(page.getByText(/^dont 1\sacteur sans lieu$/)).toBeVisible();
  await page.getByRole('button', { name: /^Importer 1\sligne$/ }).click();
  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
  await expect(
    page.getByText(/^1\sacteur sans lieu mis à jour\s; \d+\slignes étaient déjà à jour\./),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Exporter' }).click();

  // The workbook for Excel: every actor (the CIDFF too), postcodes as text.
  const workbookPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le classeur Excel' }).click();
  const workbook = await workbookPromise;
  expect(workbook.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}_annuaire_CcDuCivraisienEnPoitou\.xlsx$/);
  const [sheet] = await readXlsxFile(readFileSync((await workbook.path())!));
  expect(sheet!.sheet).toBe('Annuaire');
  expect(sheet!.data[0]!.slice(0, 3)).toEqual(['Acteur', 'Lieu', 'SIRET']);
  expect(sheet!.data.some((row) => String(row[0]).startsWith('CIDFF'))).toBe(true);
  expect(sheet!.data.slice(1).every((row) => row[7] === null || typeof row[7] === 'string')).toBe(true);

  // Duplicates: three pairs in the demo, counted in the sidebar, each with its reason.
  await expect(page.getByRole('link', { name: /Doublons probables/ })).toContainText('3');
  await page.getByRole('link', { name: 'Doublons probables' }).click();
  await expect(page.getByRole('heading', { name: 'Doublons probables' })).toBeVisible();
  const pairs = page.getByRole('list', { name: 'Paires de doublons probables' }).locator(':scope > li');
  await expect(pairs).toHaveCount(3);
  await expect(page.getByText(/Même SIRET\u00a0: 781 345 620/)).toBeVisible();
  await saveScreenshot(page, 'export-02-doublons');

  // Not duplicates: dismissed for good.
  const charroux = pairs.filter({ hasText: 'Bibliothèque municipale de Charroux' });
  await charroux.getByRole('button', { name: 'Ce ne sont pas des doublons' }).click();
  await expect(pairs).toHaveCount(2);
  await page.reload();
  await expect(pairs).toHaveCount(2);

  // Merge the centre socioculturel: keep the first record, take the other's website.
  const csc = pairs.filter({ hasText: 'CENTRE SOCIOCULTUREL DU CIVRAISIEN' });
  await csc.getByRole('link', { name: 'Comparer et fusionner' }).click();
  await expect(page.getByRole('heading', { name: 'Fusionner deux fiches' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Comparaison des deux fiches' });
  await expect(table).toContainText('Accueil du centre socioculturel');
  await expect(table).toContainText('Centre socioculturel — espace numérique');
  // An empty field reads « vide » on both sides, whether the two records differ there or not.
  await expect(table.locator('.cell-empty', { hasText: '—' })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /^Formations et labels/ })).toContainText('vide');
  await expect(
    page.getByRole('radio', { name: /^Site web : https:\/\/csc-civraisien\.example\.org/ }),
  ).toBeChecked();
  await page.getByRole('radio', { name: /^Typologies : Centre Socio-Culturel \(CSC\)\s\(/ }).check();
  await saveScreenshot(page, 'export-03-fusion');
  await page.getByRole('button', { name: 'Fusionner' }).click();

  await expect(page.getByRole('heading', { name: 'Centre socioculturel du Civraisien' })).toBeVisible();
  await expect(page.getByText(/Fiches fusionnées/)).toBeVisible();
  await expect(page.getByText('Accueil du centre socioculturel').first()).toBeVisible();
  await expect(page.getByText('csc-civraisien.example.org').first()).toBeVisible();

  // The other record is in the trash, restorable; the pair is gone from the duplicates.
  await page.getByRole('link', { name: 'Corbeille' }).click();
  await expect(
    page.getByRole('cell', { name: 'CENTRE SOCIOCULTUREL DU CIVRAISIEN', exact: true }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Doublons probables' }).click();
  await expect(pairs).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Doublons probables/ })).toContainText('1');
});
