// `npm run bench`: every benchmark in turn. Each prints its own tables.
import { runScannerBench } from './scanner.mjs';

await runScannerBench();
