/** Starts one .xlsx Web Worker: the worker bundle webpack emits next to the page. */
export function createXlsxWorker(): Worker {
  return new Worker(new URL('./xlsx.worker.ts', import.meta.url), { name: 'ktd5-xlsx' });
}
