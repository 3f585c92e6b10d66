/** What the app says of itself (`app.info`). */
export interface AppInfoDto {
  version: string;
  schemaVersion: number;
  databasePath: string;
  /** Today's date for the app (ISO), from the backend's clock. */
  today: string;
  /** Maillage's log file, to tell a user where to look when something went wrong (null in tests). */
  logPath: string | null;
}
