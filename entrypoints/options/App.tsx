/** The library: a full tab for searching, importing and exporting what Backstory knows. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  BackstoryDB,
  builtInPackState,
  buildSearchIndex,
  clearAll,
  counts,
  describeImport,
  ensureBuiltInPack,
  exportAll,
  importPackText,
  openDatabase,
  removeBuiltInPack,
  restoreBuiltInPack,
  snippetsForExport,
  type Counts,
} from '@/lib/db';
import { snippetsToCsv, snippetsToMarkdown } from '@/lib/pack/snippet-export';
import type { SearchHit } from '@/lib/search';
import { fileDate, saveTextFile } from '@/lib/download';
import type { Result } from '@/lib/types';
import { ImportPanel, type ImportOutcome } from '@/components/ImportPanel';
import { DataPanel, type DataActions } from '@/components/DataPanel';
import { SearchPanel } from '@/components/SearchPanel';

const db = new BackstoryDB();

/** A pack imported by the reader is tagged by its file name, so it can be told apart later. */
const packIdFor = (fileName: string) => `file:${fileName.replace(/\.json$/i, '')}`;

export function App() {
  const [search, setSearch] = useState<((q: string) => SearchHit[]) | null>(null);
  const [totals, setTotals] = useState<Counts | null>(null);
  const [builtIn, setBuiltIn] = useState<{ installed: boolean; removed: boolean } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [c, b] = await Promise.all([counts(db), builtInPackState(db)]);
    if (c.ok) setTotals(c.value);
    if (b.ok) setBuiltIn(b.value);
  }, []);

  useEffect(() => {
    let stop = () => {};
    void (async () => {
      const opened = await openDatabase(db);
      if (!opened.ok) return setFatal(opened.error);
      await refresh();
      const built = await buildSearchIndex(db);
      stop = built.stop;
      setSearch(() => (q: string) => built.index.search(q));
    })();
    return () => stop();
  }, [refresh]);

  const report = async <T,>(result: Result<T>, success: (value: T) => string) => {
    setMessage(result.ok ? { ok: true, text: success(result.value) } : { ok: false, text: result.error });
    await refresh();
  };

  const onImport = async (fileName: string, text: string): Promise<ImportOutcome> => {
    const result = await importPackText(db, text, { kind: 'pack', packId: packIdFor(fileName) });
    await refresh();
    return result.ok ? { ok: true, message: describeImport(result.value) } : { ok: false, message: result.error };
  };

  const actions: DataActions = {
    async exportPack() {
      const pack = await exportAll(db);
      if (pack.ok) saveTextFile(`backstory-${fileDate()}.json`, JSON.stringify(pack.value, null, 2), 'application/json');
      await report(pack, () => 'Exported everything as a pack file.');
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
      await report(data, ({ snippets }) => `Exported ${snippets.length} snippet${snippets.length === 1 ? '' : 's'}.`);
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

  if (fatal) {
    return (
      <main class="library">
        <h1>Backstory library</h1>
        <p role="alert" class="error">{fatal}</p>
      </main>
    );
  }
  return (
    <main class="library">
      <h1>Backstory library</h1>
      <SearchPanel search={search} />
      <ImportPanel onImport={onImport} />
      <DataPanel actions={actions} builtIn={builtIn} counts={totals} message={message} />
    </main>
  );
}
