/** The per-lead workbooks' contract: `ktd5 track` finds the block and the table by these texts. */
export const LEAD_BLOCK = { unit: 'Đơn vị', period: 'Kỳ báo cáo', set: 'Bộ chỉ tiêu', reportTo: 'Gửi về' } as const;

export const LEAD_HEADERS = {
  id: 'Mã',
  text: 'Chỉ tiêu',
  partners: 'Đơn vị phối hợp',
  value: 'Kết quả kỳ này',
  evidence: 'Minh chứng',
  note: 'Ghi chú',
  status: 'Đánh giá',
  role: 'Vai trò',
} as const;

export const printedHeader = (year: string): string => `Kết quả ${year}`;
export const TARGET_PREFIX = 'Mục tiêu ';
export const targetHeader = (year: string): string => `${TARGET_PREFIX}${year}`;

/** How the role column marks an indicator; the reader folds them back. */
export const ROLE_TEXT = { lead: 'Chủ trì', 'co-lead': 'Đồng chủ trì', unassigned: 'Chưa phân công' } as const;

export const LEAD_SHEET = 'Báo cáo chỉ tiêu';

/** The report workbook's sheets for per-lead reports. */
export const LEAD_REPORT_SHEETS = { byLead: 'Theo đơn vị chủ trì', results: 'Kết quả theo chỉ tiêu', history: 'Diễn biến theo kỳ' } as const;
