import { useState } from 'react';
import type { MeetingDto } from '../../../../shared/meetings/meetingsDto';
import { countLabel, quoted } from '../../../../shared/format/french';
import { formatMeetingStart } from '../../../../shared/meetings/meetingTimes';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { saveMeetingDocument } from './meetingFiles';
import { noRecipientsHint } from './reportRecipients';

/** The compte rendu in Word, and the absents' and excused' addresses to send it to (Cci, or a `mailto:`). */
export function ReportActions({ meeting }: { meeting: MeetingDto }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const { absentees } = meeting;
  const list = absentees.emails.join('; ');
  const hint = noRecipientsHint(meeting);
  const subject = `Compte rendu — ${meeting.displayTitle}, ${formatMeetingStart(meeting.startsAt)}`;

  const run = async (method: 'meetings.report' | 'meetings.attendanceSheet') => {
    setBusy(true);
    try {
      const fileName = await saveMeetingDocument(method, meeting.id);
      toast({ message: `${quoted(fileName)} est prêt dans vos téléchargements.`, tone: 'success' });
    } catch (error) {
      toast({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(list);
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
        <Button disabled={busy} onClick={() => void run('meetings.report')}>
          Compte rendu (Word)
        </Button>
        {absentees.emails.length > 0 ? (
          <a
            className="btn btn-secondary"
            href={`mailto:?bcc=${absentees.emails.map(encodeURIComponent).join(',')}&subject=${encodeURIComponent(subject)}`}
          >
            Écrire aux absents
          </a>
        ) : null}
      </div>
      {hint !== null ? (
        <p className="field-hint">{hint}</p>
      ) : (
        <>
          <p className="field-hint">À envoyer aux absents et excusés&nbsp;: {absentees.names.join(', ')}.</p>
          <label className="invitation-emails-label" htmlFor={`absent-emails-${meeting.id}`}>
            Adresses des absents et excusés (
            {countLabel(absentees.emails.length, 'adresse', 'adresses', 'aucune adresse')})
          </label>
          <div className="invitation-emails">
            <textarea id={`absent-emails-${meeting.id}`} className="input" readOnly rows={2} value={list} />
            <Button onClick={() => void copy()} disabled={absentees.emails.length === 0}>
              Copier
            </Button>
          </div>
          {absentees.withoutEmail.length > 0 ? (
            <p className="field-hint">
              Sans adresse, à prévenir autrement&nbsp;: {absentees.withoutEmail.join(', ')}.
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
