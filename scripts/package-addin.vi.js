/** `npm run package`'s own lines in Vietnamese (the same keys as package-addin.en.js). */
module.exports = {
  usage: 'Cách dùng: npm run package -- --env origin=https://máy-chủ/thư-mục/ [--env version=1.2.0.0] [--env officejs=local] [--out THƯ-MỤC] [--no-build]',
  noOrigin: 'Cần --env origin=… (địa chỉ https nơi đặt add-in): gói triển khai không dùng địa chỉ localhost của máy phát triển.',
  building: (o) => `Đang dựng add-in cho ${o.origin} (office.js: ${o.officeJs === 'cdn' ? 'CDN của Microsoft' : 'tự lưu trữ'})…`,
  buildFailed: 'Dựng add-in thất bại (xem thông báo của webpack ở trên).',
  invalid: (n) => `Manifest của bản dựng có ${n} lỗi: chưa tạo gói.`,
  written: (file, n, v) => `Đã tạo ${file} (${n} tệp, phiên bản ${v}). Hướng dẫn: TRIEN-KHAI.md trong gói.`,
  writeFailed: (file, why) => `Không ghi được ${file}: ${why}`,
};
