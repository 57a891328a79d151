/**
 * Reads the reader's CSV file off the main thread: the file in 1 MiB slices (progress, byte
 * checks, UTF-8 validation: src/ml/data/csv-bytes.ts), then papaparse row by row (validation:
 * src/ml/data/csv.ts). A bad file only produces a report; nothing here touches the model.
 */
import { checkCsvText, CsvBytesReader, type CsvData } from '../../ml/data/csv';
import { messageOf, workerScope } from '../shared/worker/worker-scope';
import type { CsvColumns, CsvFileReport, CsvRequest, CsvResponse } from './csv-protocol';

const scope = workerScope<CsvRequest, CsvResponse>();
const post = (message: CsvResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const SLICE = 1 << 20;

/** The last file read: its text (for choosing other columns) and its valid data, if any. */
let current: { id: number; name: string; size: number; text?: string; data?: CsvData } | undefined;

function report(columns?: CsvColumns): void {
  if (!current?.text) return;
  const { preview, result } = checkCsvText(current.text, columns);
  current.data = result.ok ? result.data : undefined;
  const chosen =
    columns ??
    (preview?.guess.text !== undefined && preview.guess.label !== undefined
      ? { text: preview.guess.text, label: preview.guess.label }
      : undefined);
  const fileReport: CsvFileReport = {
    id: current.id,
    name: current.name,
    size: current.size,
    preview,
    columns: chosen,
    problems: result.ok ? [] : result.problems,
    summary: result.ok
      ? { rows: result.data.texts.length, positives: result.data.positives, negatives: result.data.negatives }
      : undefined,
  };
  post({ type: 'report', report: fileReport });
}

async function read(id: number, file: File): Promise<void> {
  current = { id, name: file.name, size: file.size };
  const reader = new CsvBytesReader(file.size);
  for (let start = 0; start < file.size; start += SLICE) {
    if (current.id !== id) return; // a newer file replaced this one
    const slice = new Uint8Array(await file.slice(start, start + SLICE).arrayBuffer());
    post({ type: 'progress', id, loaded: Math.min(file.size, start + SLICE), total: file.size });
    if (reader.push(slice)) break;
  }
  const decoded = reader.finish();
  if ('problem' in decoded) {
    post({ type: 'report', report: { id, name: file.name, size: file.size, problems: [decoded.problem] } });
    return;
  }
  current.text = decoded.text;
  report();
}

function take(id: number): void {
  if (!current?.data || current.id !== id) return;
  const { texts, labels } = current.data;
  post({ type: 'data', id, name: current.name, texts, labels: labels.slice() }, []);
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  const run = async () => {
    if (request.type === 'read') return read(request.id, request.file);
    if (request.type === 'columns' && current?.id === request.id) return report(request.columns);
    if (request.type === 'take') return take(request.id);
  };
  run().catch((error: unknown) => {
    const id = request.id;
    post({
      type: 'report',
      report: {
        id,
        name: current?.name ?? '',
        size: current?.size ?? 0,
        problems: [
          {
            kind: 'binary',
            message: `The file could not be read: ${messageOf(error)}`,
            text: { code: 'unreadable', values: { error: messageOf(error) } },
          },
        ],
      },
    });
  });
});
