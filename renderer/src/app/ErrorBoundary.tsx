import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../ui/Button';
import { reportError } from './reportErrors';

interface State {
  failed: boolean;
  logPath: string | null;
}

/**
 * A screen that breaks shows a French message instead of a blank window: what happened, that saved data is
 * safe, where the log is, and a way back.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false, logPath: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const withComponents = Object.assign(new Error(error.message), {
      name: error.name,
      stack: `${error.stack ?? ''}\nComposants\u00a0:${info.componentStack ?? ''}`,
    });
    void reportError('écran', withComponents).then((logPath) => this.setState({ logPath }));
  }

  private backHome = () => {
    window.location.hash = '#/';
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="app-error" role="alert">
        <h1>Cet écran a rencontré une erreur</h1>
        <p>
          Maillage n’a pas pu afficher cet écran. Ce qui était déjà enregistré est intact&nbsp;; seule la
          saisie en cours sur cet écran a pu être perdue.
        </p>
        {this.state.logPath && (
          <p>
            Le détail de l’erreur est noté dans le journal de Maillage&nbsp;:{' '}
            <code className="app-error-path">{this.state.logPath}</code>. Joignez ce fichier si vous signalez
            le problème.
          </p>
        )}
        <div className="app-error-actions">
          <Button variant="primary" onClick={this.backHome}>
            Revenir à l’accueil
          </Button>
          <Button onClick={() => window.location.reload()}>Recharger Maillage</Button>
        </div>
      </main>
    );
  }
}
