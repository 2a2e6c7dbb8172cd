import { vi } from './texts.vi';

/** The tracking sheets' contract: readers find tables by these header names, never by addresses. */
export const TRACK_HEADERS = {
  id: 'Mã',
  text: 'Chỉ tiêu',
  weight: 'Trọng số',
  target: 'Mục tiêu',
  status: 'Đánh giá',
  gap: 'Còn thiếu so với mục tiêu',
  progress: 'Mức hoàn thành',
  printed: 'Đánh giá theo văn bản',
  best: 'Cao nhất trong bảng',
  bestName: 'Tỉnh cao nhất',
  lead: 'Chủ trì',
  partners: 'Phối hợp',
  note: 'Ghi chú',
  /** The document's own printed text of the row's values, beside our numbers (not read back). */
  asPrinted: vi.asPrintedHeader,
} as const;

export const RESULT_PREFIX = 'Kết quả ';
export const resultHeader = (year: string): string => `${RESULT_PREFIX}${year}`;

/** Labels of the block above a table. */
export const BLOCK = { set: 'Bộ chỉ tiêu', unit: 'Đơn vị', category: 'Loại đơn vị', subject: 'Tỉnh', scale: 'Thang điểm' } as const;

/** The DTI ranking table's headers. */
export const RANK_HEADERS = { printedRank: 'Hạng theo văn bản', name: 'Tỉnh, thành phố', printedTotal: 'Tổng điểm theo văn bản', total: 'Tổng tính từ trụ cột', rank: 'Hạng tính lại', matches: 'Khớp với văn bản' } as const;
/** The same headers in workbooks written before (read back, never written). */
export const RANK_HEADERS_BEFORE = { printedRank: 'Hạng (tài liệu)', printedTotal: 'Tổng (tài liệu)' } as const;

export const SHEETS = { indicators: 'Chỉ tiêu', pillars: 'Trụ cột DTI', ranking: 'Xếp hạng DTI', summary: 'Tổng hợp', report: 'Báo cáo theo dõi' } as const;

export const STATUS_CHOICES = ['Vượt', 'Đạt', 'Chưa đạt'];
