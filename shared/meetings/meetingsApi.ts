import type {
  CalendarFileDto,
  MeetingChoicesDto,
  MeetingDto,
  MeetingsOverviewDto,
  OpenActionsDto,
} from './meetingsDto';
import type { NetworkLifeDto } from './networkLifeDto';
import type { DocumentFileDto } from '../documents/documentDto';
import {
  agendaSaveInput,
  attendanceSaveInput,
  calendarInput,
  inviteesSaveInput,
  itemRecordSaveInput,
  meetingActionDoneInput,
  meetingActionIdInput,
  meetingActionSaveInput,
  meetingCancelInput,
  meetingIdInput,
  meetingSaveInput,
  meetingsListInput,
  networkLifeInput,
  occurrenceOpenInput,
  participantsSaveInput,
  seriesIdInput,
  seriesSaveInput,
} from './meetingsSchemas';
import { takes } from '../api/declare';

/** Methods of a body's meetings (« Réunions »): series and single meetings, agenda, invitations. */
export const meetingsApi = {
  'meetings.overview': takes(meetingsListInput).answers<MeetingsOverviewDto>(),
  'meetings.choices': takes(meetingsListInput).answers<MeetingChoicesDto>(),
  'meetings.saveSeries': takes(seriesSaveInput).answers<MeetingsOverviewDto>(),
  'meetings.deleteSeries': takes(seriesIdInput).answers<MeetingsOverviewDto>(),
  /** A date of a series becomes a meeting of its own (its agenda, its invitees) when the user opens it. */
  'meetings.openOccurrence': takes(occurrenceOpenInput).answers<MeetingDto>(),
  'meetings.get': takes(meetingIdInput).answers<MeetingDto>(),
  'meetings.save': takes(meetingSaveInput).answers<MeetingDto>(),
  'meetings.setCancelled': takes(meetingCancelInput).answers<MeetingDto>(),
  /** A single meeting is deleted; a date of a series can only be cancelled. */
  'meetings.delete': takes(meetingIdInput).answers<MeetingsOverviewDto>(),
  'meetings.saveAgenda': takes(agendaSaveInput).answers<MeetingDto>(),
  'meetings.saveInvitees': takes(inviteesSaveInput).answers<MeetingDto>(),
  'meetings.calendar': takes(calendarInput).answers<CalendarFileDto>(),
  'meetings.convocation': takes(meetingIdInput).answers<Omit<DocumentFileDto, 'kind'>>(),
  /** Holding the meeting: who came (présent, excusé, absent, représenté), per invitee. */
  'meetings.saveAttendance': takes(attendanceSaveInput).answers<MeetingDto>(),
  /** An agenda item's notes and decisions, replaced as a whole. */
  'meetings.saveItemRecord': takes(itemRecordSaveInput).answers<MeetingDto>(),
  /** A follow-up action; its `roadmap` effect updates its fiche action or creates one, only when asked. */
  'meetings.saveAction': takes(meetingActionSaveInput).answers<MeetingDto>(),
  'meetings.deleteAction': takes(meetingActionIdInput).answers<MeetingDto>(),
  /** Closes an action (done today) or opens it again; answers the body's open actions. */
  'meetings.setActionDone': takes(meetingActionDoneInput).answers<OpenActionsDto>(),
  /** The open actions of all the body's meetings. */
  'meetings.openActions': takes(meetingsListInput).answers<OpenActionsDto>(),
  'meetings.attendanceSheet': takes(meetingIdInput).answers<Omit<DocumentFileDto, 'kind'>>(),
  /** The compte rendu: attendance, items with notes and decisions, actions, next meeting. */
  'meetings.report': takes(meetingIdInput).answers<Omit<DocumentFileDto, 'kind'>>(),
  /** How many came, its public included (an atelier's): null while not said. */
  'meetings.saveParticipants': takes(participantsSaveInput).answers<MeetingDto>(),
  /** The network's life over a period: meetings held per quarter, attendance per member, animations, decisions. */
  'meetings.networkLife': takes(networkLifeInput).answers<NetworkLifeDto>(),
};

export type MeetingsMethod = keyof typeof meetingsApi;
