import { useState, type RefObject } from 'react';
import { FILE_KINDS, type FileKind } from '../../../shared/uploads/fileKinds';
import { hasFileDialog, pickInDialog, sendPickedFile, type FilePick } from '../api/pickedFile';
import { Button } from './Button';

/**
 * « Choisir un fichier… »: in the desktop window, the system's « Ouvrir » dialog (the engine reads the file
 * from the disk), the button off while it is open; in the browser mode, the browser's file input (the window
 * sends the file in pieces).
 */
export function FilePickButton({
  kind,
  ariaLabel,
  disabled,
  inputRef,
  onPick,
}: {
  kind: FileKind;
  ariaLabel: string;
  disabled?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  onPick: (pick: FilePick) => void;
}) {
  const [choosing, setChoosing] = useState(false);
  if (hasFileDialog())
    return (
      <Button
        variant="primary"
        className="import-pick"
        aria-label={`Choisir un fichier… (${ariaLabel.charAt(0).toLocaleLowerCase('fr')}${ariaLabel.slice(1)})`}
        disabled={disabled || choosing}
        onClick={() => {
          setChoosing(true);
          void pickInDialog(kind, onPick).finally(() => setChoosing(false));
        }}
      >
        Choisir un fichier…
      </Button>
    );
  return (
    <label className="btn btn-primary import-pick">
      Choisir un fichier…
      <input
        ref={inputRef}
        type="file"
        accept={FILE_KINDS[kind].accept}
        className="visually-hidden"
        aria-label={ariaLabel}
        disabled={disabled}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) onPick(() => sendPickedFile(kind, picked));
        }}
      />
    </label>
  );
}
