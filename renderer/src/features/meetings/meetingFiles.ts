import type { CalendarFileDto, MeetingDto } from '../../../../shared/meetings/meetingsDto';
import { call } from '../../api/client';
import { downloadBase64, downloadText } from '../../ui/download';

/**
 * The files a meeting gives: saved through the same path as the other documents (a download in the browser,
 * the system's save dialog in the desktop window), and the invitees' addresses for a message.
 */

export async function saveCalendar(request: { meetingId: number } | { seriesId: number }): Promise<string> {
  const result = await call('meetings.calendar', request);
  if (!result.ok) throw new Error(result.error.message);
  const file: CalendarFileDto = result.data;
  downloadText(file.fileName, file.content, `${file.mimeType};charset=utf-8`);
  return file.fileName;
}

export async function saveConvocation(meetingId: number): Promise<string> {
  const result = await call('meetings.convocation', { id: meetingId });
  if (!result.ok) throw new Error(result.error.message);
  downloadBase64(result.data.fileName, result.data.contentBase64, result.data.mimeType);
  return result.data.fileName;
}

/** A `mailto:` with every address in Bcc (no one sees the others' addresses) and the meeting as subject. */
export function mailtoOf(meeting: MeetingDto, subject: string): string {
  const bcc = meeting.emails.map(encodeURIComponent).join(',');
  return `mailto:?bcc=${bcc}&subject=${encodeURIComponent(subject)}`;
}

/** The addresses as a message's Cc/Bcc field takes them: separated by « ; ». */
export const emailList = (meeting: MeetingDto) => meeting.emails.join('; ');

/** The feuille d'émargement or the compte rendu, saved like the convocation. */
export async function saveMeetingDocument(
  method: 'meetings.report' | 'meetings.attendanceSheet',
  meetingId: number,
): Promise<string> {
  const result = await call(method, { id: meetingId });
  if (!result.ok) throw new Error(result.error.message);
  downloadBase64(result.data.fileName, result.data.contentBase64, result.data.mimeType);
  return result.data.fileName;
}
