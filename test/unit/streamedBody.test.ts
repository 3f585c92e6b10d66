import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  paragraphXml,
  type ParagraphXmlOptions,
  type RunXml,
} from '../../electron/backend/documents/paragraphXml';
import { packStreamed, streamedBody } from '../../electron/backend/documents/streamedBody';
import { readZip } from '../integration/support/readDocx';

/**
 * A long body written as XML text and streamed into the zip (the annuaire's way) gives the very file docx
 * writes from its own objects: the same `word/document.xml`, byte for byte, here over several deflated batches
 * (more than a megabyte of text: two batches), and every other part unchanged.
 */

const LINES = 4_500;

/** The same paragraph, as docx options and as `paragraphXml` options, in four shapes. */
function shape(i: number): { docx: Paragraph; xml: string } {
  const text = `Ligne ${i} : « Clic & Lien » <${i}> "l'accueil"\u0001`;
  const runs: (RunXml | string)[] = [
    { text, color: '5F6B7A' },
    i % 3 === 0
      ? { text: 'non renseigné', italics: true, color: '8A94A3' }
      : i % 2 === 0
        ? { text: ' fin', bold: true }
        : ' fin',
  ];
  const options: ParagraphXmlOptions[] = [
    { style: 'Corps', keepNext: true, spacing: { after: 40 } },
    { style: 'Corps', keepNext: true, spacing: { before: 80, after: 40 }, indent: { left: 284 } },
    { style: 'Corps', spacing: { after: 20 }, indent: { left: 568, hanging: 200 } },
    { style: 'Source', spacing: { before: 60, after: 160 }, alignment: 'left' },
  ];
  const chosen = options[i % 4]!;
  return {
    docx: new Paragraph({
      style: chosen.style,
      keepNext: chosen.keepNext,
      spacing: chosen.spacing,
      indent: chosen.indent,
      alignment: chosen.alignment ? AlignmentType.LEFT : undefined,
      children: runs.map((run) =>
        typeof run === 'string'
          ? new TextRun(run)
          : new TextRun({ text: run.text, bold: run.bold, italics: run.italics, color: run.color }),
      ),
    }),
    xml: paragraphXml(chosen, runs),
  };
}

const documentOf = (children: Paragraph[]) => new Document({ sections: [{ children }] });
const before = () => new Paragraph({ children: [new TextRun('Avant le corps')] });
const after = () => new Paragraph({ children: [new TextRun('Après le corps')] });

describe('a body streamed into the Word file', () => {
  it('gives the document docx writes from the same paragraphs, over several batches', async () => {
    const shapes = Array.from({ length: LINES }, (_, i) => shape(i));
    const whole = readZip(
      await Packer.toBuffer(documentOf([before(), ...shapes.map((s) => s.docx), after()])),
    );
    const body = streamedBody(() => shapes.map((s) => s.xml));
    const streamed = readZip(await packStreamed(documentOf([before(), body.marker, after()]), body));

    const text = streamed.get('word/document.xml')!.toString('utf8');
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(text).toBe(whole.get('word/document.xml')!.toString('utf8'));
    expect(text).not.toContain(body.markerText);
    for (const [name, bytes] of whole)
      if (name !== 'docProps/core.xml') expect(streamed.get(name), name).toEqual(bytes);
  }, 60_000);

  it('keeps pieces longer than a batch and characters of several bytes whole', async () => {
    // 400,000 « ’ » (3 bytes each in UTF-8) make one paragraph of 1.2 MB: longer than a batch on its own.
    const long = `Début ${'’'.repeat(400_000)} « fin »`;
    const runs = (i: number) => [`Ligne ${i} — ${'é’'.repeat(i % 7)}`];
    const shortOnes = Array.from({ length: 30_000 }, (_, i) => i);
    const paragraph = (text: string) => new Paragraph({ style: 'Corps', children: [new TextRun(text)] });
    const whole = readZip(
      await Packer.toBuffer(
        documentOf([
          before(),
          ...shortOnes.map((i) => paragraph(runs(i)[0]!)),
          paragraph(long),
          ...shortOnes.map((i) => paragraph(runs(i)[0]!)),
          after(),
        ]),
      ),
    );
    const xml = (text: string) => paragraphXml({ style: 'Corps' }, [text]);
    const body = streamedBody(() => [
      ...shortOnes.map((i) => xml(runs(i)[0]!)),
      xml(long),
      ...shortOnes.map((i) => xml(runs(i)[0]!)),
    ]);
    const streamed = readZip(await packStreamed(documentOf([before(), body.marker, after()]), body));
    const text = streamed.get('word/document.xml')!;
    expect(text.length).toBeGreaterThan(3 << 20);
    expect(text.toString('utf8')).toBe(whole.get('word/document.xml')!.toString('utf8'));
  }, 60_000);
});
