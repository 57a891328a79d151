/**
 * The few members of a dedicated worker's global scope the training workers use, typed without
 * pulling the WebWorker lib into a DOM project.
 */
export interface WorkerScope<Request, Response> {
  postMessage(message: Response, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
}

export function workerScope<Request, Response>(): WorkerScope<Request, Response> {
  return self as unknown as WorkerScope<Request, Response>;
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
