import { useState, type FormEvent } from 'react';
import type { DiagnosticSettingsDto } from '../../../../shared/diagnostic/diagnosticDto';
import { formatDate, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { navigate } from '../../app/route';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { snapshotPath } from './diagnosticPaths';

/** « Figer ce diagnostic »: the values, charts, map and commentary of today, kept unchanged under a title. */
export function FreezePanel({
  id,
  settings,
  today,
}: {
  id: string;
  settings: DiagnosticSettingsDto;
  today: string;
}) {
  const toast = useToast();
  const [title, setTitle] = useState(`Diagnostic du ${formatDate(today)}`);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await call('diagnostic.freeze', { title, settings });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    toast({ tone: 'success', message: `Diagnostic ${quoted(result.data.title)} figé.` });
    navigate({ name: 'diagnostic', path: snapshotPath(result.data.id) });
  };

  return (
    <form id={id} className="panel diagnostic-freeze" onSubmit={(event) => void submit(event)}>
      <h2>Figer ce diagnostic</h2>
      <p className="diagnostic-section-hint">
        Gardez les chiffres, les graphiques, la carte et le commentaire tels qu’ils sont aujourd’hui, par
        exemple avant une conférence des maires&nbsp;: ils resteront identiques même quand l’annuaire
        changera.
      </p>
      <div className="diagnostic-freeze-row">
        <Field label="Titre" error={error ?? undefined} required>
          {(props) => (
            <input
              {...props}
              value={title}
              maxLength={200}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? 'Enregistrement…' : 'Figer ce diagnostic'}
        </Button>
      </div>
    </form>
  );
}
