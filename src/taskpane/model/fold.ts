/**
 * How many items a long list shows before "Xem thêm" (steps to more points, criteria without
 * evidence, a loaded table's indicators). Its own module, free of imports: the start page's
 * components read it without pulling in the engine.
 */
export const SHOWN_ITEMS = 5;
