import type { DiagnosticIndicatorDto } from '../../../../shared/diagnostic/diagnosticDto';
import { sourceText } from '../../../../shared/diagnostic/diagnosticFigures';

/**
 * The indicators of a picker, grouped under their source (« La MedNum — fragilite-numerique.fr (2023) »):
 * each option is the indicator's name alone, which a 1366-pixel screen shows whole once chosen, where
 * « name — source » was cut. Sources keep the order in which their first indicator comes.
 */
export function IndicatorOptions({ indicators }: { indicators: readonly DiagnosticIndicatorDto[] }) {
  const groups = new Map<string, DiagnosticIndicatorDto[]>();
  for (const indicator of indicators) {
    const source = sourceText(indicator.source);
    groups.set(source, [...(groups.get(source) ?? []), indicator]);
  }
  return (
    <>
      {[...groups].map(([source, members]) => (
        <optgroup key={source} label={source}>
          {members.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {indicator.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
