import type {
  AnnuaireOptionsInput,
  DiagnosticOptionsInput,
  DocumentKind,
  DocumentRequest,
} from '../../../../shared/documents/documentDto';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { BuildProgress } from './BuildProgress';
import { useDocumentBuild } from './useDocumentBuild';
import './documents.css';

const LABELS: Record<DocumentKind, string> = {
  annuaire: 'Annuaire (Word)',
  diagnostic: 'Diagnostic (Word)',
  feuilleDeRoute: 'Feuille de route (Word)',
  noteSynthese: 'Note de synthèse (Word)',
  bilan: 'Bilan de la coordination (Word)',
};

/**
 * A button any screen can place to export its document as Word: it builds the document in the backend,
 * shows progress meanwhile, then hands the file over (save dialog on the desktop, download in a browser).
 */
export type DocumentExportButtonProps = {
  /** Defaults to « Annuaire (Word) », « Diagnostic (Word) »… */
  label?: string;
} & (
  | { kind: 'annuaire'; options?: AnnuaireOptionsInput }
  | { kind: 'diagnostic'; options?: DiagnosticOptionsInput }
  | { kind: Exclude<DocumentKind, 'annuaire' | 'diagnostic'>; options?: Record<string, never> }
);

export function DocumentExportButton(props: DocumentExportButtonProps) {
  const request: DocumentRequest =
    props.kind === 'annuaire'
      ? { kind: 'annuaire', options: props.options ?? {} }
      : props.kind === 'diagnostic'
        ? { kind: 'diagnostic', options: props.options ?? {} }
        : { kind: props.kind, options: {} };
  const label = props.label;
  const { status, build } = useDocumentBuild();
  const busy = status.state === 'building';
  return (
    <div className="document-export">
      <Button onClick={() => void build(request)} disabled={busy} aria-busy={busy}>
        {busy ? 'Préparation du document…' : (label ?? LABELS[props.kind])}
      </Button>
      {busy ? <BuildProgress label="Rédaction du document Word…" /> : null}
      {status.state === 'error' ? <Notice tone="error">{status.message}</Notice> : null}
    </div>
  );
}
