import type {
  ImportCounts,
  ImportJobDto,
  ImportRowProblem,
  UnmappedValue,
} from '../../../../shared/interop/importDto';
import { afterColon, countLabel, formatInteger, quoted } from '../../../../shared/format/french';
import {
  fieldAt,
  recordAt,
  recordCount,
  recordNoun,
  type FileKind,
} from '../../../../shared/interop/fileRecords';

/** The report's wording: what the import will do, in French, row counts included. */

export interface CountLine {
  key: keyof Omit<ImportCounts, 'total' | 'actorOnly'>;
  label: string;
  value: number;
  tone: 'create' | 'update' | 'same' | 'merge' | 'rejected' | 'outside';
  /** What part of the count is, when it is not made of places only: « dont 11 acteurs sans lieu ». */
  detail?: string;
}

/** « acteur sans lieu », « acteurs sans lieu »: rows of our own export for an actor without places. */
const actorsWithoutPlace = (n: number) => countLabel(n, 'acteur sans lieu', 'acteurs sans lieu');

/**
 * The report's counts, the same six whatever the file. Rows the directory already holds as the file says
 * (`upToDate`, a re-import of the same file) are not « à mettre à jour »: they have their own line.
 */
export function countLines(counts: ImportCounts): CountLine[] {
  return [
    { key: 'create', label: 'à créer', value: counts.create, tone: 'create' },
    {
      key: 'update',
      label: 'à mettre à jour',
      value: counts.update - counts.upToDate,
      tone: 'update',
      ...(counts.actorOnly > 0 ? { detail: `dont ${actorsWithoutPlace(counts.actorOnly)}` } : {}),
    },
    { key: 'upToDate', label: 'déjà à jour dans l’annuaire', value: counts.upToDate, tone: 'same' },
    {
      key: 'merge',
      label: 'à fusionner avec un acteur existant (même SIRET)',
      value: counts.merge,
      tone: 'merge',
    },
    {
      key: 'rejected',
      label: counts.rejected > 1 ? 'écartées (erreurs)' : 'écartée (erreur)',
      value: counts.rejected,
      tone: 'rejected',
    },
    { key: 'outside', label: 'hors du territoire', value: counts.outside, tone: 'outside' },
  ];
}

/**
 * « 646 lignes de données dans le fichier (numérotées comme dans un tableur, en-tête compris). », « 646 fiches
 * dans le fichier. » (JSON): the report names rows by their line in the file, the header's included; said
 * only when some rows are `listed` by their line.
 */
export function totalSentence(counts: ImportCounts, kind: FileKind = 'csv', listed = true): string {
  return kind === 'csv' && listed
    ? `${recordCount(kind, counts.total)} dans le fichier (numérotées comme dans un tableur, en-tête compris).`
    : `${recordCount(kind, counts.total)} dans le fichier.`;
}

/**
 * « Le fichier n’a pas de colonne pour : horaires, téléphone. Les lieux déjà dans l’annuaire gardent ce qui y
 * est enregistré. » (« Les fiches du fichier n’ont pas de champ pour » a JSON file), or null when the file
 * updates no place or has every column.
 */
export function unsaidSentence(unsaid: readonly string[], kind: FileKind = 'csv'): string | null {
  if (unsaid.length === 0) return null;
  const lacks =
    kind === 'json' ? 'Les fiches du fichier n’ont pas de champ pour' : 'Le fichier n’a pas de colonne pour';
  return `${lacks}\u00a0: ${unsaid.join(', ')}. Les lieux déjà dans l’annuaire gardent ce qui y est enregistré.`;
}

/** « Médiathèque Louis-Aragon (Martigues) », « Espace numérique » (commune unknown). */
export function absentPlaceText(place: { name: string; communeName: string | null }): string {
  return place.communeName ? `${place.name} (${place.communeName})` : place.name;
}

/**
 * What the report says, above its lists, of the rows to create that the directory may already hold: another
 * producer's file for the same places would otherwise double the directory without a word.
 */
