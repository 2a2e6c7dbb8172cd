/**
 * The built-in documents as the pane lists them at start (id, kind, title, source, size), so the start
 * page needs neither the documents' data nor their schemas: those load with the first action.
 * test/taskpane/catalogue.test.ts checks that this equals what src/rubrics validates from the data.
 */
export interface CatalogueEntry {
  id: string;
  kind: 'rubric' | 'targets' | 'index';
  title: string;
  titleEn?: string;
  source: { number: string; date: string; issuer: string };
  /** Indicators of a target set, pillars of an index. */
  count?: number;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    "id": "ktd5-2023",
    "kind": "rubric",
    "title": "Tiêu chí đánh giá và điểm thi đua chuyên đề “Khối Thi đua 5 đẩy mạnh chương trình chuyển đổi số” năm 2023",
    "titleEn": "Evaluation criteria and emulation points, campaign “Emulation Block 5 pushes the digital transformation programme”, 2023",
    "source": {
      "number": "741/KH-KTĐ5",
      "date": "2023-07-25",
      "issuer": "Khối thi đua 5, tỉnh Đồng Tháp"
    }
  },
  {
    "id": "dongthap-207-2022",
    "kind": "targets",
    "title": "Tiêu chuẩn thi đua phong trào thi đua “Đồng Tháp đẩy mạnh chương trình chuyển đổi số” giai đoạn 2021 - 2025",
    "titleEn": "Emulation standards for the emulation movement \"Dong Thap accelerates its digital transformation programme\", 2021–2025",
    "source": {
      "number": "207/KH-UBND",
      "date": "2022-06-07",
      "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp"
    },
    "count": 34
  },
  {
    "id": "tuyenquang-154-2022",
    "kind": "targets",
    "title": "Các tiêu chí và chỉ tiêu thi đua đến năm 2025 — Phong trào thi đua “Chuyển đổi số trên địa bàn tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030”",
    "titleEn": "Emulation criteria and targets to 2025 — emulation movement \"Digital transformation in Tuyen Quang province to 2025, with orientation to 2030\"",
    "source": {
      "number": "154/KH-UBND",
      "date": "2022-08-12",
      "issuer": "Ủy ban nhân dân tỉnh Tuyên Quang"
    },
    "count": 46
  },
  {
    "id": "dti-province-2022",
    "kind": "index",
    "title": "Chỉ số chuyển đổi số (DTI) tỉnh Đồng Tháp năm 2022 và Kế hoạch cải thiện năm 2023",
    "titleEn": "Đồng Tháp province Digital Transformation Index (DTI) 2022 and the 2023 improvement plan",
    "source": {
      "number": "337/KH-UBND",
      "date": "2023-10-23",
      "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp"
    },
    "count": 8
  },
  {
    "id": "nq04-dongthap",
    "kind": "targets",
    "title": "Kết quả thực hiện các chỉ tiêu theo Nghị quyết số 04-NQ/TU đến năm 2025",
    "titleEn": "Results of the targets under Resolution No. 04-NQ/TU (digital transformation of Dong Thap province) to 2025 — status at end of 2023",
    "source": {
      "number": "07-BC/BCSD",
      "date": "2024-02-15",
      "issuer": "Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp"
    },
    "count": 17
  }
];
