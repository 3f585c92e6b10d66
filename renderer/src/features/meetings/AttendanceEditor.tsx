import { useRef } from 'react';
import { ofName } from '../../../../shared/format/french';
import type { InviteeDto, MeetingDto } from '../../../../shared/meetings/meetingsDto';
import type { AttendanceSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
} from '../../../../shared/meetings/meetingsVocabulary';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { attendanceSummary } from './meetingRecords';

type Entry = AttendanceSaveInput['entries'][number];

const entryOf = (invitee: InviteeDto): Entry => ({
  inviteeId: invitee.id,
  attendance: invitee.attendance,
  representedBy: invitee.representedBy,
});

/** Who came: « Tous présents » first, then the exceptions, one invitee at a time (saved on each change). */
export function AttendanceEditor({
  meeting,
  save: saveNow,
}: {
  meeting: MeetingDto;
  save: (entries: Entry[]) => Promise<AppError | null>;
}) {
  const toast = useToast();
  const others = (invitee: InviteeDto) => meeting.invitees.filter((i) => i.id !== invitee.id);
  // One save at a time, in the order they were made: an exception chosen while « Tous présents » is still being
  // written is written after it, never under it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save = (entries: Entry[]): Promise<AppError | null> => {
    const next = queue.current.then(() => saveNow(entries));
    queue.current = next.catch(() => null);
    return next;
  };

  const allPresent = async () => {
    const before = meeting.invitees.map(entryOf);
    const failure = await save(
      meeting.invitees.map((i) => ({ inviteeId: i.id, attendance: 'present', representedBy: null })),
    );
    if (failure) toast({ message: failure.message, tone: 'error' });
    else
      toast({
        message:
          'Tous les invités sont notés présents\u00a0: indiquez maintenant les excusés et les absents.',
        action: { label: 'Annuler', onClick: () => void save(before) },
      });
  };

  const set = async (
    invitee: InviteeDto,
    attendance: AttendanceStatus | null,
    representedBy: string | null,
  ) => {
    const failure = await save([{ inviteeId: invitee.id, attendance, representedBy }]);
    if (failure) toast({ message: failure.message, tone: 'error' });
  };

  if (meeting.invitees.length === 0)
    return <p className="meeting-list-empty">Personne n’est invité&nbsp;: ajoutez les invités d’abord.</p>;

  return (
    <div className="attendance-editor">
      <div className="attendance-head">
        <p className="field-hint">{attendanceSummary(meeting)}</p>
        <Button onClick={() => void allPresent()}>Tous présents</Button>
      </div>
      <ul className="attendance-list">
        {meeting.invitees.map((invitee) => (
          <li key={invitee.id} className="attendance-row">
            <span className="attendance-name">
              {invitee.name}
              {invitee.kind === 'guest' && invitee.organisation ? (
                <span className="series-item-meta"> ({invitee.organisation})</span>
              ) : null}
            </span>
            <select
              className="input"
              aria-label={`Présence ${ofName(invitee.name)}`}
              value={invitee.attendance ?? ''}
              onChange={(event) =>
                void set(
                  invitee,
                  event.target.value === '' ? null : (event.target.value as AttendanceStatus),
                  invitee.representedBy,
                )
              }
            >
              <option value="">Non renseigné</option>
              {ATTENDANCE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {ATTENDANCE_LABELS[status]}
                </option>
              ))}
            </select>
            {invitee.attendance === 'represente' ? (
              <>
                <input
                  className="input attendance-by"
                  aria-label={`${invitee.name} représenté par`}
                  placeholder="Représenté par…"
                  list={`represented-${invitee.id}`}
                  defaultValue={invitee.representedBy ?? ''}
                  onBlur={(event) => {
                    const value = event.target.value.trim() || null;
                    if (value !== invitee.representedBy) void set(invitee, 'represente', value);
                  }}
                />
                <datalist id={`represented-${invitee.id}`}>
                  {others(invitee).map((other) => (
                    <option key={other.id} value={other.name} />
                  ))}
                </datalist>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
