import { useState } from 'react';
import type { MeetingDto } from '../../../../shared/meetings/meetingsDto';
import { countLabel, quoted } from '../../../../shared/format/french';
import { formatMeetingStart } from '../../../../shared/meetings/meetingTimes';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { emailList, mailtoOf, saveCalendar, saveConvocation } from './meetingFiles';

/** Inviting: the calendar file, the Word convocation, and the invitees' addresses to paste or to write to. */
export function InvitationActions({ meeting }: { meeting: MeetingDto }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const subject = `${meeting.displayTitle} — ${meeting.instanceName}, ${formatMeetingStart(meeting.startsAt)}`;

  const run = async (make: () => Promise<string>) => {
    setBusy(true);
    try {
      const fileName = await make();
      toast({ message: `${quoted(fileName)} est prêt dans vos téléchargements.`, tone: 'success' });
    } catch (error) {
      toast({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(emailList(meeting));
      toast({
        message: 'Adresses copiées\u00a0: collez-les dans le champ Cci de votre message.',
        tone: 'success',
      });
    } catch {
      toast({
        message: 'La copie n’a pas été permise\u00a0: sélectionnez les adresses et copiez-les.',
        tone: 'error',
      });
    }
  };

  return (
    <div className="invitation-actions">
      <div className="invitation-buttons">
        <Button disabled={busy} onClick={() => void run(() => saveCalendar({ meetingId: meeting.id }))}>
          Calendrier (.ics)
        </Button>
        <Button disabled={busy} onClick={() => void run(() => saveConvocation(meeting.id))}>
          Convocation (Word)
        </Button>
        {meeting.emails.length > 0 ? (
          <a className="btn btn-secondary" href={mailtoOf(meeting, subject)}>
            Écrire aux invités
          </a>
        ) : null}
      </div>
      <label className="invitation-emails-label" htmlFor={`emails-${meeting.id}`}>
        Adresses des invités ({countLabel(meeting.emails.length, 'adresse', 'adresses', 'aucune adresse')})
      </label>
      <div className="invitation-emails">
        <textarea
          id={`emails-${meeting.id}`}
          className="input"
          readOnly
          rows={2}
          value={emailList(meeting)}
        />
        <Button onClick={() => void copy()} disabled={meeting.emails.length === 0}>
          Copier
        </Button>
      </div>
      {meeting.withoutEmail.length > 0 ? (
        <p className="field-hint">
          Sans adresse, à prévenir autrement&nbsp;: {meeting.withoutEmail.join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
