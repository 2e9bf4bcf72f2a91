// Entry of the bundled server (server/dist/server.js): `node server.js --stdio` or `--node-ipc`.
import { startServer } from './server.js';

startServer();
