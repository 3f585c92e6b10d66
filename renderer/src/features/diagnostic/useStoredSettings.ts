import { useEffect, useState } from 'react';
import type { DiagnosticSettingsDto } from '../../../../shared/diagnostic/diagnosticDto';
import { call } from '../../api/client';
import { useDebounced } from '../actors/useDebounced';

/**
 * The diagnostic's settings as stored with the territory: read once, saved once a change has settled (a
 * threshold is typed digit by digit), so that leaving the screen forgets nothing and every document reads
 * the same. `revision` grows after each save: the diagnostic is asked again then.
 */
export function useStoredSettings() {
  const [settings, setSettings] = useState<DiagnosticSettingsDto | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call('diagnostic.settings', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error.message);
      setSettings(result.data);
      setSaved(JSON.stringify(result.data));
    });
    return () => {
      live = false;
    };
  }, []);

  const settled = useDebounced(settings, 300);
  useEffect(() => {
    if (settled === null || JSON.stringify(settled) === saved) return;
    let live = true;
    void call('diagnostic.saveSettings', settled).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setSaved(JSON.stringify(result.data));
      setRevision((value) => value + 1);
    });
    return () => {
      live = false;
    };
  }, [settled, saved]);

  return {
    settings,
    setSettings,
    error,
    revision,
    /** After a change saved elsewhere (an indicator's direction): the diagnostic is asked again. */
    refresh: () => setRevision((value) => value + 1),
  };
}
