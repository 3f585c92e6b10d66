import { useState } from 'react';
import type { IndicatorPreviewDto } from '../../../../shared/diagnostic/indicatorDto';
import type { FragilityDirection, IndicatorFileKind } from '../../../../shared/diagnostic/indicatorSchemas';
import { directionsToSend } from './indicatorDirections';
import { countLabel, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useToast } from '../../ui/Toast';
import type { FilePick, PickedFile } from '../../api/pickedFile';
import {
  EMPTY_META,
  guessedYear,
  mappingOf,
  metaErrors,
  wizardFromPreview,
  withChosenNames,
  type DatasetMeta,
  type MetaErrors,
  type WizardState,
} from './indicatorWizard';

/**
 * The import of one indicator file: its kind, the report the backend reads from it (writing nothing), the
 * column wizard of a generic table, the dataset's name, source and year, and the import itself.
 * `onImported` runs once the dataset is stored, `onReset` when the file is let go (to empty the file input).
 */
export function useIndicatorImport({ onImported, onReset }: { onImported: () => void; onReset: () => void }) {
  const toast = useToast();
  const [kind, setKind] = useState<IndicatorFileKind>('ifn');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<IndicatorPreviewDto | null>(null);
  const [wizard, setWizard] = useState<WizardState | null>(null);
  const [meta, setMeta] = useState<DatasetMeta>(EMPTY_META);
  const [errors, setErrors] = useState<MetaErrors>({});
  const [directions, setDirections] = useState<Record<string, FragilityDirection>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const review = async (picked: PickedFile, fileKind: IndicatorFileKind, state: WizardState | null) => {
    setBusy(true);
    setError(null);
    const result = await call('indicators.preview', {
      ...picked,
      kind: fileKind,
      ...(fileKind === 'generic' && state ? { mapping: mappingOf(state) } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      setError(result.error.message);
      return;
    }
    setPreview(result.data);
    if (fileKind === 'generic' && !state) setWizard(wizardFromPreview(result.data));
    // The year INSEE's column names give away (P21_POP → 2021) prefills an empty year.
    const year = guessedYear(result.data.headers);
    if (year) setMeta((current) => (current.year ? current : { ...current, year: String(year) }));
  };

  const start = async (picked: PickedFile, fileKind: IndicatorFileKind) => {
    setFile(picked);
    setWizard(null);
    setErrors({});
    setPreview(null);
    await review(picked, fileKind, null);
  };

  const accept = async (pick: FilePick) => {
    if (busy) return;
    setBusy(true);
    const read = await pick();
    if (read === null) {
      setBusy(false);
      return;
    }
    if (!read.ok) {
      setBusy(false);
      setError(read.message);
      return;
    }
    await start(read.file, kind);
  };

  const chooseKind = (next: IndicatorFileKind) => {
    setKind(next);
    setMeta(EMPTY_META);
    if (file) void start(file, next);
  };

  const changeWizard = (next: WizardState, refresh: boolean) => {
    setWizard(next);
    if (refresh && file) void review(file, kind, next);
  };

  const reset = () => {
    setDirections({});
    setFile(null);
    setPreview(null);
    setWizard(null);
    setMeta(EMPTY_META);
    setErrors({});
    setError(null);
    onReset();
  };

  // The report under the names typed in the wizard, as the screen shows it and the import sends it.
  const shown = preview && kind === 'generic' && wizard ? withChosenNames(preview, wizard) : preview;

  const submit = async () => {
    if (!file || !preview) return;
    const found = metaErrors(kind, meta);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    const result = await call('indicators.import', {
      ...file,
      kind,
      ...(kind === 'generic' && wizard ? { mapping: mappingOf(wizard) } : {}),
      dataset: { name: meta.name, source: meta.source, year: Number(meta.year), unit: meta.unit },
      directions: directionsToSend(shown!.columns, directions),
    });
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setErrors({
        name: fields['dataset.name'],
        source: fields['dataset.source'],
        year: fields['dataset.year'],
      });
      setError(result.error.message);
      return;
    }
    const { dataset, replaced } = result.data;
    toast({
      tone: 'success',
      message: `${quoted(`${dataset.name} ${dataset.year}`)} importé\u00a0: ${countLabel(dataset.indicators.length, 'indicateur')} pour ${countLabel(dataset.communeCount, 'commune')}${replaced ? ', à la place de l’import précédent' : ''}.`,
    });
    reset();
    onImported();
  };

  return {
    kind,
    file,
    preview: shown,
    wizard,
    meta,
    errors,
    busy,
    error,
    accept,
    chooseKind,
    changeWizard,
    reset,
    submit,
    setMeta,
    setErrors,
    directions,
    chooseDirection: (key: string, direction: FragilityDirection) =>
      setDirections((current) => ({ ...current, [key]: direction })),
  };
}
