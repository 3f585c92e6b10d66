import type { OpenActionsDto } from '../../../../shared/meetings/meetingsDto';
import { formatDate } from '../../../../shared/format/french';
import { followUpStateOn } from '../../../../shared/meetings/followUpState';
import { formatMeetingDay } from '../../../../shared/meetings/meetingTimes';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';

/** The open follow-up actions of all the body's meetings, soonest due first; « Fait » closes one (with undo). */
export function OpenActions({
  actions,
  setDone,
}: {
  actions: OpenActionsDto;
  setDone: (id: number, done: boolean) => Promise<AppError | null>;
}) {
  const toast = useToast();
  const close = async (id: number, what: string) => {
    const failure = await setDone(id, true);
    if (failure) toast({ message: failure.message, tone: 'error' });
    else
      toast({
        message: `Action «\u00a0${what}\u00a0» faite.`,
        action: { label: 'Annuler', onClick: () => void setDone(id, false) },
      });
  };
  if (actions.actions.length === 0)
    return (
      <p className="meeting-list-empty">
        Aucune action en cours. Les actions à suivre décidées en réunion s’ajoutent ici jusqu’à ce qu’elles
        soient faites.
      </p>
    );
  return (
    <ul className="action-list">
      {actions.actions.map((action) => {
        const late = followUpStateOn(action, actions.today) === 'en_retard';
        return (
          <li key={action.id} className="action-row">
            <span>
              {action.what}
              {late ? <span className="badge badge-warning">En retard</span> : null}
            </span>
            <span className="series-item-meta">
              {action.who ?? 'Qui\u00a0: non renseigné'} ·{' '}
              {action.dueOn ? `pour le ${formatDate(action.dueOn)}` : 'sans échéance'} · décidée le{' '}
              {formatMeetingDay(action.meetingStartsAt)}
            </span>
            <Button
              variant="ghost"
              aria-label={`Action faite\u00a0: ${action.what}`}
              onClick={() => void close(action.id, action.what)}
            >
              Fait
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
