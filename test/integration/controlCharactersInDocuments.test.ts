import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';

/**
 * A database written before fields were cleaned can hold a name with Word's Shift+Enter (U+000B). The diagnostic
 * used to crash the engine on it (a rasterisation rejected while nobody awaited it), on every try. Now the maps
 * are valid XML, the Word document is built, a drawing that still fails ends the document with a French message,
 * and the engine goes on answering.
 */

const t = useActorsBackend();
const VT = '\u000B';

/** Resvg parses SVG as strict XML: it throws on what XML cannot hold. */
const parsesAsXml = (svg: string) => () => new Resvg(svg).render();

async function demoWithControlCharacters(): Promise<void> {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  const sqlite = t.backend.ctx.sqlite;
  sqlite.prepare('UPDATE territory SET display_name = ?').run(`CC du${VT}Civraisien`);
  sqlite.prepare("UPDATE territory_commune SET name = ? WHERE name = 'Civray'").run(`Civ${VT}ray`);
  sqlite.prepare('UPDATE actor SET name = ? WHERE id = (SELECT MIN(id) FROM actor)').run(`Centre${VT}social`);
}

describe('a name holding U+000B in an old database', () => {
  it('gives maps that parse as XML', async () => {
    await demoWithControlCharacters();
    const places = await t.ok('map.svg', {});
    expect(places.svg).toBeTruthy();
    expect(places.svg).not.toContain(VT);
    expect(parsesAsXml(places.svg!)).not.toThrow();
    const choropleth = await t.ok('diagnostic.map', { indicatorId: null });
    if (choropleth.svg) expect(parsesAsXml(choropleth.svg)).not.toThrow();
  });

  it('builds the diagnostic in Word, today’s and frozen, and the engine still answers', async () => {
    await demoWithControlCharacters();
    const file = await t.ok('documents.build', { kind: 'diagnostic', options: {} });
    const parts = readDocx(file.contentBase64);
    expect(parts.document).not.toContain(VT);
    expect(parts.media.length).toBeGreaterThan(1);
    const frozen = await t.ok('diagnostic.freeze', { title: 'Conférence des maires' });
    expect(
      (await t.ok('documents.build', { kind: 'diagnostic', options: { snapshotId: frozen.id } })).byteCount,
    ).toBeGreaterThan(0);
    // The same build again, then another call: nothing was left broken.
    await t.ok('documents.build', { kind: 'diagnostic', options: {} });
    expect((await t.ok('actors.list', {})).total).toBeGreaterThan(10);
  });

  it('ends a document whose map cannot be drawn with a French message, and goes on', async () => {
    await demoWithControlCharacters();
    const frozen = await t.ok('diagnostic.freeze', { title: 'Conférence des maires' });
    // A map frozen by an older version that holds both a control character and broken markup.
    t.backend.ctx.sqlite
      .prepare('UPDATE diagnostic_snapshot SET map_svg = ? WHERE id = ?')
      .run(`<svg xmlns="http://www.w3.org/2000/svg"><text>Civ${VT}ray</g></svg>`, frozen.id);
    const error = await t.failure('documents.build', {
      kind: 'diagnostic',
      options: { snapshotId: frozen.id },
    });
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(
      /^Une image du document \(graphique ou carte\) n’a pas pu être dessinée, le document n’a donc pas été produit\. Réessayez\u00a0; si cela se reproduit, signalez-le avec ce détail\u00a0: /,
    );
    // A map that only holds the control character is drawn.
    t.backend.ctx.sqlite
      .prepare('UPDATE diagnostic_snapshot SET map_svg = ? WHERE id = ?')
      .run(
        `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>Civ${VT}ray</text></svg>`,
        frozen.id,
      );
    await t.ok('documents.build', { kind: 'diagnostic', options: { snapshotId: frozen.id } });
    await t.ok('documents.build', { kind: 'diagnostic', options: {} });
  });
});
