/** Loads the work chunk (work.ts) once, on the first action that needs it. */
export type Work = typeof import('./work');

let loading: Promise<Work> | undefined;

export function loadWork(): Promise<Work> {
  loading ??= import(/* webpackChunkName: "work" */ './work');
  return loading;
}
