import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '../../electron/backend/backend';

/**
 * The file every kill trial starts from (copied, one copy per trial): the CC du Civraisien en Poitou, one
 * actor, a feuille de route with a chantier and an action, a commentary and a frozen diagnostic, each
 * write numbered 0. Written once through the engine itself, then closed.
 */

export interface TrialTemplate {
  path: string;
  chantierId: number;
  actionId: number;
  actorsBefore: number;
  placesBefore: number;
}

async function ok(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.data;
}

export async function writeTrialTemplate(dir: string): Promise<TrialTemplate> {
  const path = join(dir, 'modele.sqlite');
  const backend = createBackend({ databasePath: path });
  await ok(backend, 'territory.choose', { siren: '200070035' });
  await ok(backend, 'territory.updateSettings', { displayName: 'Territoire n° 0', contact: {} });
  await ok(backend, 'actors.create', { name: 'Acteur déjà là', communeCode: '86078' });
  await ok(backend, 'roadmap.updateText', { context: 'Contexte n° 0' });
  await ok(backend, 'roadmap.saveObjective', { title: 'Objectif n° 0' });
  const chantier = (await ok(backend, 'roadmap.saveChantier', { title: 'Aller vers les habitants' })) as {
    id: number;
  };
  const action = (await ok(backend, 'roadmap.saveAction', {
    chantierId: chantier.id,
    title: 'Action n° 0',
  })) as { id: number };
  await ok(backend, 'diagnostic.setCommentary', { section: 'synthese', text: 'Commentaire n° 0' });
  await ok(backend, 'diagnostic.freeze', { title: 'Figé n° 0' });
  await backend.close();

  const sqlite = new Database(path, { readonly: true });
  const count = (table: string) => sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  const template = {
    path,
    chantierId: chantier.id,
    actionId: action.id,
    actorsBefore: count('actor'),
    placesBefore: count('place'),
  };
  sqlite.close();
  return template;
}
