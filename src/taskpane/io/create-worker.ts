/**
 * The one place the page makes an .xlsx worker (a fresh one per file: see xlsx-client.ts). A build
 * that cannot load a separate worker script (a single-file page) swaps this function alone.
 */
export function createXlsxWorker(): Worker {
  return new Worker(new URL('./xlsx.worker.ts', import.meta.url), { name: 'ktd5-xlsx' });
}
