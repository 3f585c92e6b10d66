/** Placeholder while the feature is being built (replaced by its owner). */
export function DocumentsScreen({ path }: { path: string }) {
  return <section className="screen" data-path={path} />;
}
