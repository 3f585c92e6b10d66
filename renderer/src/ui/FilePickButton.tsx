import type { RefObject } from 'react';
import { FILE_KINDS, type FileKind } from '../../../shared/uploads/fileKinds';
import { chooseInDialog, hasFileDialog, sendPickedFile, type PickOutcome } from '../api/pickedFile';
import { Button } from './Button';

/** How a screen gets its file: `pick` sends or reads it; null when the user chose nothing. */
export type FilePick = () => Promise<PickOutcome | null>;

/**
 * « Choisir un fichier… »: in the desktop window, the system's « Ouvrir » dialog (the engine reads the file
 * from the disk); in the browser mode, the browser's file input (the window sends the file in pieces).
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
  if (hasFileDialog())
    return (
      <Button
        variant="primary"
        className="import-pick"
        disabled={disabled}
        onClick={() => onPick(() => chooseInDialog(kind))}
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
