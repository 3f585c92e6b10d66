/**
 * The directory's storage API in one import for other domains (e.g. the demo territory seeds its actors
 * with `createActor`). Each function lives in the file named for its idea.
 */
export { createActor, updateActor } from './writeActor';
export { getActor } from './readActor';
export { deleteActor, listTrash, purgeActor, restoreActor } from './trash';
export { listActors } from './actorListRepository';
