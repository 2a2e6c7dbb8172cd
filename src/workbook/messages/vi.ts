/** A file-system failure in words (an errno code, or `notRegular:KIND` for what is not a regular file). */
function fsReasonVi(code: string): string {
  const words: Record<string, string> = {
    ENOENT: 'không có tệp hoặc thư mục này',
    EACCES: 'không có quyền truy cập',
    EPERM: 'không được phép thao tác',
    EROFS: 'ổ đĩa hoặc thư mục chỉ cho phép đọc',
    ENOSPC: 'ổ đĩa đã đầy',
    EDQUOT: 'đã hết hạn mức dung lượng',
    ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
    EISDIR: 'đây là một thư mục, không phải tệp',
    ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
    EEXIST: 'đã có tệp trùng tên',
    EBUSY: 'tệp đang bị chương trình khác sử dụng',
    EMFILE: 'đang mở quá nhiều tệp',
    ELOOP: 'đường dẫn có liên kết vòng',
    ENXIO: 'không mở được (thiết bị hoặc socket)',
    EIO: 'lỗi đọc ghi của ổ đĩa',
    EXDEV: 'không chuyển được tệp giữa hai ổ đĩa',
    'notRegular:fifo': 'đây là một ống dẫn (FIFO), không phải tệp thông thường; không đọc',
    'notRegular:characterDevice': 'đây là một thiết bị, không phải tệp thông thường; không đọc',
    'notRegular:blockDevice': 'đây là một thiết bị, không phải tệp thông thường; không đọc',
    'notRegular:socket': 'đây là một socket, không phải tệp thông thường; không đọc',
    'notRegular:other': 'đây không phải tệp thông thường; không đọc',
  };
  if (words[code]) return `${words[code]} (${code.replace(/^notRegular:/, '')})`;
  // An error code ("EFBIG") is named as one; a sentence (the page's cancelled or crashed reads) is told as it is.
  return /^[A-Z][A-Z0-9_]*$/.test(code) ? `lỗi hệ thống ${code}` : code;
}

import { formatNumber } from '../../engine/condition';
import { type ColourName } from '../spec';

