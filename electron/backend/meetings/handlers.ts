import type { MeetingsMethod } from '../../../shared/meetings/meetingsApi';
import type { HandlerGroup } from '../router/handlers';
import { nowIsoOf, todayOf } from '../context';
import { documentContextOf } from '../documents/documentContext';
import { meetingCalendar, seriesCalendar } from './calendarFile';
import { convocationFile } from './convocationDocument';
import { readChoices } from './meetingChoices';
import { readOverview } from './meetingsOverview';
import {
  deleteMeeting,
  openOccurrence,
  saveAgenda,
  saveInvitees,
  saveMeeting,
  setCancelled,
} from './meetingRepository';
import { readMeeting } from './readMeeting';
import { attendanceSheetFile } from './attendanceSheetDocument';
import { applyRoadmapEffect } from './ficheActionEffect';
import { nextMeetingOf } from './nextMeeting';
import { readOpenActions } from './openActions';
import {
  assertMeeting,
  deleteMeetingAction,
  saveAttendance,
  saveItemRecord,
  saveMeetingAction,
  setMeetingActionDone,
} from './recordRepository';
import { readNetworkLife } from './networkLife';
import { saveParticipants } from './participantsRepository';
import { reportFile } from './reportDocument';
import { deleteSeries, saveSeries } from './seriesRepository';

/** A body's meetings (« Réunions »), as the renderer calls them. */
export const meetingsHandlers: HandlerGroup<MeetingsMethod> = {
  'meetings.overview': ({ instanceId }, ctx) => readOverview(ctx.db, instanceId, todayOf(ctx)),

  'meetings.choices': ({ instanceId }, ctx) => readChoices(ctx.db, instanceId),

  'meetings.saveSeries': async (values, ctx) => {
    await saveSeries(ctx.db, values, { today: todayOf(ctx), now: nowIsoOf(ctx) });
    return readOverview(ctx.db, values.instanceId, todayOf(ctx));
  },

  'meetings.deleteSeries': async ({ id }, ctx) => {
    const instanceId = await deleteSeries(ctx.db, id, { today: todayOf(ctx), now: nowIsoOf(ctx) });
    return readOverview(ctx.db, instanceId, todayOf(ctx));
  },

  'meetings.openOccurrence': async ({ seriesId, occurrenceOn }, ctx) =>
    readMeeting(ctx.db, await openOccurrence(ctx.db, seriesId, occurrenceOn, { now: nowIsoOf(ctx) })),

  'meetings.get': ({ id }, ctx) => readMeeting(ctx.db, id),

  'meetings.save': async (values, ctx) =>
    readMeeting(ctx.db, await saveMeeting(ctx.db, values, { now: nowIsoOf(ctx) })),

  'meetings.setCancelled': async ({ id, cancelled }, ctx) => {
    await setCancelled(ctx.db, id, cancelled, nowIsoOf(ctx));
    return readMeeting(ctx.db, id);
  },

  'meetings.delete': async ({ id }, ctx) =>
    readOverview(ctx.db, await deleteMeeting(ctx.db, id), todayOf(ctx)),

  'meetings.saveAgenda': async (values, ctx) => {
    await saveAgenda(ctx.db, values, nowIsoOf(ctx));
    return readMeeting(ctx.db, values.meetingId);
  },

  'meetings.saveInvitees': async (values, ctx) => {
    await saveInvitees(ctx.db, values, nowIsoOf(ctx));
    return readMeeting(ctx.db, values.meetingId);
  },

  'meetings.calendar': (input, ctx) =>
    'meetingId' in input
      ? meetingCalendar(ctx.db, input.meetingId, nowIsoOf(ctx))
      : seriesCalendar(ctx.db, input.seriesId, nowIsoOf(ctx)),

  'meetings.convocation': async ({ id }, ctx) => {
    // Short enough to build on the engine's thread, under the call's own gate (`db/gatedCall.ts`).
    return convocationFile(await readMeeting(ctx.db, id), await documentContextOf(ctx));
  },

  'meetings.saveAttendance': async (values, ctx) => {
    await saveAttendance(ctx.db, values, nowIsoOf(ctx));
    return readMeeting(ctx.db, values.meetingId);
  },

  'meetings.saveItemRecord': async (values, ctx) =>
    readMeeting(ctx.db, await saveItemRecord(ctx.db, values, nowIsoOf(ctx))),

  'meetings.saveAction': async ({ roadmap, ...values }, ctx) => {
    await assertMeeting(ctx.db, values.meetingId);
    // The feuille de route first: refused (an adopted version), nothing is written.
    const roadmapActionId = await applyRoadmapEffect(ctx.db, roadmap, values, nowIsoOf(ctx));
    await saveMeetingAction(
      ctx.db,
      { ...values, roadmapActionId },
      { now: nowIsoOf(ctx), today: todayOf(ctx) },
    );
    return readMeeting(ctx.db, values.meetingId);
  },

  'meetings.deleteAction': async ({ id }, ctx) =>
    readMeeting(ctx.db, await deleteMeetingAction(ctx.db, id, nowIsoOf(ctx))),

  'meetings.setActionDone': async ({ id, done }, ctx) => {
    const meetingId = await setMeetingActionDone(ctx.db, id, done, {
      now: nowIsoOf(ctx),
      today: todayOf(ctx),
    });
    const meeting = await ctx.db
      .selectFrom('meeting')
      .select('instanceId')
      .where('id', '=', meetingId)
      .executeTakeFirstOrThrow();
    return readOpenActions(ctx.db, meeting.instanceId, todayOf(ctx));
  },

  'meetings.openActions': ({ instanceId }, ctx) => readOpenActions(ctx.db, instanceId, todayOf(ctx)),

  'meetings.attendanceSheet': async ({ id }, ctx) =>
    attendanceSheetFile(await readMeeting(ctx.db, id), await documentContextOf(ctx)),

  'meetings.report': async ({ id }, ctx) => {
    const meeting = await readMeeting(ctx.db, id);
    return reportFile(meeting, await nextMeetingOf(ctx.db, meeting), await documentContextOf(ctx));
  },

  'meetings.saveParticipants': async ({ id, participantsCount }, ctx) => {
    await saveParticipants(ctx.db, id, participantsCount, nowIsoOf(ctx));
    return readMeeting(ctx.db, id);
  },

  'meetings.networkLife': (input, ctx) => readNetworkLife(ctx, input),
};
