import { InstanceListView } from './InstanceListView';
import { InstanceView } from './InstanceView';
import { NewInstanceView } from './NewInstanceView';
import { parseGovernancePath } from './governancePath';
import { MeetingsView } from '../meetings/MeetingsView';
import './governance.css';

/** « Instance de coordination »: the bodies, one body's page with its members and the « n'oublier personne » check. */
export function GovernanceScreen({ path }: { path: string }) {
  const view = parseGovernancePath(path);
  if (view.view === 'new') return <NewInstanceView />;
  if (view.view === 'meetings') return <MeetingsView key={view.id} instanceId={view.id} />;
  if (view.view === 'instance') return <InstanceView key={view.id} id={view.id} />;
  return <InstanceListView />;
}
