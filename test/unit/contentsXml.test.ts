import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { contentsXml } from '../../electron/backend/documents/contentsXml';
import { Outline } from '../../electron/backend/documents/outline';
import { packStreamed, streamedBody } from '../../electron/backend/documents/streamedBody';
import { readZip } from '../integration/support/readDocx';

/**
 * The contents written as XML text (`contentsXml.ts`, for the annuaire) are the lines docx writes from
 * `Outline.contents`, byte for byte, at every depth; and a document may stream two parts, its contents and
 * its body, each in its marker's place.
 */

function outline(): Outline {
  const result = new Outline();
  for (let chapter = 1; chapter <= 30; chapter++) {
    result.heading(1, `Partie ${chapter} : « l'accueil » & <les> "autres"`);
    for (let section = 1; section <= 4; section++) {
      result.heading(2, `Section ${chapter}.${section} — Saint-Martin`);
      result.reserve(3, `Fiche ${chapter}.${section}`);
    }
  }
  return result;
}

const documentOf = (children: Paragraph[]) => new Document({ sections: [{ children }] });
const text = (value: string) => new Paragraph({ children: [new TextRun(value)] });

describe('contents written as XML text', () => {
  for (const depth of [1, 2, 3] as const) {
    it(`are the lines docx writes, down to level ${depth}, streamed with a body after them`, async () => {
      const whole = readZip(
        await Packer.toBuffer(
          documentOf([
            text('Sommaire'),
            ...outline().contents(depth),
            text('Milieu'),
            text('Corps'),
            text('Fin'),
          ]),
        ),
      );
      const contents = streamedBody(() => contentsXml(outline(), depth));
      const body = streamedBody(() => ['<w:p><w:r><w:t xml:space="preserve">Corps</w:t></w:r></w:p>']);
      const streamed = readZip(
        await packStreamed(
          documentOf([text('Sommaire'), contents.marker, text('Milieu'), body.marker, text('Fin')]),
          // Given in the other order: each goes to its own marker.
          body,
          contents,
        ),
      );
      const xml = streamed.get('word/document.xml')!.toString('utf8');
      expect(xml.match(/PAGEREF/g)?.length).toBe(outline().listed(depth).length);
      expect(xml).toBe(whole.get('word/document.xml')!.toString('utf8'));
    });
  }
});
