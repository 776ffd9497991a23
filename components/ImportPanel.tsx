import { useState } from 'preact/hooks';

export type ImportOutcome = { ok: true; message: string } | { ok: false; message: string };

interface Props {
  /** Imports one pack file's text; resolves to a reader-facing summary or error. */
  onImport(fileName: string, text: string): Promise<ImportOutcome>;
}

type FileOutcome = ImportOutcome & { file: string };

/** Imports context packs by file picker or drag and drop, one file after another, and says what happened to each. */
export function ImportPanel({ onImport }: Props) {
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  async function importOne(file: File): Promise<FileOutcome> {
    try {
      return { ...(await onImport(file.name, await file.text())), file: file.name };
    } catch (e) {
      return { ok: false, message: `Could not read ${file.name}: ${String(e)}`, file: file.name };
    }
  }

  async function importFiles(files: FileList | null | undefined) {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    setBusy(true);
    setOutcomes([]);
    try {
      // One at a time: each import is its own transaction, and a later pack may update an earlier one.
      for (const file of list) {
        const outcome = await importOne(file);
        setOutcomes((done) => [...done, outcome]);
      }
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
        <p>Drop pack files (.json) here, or</p>
        <label class="button">
          Choose files…
          <input
            type="file"
            accept=".json,application/json"
            multiple
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
      {outcomes.map((outcome, i) => (
        <p key={i} role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'success' : 'error'} data-testid="import-result">
          {outcome.ok ? `${outcome.file}: ${outcome.message}` : `${outcome.file} was not imported. ${outcome.message}`}
        </p>
      ))}
    </section>
  );
}
