import { useId, type ReactNode } from 'react';

/** One part of the fiche action, named by its heading. */
export function FichePart({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel fiche-part" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
