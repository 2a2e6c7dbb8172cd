/** The Web Worker that reads and writes .xlsx for the page (see xlsx-work.ts). */
import { handle, type WorkRequest } from './xlsx-work';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handle(event.data).then((response) => {
    scope.postMessage(response, response.kind === 'render' ? [response.bytes.buffer as ArrayBuffer] : []);
  });
};
