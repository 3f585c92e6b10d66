import { Button } from '../../ui/Button';
import { AddActorMember } from './AddActorMember';
import { AddElectedMember } from './AddElectedMember';

/** Which kind of member is being added (an elected one possibly for a commune the check pointed at). */
export type Adding = { kind: 'actor' } | { kind: 'elected'; communeCode: string } | null;

type AddProps = Parameters<typeof AddActorMember>[0];

/** « Ajouter un membre »: the choice between an actor of the directory and an elected person, and its form. */
export function AddMemberPanel({
  instance,
  change,
  adding,
  onAdding,
  onDone,
}: {
  instance: AddProps['instance'];
  change: AddProps['change'];
  adding: Adding;
  onAdding: (next: Adding) => void;
  onDone: (name: string) => void;
}) {
  return (
    <section className="panel" id="add-member" aria-labelledby="add-member-title">
      <h2 id="add-member-title">Ajouter un membre</h2>
      <div className="add-member-choice" role="group" aria-label="Type de membre à ajouter">
        <Button
          variant={adding?.kind === 'actor' ? 'primary' : 'secondary'}
          aria-pressed={adding?.kind === 'actor'}
          onClick={() => onAdding(adding?.kind === 'actor' ? null : { kind: 'actor' })}
        >
          Un acteur de l’annuaire
        </Button>
        <Button
          variant={adding?.kind === 'elected' ? 'primary' : 'secondary'}
          aria-pressed={adding?.kind === 'elected'}
          onClick={() => onAdding(adding?.kind === 'elected' ? null : { kind: 'elected', communeCode: '' })}
        >
          Un·e élu·e
        </Button>
      </div>
      {adding?.kind === 'actor' ? (
        <AddActorMember instance={instance} change={change} onDone={onDone} />
      ) : null}
      {adding?.kind === 'elected' ? (
        <AddElectedMember
          key={adding.communeCode}
          instance={instance}
          communeCode={adding.communeCode}
          change={change}
          onDone={onDone}
        />
      ) : null}
    </section>
  );
}
