import { useCallback, useEffect, useRef, useState } from 'react';
import type { CsvColumns, CsvFileReport, CsvRequest, CsvResponse } from './csv-protocol';

export interface CsvUploadApi {
  /** The last file's report (preview, problems or summary). */
  report?: CsvFileReport;
  /** Reading progress of the current file, while it is read. */
  progress?: { loaded: number; total: number };
  read(file: File): void;
  choose(columns: CsvColumns): void;
  /** Asks for the valid data of the current file; they arrive through `onData`. */
  take(): void;
}

/**
 * Runs the CSV worker (started on mount, ended on unmount): reads a file, reports on it, and hands
 * the valid texts and labels to `onData` when asked.
 */
export function useCsvUpload(onData: (name: string, texts: string[], labels: Uint8Array) => void): CsvUploadApi {
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const [report, setReport] = useState<CsvFileReport>();
  const [progress, setProgress] = useState<{ loaded: number; total: number }>();
  const latest = useRef(onData);
  useEffect(() => {
    latest.current = onData;
  });

  useEffect(() => {
    const instance = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'sentiment-csv' });
    worker.current = instance;
    instance.addEventListener('message', (event: MessageEvent<CsvResponse>) => {
      const message = event.data;
      const id = message.type === 'report' ? message.report.id : message.id;
      if (id !== nextId.current) return; // about a file replaced since
      if (message.type === 'progress') setProgress({ loaded: message.loaded, total: message.total });
      else if (message.type === 'report') {
        setProgress(undefined);
        setReport(message.report);
      } else latest.current(message.name, message.texts, message.labels);
    });
    return () => {
      instance.terminate();
      worker.current = null;
    };
  }, []);

  const post = (request: CsvRequest) => worker.current?.postMessage(request);
  const read = useCallback((file: File) => {
    const id = ++nextId.current;
    setReport(undefined);
    setProgress({ loaded: 0, total: file.size });
    post({ type: 'read', id, file });
  }, []);
  const choose = useCallback((columns: CsvColumns) => post({ type: 'columns', id: nextId.current, columns }), []);
  const take = useCallback(() => post({ type: 'take', id: nextId.current }), []);
  return { report, progress, read, choose, take };
}
