/** `npm run data:check [-- DIR]`: validates a data dir (default data/) and exits 0, 1 (errors) or 2 (no dir). */
import { runDataCheck } from './check';

process.exitCode = runDataCheck(process.argv[2], { stdout: process.stdout, stderr: process.stderr });
