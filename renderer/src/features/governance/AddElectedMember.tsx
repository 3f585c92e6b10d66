import { useState, type FormEvent } from 'react';
import type { InstanceDto } from '../../../../shared/governance/governanceDto';
import type { AppError, Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ElectedFields, type ElectedDraft } from './ElectedFields';
import { memberFieldErrors } from './memberErrors';

/** Adding an elected official (who is not in the directory): name, mandate, commune. */
export function AddElectedMember({
  instance,
  communeCode,
  change,
  onDone,
}: {
  instance: InstanceDto;
  /** The commune to start with (from a « commune sans membre » finding). */
  communeCode: string;
  change: (run: () => Promise<Result<InstanceDto>>) => Promise<AppError | null>;
  onDone: (name: string) => void;
}) {
  const [draft, setDraft] = useState<ElectedDraft>({ name: '', mandate: '', communeCode });
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await change(() =>
      call('instances.addMember', {
        instanceId: instance.id,
        member: {
          kind: 'elected',
          name: draft.name,
          mandate: draft.mandate,
          communeCode: draft.communeCode || null,
        },
      }),
    );
    setBusy(false);
    setError(failure);
    if (!failure) onDone(draft.name.trim());
  };

  return (
    <form className="add-member" onSubmit={(event) => void submit(event)} noValidate>
      {error && !error.fields ? <Notice tone="error">{error.message}</Notice> : null}
      <ElectedFields value={draft} onChange={setDraft} errors={memberFieldErrors(error)} />
      <div className="governance-form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Ajouter l’élu·e
        </Button>
      </div>
    </form>
  );
}
