import { formatNumber } from '../../engine';

/** The command's own sentences in Vietnamese. */
export const vi = {
  usage: `Cách dùng: ktd5 <lệnh> [tùy chọn]

Lệnh:
  rubrics                 liệt kê các tài liệu có sẵn (bộ tiêu chí, chỉ tiêu, chỉ số)
  show ID|TỆP.json        in một tài liệu: tiêu chí, mức chấm, điểm tối đa
  template --rubric ID --unit TÊN [--khoi TÊN] [--ky 2023] -o TỆP.xlsx
                          tạo phiếu dữ liệu cho một đơn vị (tự tính điểm bằng công thức)
  score TỆP… [-o KẾT-QUẢ.xlsx] [--rubric ID]
                          chấm điểm các phiếu dữ liệu, ghi sổ kết quả (không sửa tệp gốc)
  consolidate TỆP|THƯ-MỤC… -o TỔNG-HỢP.xlsx [--khoi TÊN] [--ky 2023] [--rubric ID]
                          tổng hợp, xếp hạng các đơn vị của Khối, đề xuất khen thưởng
                          [--roster THANH-VIEN.xlsx] tình hình nộp; [--appraisal THAM-DINH.xlsx] kết quả
                          thẩm định và lý do; [--explanations THƯ-MỤC] giải trình; [--previous NĂM-TRƯỚC.xlsx]
                          so với năm trước; [--final] bản chính thức (mã SHA-256 các tệp, khoá mọi trang)
  roster-template -o THANH-VIEN.xlsx
                          mẫu danh sách đơn vị thành viên (Mã | Tên đơn vị | Đầu mối | Liên hệ)
  template --roster THANH-VIEN.xlsx --rubric ID [--khoi TÊN] [--ky 2023] -o THƯ-MỤC/
                          một phiếu dữ liệu cho mỗi đơn vị thành viên (không ghi đè tệp đã có)
  appraise TỆP|THƯ-MỤC… -o THAM-DINH.xlsx [--roster THANH-VIEN.xlsx]
                          phiếu thẩm định của Khối: mỗi đơn vị, mỗi tiêu chí một dòng
  notices TỆP|THƯ-MỤC… --appraisal THAM-DINH.xlsx -o THƯ-MỤC/
                          thông báo kết quả thẩm định cho từng đơn vị, có cột giải trình
  verify TỔNG-HỢP.xlsx TỆP|THƯ-MỤC… [--appraisal THAM-DINH.xlsx]
                          kiểm tra bản chính thức: các tệp còn nguyên (0) hay đã đổi, thiếu, thừa (1)
  rubric-template -o TỆP.xlsx
                          mẫu trang bộ tiêu chí (có ví dụ Mục I của phụ lục 2023 và hướng dẫn)
  rubric-import TỆP.xlsx [--sheet TÊN] -o BỘ-TIÊU-CHÍ.json
                          chuyển bảng phụ lục gõ trong Excel thành bộ tiêu chí, kiểm tra từng ô;
                          tệp .json dùng được ở mọi lệnh có --rubric
  targets --set ID [--year 2024] -o TỆP.xlsx
                          sổ theo dõi chỉ tiêu (nq04-dongthap, dti-province-2022…): kết quả các năm,
                          cột năm tới để điền, đánh giá Vượt/Đạt/Chưa đạt tự tính, khoảng cách đến mục tiêu
  targets --set ID --by-lead [--period 2023-11|2023-Q4] -o THƯ-MỤC/
                          mỗi đơn vị chủ trì một sổ báo cáo (chỉ các chỉ tiêu đơn vị chủ trì, đồng chủ trì)
  track TỆP|THƯ-MỤC… [-o BÁO-CÁO.xlsx]
                          đọc sổ theo dõi đã điền: đánh giá từng chỉ tiêu, số đạt/vượt/chưa đạt theo nhóm;
                          DTI: tổng điểm từ trụ cột, thứ hạng, trụ cột so với mục tiêu, chỉ tiêu chưa đạt;
                          sổ báo cáo theo đơn vị chủ trì: tổng hợp theo kỳ, đơn vị chưa gửi, báo cáo không khớp
  standards [--set ID] [--category LOẠI] [--unit TÊN] [--ky 2024] -o TỆP.xlsx
                          phiếu tiêu chuẩn thi đua theo loại đơn vị (mặc định dongthap-207-2022; LOẠI:
                          so-ban-nganh, huyen, xa, nong-nghiep, y-te, giao-duc, doanh-nghiep, ca-nhan)

Tùy chọn chung:
  --json                  in kết quả dạng JSON (thông báo ra stderr)
  --lang vi|en            ngôn ngữ thông báo (mặc định: vi)
  -h, --help              hướng dẫn này

Mã thoát: 0 tốt; 1 có đầu vào lỗi (kết quả vẫn được ghi); 2 dùng sai lệnh; 3 không ghi được kết quả (không có tệp nào được ghi).`,
  unknownVerb: (v: string) => `Không có lệnh "${v}". Gõ "ktd5 --help" để xem các lệnh.`,
  unknownFlag: (f: string) => `Tùy chọn "${f}" không có ở lệnh này.`,
  missingValue: (f: string) => `Tùy chọn "${f}" cần một giá trị.`,
  badValue: (f: string) => `Giá trị không hợp lệ: ${f}.`,
  missingArgument: (what: string) => `Thiếu ${what}.`,
  tooManyArguments: (what: string) => `Thừa đối số: ${what}.`,
  badLang: (l: string) => `Ngôn ngữ "${l}" không có; dùng vi hoặc en.`,
  unknownDocument: (id: string, known: string) => `Không có tài liệu "${id}". Các tài liệu có sẵn: ${known}.`,
  cannotReadFile: (f: string, why: string) => `Không đọc được tệp "${f}": ${why}`,
  notJson: (f: string) => `Tệp "${f}" không phải JSON hợp lệ.`,
  documentId: 'mã tài liệu',
  notARubric: (ref: string, kind: string) => `"${ref}" là tài liệu loại ${kind}, không phải bộ tiêu chí.`,
  needRubric: 'cần --rubric ID (hoặc đường dẫn tệp bộ tiêu chí .json)',
  needUnit: 'cần --unit TÊN-ĐƠN-VỊ',
  needOutput: 'cần -o TỆP.xlsx',
  needInputs: 'cần ít nhất một tệp .xlsx hoặc thư mục',
  notXlsxOutput: (f: string) => `Tệp kết quả "${f}" phải có đuôi .xlsx.`,
  outputIsInput: (f: string) => `Không ghi đè tệp đầu vào "${f}"; hãy chọn tên tệp kết quả khác.`,
  noSuchInput: (f: string) => `Không tìm thấy "${f}".`,
  noXlsxFound: 'Không tìm thấy tệp .xlsx nào.',
  written: (f: string) => `Đã ghi ${f}`,
  templateWritten: (f: string, unit: string) => `Đã tạo phiếu dữ liệu cho "${unit}": ${f}`,
  summary: (units: number, errors: number) => `Đã chấm ${units} đơn vị; ${errors} lỗi cần kiểm tra.`,
  cannotWrite: (f: string, why: string) => `Không ghi được "${f}": ${why}.`,
  nothingWritten: 'Không có tệp nào được ghi.',
  defaultOutputIsInput: (f: string) => `Tên tệp kết quả mặc định "${f}" trùng một tệp đầu vào; không ghi đè nó, hãy chỉ định tên khác bằng -o.`,
  kinds: { rubric: 'bộ tiêu chí', targets: 'chỉ tiêu', index: 'chỉ số' } as Record<string, string>,
  headers: { id: 'Mã', kind: 'Loại', title: 'Tên tài liệu', source: 'Nguồn' },
  sourceLine: (number: string, date: string, issuer: string) => `Nguồn: ${number || '(chưa ghi số)'} ngày ${date} — ${issuer}`,
  total: (n: number) => `Tổng điểm: ${formatNumber(n, 'vi')}`,
  points: (n: number) => `${formatNumber(n, 'vi')} điểm`,
  manual: (max: number) => `Chấm trực tiếp từ 0 đến ${formatNumber(max, 'vi')} điểm`,
  target: 'Chỉ tiêu',
  status: 'Theo văn bản',
  lead: 'Chủ trì',
  pillarsTitle: 'Trụ cột (trọng số trên 1000 điểm)',
  pillarTarget: 'mục tiêu',
  tableRows: (n: number) => `${n} dòng`,
  indicatorsTitle: 'Chỉ tiêu thành phần',
  needRubricSheet: 'tệp .xlsx có trang bộ tiêu chí',
  needJsonOutput: '-o TỆP.json',
  notJsonOutput: (f: string) => `Tệp kết quả "${f}" phải có đuôi .json.`,
  rubricNotWritten: (f: string) => `Trang bộ tiêu chí còn lỗi nên chưa ghi "${f}"; sửa các ô nêu trên rồi chạy lại.`,
  rubricImported: (f: string, id: string, sections: number, criteria: number, total: number) => `Đã ghi bộ tiêu chí ${id} (${sections} mục, ${criteria} tiêu chí, tổng ${formatNumber(total, 'vi')} điểm): ${f}`,
  rubricTemplateWritten: (f: string) => `Đã tạo mẫu trang bộ tiêu chí: ${f} (xem trang "Hướng dẫn" và trang "Ví dụ").`,
  needSet: 'cần --set ID (bộ chỉ tiêu: nq04-dongthap, dti-province-2022, …)',
  notATargetSet: (ref: string, sets: string) => `"${ref}" không phải bộ chỉ tiêu; các bộ có sẵn: ${sets}.`,
  targetsWritten: (f: string, id: string, n: number, year: string) => `Đã tạo sổ theo dõi ${id} (${n} chỉ tiêu, cột năm ${year} để điền): ${f}`,
  trackSet: (id: string, sheet: string, year: string, met: number, notMet: number, unknown: number, total: number) => `${id} — trang "${sheet}"${year ? `, năm ${year}` : ''}: đạt và vượt ${met}/${total}; chưa đạt ${notMet}/${total}; chưa đánh giá ${unknown}/${total}`,
  trackSetTowards: (id: string, sheet: string, year: string, targetYear: string, met: number, short: number, unknown: number, total: number) =>
    `${id} — trang "${sheet}", kết quả năm ${year} so với mục tiêu ${targetYear}: đã đạt ${met}/${total}; còn thiếu ${short}/${total}; chưa đánh giá ${unknown}`,
  trackCountsTowards: (vuot: number, dat: number, short: number, unknown: number) => `vượt ${vuot}, đạt ${dat}, còn thiếu ${short}, chưa đánh giá ${unknown}`,
  trackNotReachedTowards: (targetYear: string, n: number, unassessed: number) => `Chỉ tiêu thành phần còn thiếu so với mục tiêu ${targetYear}: ${n}; chưa đánh giá được: ${unassessed}`,
  trackCounts: (vuot: number, dat: number, chuaDat: number, unknown: number) => `vượt ${vuot}, đạt ${dat}, chưa đạt ${chuaDat}, chưa đánh giá ${unknown}`,
  trackDti: (subject: string, year: string, total: string, rank: string, place = '') => `DTI ${subject} năm ${year}: ${total} điểm (tính từ trụ cột), hạng ${rank}${place ? ` ${place}` : ''}`,
  trackBest: (name: string, value: string) => `cao nhất: ${name} ${value}`,
  trackNotReached: (n: number, unassessed: number) => `Chỉ tiêu thành phần chưa đạt mục tiêu: ${n}; chưa đánh giá được: ${unassessed}`,
  unknownCategory: (c: string, known: string) => `Không có loại đơn vị "${c}". Các loại: ${known}.`,
  standardsWritten: (f: string, n: number) => `Đã tạo phiếu tiêu chuẩn thi đua (${n} loại đơn vị): ${f}`,
  needOutputDir: 'cần -o THƯ-MỤC/ (mỗi đơn vị chủ trì một tệp)',
  byLeadNeedsDir: (f: string) => `Với --by-lead, -o là một thư mục, không phải tệp "${f}".`,
  badPeriodFlag: (p: string) => `Kỳ báo cáo "${p}" không hợp lệ; dùng tháng 2023-11 hoặc quý 2023-Q4.`,
  noLeads: (id: string) => `Bộ chỉ tiêu ${id} không ghi đơn vị chủ trì cho chỉ tiêu nào; không chia được theo đơn vị.`,
  leadExists: (f: string) => `Đã có tệp "${f}"; không ghi đè (xóa hoặc chuyển tệp cũ, hoặc chọn thư mục khác).`,
  leadWritten: (f: string, lead: string, n: number) => `Đã tạo sổ báo cáo của "${lead}" (${n} chỉ tiêu): ${f}`,
  leadsSummary: (written: number, total: number, dir: string) => `Đã ghi ${written}/${total} sổ báo cáo theo đơn vị chủ trì vào ${dir}`,
  trackLeads: (set: string, period: string, sent: number, leads: number) => `${set} — kỳ ${period}: ${sent}/${leads} đơn vị chủ trì đã gửi báo cáo`,
  trackLead: (lead: string, reported: number, assigned: number, reached: number, notReached: number) => `  ${lead}: đã báo cáo ${reported}/${assigned}; đạt và vượt ${reached}; chưa đạt ${notReached}`,
  trackNotSent: (names: string) => `Chưa gửi báo cáo: ${names}`,
  trackUnreported: (n: number, ids: string) => `Chỉ tiêu chưa có báo cáo: ${n}${n ? ` (${ids})` : ''}`,
  /** A table nothing of which is assessed yet: no "đạt và vượt 0/6" headline before anything is assessed. */
  trackSetUnassessed: (id: string, sheet: string, year: string, total: number) => `${id} — trang "${sheet}"${year ? `, năm ${year}` : ''}: chưa đánh giá ${total}/${total} — chưa có kết quả nào để đánh giá`,
  trackGroupUnassessed: (title: string, total: number) => `${title}: chưa đánh giá ${total}/${total}`,
};
