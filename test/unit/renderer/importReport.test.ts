import { describe, expect, it } from 'vitest';
import {
  absentPlaceText,
  alreadyThereSentences,
  confirmLabel,
  countLines,
  doneSentence,
  nothingToImportSentence,
  problemText,
  canCancel,
  runningSentence,
  totalSentence,
  unmappedText,
  unsaidSentence,
} from '../../../renderer/src/features/import/importReport';
import { mappingPreview } from '../../../renderer/src/features/import/mappingPreview';

const counts = {
  total: 10,
  create: 3,
  update: 2,
  upToDate: 0,
  actorOnly: 0,
  merge: 1,
  rejected: 1,
  outside: 3,
};

describe('the import report’s wording', () => {
  it('says above its lists how many rows to create the directory may already hold', () => {
    expect(alreadyThereSentences({ sameName: 0, trashed: 0 }, 'csv')).toEqual([]);
    expect(alreadyThereSentences({ sameName: 114, trashed: 1 }, 'csv')).toEqual([
      '114\u00a0lignes à créer portent le nom d’un acteur ou d’un lieu déjà dans l’annuaire, dans la même commune, sans son identifiant ni son SIRET\u00a0: l’import les crée à part. Vérifiez ensuite ces paires dans «\u00a0Doublons probables\u00a0» (le détail est dans les avertissements).',
      '1\u00a0ligne correspond à un lieu mis à la Corbeille\u00a0: l’import le crée de nouveau. Pour garder son historique, restaurez-le plutôt depuis la Corbeille.',
    ]);
    expect(alreadyThereSentences({ sameName: 1, trashed: 2 }, 'json')).toEqual([
      '1\u00a0fiche à créer porte le nom d’un acteur ou d’un lieu déjà dans l’annuaire, dans la même commune, sans son identifiant ni son SIRET\u00a0: l’import la crée à part. Vérifiez ensuite ces paires dans «\u00a0Doublons probables\u00a0» (le détail est dans les avertissements).',
      '2\u00a0fiches correspondent à des lieux mis à la Corbeille\u00a0: l’import les crée de nouveau. Pour garder leur historique, restaurez-les plutôt depuis la Corbeille.',
    ]);
  });

  it('names the button with the number of places written', () => {
    expect(confirmLabel(counts)).toBe('Importer 6\u00a0lieux');
    expect(confirmLabel({ ...counts, create: 1, update: 0, merge: 0 })).toBe('Importer 1\u00a0lieu');
    expect(confirmLabel({ ...counts, create: 0, update: 0, merge: 0 })).toBe('Importer 0\u00a0lieu');
  });

  it('counts rows, not places, when some rows are actors without places (a re-import of our export)', () => {
    const reimport = {
      ...counts,
      total: 33,
      create: 0,
      update: 33,
      actorOnly: 11,
      merge: 0,
      rejected: 0,
      outside: 0,
    };
    expect(confirmLabel(reimport)).toBe('Importer 33\u00a0lignes');
    expect(confirmLabel(reimport, 'json')).toBe('Importer 33\u00a0fiches');
    const update = countLines(reimport).find((line) => line.key === 'update')!;
    expect(update).toMatchObject({ value: 33, detail: 'dont 11\u00a0acteurs sans lieu' });
    expect(countLines(counts).find((line) => line.key === 'update')!.detail).toBeUndefined();
    expect(doneSentence(reimport, 30, 1)).toBe(
      '2\u00a0lieux mis à jour et 1\u00a0acteur sans lieu mis à jour\u00a0; 30\u00a0lignes étaient déjà à jour.',
    );
    expect(doneSentence(reimport, 31, 2)).toBe(
      '2\u00a0acteurs sans lieu mis à jour\u00a0; 31\u00a0lignes étaient déjà à jour.',
    );
  });

  it('says why nothing can be imported, and nothing when something can', () => {
    const none = { ...counts, total: 3, create: 0, update: 0, merge: 0, rejected: 1, outside: 2 };
    expect(nothingToImportSentence(counts)).toBeNull();
    expect(nothingToImportSentence(none)).toBe(
      'Aucun lieu à importer\u00a0: les 3 lignes du fichier sont hors du territoire ou écartées (voir le rapport ci-dessus).',
    );
    expect(nothingToImportSentence({ ...none, total: 1, rejected: 0, outside: 1 })).toBe(
      'Aucun lieu à importer\u00a0: la seule ligne du fichier est hors du territoire (voir le rapport ci-dessus).',
    );
    expect(nothingToImportSentence({ ...none, total: 1, rejected: 1, outside: 0 }, 'json')).toBe(
      'Aucun lieu à importer\u00a0: la seule fiche du fichier est écartée (voir le rapport ci-dessus).',
    );
    expect(nothingToImportSentence({ ...none, total: 1_245, rejected: 1_245, outside: 0 })).toBe(
      'Aucun lieu à importer\u00a0: les 1\u202f245 lignes du fichier sont écartées (voir le rapport ci-dessus).',
    );
  });

  it('counts apart the rows already up to date, and offers to import only the others', () => {
    const reimport = { ...counts, total: 33, create: 0, update: 33, upToDate: 30, merge: 0, rejected: 0 };
    const lines = countLines(reimport);
    expect(lines.find((line) => line.key === 'update')!.value).toBe(3);
    expect(lines.find((line) => line.key === 'upToDate')).toMatchObject({
      value: 30,
      label: 'déjà à jour dans l’annuaire',
    });
    // The same six counts for every file: none up to date on a first import.
    expect(countLines(counts).map((line) => [line.key, line.value])).toEqual([
      ['create', 3],
      ['update', 2],
      ['upToDate', 0],
      ['merge', 1],
      ['rejected', 1],
      ['outside', 3],
    ]);
    expect(confirmLabel(reimport)).toBe('Importer 3\u00a0lieux');
    expect(nothingToImportSentence(reimport)).toBeNull();

    const same = { ...reimport, upToDate: 33, outside: 0 };
    expect(confirmLabel(same)).toBe('Importer 0\u00a0lieu');
    expect(nothingToImportSentence(same)).toBe(
      'Rien à importer\u00a0: les 33 lignes du fichier sont déjà à jour dans l’annuaire (voir le rapport ci-dessus).',
    );
    expect(nothingToImportSentence({ ...same, total: 36, rejected: 1, outside: 2 })).toBe(
      'Rien à importer\u00a0: les 36 lignes du fichier sont déjà à jour dans l’annuaire, hors du territoire ou écartées (voir le rapport ci-dessus).',
    );
    expect(nothingToImportSentence({ ...same, total: 1, update: 1, upToDate: 1 }, 'json')).toBe(
      'Rien à importer\u00a0: la seule fiche du fichier est déjà à jour dans l’annuaire (voir le rapport ci-dessus).',
    );
  });

  it('names the columns the file lacks, of the places it updates', () => {
    expect(unsaidSentence([])).toBeNull();
    expect(unsaidSentence(['fiche Accès libre'], 'json')).toBe(
      'Les fiches du fichier n’ont pas de champ pour\u00a0: fiche Accès libre. Les lieux déjà dans l’annuaire gardent ce qui y est enregistré.',
    );
    expect(unsaidSentence(['horaires', 'téléphone'])).toBe(
      'Le fichier n’a pas de colonne pour\u00a0: horaires, téléphone. Les lieux déjà dans l’annuaire gardent ce qui y est enregistré.',
    );
  });

  it('names a place the new file no longer lists with its commune, when known', () => {
    expect(absentPlaceText({ name: 'Médiathèque Louis-Aragon', communeName: 'Martigues' })).toBe(
      'Médiathèque Louis-Aragon (Martigues)',
    );
    expect(absentPlaceText({ name: 'Espace numérique', communeName: null })).toBe('Espace numérique');
  });

  it('says « 1 écartée (erreur) », « 2 écartées (erreurs) »', () => {
    const rejected = (n: number) => countLines({ ...counts, rejected: n }).find((l) => l.key === 'rejected')!;
    expect(rejected(1).label).toBe('écartée (erreur)');
    expect(rejected(0).label).toBe('écartée (erreur)');
    expect(rejected(2).label).toBe('écartées (erreurs)');
  });

  it('says what happened, and only that', () => {
    expect(doneSentence(counts)).toBe(
      '3\u00a0acteurs créés, 2\u00a0lieux mis à jour et 1\u00a0lieu ajouté à un acteur déjà présent (même SIRET).',
    );
    expect(doneSentence({ ...counts, update: 0, merge: 0 })).toBe('3\u00a0acteurs créés.');
    expect(doneSentence({ ...counts, create: 0, update: 0, merge: 2 })).toBe(
      '2\u00a0lieux ajoutés à des acteurs déjà présents (même SIRET).',
    );
    expect(doneSentence({ ...counts, create: 0, update: 0, merge: 0 })).toBe(
      'Rien n’a changé dans l’annuaire.',
    );
  });

  it('says apart the rows the directory already held as the file says', () => {
    const update = { ...counts, create: 0, update: 33, merge: 0 };
    expect(doneSentence(update, 33)).toBe(
      'Rien n’a changé dans l’annuaire\u00a0: les 33\u00a0lignes à mettre à jour l’étaient déjà.',
    );
    expect(doneSentence({ ...update, update: 1 }, 1)).toBe(
      'Rien n’a changé dans l’annuaire\u00a0: la ligne à mettre à jour l’était déjà.',
    );
    expect(doneSentence(update, 31)).toBe(
      '2\u00a0lieux mis à jour\u00a0; 31\u00a0lignes étaient déjà à jour.',
    );
    expect(doneSentence({ ...counts, update: 3 }, 1)).toBe(
      '3\u00a0acteurs créés, 2\u00a0lieux mis à jour et 1\u00a0lieu ajouté à un acteur déjà présent (même SIRET)\u00a0; 1\u00a0ligne était déjà à jour.',
    );
  });

  it('locates a problem by line and column', () => {
    expect(problemText({ line: 12, field: 'nom', reason: 'Nom manquant.' })).toBe(
      'ligne 12, colonne «\u00a0nom\u00a0»\u00a0: nom manquant.',
    );
    expect(problemText({ line: 1_003, field: null, reason: 'Hors.' }, 'csv')).toBe(
      'ligne 1\u202f003\u00a0: hors.',
    );
  });

  it('speaks of records and fields for a JSON file, whose 41st record is not on its 41st line', () => {
    expect(problemText({ line: 41, field: 'nom', reason: 'Nom manquant.' }, 'json')).toBe(
      'fiche n°\u00a041, champ «\u00a0nom\u00a0»\u00a0: nom manquant.',
    );
    expect(problemText({ line: 2, field: null, reason: 'Hors.' }, 'json')).toBe(
      'fiche n°\u00a02\u00a0: hors.',
    );
    expect(totalSentence({ ...counts, total: 646 }, 'json')).toBe('646\u00a0fiches dans le fichier.');
    expect(totalSentence({ ...counts, total: 646 }, 'csv')).toBe(
      '646\u00a0lignes de données dans le fichier (numérotées comme dans un tableur, en-tête compris).',
    );
    // No row listed by its line: nothing to say about their numbers.
    expect(totalSentence({ ...counts, total: 646 }, 'csv', false)).toBe(
      '646\u00a0lignes de données dans le fichier.',
    );
    expect(unmappedText({ field: 'source', value: null, count: 1 }, 'json')).toBe(
      'source\u00a0: champ non repris, rempli dans 1\u00a0fiche',
    );
  });

  it('says what a running import does, and offers « Annuler » only while it can still cancel', () => {
    const job = {
      jobId: 'j',
      state: 'running',
      phase: 'writing',
      done: 0,
      total: 20_000,
      counts,
      unchanged: 0,
      actorOnlyChanged: 0,
      backupPath: null,
      error: null,
    } as const;
    expect(runningSentence(job)).toBe('Écriture des 20\u202f000 lignes dans la base…');
    expect(runningSentence({ ...job, total: 1 })).toBe('Écriture de la ligne dans la base…');
    expect(runningSentence({ ...job, total: 0 })).toBe('Écriture de l’import dans la base…');
    expect(runningSentence({ ...job, phase: 'waiting' })).toMatch(/^Une autre opération utilise la base/);
    expect(canCancel(job)).toBe(false);
    expect(canCancel({ ...job, phase: 'starting' })).toBe(false);
    expect(canCancel({ ...job, phase: 'waiting' })).toBe(true);
    expect(canCancel({ ...job, state: 'done', phase: 'waiting' })).toBe(false);
  });

  it('previews the first values of a mapped column', () => {
    const rows = [
      ['A', ''],
      ['B', ''],
      ['C', 'x'],
    ];
    expect(mappingPreview(['nom', 'cp'], rows, 'nom')).toBe('A · B · C');
    expect(mappingPreview(['nom', 'cp'], [['A', '']], 'cp')).toBe('(vide)');
    expect(mappingPreview(['nom'], rows, undefined)).toBe('');
  });
});

describe('values of the file that no field takes', () => {
  it('names the column, the value in French quotes, and how often', () => {
    expect(unmappedText({ field: 'publics', value: 'Adultes', count: 12 })).toBe(
      'publics\u00a0: «\u00a0Adultes\u00a0» × 12',
    );
    expect(unmappedText({ field: 'cle_ban', value: '16206_0042', count: 1 })).toBe(
      'cle_ban\u00a0: «\u00a016206_0042\u00a0»',
    );
  });

  it('says that a column filling no field is left out, and on how many lines it is filled', () => {
    expect(unmappedText({ field: 'adresse_departement', value: null, count: 19 })).toBe(
      'adresse_departement\u00a0: colonne non reprise, remplie sur 19\u00a0lignes',
    );
    expect(unmappedText({ field: 'courriels', value: null, count: 1_250 })).toBe(
      'courriels\u00a0: colonne non reprise, remplie sur 1\u202f250\u00a0lignes',
    );
    expect(unmappedText({ field: 'statut', value: null, count: 1 })).toBe(
      'statut\u00a0: colonne non reprise, remplie sur 1\u00a0ligne',
    );
  });
});
