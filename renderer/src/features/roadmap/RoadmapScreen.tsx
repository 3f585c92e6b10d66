import { useEffect, useRef } from 'react';
import { hrefOf } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { RoadmapHeader } from './RoadmapHeader';
import { RoadmapTabs, tabOf, type RoadmapTab } from './RoadmapTabs';
import { useRoadmapEditor, type RoadmapEditor } from './editor/useRoadmapEditor';
import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { WritingView } from './writing/WritingView';
import { ActionEditor } from './action/ActionEditor';
import { MatrixView } from './matrix/MatrixView';
import { CalendarView } from './calendar/CalendarView';
import { SignaturesView } from './versions/SignaturesView';
import { VersionsView } from './versions/VersionsView';
import { InstanceChoice } from './InstanceChoice';
import './roadmap.css';

/** Tabs whose content comes from the editor's state (the others load their own data). */
const EDITOR_TABS: readonly RoadmapTab[] = ['redaction', 'action', 'matrice', 'calendrier'];

/**
 * The feuille de route: written in « Rédaction » (six sections and the fiches action), seen as « Qui fait quoi »
 * and « Calendrier », then signed, adopted and versioned. Everything typed is saved as it goes.
 */
export function RoadmapScreen({ path }: { path: string }) {
  const editor = useRoadmapEditor();
  const tab = tabOf(path);
  const { roadmap, load, reload, canUndo, undo, announce } = editor;

  // Signatures and versions change the roadmap (adoption, amendment): read it again when coming back. What was
  // announced (« Annulé : raison d’être ») belongs to the tab it happened in.
  const previousTab = useRef(tab);
  useEffect(() => {
    const before = previousTab.current;
    previousTab.current = tab;
    if (before !== tab) announce('');
    if (!EDITOR_TABS.includes(before) && EDITOR_TABS.includes(tab)) void reload();
  }, [tab, reload, announce]);

  // Ctrl+Z outside a text box undoes the last change of the roadmap (inside one, the box's own undo works).
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // Inside the roadmap, or on what holds it (the page, the main region that takes the focus on a click).
      const section = sectionRef.current;
      if (!section || !target || !(section.contains(target) || target.contains(section))) return;
      if (!canUndo) return;
      event.preventDefault();
      void undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canUndo, undo]);

  if (load.state === 'loading' || (load.state === 'ready' && !roadmap))
    return <p className="screen-loading">Chargement de la feuille de route…</p>;
  if (load.state === 'error' || !roadmap)
    return (
      <Notice tone="error">{load.state === 'error' ? load.message : 'Feuille de route introuvable.'}</Notice>
    );

  if (!roadmap.instance) {
    return (
      <section className="screen roadmap" ref={sectionRef}>
        <header className="page-header">
          <div>
            <h1>Feuille de route</h1>
            <p>Les engagements réciproques des membres de l’instance de coordination.</p>
          </div>
        </header>
        <InstanceChoice editor={editor} />
      </section>
    );
  }

  return (
    <section className="screen roadmap" ref={sectionRef}>
      <RoadmapHeader editor={editor} roadmap={roadmap} />
      <RoadmapTabs tab={tab} />
      <div className="visually-hidden" aria-live="polite" role="status">
        {editor.announcement}
      </div>
      <div className="roadmap-body">
        {tab === 'redaction' ? <WritingView editor={editor} roadmap={roadmap} /> : null}
        {tab === 'action' ? <ActionRoute path={path} editor={editor} roadmap={roadmap} /> : null}
        {tab === 'matrice' ? <MatrixView editor={editor} roadmap={roadmap} /> : null}
        {tab === 'calendrier' ? <CalendarView roadmap={roadmap} today={editor.today} /> : null}
        {tab === 'signatures' ? <SignaturesView onRoadmapChanged={() => void reload()} /> : null}
        {tab === 'versions' ? <VersionsView path={path} onRoadmapChanged={() => void reload()} /> : null}
      </div>
    </section>
  );
}

function ActionRoute({
  path,
  editor,
  roadmap,
}: {
  path: string;
  editor: RoadmapEditor;
  roadmap: RoadmapDto;
}) {
  const id = Number(/^actions\/(\d+)$/.exec(path)?.[1]);
  const action = roadmap.chantiers.flatMap((c) => c.actions).find((a) => a.id === id);
  if (!action) {
    return (
      <EmptyState
        title="Cette fiche action n’existe plus"
        action={<a href={hrefOf({ name: 'roadmap', path: '' })}>Revenir à la rédaction</a>}
      >
        Elle a peut-être été supprimée, ou le chantier qui la portait.
      </EmptyState>
    );
  }
  return <ActionEditor key={action.id} editor={editor} roadmap={roadmap} action={action} />;
}
