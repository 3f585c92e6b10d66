import { useCallback, useState } from 'react';
import type { MeetingDto, MeetingsOverviewDto } from '../../../../shared/meetings/meetingsDto';
import type { AppError, Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';

/** Which meeting the editor shows: one meeting's row, or a date of a series not opened yet. */
export type Selection = { meetingId: number } | { seriesId: number; occurrenceOn: string } | null;

/**
 * A body's « Réunions »: the overview (series, coming and past meetings), the pickers' choices, and the meeting
 * open in the editor. A date of a series is opened (made a row, `meetings.openOccurrence`) when the user
 * selects it, so that its agenda and invitees can be edited at once.
 */
export function useMeetings(instanceId: number) {
  const overview = useLoaded(() => call('meetings.overview', { instanceId }), `meetings-${instanceId}`);
  const choices = useLoaded(() => call('meetings.choices', { instanceId }), `meeting-choices-${instanceId}`);
  const openActions = useLoaded(
    () => call('meetings.openActions', { instanceId }),
    `meeting-actions-${instanceId}`,
  );
  const reloadActions = openActions.reload;
  const [meeting, setMeeting] = useState<MeetingDto | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const { replace, reload } = overview;

  /** Runs a change that answers the overview, and shows it. */
  const changeOverview = useCallback(
    async (run: () => Promise<Result<MeetingsOverviewDto>>): Promise<AppError | null> => {
      const result = await run();
      if (!result.ok) return result.error;
      replace(result.data);
      return null;
    },
    [replace],
  );

  /** Runs a change of the open meeting, shows it, and refreshes the lists (dates, badges, counts). */
  const changeMeeting = useCallback(
    async (run: () => Promise<Result<MeetingDto>>): Promise<AppError | null> => {
      const result = await run();
      if (!result.ok) return result.error;
      setMeeting(result.data);
      reload();
      reloadActions();
      return null;
    },
    [reload, reloadActions],
  );

  /** Closes an action (or opens it again) from the body's list; the open meeting shows it too. */
  const setActionDone = useCallback(
    async (id: number, done: boolean): Promise<AppError | null> => {
      const result = await call('meetings.setActionDone', { id, done });
      if (!result.ok) return result.error;
      openActions.replace(result.data);
      if (meeting) {
        const again = await call('meetings.get', { id: meeting.id });
        if (again.ok) setMeeting(again.data);
      }
      return null;
    },
    [openActions, meeting],
  );

  const select = useCallback(
    async (selection: Selection) => {
      setOpenError(null);
      if (selection === null) {
        setMeeting(null);
        return;
      }
      const result =
        'meetingId' in selection
          ? await call('meetings.get', { id: selection.meetingId })
          : await call('meetings.openOccurrence', selection);
      if (!result.ok) {
        setOpenError(result.error.message);
        return;
      }
      setMeeting(result.data);
      if (!('meetingId' in selection)) reload();
    },
    [reload],
  );

  return {
    overview: overview.data,
    loadError: overview.loaded.state === 'error' ? overview.loaded.message : null,
    choices: choices.data,
    openActions: openActions.data,
    setActionDone,
    meeting,
    openError,
    select,
    changeOverview,
    changeMeeting,
    close: () => setMeeting(null),
  };
}

export type MeetingsPage = ReturnType<typeof useMeetings>;
