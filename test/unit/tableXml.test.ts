import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { dataTable, type TableColumn } from '../../electron/backend/documents/tables';
import { dataTableXml } from '../../electron/backend/documents/tableXml';
import { packStreamed, streamedBody } from '../../electron/backend/documents/streamedBody';
import { readZip } from '../integration/support/readDocx';

/**
 * A data table written as XML text (`tableXml.ts`, for the annuaire's streamed body) is the very table docx
 * writes from `dataTable`: same `word/document.xml`, byte for byte, with zebra rows, a total, missing and
 * empty cells, several lines in a cell, characters to escape and the three alignments.
 */

const columns: TableColumn[] = [
  { title: 'Commune', share: 4 },
  { title: 'Habitants', share: 1.6, align: 'right' },
  { title: 'Acteurs « installés » & <autres>', share: 1.6, align: 'center' },
];

function rows(count: number): (string | null)[][] {
  return Array.from({ length: count }, (_, i) => [
    i % 5 === 0 ? `Saint-Martin-l'Ars : ${i}` : `Commune ${i}\nsecond line`,
    i % 3 === 0 ? null : `${i}\u00a0000`,
    i % 4 === 0 ? '' : `« ${i} » <b> & "c"`,
  ]);
}

const documentOf = (children: (Paragraph | ReturnType<typeof dataTable>)[]) =>
  new Document({ sections: [{ children }] });
const before = () => new Paragraph({ children: [new TextRun('Avant le tableau')] });
const after = () => new Paragraph({ children: [new TextRun('Après le tableau')] });

async function bothWays(options: { rows: (string | null)[][]; zebra?: boolean; totalRow?: boolean }) {
  const whole = readZip(
    await Packer.toBuffer(documentOf([before(), dataTable({ columns, ...options }), after()])),
  );
  const body = streamedBody(() => dataTableXml({ columns, ...options }));
  const streamed = readZip(await packStreamed(documentOf([before(), body.marker, after()]), body));
  return {
    docx: whole.get('word/document.xml')!.toString('utf8'),
    xml: streamed.get('word/document.xml')!.toString('utf8'),
  };
}

describe('a data table written as XML text', () => {
  it('is the table docx writes, with zebra rows and a total', async () => {
    const { docx, xml } = await bothWays({
      rows: [...rows(40), ['Total', '', '1\u00a0234']],
      zebra: true,
      totalRow: true,
    });
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('non renseigné');
    expect(xml).toContain('<w:br/>');
    expect(xml).toBe(docx);
  });

  it('is the table docx writes, plain, and with no row at all', async () => {
    const plain = await bothWays({ rows: rows(7) });
    expect(plain.xml).toBe(plain.docx);
    const empty = await bothWays({ rows: [], zebra: true, totalRow: true });
    expect(empty.xml).toBe(empty.docx);
  });

  it('keeps the header and the first row with the second, so that they never end a page alone', async () => {
    const { docx, xml } = await bothWays({ rows: rows(7) });
    expect(xml).toBe(docx);
    const rowsXml = docx.split('<w:tr>').slice(1);
    expect(rowsXml.map((row) => row.includes('<w:keepNext/>'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const single = (await bothWays({ rows: rows(1) })).docx.split('<w:tr>').slice(1);
    expect(single.map((row) => row.includes('<w:keepNext/>'))).toEqual([true, false]);
  });
});
