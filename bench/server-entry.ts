/**
 * The language server exactly as server/src/main.ts starts it, but serving the
 * compiled data file named by ASEAN_REF_DATA (paths in it relative to its folder):
 * how the bench serves generated data until dist/server.js can be pointed at it.
 */
import path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server/src/server';

const dataFile = process.env.ASEAN_REF_DATA;
if (!dataFile) throw new Error('ASEAN_REF_DATA is not set');
const connection = createConnection(ProposedFeatures.all);
startServer(connection, { dataFile, packageRoot: path.dirname(dataFile) });