export function alreadyThereSentences(
  alreadyThere: { sameName: number; trashed: number },
  kind: FileKind,
): string[] {
  const [one, many] = [recordNoun(kind), `${recordNoun(kind)}s`];
  const sentences: string[] = [];
  if (alreadyThere.sameName > 0)
    sentences.push(
      `${countLabel(alreadyThere.sameName, `${one} à créer porte`, `${many} à créer portent`)} le nom d’un acteur ou d’un lieu déjà dans l’annuaire, dans la même commune, sans son identifiant ni son SIRET\u00a0: l’import ${alreadyThere.sameName > 1 ? 'les' : 'la'} crée à part. Vérifiez ensuite ces paires dans «\u00a0Doublons probables\u00a0» (le détail est dans les avertissements).`,
    );
  if (alreadyThere.trashed > 0)
    sentences.push(
      alreadyThere.trashed > 1
        ? `${countLabel(alreadyThere.trashed, one, many)} correspondent à des lieux mis à la Corbeille\u00a0: l’import les crée de nouveau. Pour garder leur historique, restaurez-les plutôt depuis la Corbeille.`
        : `1\u00a0${one} correspond à un lieu mis à la Corbeille\u00a0: l’import le crée de nouveau. Pour garder son historique, restaurez-le plutôt depuis la Corbeille.`,
    );
  return sentences;
}

/** The rows that change the directory: those already up to date are not. */
export function writtenCount(counts: ImportCounts): number {
  return counts.create + counts.update - counts.upToDate + counts.merge;
}

/**
 * « Importer 12 lieux », « Importer 1 lieu », « Importer 0 lieu » (singular under two, in French); « Importer
 * 33 lignes » when some rows are actors without places (not places: the report above says how many).
 */
export function confirmLabel(counts: ImportCounts, kind: FileKind = 'csv'): string {
  const n = writtenCount(counts);
  const [one, many] = counts.actorOnly > 0 ? [recordNoun(kind), `${recordNoun(kind)}s`] : ['lieu', 'lieux'];
  return `Importer ${countLabel(n, one, many)}`;
}

/**
 * Why the import button is disabled when no row would change the directory, or null when some would:
 * « Aucun lieu à importer : les 3 lignes du fichier sont hors du territoire ou écartées. », « Rien à importer :
 * les 33 lignes du fichier sont déjà à jour dans l’annuaire. »
 */
export function nothingToImportSentence(counts: ImportCounts, kind: FileKind = 'csv'): string | null {
  if (writtenCount(counts) > 0) return null;
  const noun = recordNoun(kind);
  const why = (plural: string) => {
    const reasons = [
      counts.upToDate > 0 ? 'déjà à jour dans l’annuaire' : null,
      counts.outside > 0 ? 'hors du territoire' : null,
      counts.rejected > 0 || counts.total === 0 ? `écartée${plural}` : null,
    ].filter((reason): reason is string => reason !== null);
    const last = reasons.pop()!;
    return reasons.length > 0 ? `${reasons.join(', ')} ou ${last}` : last;
  };
  const what =
    counts.total === 1
      ? `la seule ${noun} du fichier est ${why('')}`
      : `les ${formatInteger(counts.total)} ${noun}s du fichier sont ${why('s')}`;
  const start = counts.upToDate > 0 ? 'Rien à importer' : 'Aucun lieu à importer';
  return `${start}\u00a0: ${what} (voir le rapport ci-dessus).`;
}

/**
 * « 155 acteurs créés et 3 lieux mis à jour. » — only what happened: rows to update that the directory already
 * held as the file says (`unchanged`, a re-import of the same file) are said apart, not counted as updates;
 * actors without places that changed (`actorOnlyChanged`) are not counted as places.
 */
