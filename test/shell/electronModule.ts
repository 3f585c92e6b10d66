import { electronModule } from './electronStandIn';

// `electron` as named exports, for plain Node loading the built shell (see electronLoader.mjs).
export const { app, BrowserWindow, protocol, session, ipcMain, dialog, shell, Menu, utilityProcess } =
  electronModule;
