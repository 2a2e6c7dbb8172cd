/** Vietnamese messages (the default language of KTD5). */
import { type TargetStatusCode } from '../status';
import { type GapWords } from '../gap';
import { num, quantity } from './numbers';
import { type CitationWords, type MessageCatalog } from './types';

export const vi: MessageCatalog = {
  'phrase.empty': () => 'Cụm từ trống: cần một mức chấm như "Từ 90% đến dưới 100%" hoặc "Có".',
  'phrase.noNumber': (p) => `Không hiểu cụm từ "${p.phrase}": không có con số, cũng không phải "Có"/"Không".`,
  'phrase.unknownWords': (p) => `Không hiểu cụm từ "${p.phrase}": từ "${p.words}" không phải cách ghi mức chấm quen thuộc (Từ, Trên, Dưới, Đạt, Tối thiểu, … trở lên).`,
  'phrase.tooManyNumbers': (p) => `Không hiểu cụm từ "${p.phrase}": có ${p.count} con số, một mức chỉ được có một hoặc hai (Từ … đến …).`,
  'phrase.rangeWithoutDen': (p) => `Không hiểu cụm từ "${p.phrase}": có hai con số nhưng thiếu chữ "đến" giữa chúng.`,
  'phrase.reversedRange': (p) => `Cụm từ "${p.phrase}": số đầu lớn hơn số sau (khoảng bị ngược).`,
  'phrase.badNumber': (p) => `Con số "${p.number}" trong cụm từ "${p.phrase ?? ''}" không đọc được.`,
  'value.notPercent': (p) => `Giá trị "${num(p.value, 'vi')}" không phải là tỷ lệ phần trăm (ví dụ hợp lệ: 95%, 95,5%, 0,95).`,
  'value.percentOutOfRange': (p) => `Tỷ lệ "${num(p.value, 'vi')}" nằm ngoài khoảng 0%–100%.`,
  'value.percentPoints': (p) => `Giá trị ${num(p.value, 'vi')} được hiểu là ${num(p.percent, 'vi')}% (nên nhập "${num(p.percent, 'vi')}%" hoặc ${num(Number(p.percent) / 100, 'vi')}).`,
  'value.notCount': (p) => `Giá trị "${num(p.value, 'vi')}" không phải là một số lượng (ví dụ hợp lệ: 20).`,
  'value.notWholeCount': (p) => `Số lượng "${num(p.value, 'vi')}" phải là số nguyên.`,
  'value.negative': (p) => `Giá trị "${num(p.value, 'vi')}" không được âm.`,
  'value.notYesNo': (p) => `Giá trị "${num(p.value, 'vi')}" không phải "Có" hoặc "Không".`,
  'value.unknownChoice': (p) => `Giá trị "${num(p.value, 'vi')}" không thuộc các lựa chọn: ${p.options}.`,
  'value.ambiguousChoice': (p) => `Giá trị "${num(p.value, 'vi')}" khớp với nhiều lựa chọn, cần ghi rõ: ${p.options}.`,
  'value.notNumber': (p) => `Giá trị "${num(p.value, 'vi')}" không phải là một con số.`,
  'value.manualAboveMax': (p) => `Điểm ${num(p.value, 'vi')} vượt quá điểm tối đa ${num(p.max, 'vi')} của tiêu chí.`,
  'value.unsupportedType': (p) => `Kiểu dữ liệu của "${num(p.value, 'vi')}" không dùng được cho tiêu chí này.`,
  'score.missing': (p) => (p.criterion ? `Tiêu chí ${p.criterion} chưa có giá trị (tính 0 điểm).` : 'Chưa có giá trị.'),
  'score.noBand': (p) => `Tiêu chí ${p.criterion}: giá trị${p.value === undefined ? '' : ` ${quantity(p.value, p.quantity, 'vi')}`} không thuộc mức chấm nào của văn bản.`,
  'score.unknownCriterion': (p) => `Không có tiêu chí "${p.criterion}" trong bộ tiêu chí ${p.rubric ?? ''}.`,
  'doc.schema': (p) => `Dữ liệu văn bản không hợp lệ tại ${p.path}: ${p.message}`,
  'doc.duplicateId': (p) => `Mã "${p.id}" bị trùng.`,
  'doc.builtinId': (p) => `Mã "${p.id}" là của một văn bản có sẵn; hãy đặt mã khác cho bộ tiêu chí mới (ví dụ "ktd5-2024").`,
  'lint.gap': (p) => `Tiêu chí ${p.criterion}: các mức chấm bỏ sót khoảng giá trị từ ${quantity(p.from, p.quantity, 'vi')} đến ${quantity(p.to, p.quantity, 'vi')} (gần mức "${p.band}").`,
  'lint.missingPoint': (p) => `Tiêu chí ${p.criterion}: không mức chấm nào nhận giá trị ${quantity(p.value, p.quantity, 'vi')} (gần mức "${p.band}").`,
  'lint.overlap': (p) => `Tiêu chí ${p.criterion}: mức "${p.first}" và mức "${p.second}" chồng lên nhau.`,
  'lint.bandAboveMax': (p) => `Tiêu chí ${p.criterion}: mức "${p.band}" cho ${num(p.points, 'vi')} điểm, vượt điểm tối đa ${num(p.max, 'vi')}.`,
  'lint.maxUnreachable': (p) => `Tiêu chí ${p.criterion}: không mức nào đạt điểm tối đa ${num(p.max, 'vi')}.`,
  'lint.sectionSum': (p) => `Mục ${p.section}: tổng điểm các tiêu chí là ${num(p.sum, 'vi')}, khác với ${num(p.points, 'vi')} điểm ghi cho mục.`,
  'lint.totalSum': (p) => `Tổng điểm các mục là ${num(p.sum, 'vi')}, khác với tổng cộng ${num(p.total, 'vi')} điểm.`,
  'lint.choiceDuplicate': (p) => `Tiêu chí ${p.criterion}: lựa chọn "${p.band}" bị lặp.`,
  'lint.boolBands': (p) => `Tiêu chí ${p.criterion}: cần đúng một mức "Có" và một mức "Không".`,
  'lint.mixedQuantities': (p) => `Tiêu chí ${p.criterion}: các mức chấm trộn lẫn tỷ lệ %, số lượng hoặc Có/Không.`,
  'lint.noBands': (p) => `Tiêu chí ${p.criterion}: không có mức chấm nào.`,
};

export const viCitation: CitationWords = { numbered: (n) => `số ${n}`, dated: (d) => `ngày ${d}` };

/** Target states as the documents print them. */
export const viStatusLabels: Record<TargetStatusCode, string> = { vuot: 'Vượt', dat: 'Đạt', 'chua-dat': 'Chưa đạt', unknown: 'Chưa đánh giá' };

/** How a gap to a target is worded ("còn thiếu 5,83 điểm phần trăm"; "Mục tiêu 2023: còn thiếu …"). */
export const viGapWords: GapWords = {
  short: 'còn thiếu',
  towards: (year) => `Mục tiêu ${year}: `,
  units: { percentPoints: 'điểm phần trăm', points: 'điểm' },
  money: (word) => word,
  of: (whole) => `(trên tổng ${whole})`,
};
