import type { ActorDto } from '../../../../shared/actors/dto';
import { call } from '../../api/client';
import { actorInputFromDto } from './actorFormModel';

/** What a record action gives back: the saved actor, or the French message to show. */
export type RecordActionResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** Marks the actor verified today (the engine's date), saving the record as it stands. */
export async function markActorVerified(actor: ActorDto): Promise<RecordActionResult<ActorDto>> {
  const info = await call('app.info', {});
  if (!info.ok) return { ok: false, message: info.error.message };
  const result = await call('actors.update', {
    id: actor.id,
    actor: { ...actorInputFromDto(actor), lastVerifiedOn: info.data.today },
  });
  if (!result.ok)
    return {
      ok: false,
      message:
        result.error.code === 'invalid_input'
          ? `${result.error.message} Ouvrez «\u00a0Modifier\u00a0» pour corriger la fiche.`
          : result.error.message,
    };
  return { ok: true, data: result.data };
}
