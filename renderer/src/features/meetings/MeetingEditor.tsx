import { useCallback, useState } from 'react';
import type { MeetingChoicesDto, MeetingDto } from '../../../../shared/meetings/meetingsDto';
import type { MeetingActionSaveInput, MeetingSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import { formatMeetingStart } from '../../../../shared/meetings/meetingTimes';
import type { AppError, Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { AgendaEditor } from './AgendaEditor';
import { InvitationActions } from './InvitationActions';
import { InviteesEditor } from './InviteesEditor';
import { MeetingFields } from './MeetingFields';
import { ActionsEditor } from './ActionsEditor';
import { AttendanceEditor } from './AttendanceEditor';
import { ItemRecordsEditor } from './ItemRecordsEditor';
import { ParticipantsField } from './ParticipantsField';
import { ReportActions } from './ReportActions';
import { saveMeetingDocument } from './meetingFiles';
import { isHeld } from './meetingRecords';

/** One meeting: its fields (autosaved), its ordre du jour, its invitees, and the invitation. */
export function MeetingEditor({
  meeting,
  choices,
  change,
  onDelete,
  onClose,
  today,
}: {
  today: string;
  meeting: MeetingDto;
  choices: MeetingChoicesDto;
  change: (run: () => Promise<Result<MeetingDto>>) => Promise<AppError | null>;
  onDelete: (meeting: MeetingDto) => void;
  onClose: () => void;
}) {
  const toast = useToast();
  const id = meeting.id;
  const save = useCallback((input: MeetingSaveInput) => change(() => call('meetings.save', input)), [change]);
  const cancelled = meeting.status === 'annulee';
  const [part, setPart] = useState<'prepare' | 'hold'>(
    isHeld(meeting, today) && !cancelled ? 'hold' : 'prepare',
  );
  const saveItemRecord = useCallback(
    (itemId: number, record: { notes: string; decisions: string[] }) =>
      change(() => call('meetings.saveItemRecord', { itemId, ...record })),
    [change],
  );
  const saveAction = useCallback(
    (input: MeetingActionSaveInput) => change(() => call('meetings.saveAction', input)),
    [change],
  );
  const saveParticipants = useCallback(
    (participantsCount: number | null) =>
      change(() => call('meetings.saveParticipants', { id, participantsCount })),
    [change, id],
  );
  const attendanceSheet = () =>
    void saveMeetingDocument('meetings.attendanceSheet', id).then(
      (fileName) =>
        toast({ message: `«\u00a0${fileName}\u00a0» est prêt dans vos téléchargements.`, tone: 'success' }),
      (failure: Error) => toast({ message: failure.message, tone: 'error' }),
    );

  const setCancelled = async (value: boolean) => {
    const failure = await change(() => call('meetings.setCancelled', { id, cancelled: value }));
    if (failure) toast({ message: failure.message, tone: 'error' });
    else if (value)
      toast({
        message: `La réunion du ${formatMeetingStart(meeting.startsAt)} est annulée.`,
        action: { label: 'Annuler', onClick: () => void setCancelled(false) },
      });
  };

  return (
    <section className="panel meeting-editor" aria-labelledby="meeting-editor-title">
      <div className="meeting-editor-header">
        <div>
          <h2 id="meeting-editor-title">
            {meeting.displayTitle}
            {cancelled ? <span className="badge badge-danger">Annulée</span> : null}
            {meeting.moved ? <span className="badge badge-warning">Déplacée</span> : null}
          </h2>
          <p className="meeting-editor-when">{formatMeetingStart(meeting.startsAt)}</p>
          {meeting.seriesSentence ? (
            <p className="series-item-meta">Date de la série&nbsp;: {meeting.seriesSentence.toLowerCase()}</p>
          ) : null}
        </div>
        <div className="meeting-editor-actions">
          <Button onClick={() => void setCancelled(!cancelled)}>
            {cancelled ? 'Rétablir la réunion' : 'Annuler cette réunion'}
          </Button>
          {meeting.seriesId === null ? (
            <Button variant="ghost" onClick={() => onDelete(meeting)}>
              Supprimer
            </Button>
          ) : null}
          <Button variant="ghost" aria-label="Fermer la réunion" onClick={onClose}>
            Fermer
          </Button>
        </div>
      </div>
      <div className="meeting-parts" role="group" aria-label="Étape de la réunion">
        <Button
          variant={part === 'prepare' ? 'primary' : 'secondary'}
          aria-pressed={part === 'prepare'}
          onClick={() => setPart('prepare')}
        >
          Préparer
        </Button>
        <Button
          variant={part === 'hold' ? 'primary' : 'secondary'}
          aria-pressed={part === 'hold'}
          onClick={() => setPart('hold')}
        >
          Tenir et rendre compte
        </Button>
      </div>
      {part === 'prepare' ? (
        <>
          <MeetingFields key={`fields-${id}`} meeting={meeting} places={choices.places} save={save} />
          <h3>Ordre du jour</h3>
          <AgendaEditor
            key={`agenda-${id}`}
            agenda={meeting.agenda}
            chantiers={choices.chantiers}
            save={(items) => change(() => call('meetings.saveAgenda', { meetingId: id, items }))}
          />
          <h3>Invités</h3>
          <InviteesEditor
            meeting={meeting}
            choices={choices}
            save={(input) => change(() => call('meetings.saveInvitees', { meetingId: id, ...input }))}
          />
          <h3>Inviter</h3>
          <InvitationActions meeting={meeting} />
        </>
      ) : (
        <>
          {!isHeld(meeting, today) ? (
            <p className="field-hint">
              La réunion n’a pas encore eu lieu&nbsp;: imprimez la feuille d’émargement, puis notez la
              présence, les échanges et les décisions le jour venu.
            </p>
          ) : null}
          <h3>Présence</h3>
          <div className="invitation-buttons">
            <Button onClick={attendanceSheet}>Feuille d’émargement (Word)</Button>
          </div>
          <AttendanceEditor
            meeting={meeting}
            save={(entries) => change(() => call('meetings.saveAttendance', { meetingId: id, entries }))}
          />
          <ParticipantsField key={`participants-${id}`} meeting={meeting} save={saveParticipants} />
          <h3>Notes et décisions</h3>
          <ItemRecordsEditor key={`records-${id}`} agenda={meeting.agenda} save={saveItemRecord} />
          <h3>Actions à suivre</h3>
          <ActionsEditor
            meeting={meeting}
            chantiers={choices.chantiers}
            save={saveAction}
            remove={(actionId) => change(() => call('meetings.deleteAction', { id: actionId }))}
          />
          <h3>Compte rendu</h3>
          <ReportActions meeting={meeting} />
        </>
      )}
    </section>
  );
}
