/**
 * The visual check of the Word documents (`npm run docs:preview`): the demo territory in a temporary
 * database, every available document built as a user would, then each converted to PDF by LibreOffice and
 * to PNG pages (60 dpi) by pdftoppm, into `artifacts/documents/`. Look at every page.
 *
 * Then, as a user would go on: an example logo (drawn here, fictitious), the IFN file and the commune contours
 * of the test fixtures imported, commentary written; the annuaire and the diagnostic are built again, complete.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import type { DocumentRequest } from '../../shared/documents/documentDto';
import { seedDemoRoadmap } from '../integration/support/seedRoadmap';

const OUT = resolve('artifacts/documents');

async function ok<M extends ApiMethod>(
  backend: Backend,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.data as ApiOutput<M>;
}

/** A sober, fictitious logo for the check (never a real institution's). */
function exampleLogo(): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120" viewBox="0 0 360 120">
    <rect x="4" y="4" width="112" height="112" rx="18" fill="#1D4E89"/>
    <circle cx="40" cy="44" r="12" fill="#F2B134"/><circle cx="80" cy="44" r="12" fill="#FFFFFF"/>
    <circle cx="60" cy="82" r="12" fill="#7FB3E0"/>
    <text x="132" y="56" font-family="Liberation Sans" font-size="30" font-weight="bold" fill="#1D4E89">Civraisien</text>
    <text x="132" y="90" font-family="Liberation Sans" font-size="22" fill="#5F6B7A">en Poitou</text>
  </svg>`;
  const png = new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
  return Buffer.from(png).toString('base64');
}

const fixture = (path: string) => readFileSync(resolve('test/fixtures', path)).toString('base64');

/** What a user does before presenting the diagnostic: fragility indicators, contours, commentary. */
async function completeTheDiagnostic(backend: Backend): Promise<void> {
  await ok(backend, 'indicators.import', {
    fileName: 'ifn-civraisien.csv',
    contentBase64: fixture('diagnostic/ifn-civraisien.csv'),
    kind: 'ifn',
    dataset: { year: 2023 },
  });
  await ok(backend, 'map.importContours', {
    fileName: 'communes-86-vienne-2018.geojson',
    contentBase64: fixture('geo/communes-86-vienne-2018.geojson'),
  });
  const commentary = {
    synthese:
      "Le territoire compte peu de lieux hors de Civray et de Gençay. Les communes du sud-est cumulent une forte fragilité et l'absence de lieu : elles sont la priorité de la feuille de route.",
    offre:
      "L'offre repose sur le bus numérique et deux France Services ; les bibliothèques sont un relais à former.",
    fragilite: "La fragilité tient surtout à l'âge de la population et à la couverture mobile.",
    ecarts:
      'Proposition : étendre la tournée du bus numérique aux cinq communes les plus fragiles sans lieu.',
  } as const;
  for (const [section, text] of Object.entries(commentary))
    await ok(backend, 'diagnostic.setCommentary', { section: section as keyof typeof commentary, text });
}

function convert(docxPath: string, stem: string): number {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docxPath], {
    stdio: 'ignore',
  });
  const pdf = join(OUT, `${stem}.pdf`);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, stem)]);
  return readdirSync(OUT).filter((name) => name.startsWith(`${stem}-`) && name.endsWith('.png')).length;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'maillage-documents-'));
  const backend = createBackend({ databasePath: join(dir, 'maillage.sqlite') });
  try {
    await ok(backend, 'territory.createDemo', {});
    // The demo has no feuille de route: one is written as a user would, to see its document.
    await seedDemoRoadmap(backend);
    const available = await ok(backend, 'documents.availability', {});
    const requests: { stem: string; request: DocumentRequest }[] = [];
    for (const doc of available) {
      if (!doc.available) {
        console.log(`— ${doc.title} : non disponible (${doc.detail})`);
        continue;
      }
      if (doc.kind === 'annuaire') {
        requests.push({
          stem: 'annuaire-par-commune',
          request: { kind: 'annuaire', options: { groupBy: 'commune' } },
        });
        requests.push({
          stem: 'annuaire-par-typologie',
          request: { kind: 'annuaire', options: { groupBy: 'typologie' } },
        });
      } else {
        requests.push({ stem: doc.kind, request: { kind: doc.kind, options: {} } as DocumentRequest });
      }
    }
    const build = async (stem: string, request: DocumentRequest) => {
      const started = performance.now();
      const file = await ok(backend, 'documents.build', request);
      const ms = Math.round(performance.now() - started);
      const path = join(OUT, `${stem}.docx`);
      writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
      const pages = convert(path, stem);
      console.log(`${file.fileName}\n  → ${path} (${ms} ms, ${pages} pages : ${join(OUT, `${stem}-*.png`)})`);
    };
    for (const { stem, request } of requests) await build(stem, request);
    await ok(backend, 'territory.setLogo', { logo: { mimeType: 'image/png', base64: exampleLogo() } });
    await build('annuaire-avec-logo', { kind: 'annuaire', options: { groupBy: 'commune' } });
    await completeTheDiagnostic(backend);
    await build('diagnostic-complet', { kind: 'diagnostic', options: {} });
    await build('note-complete', { kind: 'noteSynthese', options: {} });
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
