import type { DocumentChoiceDto, DocumentKind } from '../../../../shared/documents/documentDto';

const LEGENDS: Partial<Record<DocumentKind, string>> = {
  diagnostic: 'Quel diagnostic',
  feuilleDeRoute: 'Quelle version',
  bilan: 'Quelle année',
};

/**
 * Which version of a document to export (today's diagnostic or a frozen one, the projet or an adopted
 * version of the feuille de route), and the name of the file it gives.
 */
export function DocumentChoicePicker({
  kind,
  choices,
  selected,
  onSelect,
}: {
  kind: DocumentKind;
  choices: DocumentChoiceDto[];
  selected: DocumentChoiceDto;
  onSelect: (key: string) => void;
}) {
  const id = `document-choix-${kind}`;
  return (
    <div className="document-choice">
      <label htmlFor={id}>{LEGENDS[kind] ?? 'Version'}</label>
      <select id={id} value={selected.key} onChange={(event) => onSelect(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice.label}
          </option>
        ))}
      </select>
      <p className="document-file-name">
        Fichier&nbsp;: <span>{selected.fileName}</span>
      </p>
    </div>
  );
}
