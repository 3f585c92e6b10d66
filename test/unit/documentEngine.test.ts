import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../electron/backend/documents/fileName';
import { columnWidths } from '../../electron/backend/documents/tables';
import { CONTENT_WIDTH } from '../../electron/backend/documents/documentStyles';
import { fitInto, imageSize } from '../../electron/backend/documents/imageSize';
import { logoFromDataUrl } from '../../electron/backend/documents/logo';

/** A 1×1 PNG and the same 3×2, as a logo would come. */
const PNG_1x1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

describe('the document engine', () => {
  it('names files by what they are and the territory, without the characters Windows refuses', () => {
    expect(
      documentFileName('Annuaire des acteurs au 1er\u00a0décembre 2026', 'CC du Civraisien en Poitou'),
    ).toBe('Annuaire des acteurs au 1er décembre 2026 – CC du Civraisien en Poitou.docx');
    expect(
      documentFileName('Diagnostic figé le 2 mars 2026 (Séance : bilan/2026?)', 'CA « Grand/Sud » : 2026?'),
    ).toBe('Diagnostic figé le 2 mars 2026 (Séance bilan 2026) – CA « Grand Sud » 2026.docx');
  });

  it('gives table columns widths that add up exactly to the A4 text width', () => {
    const widths = columnWidths([
      { title: 'Commune', share: 3.6 },
      { title: 'Habitants', share: 1.4 },
      { title: 'Lieux', share: 1 },
    ]);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(CONTENT_WIDTH);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
  });

  it('reads a logo’s size from its bytes and keeps its proportions in the box', () => {
    const logo = logoFromDataUrl(`data:image/png;base64,${PNG_1x1}`);
    expect(logo?.size).toEqual({ width: 1, height: 1 });
    expect(fitInto({ width: 300, height: 100 }, { width: 151, height: 42 })).toEqual({
      width: 126,
      height: 42,
    });
    expect(logoFromDataUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(logoFromDataUrl(null)).toBeNull();
    // A JPEG's size is in its « start of frame » segment.
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x20, 0x00, 0x40,
      0x01, 0x01, 0x11, 0x00,
    ]);
    expect(imageSize(jpeg, 'jpg')).toEqual({ width: 64, height: 32 });
  });
});
