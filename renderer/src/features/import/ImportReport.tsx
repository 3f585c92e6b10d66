import type { ImportPreviewDto, ImportRowProblem } from '../../../../shared/interop/importDto';
import { formatInteger } from '../../../../shared/format/french';
import type { FileKind } from '../../../../shared/interop/fileRecords';
import { Notice } from '../../ui/Notice';
import {
  absentPlaceText,
  alreadyThereSentences,
  countLines,
  problemText,
  totalSentence,
  UNMAPPED_SHOWN,
  unmappedText,
  unsaidSentence,
  writtenCount,
} from './importReport';

function ProblemList({
  title,
  problems,
  total,
  kind,
}: {
  title: string;
  problems: ImportRowProblem[];
  total: number;
  kind: FileKind;
}) {
  if (problems.length === 0) return null;
  return (
    <details className="import-problems">
      <summary>
        {title} ({formatInteger(total)})
      </summary>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.line}-${index}`}>{problemText(problem, kind)}</li>
        ))}
      </ul>
      {total > problems.length ? (
        <p className="import-hint">Seules les {formatInteger(problems.length)} premières sont listées.</p>
      ) : null}
    </details>
  );
}

/** What the import will do, row by row counts first, then the rows left out and why. */
export function ImportReport({ preview }: { preview: ImportPreviewDto }) {
  const { counts, fileKind: kind } = preview;
  const Records = kind === 'json' ? 'Fiches' : 'Lignes';
  const unsaid = unsaidSentence(preview.unsaidOnUpdates, kind);
  const writing = writtenCount(counts) > 0;
  const listed =
    preview.rejected.length + preview.outside.length + (writing ? preview.warnings.length : 0) > 0;
  return (
    <section className="panel import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">Rapport avant import</h2>
      <p>
        {totalSentence(counts, kind, listed)}
        {writing ? ' Rien n’est encore enregistré\u00a0: vérifiez, puis confirmez.' : null}
      </p>
      <ul className="import-counts" aria-label={`${Records} du fichier`}>
        {countLines(counts).map((line) => (
          <li
            key={line.key}
            className={`import-count import-count-${line.tone}${line.value === 0 ? ' import-count-none' : ''}`}
          >
            <span className="import-count-value">{formatInteger(line.value)}</span>
            <span className="import-count-label">{line.label}</span>
            {line.detail ? <span className="import-count-detail">{line.detail}</span> : null}
          </li>
        ))}
      </ul>
      {unsaid ? <p className="import-hint">{unsaid}</p> : null}
      {alreadyThereSentences(preview.alreadyThere, kind).map((sentence) => (
        <Notice key={sentence} tone="warning">
          {sentence}
        </Notice>
      ))}
      {preview.absent.total > 0 ? (
        <details className="import-problems">
          <summary>
            Lieux déjà importés de cette source, absents du fichier ({formatInteger(preview.absent.total)})
          </summary>
          <p className="import-hint">
            Ils restent dans l’annuaire, tels qu’ils sont&nbsp;: vérifiez auprès de la source s’ils
            accueillent encore du public.
          </p>
          <ul>
            {preview.absent.places.map((place, index) => (
              <li key={`${place.name}-${index}`}>{absentPlaceText(place)}</li>
            ))}
          </ul>
          {preview.absent.total > preview.absent.places.length ? (
            <p className="import-hint">
              Seuls les {formatInteger(preview.absent.places.length)} premiers sont listés.
            </p>
          ) : null}
        </details>
      ) : null}
      <ProblemList
        title={`${Records} écartées`}
        problems={preview.rejected}
        total={counts.rejected}
        kind={kind}
      />
      <ProblemList
        title={`${Records} hors du territoire`}
        problems={preview.outside}
        total={counts.outside}
        kind={kind}
      />
      {/* Values left out or corrected concern what is written: with nothing to write, they would only repeat
          what the file's first import said. */}
      <ProblemList
        title="Avertissements — valeurs laissées de côté ou corrigées"
        problems={writing ? preview.warnings : []}
        total={preview.warnings.length}
        kind={kind}
      />
      {writing && preview.unmapped.length > 0 ? (
        <details className="import-problems">
          <summary>
            Valeurs du fichier non reprises dans l’annuaire ({formatInteger(preview.unmapped.length)})
          </summary>
          <ul>
            {preview.unmapped.slice(0, UNMAPPED_SHOWN).map((value) => (
              <li key={`${value.field}-${value.value}`}>{unmappedText(value, kind)}</li>
            ))}
          </ul>
          {preview.unmapped.length > UNMAPPED_SHOWN ? (
            <p className="import-hint">
              Les {formatInteger(UNMAPPED_SHOWN)} plus fréquentes sont listées&nbsp;; chacune est aussi
              signalée sur sa ligne dans les avertissements.
            </p>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