export function doneSentence(counts: ImportCounts, unchanged = 0, actorOnlyChanged = 0): string {
  const places = counts.update - unchanged - actorOnlyChanged;
  const parts = [
    counts.create > 0 ? countLabel(counts.create, 'acteur créé', 'acteurs créés') : null,
    places > 0 ? countLabel(places, 'lieu mis à jour', 'lieux mis à jour') : null,
    actorOnlyChanged > 0
      ? countLabel(actorOnlyChanged, 'acteur sans lieu mis à jour', 'acteurs sans lieu mis à jour')
      : null,
    counts.merge > 0
      ? counts.merge === 1
        ? '1\u00a0lieu ajouté à un acteur déjà présent (même SIRET)'
        : `${countLabel(counts.merge, 'lieu ajouté', 'lieux ajoutés')} à des acteurs déjà présents (même SIRET)`
      : null,
  ].filter((part): part is string => part !== null);
  const same =
    unchanged === 1
      ? 'la ligne à mettre à jour l’était déjà'
      : `les ${formatInteger(unchanged)}\u00a0lignes à mettre à jour l’étaient déjà`;
  if (parts.length === 0)
    return unchanged > 0
      ? `Rien n’a changé dans l’annuaire\u00a0: ${same}.`
      : 'Rien n’a changé dans l’annuaire.';
  const last = parts.pop()!;
  const done = parts.length > 0 ? `${parts.join(', ')} et ${last}` : last;
  if (unchanged === 0) return `${done}.`;
  return `${done}\u00a0; ${unchanged === 1 ? '1\u00a0ligne était déjà à jour' : `${formatInteger(unchanged)}\u00a0lignes étaient déjà à jour`}.`;
}

/**
 * A running import is cancelled only while it waits for the database: its rows are then written in one go
 * (`starting` means the write begins at the engine's next turn, before a click could arrive).
 */
export function canCancel(job: ImportJobDto): boolean {
  return job.state === 'running' && job.phase === 'waiting';
}

/** « Écriture des 20 000 lignes dans la base… », or why the import waits. */
export function runningSentence(job: ImportJobDto): string {
  const rows =
    job.total === 1
      ? 'de la ligne'
      : job.total === 0
        ? 'de l’import'
        : `des ${formatInteger(job.total)} lignes`;
  if (job.phase === 'waiting')
    return `Une autre opération utilise la base (un document Word en préparation, par exemple)\u00a0: l’écriture ${rows} commencera dès qu’elle sera finie.`;
  return `Écriture ${rows} dans la base…`;
}

/** Said under a running write: why it has no percentage and no « Annuler ». */
export const WRITE_HINT =
  'Les lignes sont enregistrées toutes ensemble, d’un seul coup\u00a0: en cas d’erreur, rien n’est écrit.';

/** « ligne 12, colonne « nom » : nom manquant. », « fiche n° 41, champ « nom » : … » (JSON). */
export function problemText(problem: ImportRowProblem, kind: FileKind = 'csv'): string {
  const where = problem.field
    ? `${recordAt(kind, problem.line)}, ${fieldAt(kind, problem.field)}`
    : recordAt(kind, problem.line);
  return `${where}\u00a0: ${afterColon(problem.reason)}`;
}

/** How many values left out the report lists before saying how many more there are. */
export const UNMAPPED_SHOWN = 50;

/**
 * « publics : « Adultes » × 12 » — a value the file gives that no field of the directory takes; a column
 * that fills no field (`value` null) counts its filled cells: « statut : colonne non reprise, remplie sur
 * 19 lignes ».
 */
export function unmappedText(value: UnmappedValue, kind: FileKind = 'csv'): string {
  if (value.value === null)
    return kind === 'json'
      ? `${value.field}\u00a0: champ non repris, rempli dans ${countLabel(value.count, 'fiche')}`
      : `${value.field}\u00a0: colonne non reprise, remplie sur ${countLabel(value.count, 'ligne')}`;
  return `${value.field}\u00a0: ${quoted(value.value)}${value.count > 1 ? ` × ${formatInteger(value.count)}` : ''}`;
}
