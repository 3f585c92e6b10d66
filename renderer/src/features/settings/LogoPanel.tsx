import { useRef, useState, type ChangeEvent } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { readLogoFile } from './logoFile';

/** « Logo »: its preview, the way to choose an image and to take it away. */
export function LogoPanel() {
  const { territory, setTerritory } = useTerritory();
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (logo: ApiInput<'territory.setLogo'>['logo']) => {
    setBusy(true);
    const result = await call('territory.setLogo', { logo });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.fields?.logo ?? result.error.message);
      return;
    }
    setTerritory(result.data);
    toast({ message: logo ? 'Le logo est enregistré.' : 'Le logo est retiré.', tone: 'success' });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    const reading = await readLogoFile(file);
    if (!reading.ok) {
      setProblem(reading.message);
      return;
    }
    await save(reading.logo);
  };

  return (
    <section className="panel" aria-labelledby="settings-logo">
      <h2 id="settings-logo">Logo</h2>
      <div className="settings-logo">
        <div className="settings-logo-preview">
          {territory.logoDataUrl ? (
            <img src={territory.logoDataUrl} alt={`Logo de ${territory.displayName}`} />
          ) : (
            <span>Aucun logo</span>
          )}
        </div>
        <div>
          <p className="settings-hint">
            Le logo de votre intercommunalité figure en tête des documents Word (notes aux élus, feuille de
            route, comptes rendus). Image PNG ou JPEG, 2&nbsp;Mo au plus.
          </p>
          {problem ? <Notice tone="error">{problem}</Notice> : null}
          <div className="settings-actions">
            <input
              ref={fileInput}
              type="file"
              accept="image/png,image/jpeg,.png,.jpg,.jpeg"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => void onFile(event)}
            />
            <Button disabled={busy} onClick={() => fileInput.current?.click()}>
              {busy ? 'Enregistrement…' : 'Choisir une image…'}
            </Button>
            {territory.logoDataUrl ? (
              <Button variant="ghost" disabled={busy} onClick={() => void save(null)}>
                Retirer le logo
              </Button>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}
