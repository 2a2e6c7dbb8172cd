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

Tùy chọn chung:
  --json                  in kết quả dạng JSON (thông báo ra stderr)
  --lang vi|en            ngôn ngữ thông báo (mặc định: vi)
  -h, --help              hướng dẫn này

Mã thoát: 0 tốt; 1 có đầu vào lỗi; 2 dùng sai lệnh.`,
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
  cannotWrite: (f: string, why: string) => `Không ghi được "${f}": ${why}`,
  kinds: { rubric: 'bộ tiêu chí', targets: 'chỉ tiêu', index: 'chỉ số' } as Record<string, string>,
  headers: { id: 'Mã', kind: 'Loại', title: 'Tên tài liệu', source: 'Nguồn' },
  sourceLine: (number: string, date: string, issuer: string) => `Nguồn: ${number || '(chưa ghi số)'} ngày ${date} — ${issuer}`,
  total: (n: number) => `Tổng điểm: ${n}`,
  points: (n: number) => `${n} điểm`,
  manual: (max: number) => `Chấm trực tiếp từ 0 đến ${max} điểm`,
  target: 'Chỉ tiêu',
  status: 'Tài liệu ghi',
  lead: 'Chủ trì',
  pillarsTitle: 'Trụ cột (trọng số trên 1000 điểm)',
  pillarTarget: 'mục tiêu',
  tableRows: (n: number) => `${n} dòng`,
  indicatorsTitle: 'Chỉ tiêu thành phần',
};
