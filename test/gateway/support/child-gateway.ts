// Entry of gateway child processes in tests (bundled by bundle-entry.ts). Options come as JSON
// in STABLE_LLM_TEST_OPTIONS; the URL is printed as `GATEWAY_URL=…` once listening.
import cluster from 'node:cluster';
import { type StartGatewayOptions, startGateway } from '../../../src/gateway/start-gateway.js';

const options = JSON.parse(process.env.STABLE_LLM_TEST_OPTIONS ?? '{}') as StartGatewayOptions;
const running = await startGateway({ ...options, banner: false, handleSignals: true, logDestination: process.stderr });
// With --workers only the primary reports (once every worker listens).
if (cluster.isPrimary) process.stdout.write(`GATEWAY_URL=${running.url}\n`);
