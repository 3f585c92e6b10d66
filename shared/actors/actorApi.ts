import { z } from 'zod';
import { actorIdInput, actorInput, actorListQuery, actorUpdateInput } from './schemas';
import type { ActorDto, ActorListPageDto, OpeningHoursReading, TrashedActorDto } from './dto';
import { takes, takesNothing } from '../api/declare';

/** The directory of actors: list, record, writes, the trash, and opening hours read back in French. */
export const actorApi = {
  'actors.list': takes(actorListQuery).answers<ActorListPageDto>(),
  'actors.get': takes(actorIdInput).answers<ActorDto>(),
  'actors.create': takes(actorInput).answers<ActorDto>(),
  'actors.update': takes(actorUpdateInput).answers<ActorDto>(),
  'actors.delete': takes(actorIdInput).answers<{ id: number; name: string }>(),
  'actors.restore': takes(actorIdInput).answers<ActorDto>(),
  'actors.trash': takesNothing().answers<TrashedActorDto[]>(),
  'actors.purge': takes(actorIdInput).answers<{ id: number }>(),
  'openingHours.read': takes(z.object({ value: z.string().max(500) })).answers<OpeningHoursReading>(),
};

export type ActorMethod = keyof typeof actorApi;
