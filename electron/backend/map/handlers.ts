import type { HandlerGroup } from '../router/handlers';
import { buildMap } from './buildMap';
import { importContours } from './importContours';

/** The map of the territory (« Carte »): contours imported once, then an SVG drawn from the directory. */
export const mapHandlers: HandlerGroup<'map.importContours' | 'map.svg'> = {
  'map.importContours': ({ contentBase64 }, ctx) => importContours(ctx, contentBase64),
  'map.svg': (input, ctx) => buildMap(ctx, input),
};
