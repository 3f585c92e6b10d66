import { useState } from 'react';
import type { ActivityPreviewDto } from '../../../../shared/activity/activityDto';
import type { ActivityFileKind, ActivityMapping } from '../../../../shared/activity/activitySchemas';
import { countLabel, formatDate, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useToast } from '../../ui/Toast';
import { proposedPeriod, type ActivityPeriod } from './activityPeriod';
import type { FilePick, PickedFile } from '../../api/pickedFile';

/**
 * One activity import: the kind of file, the report the engine reads from it (writing nothing), the column
 * wizard of a table, the structure it belongs to (proposed, confirmed by the user), the period, then the import.
 */
export function useActivityImport({ onImported, onReset }: { onImported: () => void; onReset: () => void }) {
  const toast = useToast();
  const [kind, setKind] = useState<ActivityFileKind>('coop');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ActivityPreviewDto | null>(null);
  const [mapping, setMapping] = useState<ActivityMapping | null>(null);
  const [actorId, setActorId] = useState<number | null>(null);
  const [placeId, setPlaceId] = useState<number | null>(null);
  /** With a structure column: the actor (and place) chosen for each structure named in the table. */
  const [structures, setStructures] = useState<
    Record<string, { actorId: number | null; placeId: number | null }>
  >({});
  const [period, setPeriod] = useState<ActivityPeriod>({ from: '', to: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const review = async (picked: PickedFile, fileKind: ActivityFileKind, chosen: ActivityMapping | null) => {
    setBusy(true);
    setError(null);
    const result = await call('activity.preview', {
      ...picked,
      kind: fileKind,
      ...(fileKind === 'table' && chosen ? { mapping: chosen } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      setError(result.error.message);
      return;
    }
    setPreview(result.data);
    setMapping(result.data.mapping);
    const proposed = proposedPeriod(result.data.firstDay, result.data.lastDay);
    if (proposed) setPeriod(proposed);
    const first = result.data.actorChoices[0];
    if (first) setActorId((current) => current ?? first.actorId);
    setStructures((current) =>
      Object.fromEntries(
        (result.data.structuresNamed ?? []).map((entry) => [
          entry.name,
          current[entry.name] ?? { actorId: entry.actorChoices[0]?.actorId ?? null, placeId: null },
        ]),
      ),
    );
  };

  const accept = async (pick: FilePick) => {
    if (busy) return;
    setBusy(true);
    const sent = await pick();
    if (sent === null) {
      setBusy(false);
      return;
    }
    if (!sent.ok) {
      setBusy(false);
      setError(sent.message);
      return;
    }
    setFile(sent.file);
    setPreview(null);
    setMapping(null);
    // An export that is not La Coop's is read as a table.
    const fileKind = /\.(csv|txt)$/i.test(sent.file.fileName) ? 'table' : kind;
    setKind(fileKind);
    await review(sent.file, fileKind, null);
  };

  const chooseKind = (next: ActivityFileKind) => {
    setKind(next);
    setMapping(null);
    if (file) void review(file, next, null);
  };

  const changeMapping = (next: ActivityMapping) => {
    setMapping(next);
    if (file) void review(file, kind, next);
  };

  const reset = () => {
    setFile(null);
    setPreview(null);
    setMapping(null);
    setActorId(null);
    setPlaceId(null);
    setStructures({});
    setPeriod({ from: '', to: '' });
    setError(null);
    onReset();
  };

  const submit = async () => {
    if (!file || !preview) return;
    const named = preview.structuresNamed;
    const unchosen = (named ?? []).filter((entry) => !structures[entry.name]?.actorId);
    if (unchosen.length > 0) {
      setError(
        `Choisissez la structure de l’annuaire de ${unchosen.map((entry) => (entry.name ? quoted(entry.name) : 'des lignes sans structure')).join(', ')}.`,
      );
      return;
    }
    const chosenStructures = (named ?? []).map((entry) => ({
      name: entry.name,
      actorId: structures[entry.name]!.actorId!,
      placeId: structures[entry.name]!.placeId,
    }));
    const owner = named ? (chosenStructures[0]?.actorId ?? null) : actorId;
    if (owner === null) {
      setError('Choisissez la structure dont c’est l’activité.');
      return;
    }
    if (!period.from || !period.to) {
      setError('Indiquez la période que couvre le fichier.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await call('activity.import', {
      ...file,
      kind,
      ...(kind === 'table' && mapping ? { mapping } : {}),
      actorId: owner,
      placeId: named ? null : placeId,
      ...(named ? { structures: chosenStructures } : {}),
      periodStart: period.from,
      periodEnd: period.to,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const { import: entry, imports, replacedImports } = result.data;
    const who =
      imports.length > 1
        ? `${imports.length}\u00a0structures (${imports.map((item) => item.actorName).join(', ')})`
        : quoted(entry.actorName);
    const accompaniments = imports.reduce((sum, item) => sum + item.accompanimentCount, 0);
    toast({
      tone: 'success',
      message: `Activité importée pour ${who} du ${formatDate(entry.periodStart)} au ${formatDate(entry.periodEnd)}\u00a0: ${countLabel(accompaniments, 'accompagnement')}${replacedImports > 0 ? ', à la place des chiffres déjà importés sur cette période' : ''}.`,
    });
    reset();
    onImported();
  };

  return {
    kind,
    file,
    preview,
    mapping,
    actorId,
    placeId,
    period,
    busy,
    error,
    accept,
    chooseKind,
    changeMapping,
    reset,
    submit,
    chooseActor: (id: number | null) => {
      setActorId(id);
      setPlaceId(null);
    },
    choosePlace: setPlaceId,
    structures,
    chooseStructureActor: (name: string, id: number | null) =>
      setStructures((current) => ({ ...current, [name]: { actorId: id, placeId: null } })),
    chooseStructurePlace: (name: string, id: number | null) =>
      setStructures((current) => ({
        ...current,
        [name]: { actorId: current[name]?.actorId ?? null, placeId: id },
      })),
    setPeriod,
  };
}
