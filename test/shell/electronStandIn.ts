import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

/**
 * A faithful stand-in for the parts of Electron's API that Maillage's built shell uses, for machines without
 * Electron's binary. It keeps every registration (handlers, options, listeners) so that a test can play
 * Chromium's part: load the page, run the preload in a sandbox, navigate, ask for a permission, send IPC.
 * Where Electron would start a utility process, it forks a real Node process with `process.parentPort`.
 */

type Listener = (...args: never[]) => unknown;

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = '';
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  send(): void {}
}

export class FakeUtilityProcess extends EventEmitter {
  constructor(readonly child: ChildProcess) {
    super();
    child.on('message', (message) => this.emit('message', message));
    child.on('exit', (code, signal) => this.emit('exit', code ?? (signal ? 1 : 0)));
  }
  get pid(): number | undefined {
    return this.child.pid;
  }
  postMessage(message: unknown): void {
    if (this.child.connected) this.child.send(message as never);
  }
  kill(): boolean {
    return this.child.kill();
  }
}

export interface StandInState {
  userData: string;
  isPackaged: boolean;
  singleInstanceLock: boolean;
  app: EventEmitter;
  readyResolve: () => void;
  readyPromise: Promise<void>;
  quitCalls: number;
  sandboxEnabled: boolean;
  switches: [string, string | undefined][];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>;
  headersListener: Listener | null;
  beforeRequestListener: Listener | null;
  permissionRequestHandler: Listener | null;
  permissionCheckHandler: Listener | null;
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  windows: FakeBrowserWindow[];
  errorBoxes: { title: string; content: string }[];
  messageBoxes: ({ buttons?: string[] } & Record<string, unknown>)[];
  /** The buttons the « user » clicks in the next message boxes, in order (default: the first). */
  messageBoxAnswers: number[];
  openDialogs: Record<string, unknown>[];
  /** The files the « user » chooses in the next « Ouvrir » dialogs, in order (default: closes it). */
  openDialogAnswers: string[];
  openedExternally: string[];
  shownInFolder: string[];
  utilityProcesses: FakeUtilityProcess[];
  menu: unknown;
}

function freshState(userData: string): StandInState {
  let readyResolve = () => {};
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));
  return {
    userData,
    isPackaged: true,
    singleInstanceLock: true,
    app: new EventEmitter(),
    readyResolve,
    readyPromise,
    quitCalls: 0,
    sandboxEnabled: false,
    switches: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    headersListener: null,
    beforeRequestListener: null,
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    ipcHandlers: new Map(),
    windows: [],
    errorBoxes: [],
    messageBoxes: [],
    messageBoxAnswers: [],
    openDialogs: [],
    openDialogAnswers: [],
    openedExternally: [],
    shownInFolder: [],
    utilityProcesses: [],
    menu: null,
  };
}

/** One state for every copy of this module (a test may load the built shell more than once). */
const holder = globalThis as { maillageElectronStandIn?: { state: StandInState } };
export const standIn: { state: StandInState } = (holder.maillageElectronStandIn ??= {
  state: freshState(''),
});

export function resetStandIn(
  userData: string,
  options: Partial<Pick<StandInState, 'isPackaged' | 'singleInstanceLock' | 'messageBoxAnswers'>> = {},
): StandInState {
  standIn.state = { ...freshState(userData), ...options };
  return standIn.state;
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  minimized = false;
  focused = 0;
  shown = false;
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    standIn.state.windows.push(this);
    // Electron announces every new webContents to the app.
    standIn.state.app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    return this.loadURL(pathToFileURL(path).toString());
  }
  show(): void {
    this.shown = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused++;
  }
}

const bootstrap = pathToFileURL(join(import.meta.dirname, 'utilityBootstrap.mjs')).toString();

/** The `electron` module as the built main process sees it. */
export const electronModule = {
  app: {
    enableSandbox: () => void (standIn.state.sandboxEnabled = true),
    commandLine: {
      appendSwitch: (name: string, value?: string) => void standIn.state.switches.push([name, value]),
    },
    requestSingleInstanceLock: () => standIn.state.singleInstanceLock,
    quit: () => void standIn.state.quitCalls++,
    on: (event: string, listener: Listener) => standIn.state.app.on(event, listener as never),
    once: (event: string, listener: Listener) => standIn.state.app.once(event, listener as never),
    whenReady: () => standIn.state.readyPromise,
    getPath: (name: string) => {
      if (name === 'downloads') return join(standIn.state.userData, 'Téléchargements');
      if (name !== 'userData') throw new Error(`getPath(${name}) n’est pas simulé`);
      return standIn.state.userData;
    },
    getVersion: () => '0.1.0-harness',
    get isPackaged() {
      return standIn.state.isPackaged;
    },
  },
  BrowserWindow: FakeBrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: StandInState['privilegedSchemes']) =>
      void standIn.state.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      void standIn.state.protocolHandlers.set(scheme, handler),
  },
  session: {
    get defaultSession() {
      const state = standIn.state;
      return {
        webRequest: {
          onHeadersReceived: (listener: Listener) => void (state.headersListener = listener),
          onBeforeRequest: (listener: Listener) => void (state.beforeRequestListener = listener),
        },
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheckHandler = handler),
      };
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (standIn.state.ipcHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      standIn.state.ipcHandlers.set(channel, handler);
    },
  },
  dialog: {
    showErrorBox: (title: string, content: string) => void standIn.state.errorBoxes.push({ title, content }),
    showMessageBox: (options: { buttons?: string[] } & Record<string, unknown>) => {
      standIn.state.messageBoxes.push(options);
      // The user's click: the answer a test set for this kind of box, or the first button.
      const response = standIn.state.messageBoxAnswers.shift() ?? 0;
      return Promise.resolve({ response, checkboxChecked: false });
    },
    // Electron's two forms: (window, options) and (options).
    showOpenDialog: (...args: unknown[]) => {
      const options = args[args.length - 1] as Record<string, unknown>;
      standIn.state.openDialogs.push({ ...options, withWindow: args.length === 2 });
      const path = standIn.state.openDialogAnswers.shift();
      return Promise.resolve(
        path === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
      );
    },
  },
  shell: {
    showItemInFolder: (path: string) => void standIn.state.shownInFolder.push(path),
    openExternal: (url: string) => {
      standIn.state.openedExternally.push(url);
      return Promise.resolve();
    },
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => void (standIn.state.menu = menu),
  },
  utilityProcess: {
    fork: (
      modulePath: string,
      args: string[] = [],
      options: { env?: NodeJS.ProcessEnv; serviceName?: string } = {},
    ) => {
      const child = fork(modulePath, args, {
        env: options.env ?? process.env,
        execArgv: ['--import', bootstrap],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const utility = new FakeUtilityProcess(child);
      standIn.state.utilityProcesses.push(utility);
      return utility;
    },
  },
};
