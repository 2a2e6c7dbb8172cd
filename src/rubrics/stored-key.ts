/**
 * Where the pane keeps the rubric files it loaded: the workbook's settings (read back by the custom
 * functions) or the browser's localStorage, under one name. Data-free, so the start page can import it.
 */
export const STORED_RUBRICS_KEY = 'ktd5.rubrics';
