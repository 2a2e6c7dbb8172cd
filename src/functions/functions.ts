/**
 * KTD5.* — the Excel custom functions (namespace KTD5, set in manifest.xml). Each function is a thin
 * wrapper over the engine (see ./core.ts); custom-functions-metadata-plugin reads the JSDoc below to
 * generate dist/functions.json and appends `CustomFunctions.associate(id, fn)` for each one.
 * Descriptions are Vietnamese (the default); English metadata is generated from ./help.en.json.
 *
 * Problems are returned as `CustomFunctions.Error` (#VALUE! or #N/A with a short message), never a
 * wrong number and never a plain Error. The bundle loads in a bare JS runtime: only the
 * `CustomFunctions` global is used, and only when a function is called or registered.
 */
import '../zod-jitless';
import * as core from './core';
import { requestFullRecalculation } from './recalc';
import { restoreWorkbookRubrics } from './workbook-rubrics';

// The metadata generator reads parameter types from the signatures: only string, number, boolean,
// any and their arrays are allowed there, so cells are `any` (core.ts narrows them).
/* eslint-disable @typescript-eslint/no-explicit-any */
type OutCell = string | number | CustomFunctions.Error;

// Outside Office (the standalone page, with no office.js) there is no CustomFunctions runtime: a no-op
// registry lets the page load this bundle anyway. Inside Excel the host's own runtime is always there.
if (typeof CustomFunctions === 'undefined') {
  (globalThis as Record<string, unknown>).CustomFunctions = { associate: () => undefined };
}

// Message language follows Office's display language when the host tells it (Vietnamese otherwise).
// Rubrics the pane stored in the workbook's settings become usable by id (see workbook-rubrics.ts):
// read when Office is ready, or at the first unknown id if Excel calls a function before that.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  let restored = false;
  const restore = () => {
    if (restored) return;
    try {
      const result = restoreWorkbookRubrics(Office.context?.document?.settings);
      restored = result !== undefined;
      // Cells computed before these rubrics existed (#N/A, KTD5.RUBRICS()) are recalculated once.
      if (result && result.restored.length > 0) void requestFullRecalculation();
    } catch {
      // Office.context may not be there yet: the next unknown id, or onReady, tries again
    }
  };
  core.setUnknownRubricHook(restore);
  void Office.onReady(() => {
    const lang = typeof Office.context?.displayLanguage === 'string' ? Office.context.displayLanguage.toLowerCase() : '';
    if (lang.startsWith('en')) core.setLanguage('en');
    restore();
  });
}

function excelError(f: core.Failure): CustomFunctions.Error {
  const code = f.code === 'invalidValue' ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, f.message);
}

/** What `compute` returns; a problem thrown as the Excel error that names it. */
function guarded<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw excelError(core.asFailure(e));
  }
}

function toExcel(rows: (string | number | core.Failure)[][]): OutCell[][] {
  return rows.map((row) => row.map((c) => (c instanceof core.Failure ? excelError(c) : c)));
}

/**
 * Điểm của một tiêu chí cho giá trị đã nhập, theo các mức chấm của tài liệu (ô trống tính 0 điểm).
 * @customfunction SCORE
 * @param {string} criterion Mã tiêu chí theo tài liệu, ví dụ "II.4".
 * @param {any} value Giá trị tự đánh giá hoặc thẩm định: 95%, "95,5%", 0,95, "Có", số lượng, điểm chấm trực tiếp.
 * @param {string} [rubric] Mã bộ tiêu chí (mặc định "ktd5-2023").
 * @returns {number} Điểm đạt được.
 */
function score(criterion: string, value: any, rubric?: string): number {
  return guarded(() => core.score(criterion, value, rubric));
}

/**
 * Mức chấm của tài liệu mà giá trị rơi vào, đúng như văn bản ghi.
 * @customfunction BAND
 * @param {string} criterion Mã tiêu chí theo tài liệu, ví dụ "II.4".
 * @param {any} value Giá trị tự đánh giá hoặc thẩm định.
 * @param {string} [rubric] Mã bộ tiêu chí (mặc định "ktd5-2023").
 * @returns {string} Mức chấm khớp, ví dụ "Từ 90% đến dưới 100%".
 */
function band(criterion: string, value: any, rubric?: string): string {
  return guarded(() => core.band(criterion, value, rubric));
}

/**
 * Điểm tối đa của một tiêu chí ("II.4"), một mục ("II") hoặc cả bộ tiêu chí ("").
 * @customfunction MAXPOINTS
 * @param {string} id Mã tiêu chí hoặc mã mục; để trống ("") để lấy tổng điểm của bộ tiêu chí.
 * @param {string} [rubric] Mã bộ tiêu chí (mặc định "ktd5-2023").
 * @returns {number} Điểm tối đa.
 */
