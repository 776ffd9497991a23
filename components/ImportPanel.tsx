import { useState } from 'preact/hooks';

export type ImportOutcome = { ok: true; message: string } | { ok: false; message: string };

interface Props {
  /** Imports one pack file's text; resolves to a reader-facing summary or error. */
  onImport(fileName: string, text: string): Promise<ImportOutcome>;
}

/** Imports context packs by file picker or drag and drop, and says what happened. */
export function ImportPanel({ onImport }: Props) {
  const [outcome, setOutcome] = useState<(ImportOutcome & { file: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  async function importFiles(files: FileList | null | undefined) {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const result = await onImport(file.name, await file.text());
      setOutcome({ ...result, file: file.name });
    } catch (e) {
      setOutcome({ ok: false, message: `Could not read ${file.name}: ${String(e)}`, file: file.name });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" class="panel">
      <h2 id="import-heading">Import a context pack</h2>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        data-testid="pack-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles(e.dataTransfer?.files);
        }}
      >
        <p>Drop a pack file (.json) here, or</p>
        <label class="button">
          Choose a file…
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            data-testid="pack-file-input"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              void importFiles(input.files).then(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {busy && <p role="status">Importing…</p>}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'success' : 'error'} data-testid="import-result">
          {outcome.ok ? `${outcome.file}: ${outcome.message}` : `${outcome.file} was not imported. ${outcome.message}`}
        </p>
      )}
    </section>
  );
}
