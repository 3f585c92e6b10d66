import type { ReactNode } from 'react';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';

const NOT_GIVEN = <p className="not-given">Non renseigné</p>;

/**
 * A label and its value; nothing when the value is empty, unless `missing` says what its absence means (a
 * place without services or coordinates counts so in the diagnostic and on the map).
 */
export function Item({ label, children, missing }: { label: string; children: ReactNode; missing?: string }) {
  if (children === null || children === undefined || children === '') {
    if (!missing) return null;
    return (
      <div className="item">
        <dt>{label}</dt>
        <dd className="not-given">{missing}</dd>
      </div>
    );
  }
  return (
    <div className="item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A list of values, or null when there is none (so that the Item around it disappears). */
export function valueList(values: readonly string[]): ReactNode {
  if (values.length === 0) return null;
  return (
    <ul className="value-list">
      {values.map((value) => (
        <li key={value}>{withTypographicApostrophes(value)}</li>
      ))}
    </ul>
  );
}

/** One titled panel of the record; « Non renseigné » in place of its content when it is empty. */
export function Section({
  title,
  id,
  empty,
  children,
}: {
  title: string;
  id: string;
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <section className="panel actor-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? NOT_GIVEN : children}
    </section>
  );
}
