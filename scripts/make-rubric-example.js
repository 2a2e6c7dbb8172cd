#!/usr/bin/env node
/**
 * Makes examples/rubric-sheets/ktd5-2023-phu-luc.xlsx: the appendix of Kế hoạch 741/KH-KTĐ5 (Kế hoạch
 * 741/KH-KTĐ5 ngày 25/7/2023 của Khối thi đua 5) typed into a rubric sheet the way a secretariat
 * would: TT | Tiêu chí đánh giá | Điểm, row by row as the document prints it, wrapped lines joined.
 * The rows below are typed from the document, not generated from src/rubrics/data: the round-trip
 * test checks that this sheet imports to exactly the built-in ktd5-2023.
 * Run after `npm run build:cli`:  node scripts/make-rubric-example.js
 */
const fs = require('node:fs');
const path = require('node:path');
const { rubricSheetWorkbook } = require('../lib/workbook/rubric-sheet/layout');
const { renderXlsx } = require('../lib/workbook/xlsx/render');

const OUT = path.join(__dirname, '..', 'examples', 'rubric-sheets', 'ktd5-2023-phu-luc.xlsx');

const meta = {
  id: 'ktd5-2023',
  title: 'Tiêu chí đánh giá và điểm thi đua chuyên đề “Khối Thi đua 5 đẩy mạnh chương trình chuyển đổi số” năm 2023',
  number: '741/KH-KTĐ5',
  date: '25/7/2023',
  issuer: 'Khối thi đua 5, tỉnh Đồng Tháp',
  sourceTitle: 'Kế hoạch phát động phong trào thi đua chuyên đề “Khối Thi đua 5 đẩy mạnh chương trình chuyển đổi số”',
  part: 'Phụ lục: Tiêu chí đánh giá và điểm thi đua chuyên đề',
};

