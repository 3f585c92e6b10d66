import type { RoadmapSignatureDto } from '../../../../../shared/roadmap/roadmapDto';
import { SIGNATURE_STATUSES } from '../../../../../shared/roadmap/roadmapVocabulary';
import { formatDate } from '../../../../../shared/format/french';

/** The signature table of an adopted version, read-only. */
export function SignatureTable({ signatures }: { signatures: RoadmapSignatureDto[] }) {
  return (
    <table className="table signature-table">
      <thead>
        <tr>
          <th scope="col">Organisation</th>
          <th scope="col">Signataire</th>
          <th scope="col">Fonction</th>
          <th scope="col">Date</th>
          <th scope="col">Statut</th>
        </tr>
      </thead>
      <tbody>
        {signatures.map((signature) => (
          <tr key={signature.memberId}>
            <td>{signature.organisation}</td>
            <td>{signature.signatory ?? '—'}</td>
            <td>{signature.function ?? '—'}</td>
            <td>{signature.signedOn ? formatDate(signature.signedOn) : '—'}</td>
            <td>
              <span className={`badge signature-status-${signature.status}`}>
                {SIGNATURE_STATUSES[signature.status]}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
