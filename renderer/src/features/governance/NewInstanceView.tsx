import { hrefOf, navigate } from '../../app/route';
import { InstanceSettingsForm } from './InstanceSettingsForm';
import { governancePathOf } from './governancePath';

/** Creating a body: its name, kind and frequency first; the members come on its page. */
export function NewInstanceView() {
  return (
    <div className="governance-screen">
      <header className="page-header">
        <div>
          <h1>Créer l’instance de coordination</h1>
          <p>Vous ajouterez ses membres ensuite, depuis l’annuaire des acteurs.</p>
        </div>
      </header>
      <div className="panel">
        <InstanceSettingsForm
          initial={null}
          submitLabel="Créer l’instance"
          onSaved={(instance) =>
            navigate({ name: 'governance', path: governancePathOf({ view: 'instance', id: instance.id }) })
          }
          onCancel={() => {
            window.location.hash = hrefOf({ name: 'governance', path: '' });
          }}
        />
      </div>
    </div>
  );
}
