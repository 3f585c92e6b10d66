import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel, formatDate } from '../../../../../shared/format/french';
import { roadmapFunding } from '../../../../../shared/roadmap/fundingTotals';
import { budgetWords, fundingWords } from '../../../../../shared/roadmap/budgetWords';
import { MEMBER_KINDS } from '../../../../../shared/roadmap/roadmapVocabulary';
import { SignatureTable } from './SignatureTable';
import { VersionAction } from './VersionAction';
import { versionLookups } from './versionLookups';
import { VersionObjectives } from './VersionObjectives';

/** An adopted version as it was frozen, section by section, read-only. */
export function VersionReadOnly({ roadmap }: { roadmap: RoadmapDto }) {
  const lookups = versionLookups(roadmap);
  const funding = roadmapFunding(roadmap).overall;

  return (
    <article
      className="version-read-only"
      aria-label={`Version ${roadmap.adoption?.version ?? roadmap.version}`}
    >
      <header className="version-heading">
        <h2>{roadmap.title}</h2>
        {roadmap.adoption ? (
          <p>
            Version {roadmap.adoption.version}, adoptée le {formatDate(roadmap.adoption.adoptedOn)} · Fait à{' '}
            {roadmap.adoption.place} · {roadmap.instance?.name ?? 'instance non précisée'} · lecture seule
          </p>
        ) : null}
      </header>

      <section>
        <h3>Raison d’être</h3>
        <p className="version-text">{roadmap.purpose ?? 'Non rédigée.'}</p>
        {roadmap.context ? (
          <>
            <h3>Contexte</h3>
            <p className="version-text">{roadmap.context}</p>
          </>
        ) : null}
        {roadmap.commitments ? (
          <>
            <h3>Engagements réciproques</h3>
            <p className="version-text">{roadmap.commitments}</p>
          </>
        ) : null}
      </section>

      <section>
        <h3>Composition ({countLabel(roadmap.members.length, 'membre')})</h3>
        <ul className="version-members">
          {roadmap.members.map((member) => (
            <li key={member.id}>
              <strong>{member.name}</strong> · {MEMBER_KINDS[member.kind]}
              {member.detail ? ` · ${member.detail}` : ''}
              {member.representatives.length > 0
                ? ` · représenté par ${member.representatives.map((person) => person.name).join(', ')}`
                : ''}
            </li>
          ))}
        </ul>
      </section>

      <VersionObjectives objectives={roadmap.objectives} />

      <section>
        <h3>Chantiers clés et actions</h3>
        {funding.actionCount > 0 ? (
          <p>
            Budget des actions&nbsp;: {budgetWords(funding)} · {fundingWords(funding)}
          </p>
        ) : null}
        {roadmap.chantiers.length === 0 ? <p>Aucun chantier.</p> : null}
        {roadmap.chantiers.map((chantier, index) => (
          <div key={chantier.id} className="version-chantier">
            <h4>
              Chantier {index + 1} · {chantier.title}
            </h4>
            {chantier.description ? <p className="version-text">{chantier.description}</p> : null}
            {chantier.actions.length === 0 ? <p>Aucune action.</p> : null}
            {chantier.actions.map((action) => (
              <VersionAction key={action.id} action={action} lookups={lookups} />
            ))}
          </div>
        ))}
      </section>

      <section>
        <h3>Signatures</h3>
        {roadmap.adoption ? (
          <p>
            Fait à {roadmap.adoption.place}, le {formatDate(roadmap.adoption.adoptedOn)}.
          </p>
        ) : null}
        <SignatureTable signatures={roadmap.signatures} />
      </section>
    </article>
  );
}
