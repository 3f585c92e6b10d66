/** Placeholder while the feature is being built (replaced by its owner). */
export function IndicatorsScreen() {
  return <section className="screen" />;
}
