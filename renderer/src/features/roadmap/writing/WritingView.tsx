import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import { Notice } from '../../../ui/Notice';
import { PurposeSection } from './PurposeSection';
import { CompositionSection } from './CompositionSection';
import { ObjectivesSection } from './ObjectivesSection';
import { ChantiersSection } from './ChantiersSection';
import { RolesSummarySection } from './RolesSummarySection';
import { CalendarSummarySection } from './CalendarSummarySection';

/** « Rédaction »: the six sections of the method, in their order. */
export function WritingView({ editor, roadmap }: { editor: RoadmapEditor; roadmap: RoadmapDto }) {
  const readOnly = roadmap.state === 'adoptee';
  return (
    <div className="roadmap-writing">
      {readOnly ? (
        <Notice tone="info">
          Cette version est adoptée&nbsp;: elle ne change plus. Pour la faire évoluer, choisissez
          «&nbsp;Amender&nbsp;» en haut de la page&nbsp;; une nouvelle version s’ouvre en brouillon.
        </Notice>
      ) : null}
      <PurposeSection editor={editor} roadmap={roadmap} readOnly={readOnly} />
      <CompositionSection roadmap={roadmap} />
      <ObjectivesSection editor={editor} roadmap={roadmap} readOnly={readOnly} />
      <ChantiersSection editor={editor} roadmap={roadmap} readOnly={readOnly} />
      <RolesSummarySection roadmap={roadmap} />
      <CalendarSummarySection roadmap={roadmap} today={editor.today} />
    </div>
  );
}
