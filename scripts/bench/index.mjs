// `npm run bench`: every benchmark in turn, each printing its own tables with figures and
// ratios against its named baseline. `npm run bench -- scanner` (or popup, recurrence,
// search) runs one. The popup bench needs the built extension (`npm run build`).
import { runScannerBench } from './scanner.mjs';
import { run as runPopupBench } from './popup.mjs';
import { runRecurrenceBench } from './recurrence.mjs';
import { runSearchBench } from './search.mjs';

const benches = { scanner: runScannerBench, popup: runPopupBench, recurrence: runRecurrenceBench, search: runSearchBench };
const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n===== ${name} =====`);
  await run();
}
