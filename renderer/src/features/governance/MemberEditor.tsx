import { useState, type FormEvent } from 'react';
import type { InstanceMemberDto } from '../../../../shared/governance/governanceDto';
import type { MemberUpdateInput } from '../../../../shared/governance/governanceSchemas';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ElectedFields, type ElectedDraft } from './ElectedFields';
import { draftOf, RepresentativesFields, type RepresentativeDraft } from './RepresentativesFields';
import { memberFieldErrors } from './memberErrors';

/** Changing a member in place: an actor's representatives, or an elected official's name, mandate and commune. */
export function MemberEditor({
  member,
  onSave,
  onCancel,
}: {
  member: InstanceMemberDto;
  onSave: (values: MemberUpdateInput['member']) => Promise<AppError | null>;
  onCancel: () => void;
}) {
  const [representatives, setRepresentatives] = useState<RepresentativeDraft[]>(
    member.representatives.map(draftOf),
  );
  const [elected, setElected] = useState<ElectedDraft>({
    name: member.name,
    mandate: member.mandate ?? '',
    communeCode: member.communeCode ?? '',
  });
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = memberFieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await onSave(
      member.kind === 'actor'
        ? { kind: 'actor', representatives }
        : {
            kind: 'elected',
            name: elected.name,
            mandate: elected.mandate,
            communeCode: elected.communeCode || null,
          },
    );
    setBusy(false);
    setError(failure);
  };

  return (
    <form className="member-editor" onSubmit={(event) => void submit(event)} noValidate>
      {error && !error.fields ? <Notice tone="error">{error.message}</Notice> : null}
      {member.kind === 'actor' ? (
        <RepresentativesFields value={representatives} onChange={setRepresentatives} errors={errors} />
      ) : (
        <ElectedFields value={elected} onChange={setElected} errors={errors} />
      )}
      <div className="governance-form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Enregistrer
        </Button>
        <Button onClick={onCancel}>Annuler</Button>
      </div>
    </form>
  );
}