function maxpoints(id: string, rubric?: string): number {
  return guarded(() => core.maxPoints(id, rubric));
}

/**
 * Tổng điểm của các tiêu chí trong một vùng mã và một vùng giá trị cùng kích thước.
 * @customfunction TOTAL
 * @param {any[][]} criteria Vùng chứa mã tiêu chí.
 * @param {any[][]} values Vùng chứa giá trị tương ứng (cùng số ô).
 * @param {string} [rubric] Mã bộ tiêu chí (mặc định "ktd5-2023").
 * @returns {number} Tổng điểm.
 */
function total(criteria: any[][], values: any[][], rubric?: string): number {
  return guarded(() => core.total(criteria, values, rubric));
}

/**
 * Bảng điểm chi tiết (mã, điểm, điểm tối đa, mức chấm), mỗi tiêu chí một dòng theo thứ tự của bộ tiêu chí.
 * @customfunction BREAKDOWN
 * @param {any[][]} values Một cột giá trị theo đúng thứ tự tiêu chí của bộ tiêu chí.
 * @param {string} [rubric] Mã bộ tiêu chí (mặc định "ktd5-2023").
 * @returns {any[][]} Bảng tràn: mã, điểm, điểm tối đa, mức chấm.
 */
function breakdown(values: any[][], rubric?: string): any[][] {
  return guarded(() => toExcel(core.breakdown(values, rubric)));
}

/**
 * Thứ hạng của một giá trị trong danh sách, từ cao xuống thấp; bằng điểm thì đồng hạng (1, 2, 2, 4).
 * @customfunction RANK
 * @param {any} value Giá trị cần xếp hạng (ví dụ tổng điểm của một đơn vị).
 * @param {any[][]} range Vùng các giá trị để so sánh.
 * @returns {number} Thứ hạng.
 */
function rank(value: any, range: any[][]): number {
  return guarded(() => core.rank(value, range));
}

/**
 * Kết quả so với chỉ tiêu: "Đạt", "Vượt" hoặc "Chưa đạt", theo cách hiểu của văn bản.
 * @customfunction STATUS
 * @param {any} actual Kết quả thực hiện, ví dụ 58% hoặc "Trên 75%".
 * @param {string} target Chỉ tiêu như văn bản ghi, ví dụ "Trên 55%", "Tăng tối thiểu 7%", "Duy trì 100%".
 * @param {any} [previous] Kết quả kỳ trước, cần cho chỉ tiêu "Duy trì" hoặc "Có tăng trưởng" không kèm số.
 * @returns {string} Đạt, Vượt hoặc Chưa đạt.
 */
function status(actual: any, target: string, previous?: any): string {
  return guarded(() => core.status(actual, target, previous));
}

/**
 * Chỉ số DTI cấp tỉnh: tổng có trọng số của 8 chỉ số trụ cột (trọng số của Quyết định 922/QĐ-BTTTT).
 * @customfunction DTI
 * @param {any[][]} pillars Một hàng 8 chỉ số trụ cột (0–1): Nhận thức số, Thể chế số, Hạ tầng số, Nhân lực số, An toàn thông tin mạng, Chính quyền số, Kinh tế số, Xã hội số.
 * @returns {number} Chỉ số DTI (0–1).
 */
function dti(pillars: any[][]): number {
  return guarded(() => core.dtiIndex(pillars));
}

/**
 * Danh sách các tài liệu có sẵn và các bộ tiêu chí lưu trong sổ tính: mã, tên, văn bản nguồn.
 * @customfunction RUBRICS
 * @returns {string[][]} Bảng tràn: mã, tên, văn bản nguồn.
 */
function rubrics(): string[][] {
  return guarded(() => core.rubrics());
}

/**
 * Danh sách tiêu chí của một bộ tiêu chí: mã, nội dung, điểm tối đa.
 * @customfunction CRITERIA
 * @param {string} [rubric] Mã bộ tiêu chí (mặc định "ktd5-2023").
 * @returns {any[][]} Bảng tràn: mã, nội dung, điểm tối đa.
 */
function criteria(rubric?: string): any[][] {
  return guarded(() => core.criteria(rubric));
}

// Registered by the metadata plugin's CustomFunctions.associate calls; exported for tests and tools.
export { score, band, maxpoints, total, breakdown, rank, status, dti, rubrics, criteria };
