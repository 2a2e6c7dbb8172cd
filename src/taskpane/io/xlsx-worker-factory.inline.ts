/**
 * The single-file page's xlsx-worker-factory (swapped in by the page build): the worker's bundle is
 * inside the page as a text/plain script, started from a Blob URL, so no file is fetched and the page
 * works from disk (file://). The URL is made once; each call starts a fresh worker from it.
 */
export const INLINE_WORKER_ID = 'ktd5-xlsx-worker';

let workerUrl: string | undefined;

export function createXlsxWorker(): Worker {
  if (workerUrl === undefined) {
    const source = document.getElementById(INLINE_WORKER_ID)?.textContent;
    if (!source) throw new Error(`no #${INLINE_WORKER_ID} script in the page`);
    workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  }
  return new Worker(workerUrl, { name: 'ktd5-xlsx' });
}
