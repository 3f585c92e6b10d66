/** What shows while a document is being written: a bar that moves, and a sentence that says it. */
export function BuildProgress({ label }: { label: string }) {
  return (
    <div className="document-progress" role="status">
      <progress aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
