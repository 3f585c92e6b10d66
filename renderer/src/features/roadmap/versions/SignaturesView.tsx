import type { RoadmapDto, RoadmapSignatureDto } from '../../../../../shared/roadmap/roadmapDto';
import { signsForMembers, signsForSentence } from '../../../../../shared/roadmap/signsFor';
import type { SignatureInput } from '../../../../../shared/roadmap/roadmapSchemas';
import { countLabel, formatDate, quoted } from '../../../../../shared/format/french';
import { roadmapWarnings } from '../../../../../shared/roadmap/roadmapWarnings';
import { call } from '../../../api/client';
import { hrefOf } from '../../../app/route';
import { EmptyState } from '../../../ui/EmptyState';
import { Notice } from '../../../ui/Notice';
import { useToast } from '../../../ui/Toast';
import { AdoptionPanel } from './AdoptionPanel';
import { SignatureRow } from './SignatureRow';
import { SignatureTable } from './SignatureTable';
import { useAppToday } from './useAppToday';
import { useLoaded } from '../../../api/useLoaded';
import './versions.css';

/**
 * The signature table (one row per member of the body, prefilled from it, editable) and the adoption of the
 * roadmap. Once adopted, the signatures of that version are shown read-only. `onRoadmapChanged` tells the
 * screen that an adoption changed the roadmap.
 */
export function SignaturesView({ onRoadmapChanged }: { onRoadmapChanged?: () => void } = {}) {
  const { loaded, replace } = useLoaded(() => call('roadmap.get', {}), 'feuille-de-route');
  const today = useAppToday();
  const toast = useToast();

  if (loaded.state === 'loading') return <p className="screen-loading">Chargement des signatures…</p>;
  if (loaded.state === 'error') return <Notice tone="error">{loaded.message}</Notice>;
  const roadmap = loaded.data;
  const signed = roadmap.signatures.filter((signature) => signature.status === 'signe').length;
  const total = roadmap.signatures.length;

  if (roadmap.state === 'adoptee' && roadmap.adoption) {
    return (
      <div className="roadmap-signatures">
        <Notice tone="success">
          Version {roadmap.adoption.version} adoptée le {formatDate(roadmap.adoption.adoptedOn)} à{' '}
          {roadmap.adoption.place} · {countLabel(signed, 'signature')} sur {total}. Pour la faire évoluer,
          cliquez sur {quoted('Amender')}&nbsp;: les signatures repartiront de {quoted('À signer')}.
        </Notice>
        <SignatureTable signatures={roadmap.signatures} />
      </div>
    );
  }

  if (total === 0) {
    return (
      <EmptyState
        title="L’instance n’a pas encore de membre"
        action={<a href={hrefOf({ name: 'governance', path: '' })}>Composer l’instance</a>}
      >
        Chaque membre de l’instance signe la feuille de route&nbsp;: ajoutez-les, et le tableau des signatures
        se remplira de lui-même.
      </EmptyState>
    );
  }

  const warnings = roadmapWarnings(roadmap).length;
  const memberOf = (id: number) => roadmap.members.find((member) => member.id === id);
  const signsFor = (signature: RoadmapSignatureDto) => signsForMembers(signature, roadmap.members);
  const saveSignature = async (values: SignatureInput) => {
    const result = await call('roadmap.saveSignature', values);
    if (!result.ok) return result.error;
    replace(result.data);
    return null;
  };
  const adopt = async (adoption: { date: string; place: string }) => {
    const result = await call('roadmap.adopt', adoption);
    if (!result.ok) return result.error;
    replace(result.data as RoadmapDto);
    toast({ tone: 'success', message: `Version ${roadmap.version} adoptée\u00a0: elle est figée.` });
    onRoadmapChanged?.();
    return null;
  };

  return (
    <div className="roadmap-signatures">
      <p className="signatures-summary">
        {countLabel(signed, 'signature')} sur {total}&nbsp;: chaque membre de l’instance signe,
        l’intercommunalité une seule fois pour ses élus et les services qu’elle porte. Les lignes sont
        préremplies depuis l’instance
        {roadmap.instance ? ` ${quoted(roadmap.instance.name)}` : ''}&nbsp;; choisissez le signataire parmi
        ses représentants ou saisissez-le, avec sa fonction en toutes lettres. Ce que vous modifiez ici est
        gardé.
      </p>
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
          {roadmap.signatures.map((signature) => (
            <SignatureRow
              key={`${signature.memberId}-${roadmap.version}`}
              signature={signature}
              memberName={memberOf(signature.memberId)?.name ?? signature.organisation}
              memberDetail={
                signsFor(signature).some((member) => member.id === signature.memberId)
                  ? null
                  : (memberOf(signature.memberId)?.detail ?? null)
              }
              signsFor={signsForSentence(signsFor(signature).map((member) => member.name))}
              today={today}
              onSave={saveSignature}
            />
          ))}
        </tbody>
      </table>
      {warnings > 0 ? (
        <Notice tone="warning">
          La feuille de route compte {countLabel(warnings, 'avertissement')} (voir la{' '}
          <a href={hrefOf({ name: 'roadmap', path: '' })}>rédaction</a>)&nbsp;: vous pouvez l’adopter quand
          même.
        </Notice>
      ) : null}
      {signed < total ? (
        <Notice tone="info">
          {countLabel(total - signed, 'membre n’a', 'membres n’ont')} pas encore signé&nbsp;: l’adoption garde
          les signatures telles qu’elles sont ce jour-là.
        </Notice>
      ) : null}
      {today ? <AdoptionPanel roadmap={roadmap} today={today} onAdopt={adopt} /> : null}
    </div>
  );
}
