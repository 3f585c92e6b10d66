// Child process for damagedDatabase.test.ts: opens the engine on a file as another process would (the
// desktop app and the browser mode on one file), prints what a user would read, and exits.
import { createBackend } from '../../../electron/backend/backend';
import { AppFailure } from '../../../shared/result';

const databasePath = process.argv[2]!;
try {
  const backend = createBackend({ databasePath });
  await backend.close();
  process.stdout.write(JSON.stringify({ opened: true }));
} catch (error) {
  process.stdout.write(
    JSON.stringify(
      error instanceof AppFailure
        ? { opened: false, code: error.code, message: error.message }
        : { opened: false, code: 'not_an_app_failure', message: String(error) },
    ),
  );
}
