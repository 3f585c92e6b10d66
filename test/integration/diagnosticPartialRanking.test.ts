import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx, tablesOf } from './support/readDocx';

/**
 * A fragility file that scores only some of the territory's communes: the Word diagnostic ranks those, and counts
 * the others as unknown, instead of padding « Les 20 premières communes » with rows « non renseigné » (found by a
 * partial-data hunt).
 */

const t = useActorsBackend();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the fragility × offer ranking with a partial fragility file', () => {
  it('ranks the seven communes the file scores and says that 28 are not ranked', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    const lines = readFileSync(resolve('test/fixtures/diagnostic/ifn-civraisien.csv'), 'utf8').split('\n');
    await t.ok('indicators.import', {
      fileName: 'ifn-sept-communes.csv',
      contentBase64: Buffer.from(lines.slice(0, 8).join('\n')).toString('base64'),
      kind: 'ifn',
      dataset: { year: 2023 },
    });
    const diagnostic = await t.ok('diagnostic.get', {});
    expect(diagnostic.fragility).not.toBeNull();
    expect(diagnostic.ranking.filter((row) => row.score !== null)).toHaveLength(7);

    const docx = readDocx((await t.ok('documents.build', { kind: 'diagnostic', options: {} })).contentBase64);
    const text = plain(docx.paragraphs.join('\n'));
    expect(text).toContain(
      'La fragilité de 28 communes n’est pas connue : elles ne sont pas classées (détail en annexe). Les 7 communes classées :',
    );
    const ranking = tablesOf(docx.document).find((table) => table.rows[0]?.[0] === 'Rang')!;
    expect(ranking.rows.slice(1).map((row) => row[1])).toHaveLength(7);
    expect(ranking.rows.slice(1).map((row) => row[3])).not.toContain('non renseigné');
  });
});
