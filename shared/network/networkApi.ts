import type { NetworkActorDto, NetworkOverviewDto } from './networkDto';
import { contactIdInput, contactSaveInput, networkActorInput, networkStatusInput } from './networkSchemas';
import { takes, takesNothing } from '../api/declare';

/** Meeting the actors: each actor's status in the network and contact log, and the « Réseau » overview. */
export const networkApi = {
  'network.actor': takes(networkActorInput).answers<NetworkActorDto>(),
  'network.setStatus': takes(networkStatusInput).answers<NetworkActorDto>(),
  'network.saveContact': takes(contactSaveInput).answers<NetworkActorDto>(),
  'network.deleteContact': takes(contactIdInput).answers<NetworkActorDto>(),
  'network.overview': takesNothing().answers<NetworkOverviewDto>(),
};

export type NetworkMethod = keyof typeof networkApi;
