import { useId, type ReactNode } from 'react';

/** One numbered section of the roadmap, as the method orders them. */
export function SectionPanel({
  number,
  title,
  intro,
  children,
}: {
  number: number;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="panel roadmap-section" aria-labelledby={id}>
      <h2 id={id}>
        <span className="roadmap-section-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {intro ? <p className="roadmap-section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
