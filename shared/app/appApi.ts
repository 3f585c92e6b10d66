import { z } from 'zod';
import { takes, takesNothing } from '../api/declare';
import type { AppInfoDto } from './appDto';

/** The app itself: its version, where its data and log are, and errors the window reports. */
export const appApi = {
  'app.info': takesNothing().answers<AppInfoDto>(),
  /** Written to the log file; answers where that file is. */
  'app.reportError': takes(
    z.object({
      /** Where it happened: « écran », « fenêtre » (an error event), « promesse » (an unhandled rejection). */
      where: z.enum(['écran', 'fenêtre', 'promesse']),
      message: z.string().max(2_000),
      stack: z.string().max(8_000).default(''),
    }),
  ).answers<{ logPath: string | null }>(),
};

export type AppMethod = keyof typeof appApi;
