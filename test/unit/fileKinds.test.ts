import { describe, expect, it } from 'vitest';
import { CONTOURS_MAX_BYTES, CONTOURS_TOO_LARGE_MESSAGE } from '../../shared/map/schemas';
import { FILE_KINDS, isFileKind, refusalOfFile } from '../../shared/uploads/fileKinds';
import { UPLOAD_MAX_BYTES } from '../../shared/uploads/uploadLimits';

describe('what each screen takes from the computer', () => {
  it('takes the extensions its dialog offers, whatever their case, and says in French why not otherwise', () => {
    expect(refusalOfFile('import', 'LIEUX.CSV', 10)).toBeNull();
    expect(refusalOfFile('import', 'hub-du-sud.json', 10)).toBeNull();
    expect(refusalOfFile('activite', 'Activités 2026.xlsx', 10)).toBeNull();
    expect(refusalOfFile('indicateurs', 'ifn-86.csv', 10)).toBeNull();
    expect(refusalOfFile('contours', 'communes-86.geojson', 10)).toBeNull();
    expect(refusalOfFile('activite', 'export.json', 10)).toBe(
      '«\u00a0export.json\u00a0» n’est ni un classeur Excel (.xlsx) ni un fichier CSV\u00a0: enregistrez l’export dans l’un de ces formats.',
    );
    expect(refusalOfFile('indicateurs', 'ifn.xlsx', 10)).toMatch(/n’est pas un fichier CSV/);
    expect(refusalOfFile('contours', 'communes.shp', 10)).toMatch(/n’est pas un fichier GeoJSON/);
    expect(refusalOfFile('import', 'sans extension', 10)).toMatch(/ni un fichier CSV ni un fichier JSON/);
    expect(refusalOfFile('import', 'lieux.csv', 0)).toBe('Le fichier «\u00a0lieux.csv\u00a0» est vide.');
    for (const kind of Object.keys(FILE_KINDS))
      expect(FILE_KINDS[kind as keyof typeof FILE_KINDS].extensions.every((e) => e === e.toLowerCase())).toBe(
        true,
      );
  });

  it('holds the contours to their own, smaller limit', () => {
    const over = CONTOURS_MAX_BYTES + 1;
    expect(refusalOfFile('contours', 'france.geojson', over)).toBe(CONTOURS_TOO_LARGE_MESSAGE);
    expect(refusalOfFile('import', 'lieux.csv', over)).toBeNull();
    expect(refusalOfFile('import', 'lieux.csv', UPLOAD_MAX_BYTES + 1)).toMatch(/dépasse 64\u00a0Mo/);
  });

  it('knows only its own kinds (what the window may ask the desktop’s dialog for)', () => {
    expect(['import', 'activite', 'indicateurs', 'contours'].every(isFileKind)).toBe(true);
    for (const other of ['toString', '__proto__', '../import', '/etc/passwd', '', null, 3]) {
      expect(isFileKind(other)).toBe(false);
    }
  });
});
