/** Import, export, the built-in pack and starting over: the "Your data" section's actions. */
import {
  clearAll,
  describeImport,
  ensureBuiltInPack,
  exportAll,
  exportBackup,
  importPackText,
  removeBuiltInPack,
  restoreBuiltInPack,
  snippetsForExport,
} from '@/lib/db';
import { snippetsToCsv, snippetsToMarkdown } from '@/lib/pack/snippet-export';
import { fileDate, saveTextFile } from '@/lib/download';
import { plural } from '@/lib/format';
import type { Result } from '@/lib/types';
import type { ImportOutcome } from '@/components/ImportPanel';
import type { DataActions } from '@/components/DataPanel';
import type { LibraryState } from './state';

/** A pack imported by the reader is tagged by its file name, so it can be told apart later. */
const packIdFor = (fileName: string) => `file:${fileName.replace(/\.json$/i, '')}`;

/** The data section's actions, bound to the library state (which reloads after each). */
export function createDataActions(state: LibraryState): DataActions & { importFile(fileName: string, text: string): Promise<ImportOutcome> } {
  const { db } = state;
  const report = async <T>(result: Result<T>, success: (value: T) => string) => {
    state.message.value = result.ok ? { ok: true, text: success(result.value) } : { ok: false, text: result.error };
    // Imports and resets write sources too, which the change feed does not report.
    await state.reload();
  };
  return {
    async importFile(fileName, text) {
      const result = await importPackText(db, text, { kind: 'pack', packId: packIdFor(fileName) });
      await state.reload();
      return result.ok ? { ok: true, message: describeImport(result.value) } : { ok: false, message: result.error };
    },
    async exportPack() {
      const pack = await exportAll(db);
      if (pack.ok) saveTextFile(`backstory-${fileDate()}.json`, JSON.stringify(pack.value, null, 2), 'application/json');
      await report(pack, () => 'Exported a pack file, without your snippets.');
    },
    async exportBackup() {
      const backup = await exportBackup(db);
      if (backup.ok) saveTextFile(`backstory-backup-${fileDate()}.json`, JSON.stringify(backup.value, null, 2), 'application/json');
      await report(backup, (b) => `Backed up everything, ${plural(b.snippets?.length ?? 0, 'saved snippet')} included.`);
    },
    async exportSnippets(format) {
      const data = await snippetsForExport(db);
      if (data.ok) {
        const { snippets, people, claims } = data.value;
        if (format === 'markdown') {
          saveTextFile(`backstory-snippets-${fileDate()}.md`, snippetsToMarkdown(snippets, people, claims), 'text/markdown');
        } else {
          // A byte-order mark so spreadsheet programs read Cyrillic and accents correctly.
          saveTextFile(`backstory-snippets-${fileDate()}.csv`, `\uFEFF${snippetsToCsv(snippets, people, claims)}`, 'text/csv');
        }
      }
      await report(data, ({ snippets }) => `Exported ${plural(snippets.length, 'snippet')}.`);
    },
    async removeBuiltIn() {
      await report(await removeBuiltInPack(db), (r) =>
        r.kept > 0 ? `Removed the built-in pack; kept ${r.kept} records you edited or use.` : 'Removed the built-in pack.',
      );
    },
    async restoreBuiltIn() {
      await report(await restoreBuiltInPack(db), () => 'The built-in pack is back.');
    },
    async clearAll() {
      const cleared = await clearAll(db);
      if (!cleared.ok) return report(cleared, () => '');
      await report(await ensureBuiltInPack(db), () => 'Everything was deleted. The built-in pack was loaded again.');
    },
  };
}
