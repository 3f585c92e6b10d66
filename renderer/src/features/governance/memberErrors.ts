import type { AppError } from '../../../../shared/result';

/** The field messages of a member form, without the `member.` prefix the API puts before them. */
export function memberFieldErrors(error: AppError | null): Record<string, string> {
  if (!error?.fields) return {};
  return Object.fromEntries(
    Object.entries(error.fields).map(([path, message]) => [path.replace(/^member\./, ''), message]),
  );
}
