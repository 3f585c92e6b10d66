import { mapImportInput, mapSvgInput } from './schemas';
import type { MapDto, MapImportReportDto } from './dto';
import { takes } from '../api/declare';

/** The map: commune contours imported once, the map drawn as SVG. */
export const mapApi = {
  'map.importContours': takes(mapImportInput).answers<MapImportReportDto>(),
  'map.svg': takes(mapSvgInput).answers<MapDto>(),
};

export type MapMethod = keyof typeof mapApi;
