import { Menu, shell, type MenuItemConstructorOptions } from 'electron';

/**
 * A short French menu: the editing and zoom commands people expect, and the log file to send when something
 * went wrong; nothing that loads content.
 */
export function installMenu(logPath: string): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Fichier', submenu: [{ role: 'quit', label: 'Quitter Maillage' }] },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Agrandir' },
        { role: 'zoomOut', label: 'Réduire' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
      ],
    },
    {
      label: 'Aide',
      submenu: [{ label: 'Afficher le journal de Maillage', click: () => shell.showItemInFolder(logPath) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
