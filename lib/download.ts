/** Saves text as a file through the browser's download UI (no downloads permission needed). */
export function saveTextFile(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A date stamp for exported file names, e.g. 2026-11-21. */
export const fileDate = (now = new Date()): string => now.toISOString().slice(0, 10);
