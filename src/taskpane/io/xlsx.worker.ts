/** A Web Worker that reads or writes one .xlsx for the page (see xlsx-work.ts), then is ended. */
import { handle, type WorkerReady, type WorkRequest } from './xlsx-work';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

/**
 * The crash test hook (test-hooks.ts): memory is allocated without bound until the browser refuses
 * it. Array buffers, not JavaScript objects: a worker whose JavaScript heap runs out takes the whole
 * renderer down, which is what the scaled budgets prevent; a refused buffer is an error this worker
 * dies of alone (and the buffers are never written to, so no memory is actually used).
 */
function allocateWithoutBound(): never {
  const held: ArrayBuffer[] = [];
  for (;;) held.push(new ArrayBuffer(2 ** 32));
}

scope.onmessage = (event) => {
  const request = event.data;
  // Thrown here, outside `handle`, so nothing catches it: the worker's error event reports it.
  if (request.kind === 'load' && request.crash) allocateWithoutBound();
  if (request.kind === 'load' && request.stall) return; // the stall test hook: no answer, ever
  void handle(request).then((response) => {
    scope.postMessage(response, response.kind === 'render' ? [response.bytes.buffer as ArrayBuffer] : []);
  });
};

scope.postMessage({ kind: 'ready' } satisfies WorkerReady);
