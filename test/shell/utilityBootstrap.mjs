// Loaded with `--import` into the stand-in's utility process: gives the child Electron's
// `process.parentPort` (messages arrive as events carrying `.data`), over Node's IPC channel.
import { EventEmitter } from 'node:events';

const parentPort = new EventEmitter();
parentPort.postMessage = (message) => process.send(message);
process.on('message', (data) => parentPort.emit('message', { data }));
process.parentPort = parentPort;
