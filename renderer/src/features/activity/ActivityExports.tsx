import { useState } from 'react';
import { quoted } from '../../../../shared/format/french';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { saveActivityFile } from './activityFiles';

/** « Rapport d'activité (Word) » and « Tableaux (Excel) » for what the screen shows: its period, its structure. */
export function ActivityExports({
  query,
  disabled,
}: {
  query: { from?: string; to?: string; actorId?: number };
  disabled: boolean;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState<'activity.report' | 'activity.spreadsheet' | null>(null);

  const run = async (method: 'activity.report' | 'activity.spreadsheet') => {
    setBusy(method);
    try {
      const fileName = await saveActivityFile(method, query);
      toast({ message: `${quoted(fileName)} est prêt dans vos téléchargements.`, tone: 'success' });
    } catch (error) {
      toast({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="activity-exports">
      <Button
        variant="primary"
        disabled={disabled || busy !== null}
        onClick={() => void run('activity.report')}
      >
        {busy === 'activity.report' ? 'Préparation du rapport…' : 'Rapport d’activité (Word)'}
      </Button>
      <Button
        variant="secondary"
        disabled={disabled || busy !== null}
        onClick={() => void run('activity.spreadsheet')}
      >
        {busy === 'activity.spreadsheet' ? 'Préparation des tableaux…' : 'Tableaux (Excel)'}
      </Button>
      <p className="activity-muted">
        Pour la période et la structure choisies&nbsp;: un rapport pour les élus et les financeurs, ou les
        mêmes chiffres dans un tableur.
      </p>
    </div>
  );
}
