import type { HandlerGroup } from '../router/handlers';
import { buildMap } from './buildMap';
import { importContours } from './importContours';
import { fileBytesOf } from '../uploads/stagedFiles';

/** The map of the territory (« Carte »): contours imported once, then an SVG drawn from the directory. */
export const mapHandlers: HandlerGroup<'map.importContours' | 'map.svg'> = {
  'map.importContours': (input, ctx) => importContours(ctx, fileBytesOf(ctx, input)),
  'map.svg': (input, ctx) => buildMap(ctx, input),
};
