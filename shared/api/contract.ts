import type { z } from 'zod';
import type { MethodDeclaration } from './declare';
import { appApi } from '../app/appApi';
import { territoryApi } from '../territory/territoryApi';
import { actorApi } from '../actors/actorApi';
import { mapApi } from '../map/mapApi';
import { exportApi } from '../interop/exportApi';
import { duplicateApi } from '../duplicates/duplicateApi';
import { importApi } from '../interop/importApi';
import { indicatorApi } from '../diagnostic/indicatorApi';
import { diagnosticApi } from '../diagnostic/diagnosticApi';
import { governanceApi } from '../governance/governanceApi';
import { roadmapApi } from '../roadmap/roadmapApi';
import { documentApi } from '../documents/documentApi';
import { backupApi } from '../backups/backupApi';
import { meetingsApi } from '../meetings/meetingsApi';
import { networkApi } from '../network/networkApi';
import { uploadApi } from '../uploads/uploadApi';
import { activityApi } from '../activity/activityApi';
import { sharingApi } from '../sharing/sharingApi';

type Domain = Record<string, MethodDeclaration>;
type Merged<T extends Domain[]> = (
  T[number] extends infer U ? (U extends unknown ? (x: U) => void : never) : never
) extends (x: infer I) => void
  ? I
  : never;

/** The domains' declarations as one map; a name declared by two domains stops the app at once. */
function contractOf<T extends Domain[]>(...domains: T): Merged<T> {
  const contract: Domain = {};
  for (const domain of domains)
    for (const [name, declaration] of Object.entries(domain)) {
      if (name in contract) throw new Error(`Méthode déclarée deux fois\u00a0: ${name}`);
      contract[name] = declaration;
    }
  return contract as Merged<T>;
}

/**
 * Every method the renderer may call, declared once per domain (`shared/<domain>/<domain>Api.ts`). The router
 * validates each call with its input schema; the build writes the names into the preload's allowlist; the
 * client's types and the engine's handler map derive from it (a method without a handler does not compile).
 */
export const CONTRACT = contractOf(
  appApi,
  territoryApi,
  actorApi,
  mapApi,
  exportApi,
  duplicateApi,
  importApi,
  indicatorApi,
  diagnosticApi,
  governanceApi,
  roadmapApi,
  documentApi,
  backupApi,
  meetingsApi,
  networkApi,
  uploadApi,
  activityApi,
  sharingApi,
);

export type Contract = typeof CONTRACT;
export type ApiMethod = Extract<keyof Contract, string>;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = Exclude<Contract[M]['output'], undefined>;

export const API_METHODS = Object.keys(CONTRACT) as ApiMethod[];

const KNOWN = new Set<string>(API_METHODS);
export const isApiMethod = (name: unknown): name is ApiMethod => typeof name === 'string' && KNOWN.has(name);

/** The zod schema the router validates `method`'s input with. */
export const inputSchemaOf = (method: ApiMethod): z.ZodType => CONTRACT[method].input;

export type { AppInfoDto } from '../app/appDto';