// Phụ lục — TIÊU CHÍ ĐÁNH GIÁ VÀ ĐIỂM THI ĐUA CHUYÊN ĐỀ (TT, Tiêu chí đánh giá, Điểm).
const rows = [
  ['I', 'Công tác tuyên truyền, nâng cao nhận thức về chuyển đổi số', 20],
  ['1', 'Thực hiện tuyên truyền, quán triệt và triển khai sâu rộng trong cán bộ, công chức, viên chức và người lao động nhằm nâng cao nhận thức về chuyển đổi số bằng các hình thức phù hợp', 4],
  ['', 'Triển khai thường xuyên', 4],
  ['', 'Triển khai ít nhất 2 lần/năm', 2],
  ['', 'Không triển khai', 0],
  ['2', 'Có thành lập Tổ chuyển đổi số tại đơn vị và ban hành quy chế hoạt động của Tổ chuyển đổi số', 4],
  ['', 'Có', 4],
  ['', 'Không', 0],
  ['3', 'Lãnh đạo, cán bộ, công chức, viên chức được bồi dưỡng, tập huấn kỹ năng số để sử dụng thành thạo các ứng dụng công nghệ thông tin cơ bản cho yêu cầu công việc', 4],
  ['', 'Có', 4],
  ['', 'Không', 0],
  ['4', 'Cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số', 4],
  ['', 'Có', 4],
  ['', 'Không', 0],
  ['5', 'Cổng/Trang thông tin điện tử của cơ quan/đơn vị có xây dựng chuyên mục về chuyển đổi số', 4],
  ['', 'Đăng tải từ 20 văn bản, tin bài có liên quan đến chuyển đổi số trở lên', 4],
  ['', 'Từ 10 đến 19 văn bản, tin bài', 2],
  ['', 'Dưới 10 văn bản, tin bài', 0],
  ['II', 'Xây dựng chính quyền số', 40],
  ['1', 'Cập nhật, sửa đổi, ban hành các quy định, quy chế, các văn bản liên quan đến chương trình chuyển đổi số; cập nhật, trình UBND Tỉnh công bố thủ tục hành chính thuộc thẩm quyền quản lý theo Quyết định công bố của bộ, ngành Trung ương', 5],
  ['', 'Có', 5],
  ['', 'Không', 0],
  ['2', 'Tham gia cung cấp dữ liệu mở phục vụ người dân và phát triển kinh tế - xã hội', 5],
  ['', 'Có', 5],
  ['', 'Không', 0],
  ['3', 'Văn bản được trao đổi qua môi trường mạng dưới dạng văn bản điện tử, được ký số bởi chữ ký số chuyên dùng, trừ văn bản mật theo quy định của pháp luật', 5],
  ['', 'Có', 5],
  ['', 'Không', 0],
  ['4', 'Tích cực ứng dụng mô hình họp trực tuyến, họp không giấy, tăng cường trao đổi các tài liệu họp qua ứng dụng zalo, mail, quét QR…', 5],
  ['', '100% các cuộc họp không có tài liệu giấy', 5],
  ['', 'Từ 90% đến dưới 100%', 3],
  ['', 'Dưới 90%', 0],
  ['5', 'Thủ tục hành chính có đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4', 5],
  ['', '100%', 5],
  ['', 'Dưới 100%', 0],
  ['6', 'Số hoá kết quả giải quyết thủ tục hành chính còn hiệu lực', 5],
  ['', 'Đạt 100%', 5],
  ['', 'Dưới 100%', 0],
  ['7', 'Mức độ hài lòng của người dân, doanh nghiệp về kết quả giải quyết thủ tục hành chính', 5],
  ['', '100% thủ tục hành chính được đánh giá hài lòng', 5],
  ['', 'Từ 90% đến dưới 100%', 3],
  ['', 'Dưới 90%', 0],
  ['8', 'Báo cáo định kỳ về chỉ tiêu phát triển kinh tế - xã hội được thực hiện trên hệ thống phần mềm báo cáo của Tỉnh', 5],
  ['', 'Có', 5],
  ['', 'Không', 0],
  ['III', 'Góp phần xây dựng kinh tế số, xã hội số', 20],
  ['1', 'Cơ quan/đơn vị đã thực hiện chi trả lương qua tài khoản cho cán bộ, công chức, viên chức và người lao động', 5],
  ['', 'Đạt 100%', 5],
  ['', 'Từ 80% trở lên', 3],
  ['', 'Dưới 80%', 0],
  ['2', 'Tỷ lệ cán bộ, công chức, viên chức và người lao động có đăng ký và sử dụng ít nhất một trong các sản phẩm, dịch vụ ngân hàng hiện đại trong các giao dịch thanh toán hàng ngày (thẻ ghi nợ, thẻ tín dụng, ứng dụng mobile banking/internetbanking, thanh toán QR,…)', 5],
  ['', 'Trên 80%', 5],
  ['', 'Từ 50% đến 80%', 3],
  ['', 'Dưới 50%', 0],
  ['3', 'Tỷ lệ cán bộ, công chức, viên chức biết cách thức mua sắm trực tuyến', 5],
  ['', 'Đạt 70% trở lên', 5],
  ['', 'Từ 50% đến dưới 70%', 3],
  ['', 'Dưới 50%', 0],
  ['4', 'Tỷ lệ cán bộ, công chức, viên chức cài đặt và sử dụng thành thạo ứng dụng bảo hiểm xã hội số VSSID', 5],
  ['', 'Đạt 100%', 5],
  ['', 'Từ 90% đến dưới 100%', 3],
  ['', 'Dưới 90%', 0],
  ['IV', 'Có nhân tố mới, cách làm hay, bồi dưỡng, nhân rộng các điển hình tiên tiến trong thực hiện chương trình chuyển đổi số', 20],
  ['1', 'Cơ quan, đơn vị thực hiện sáng tạo, có hiệu quả nổi bật trong tổ chức các phong trào thi đua, có việc làm minh chứng cụ thể…', 5],
  ['2', 'Thực hiện tuyên truyền điển hình tiên tiến với nhiều hình thức, phương pháp đổi mới, kết hợp giữa hình thức truyền thống với hình thức trực tuyến, sử dụng công nghệ hiện đại', 5],
  ['3', 'Cơ quan/đơn vị có sáng kiến, cải tiến, kinh nghiệm được hội đồng sáng kiến cùng cấp công nhận và áp dụng hiệu quả vào thực tiễn', 10],
  ['', 'Tổng cộng', 100],
];

async function main() {
  const note = 'Phụ lục của Kế hoạch số 741/KH-KTĐ5 ngày 25/7/2023 của Khối thi đua 5, gõ lại đúng như văn bản in.';
  const bytes = await renderXlsx(rubricSheetWorkbook(meta, rows, 'Phụ lục', note));
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, bytes);
  console.log(`Đã ghi ${path.relative(process.cwd(), OUT)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