/** Vietnamese texts of the workbook layouts and of file problems. */
export const vi = {
  sheets: { ranking: 'Xếp hạng', matrix: 'Ma trận điểm', appraisal: 'Thẩm định', errors: 'Lỗi', summary: 'Tổng hợp' },
  resultSheet: (unit: string) => `KQ ${unit}`,
  problems: {
    noDataSheet: (p: Record<string, string | number>) => `không có trang dữ liệu: cần một bảng có đủ các cột ${p.headers}.`,
    missingHeaders: (p: Record<string, string | number>) => `bảng thiếu cột: ${p.missing}.`,
    unknownRubric: (p: Record<string, string | number>) => `bộ tiêu chí "${p.value}" không có; dùng --rubric để chỉ định.`,
    noRubric: () => 'chưa ghi "Bộ tiêu chí"; dùng --rubric để chỉ định.',
    unknownCriterion: (p: Record<string, string | number>) => `mã tiêu chí "${p.id}" không có trong bộ tiêu chí ${p.rubric}.`,
    duplicateCriterion: (p: Record<string, string | number>) => `tiêu chí ${p.id} xuất hiện hai lần (đã có ở ô ${p.first}); dòng này bị bỏ qua.`,
    missingCriterion: (p: Record<string, string | number>) => `thiếu dòng tiêu chí ${p.id} (tính 0 điểm).`,
    formulaText: (p: Record<string, string | number>) => `ô chứa công thức hoặc văn bản dạng công thức "${p.value}"; hãy nhập giá trị.`,
    errorValue: (p: Record<string, string | number>) => `ô có lỗi ${p.value}; hãy nhập giá trị.`,
    dateValue: (p: Record<string, string | number>) => `ô chứa ngày ${p.value}, không phải giá trị của tiêu chí.`,
    hiddenDataSheet: (p: Record<string, string | number>) => `bảng dữ liệu nằm ở trang ${p.visibility === 'veryHidden' ? 'bị ẩn sâu (very hidden)' : 'bị ẩn'}; chỉ chấm trang đang hiện — hãy hiện trang này hoặc chép số liệu sang trang đang hiện.`,
    hiddenCopy: (p: Record<string, string | number>) => `trang ẩn này cũng có bảng dữ liệu; trang này không được chấm, chỉ chấm trang đang hiện "${p.read}".`,
    twoDataSheets: (p: Record<string, string | number>) => `có hai trang đang hiện cùng chứa bảng dữ liệu (${p.sheets}); không rõ chấm trang nào nên tệp không được tính — hãy giữ lại một trang.`,
    hiddenHeader: (p: Record<string, string | number>) => `tiêu đề cột của bảng nằm trong cột bị ẩn (${p.cells}); cột đang hiện không mang đúng tiêu đề nên tệp không được chấm — hãy hiện cột hoặc sửa tiêu đề.`,
    hiddenRow: (p: Record<string, string | number>) => `dòng ${p.row} bị ẩn; giá trị trong dòng ẩn không được chấm — hãy hiện dòng này.`,
    hidingFormat: (p: Record<string, string | number>) => `định dạng số "${p.format}" làm ô không hiện giá trị; giá trị này không được chấm — hãy bỏ định dạng đó.`,
  },
  crashedMemory: 'tệp làm cạn bộ nhớ khi đọc (có thể bị hỏng hoặc cố ý gây hại); đã dừng đọc tệp này.',
  crashedTimeout: 'đọc tệp quá lâu nên đã dừng; hãy kiểm tra lại tệp.',
  io: (code: string) => `không đọc được tệp: ${fsReasonVi(code)}.`,
  fsReason: (code: string) => fsReasonVi(code),
  duplicateUnit: (unit: string, files: string[]) => `đơn vị "${unit}" đã nộp ${files.length} tệp (${files.join(', ')}); chưa xếp hạng tệp nào cho đến khi Thường trực Khối bỏ bớt, chỉ giữ lại một tệp.`,
  duplicateReason: (files: string[]) => `Đơn vị nộp ${files.length} lần (${files.join(', ')}); chưa xếp hạng cho đến khi bỏ bớt, chỉ giữ lại một tệp.`,
  mixedScripts: (unit: string) => `tên đơn vị "${unit}" lẫn chữ cái Kirin hoặc Hy Lạp trông giống chữ Latinh; không xếp hạng — hãy gõ lại tên đơn vị.`,
  invisibleName: (unit: string) => `tên đơn vị có ký tự ẩn hoặc ký tự điều khiển; đã bỏ các ký tự đó khi so sánh và khi in: "${unit}".`,
  nothingEntered: 'chưa nhập số liệu: không có giá trị nào; không xếp hạng.',
  nothingEnteredStatus: 'Chưa nhập số liệu',
  status: {
    complete: 'Đầy đủ',
    provisional: (errorCells: number, missing: number, others: number) =>
      `Tạm tính (${[errorCells ? `${errorCells} ô lỗi` : '', missing ? `${missing} tiêu chí chưa nhập` : '', others ? `${others} lỗi khác` : ''].filter(Boolean).join(', ')})`,
    missingValue: (id: string) => `tiêu chí ${id} chưa nhập giá trị.`,
  },
  certainty: {
    provisionalTop: (unit: string) => `${unit} còn tạm tính`,
    challenger: (unit: string, max: string) => `${unit} (tạm tính) có thể đạt tới ${max} điểm`,
    notCounted: (n: number) => `${n} tệp chưa được tính`,
    note: (reasons: string) => `Chưa chắc chắn: ${reasons}.`,
  },
  firstPage: {
    provisional: 'Đơn vị tạm tính (điểm còn có thể thay đổi):',
    provisionalLine: (unit: string, status: string, total: string, max: string) => `• ${unit} — ${status}; hiện ${total} điểm, tối đa có thể ${max} điểm.`,
    notCounted: 'Tệp không được tính vào bảng xếp hạng:',
    notCountedLine: (file: string, reason: string) => `• ${file}: ${reason}`,
  },
  mixedRubric: (id: string, expected: string) => `tệp dùng bộ tiêu chí ${id}, khác với ${expected} của các tệp khác.`,
  location: (file: string, sheet?: string, cell?: string) => `Tệp "${file}"${sheet ? `, trang "${sheet}"` : ''}${cell ? `, ô ${cell}` : ''}`,
  where: { file: 'Tệp', sheet: 'Trang', cell: 'Ô', message: 'Nội dung' },
  states: { full: 'Đạt tối đa', partial: 'Đạt một phần', zero: '0 điểm', missing: 'Chưa nhập', error: 'Giá trị không hợp lệ' },
  labels: {
    khoi: 'Khối', period: 'Kỳ đánh giá', rubric: 'Bộ tiêu chí', source: 'Văn bản', unit: 'Đơn vị', file: 'Tệp',
    rank: 'Hạng', total: 'Tổng điểm', tie: 'Đồng hạng', tieYes: 'Đồng hạng', basis: 'Căn cứ tính điểm', appraisedBasis: 'Kết quả thẩm định', selfBasis: 'Đơn vị tự chấm',
    section: (id: string) => `Mục ${id}`,
    id: 'Mã', criterion: 'Tiêu chí', max: 'Điểm tối đa', selfValue: 'Giá trị tự đánh giá', selfPoints: 'Điểm tự chấm', selfBand: 'Mức tự chấm',
    appraisedValue: 'Giá trị thẩm định', appraisedPoints: 'Điểm thẩm định', appraisedBand: 'Mức thẩm định', finalPoints: 'Điểm chính thức',
    evidence: 'Minh chứng', note: 'Ghi chú', next: 'Để đạt mức cao hơn', gain: 'Điểm tăng thêm', difference: 'Chênh lệch', state: 'Tình trạng',
    missingEvidence: 'Thiếu minh chứng', missingValue: 'Chưa nhập giá trị', sectionTotal: 'Cộng mục', grandTotal: 'Tổng cộng',
  },
  titles: {
    ranking: 'BẢNG TỔNG HỢP ĐIỂM VÀ XẾP HẠNG THI ĐUA',
    matrix: 'ĐIỂM TỪNG TIÊU CHÍ CỦA CÁC ĐƠN VỊ',
    appraisal: 'CÁC TIÊU CHÍ CÓ KẾT QUẢ THẨM ĐỊNH KHÁC VỚI KẾT QUẢ TỰ ĐÁNH GIÁ',
    errors: 'CÁC TỆP VÀ Ô CẦN KIỂM TRA LẠI',
    result: 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA',
  },
  proposal: (unit: string) => `Đề nghị tặng Bằng khen: ${unit} (điểm cao nhất).`,
  proposalUncertain: (unit: string, note: string) => `Đề nghị tặng Bằng khen: ${unit} (điểm cao nhất hiện nay). ${note}`,
  proposalTie: (units: string) => `Đồng hạng nhất: ${units} — Khối xem xét, quyết định.`,
  proposalNone: 'Chưa có đơn vị nào được chấm.',
  noAppraisalDifferences: 'Không có tiêu chí nào có kết quả thẩm định khác với kết quả tự đánh giá.',
  noErrors: 'Không có lỗi.',
  /** What the next step is for a criterion the Khối scores by appraisal (Mục IV: no bands to reach). */
  manualNext: (max: string) => `Gửi minh chứng để Khối thẩm định, chấm đến ${max} điểm`,
  legend: {
    title: 'Chú giải màu',
    points: [['full', 'Đạt tối đa'], ['partial', 'Đạt một phần'], ['zero', '0 điểm hoặc giá trị không hợp lệ'], ['missing', 'Chưa nhập']] as [ColourName, string][],
    ranking: [['full', 'Đầy đủ số liệu'], ['partial', 'Tạm tính hoặc đồng hạng (còn có thể thay đổi)']] as [ColourName, string][],
    difference: [['full', 'Thẩm định cao hơn tự chấm'], ['zero', 'Thẩm định thấp hơn tự chấm']] as [ColourName, string][],
    errors: [['zero', 'Lỗi: ô hoặc tệp không được tính'], ['partial', 'Cảnh báo: cần xem lại']] as [ColourName, string][],
  },
  signature: { place: 'Đồng Tháp, ngày ..... tháng ..... năm .......', role: 'TRƯỞNG KHỐI', note: '(Ký, ghi rõ họ tên, đóng dấu)', preparer: 'NGƯỜI TỔNG HỢP', preparerNote: '(Ký, ghi rõ họ tên)' },
  progress: (i: number, n: number, file: string) => `[${i}/${n}] ${file}`,
  excelCut: {
    subjects: {
      unit: (u: string) => `tên đơn vị "${u}"`,
      khoi: (u: string) => `tên Khối trong phiếu của đơn vị "${u}"`,
      period: (u: string) => `kỳ đánh giá trong phiếu của đơn vị "${u}"`,
      evidence: (u: string, id: string) => `minh chứng tiêu chí ${id} của đơn vị "${u}"`,
    },
    parts: { cell: 'ô', header: 'đầu trang in', footer: 'chân trang in', sheetName: 'tên trang' } as Record<'cell' | 'header' | 'footer' | 'sheetName', string>,
    /** Where the cut text went in the output: `trang "Xếp hạng", ô B7` or `chân trang in của trang "KQ …"`. */
    place: (part: string, sheet: string, cell?: string) => (cell ? `trang "${sheet}", ô ${cell}` : `${part} của trang "${sheet}"`),
    ofUnit: (subject: string, length: number, limit: number, place: string) =>
      `${subject} dài ${formatNumber(length, 'vi')} ký tự, quá giới hạn ${formatNumber(limit, 'vi')} ký tự của Excel; tệp kết quả (${place}) chỉ ghi phần đầu, kết thúc bằng "…".`,
    generic: (length: number, limit: number, place: string) => `Tệp kết quả, ${place}: nội dung dài ${formatNumber(length, 'vi')} ký tự, quá giới hạn ${formatNumber(limit, 'vi')} ký tự của Excel; chỉ ghi phần đầu, kết thúc bằng "…".`,
    /** A sheet of the output renamed to what Excel accepts (`reason`: length, characters, duplicate, reserved). */
    sheetRenamed: (reason: string, original: string, written: string, length: number, limit: number) =>
      `Tệp kết quả: tên trang "${original}" ${
        reason === 'length' ? `dài ${length} ký tự, quá giới hạn ${limit} ký tự của Excel; đã rút gọn`
        : reason === 'duplicate' ? 'trùng với tên một trang khác (Excel không phân biệt chữ hoa, chữ thường); đã đổi'
        : reason === 'reserved' ? 'để trống hoặc là tên Excel dành riêng; đã đổi'
        : 'có ký tự Excel không cho phép trong tên trang (\\ / ? * [ ] :, dấu nháy đơn ở đầu hoặc cuối); đã đổi'} thành "${written}".`,
  },
};

export type WorkbookTexts = typeof vi;
