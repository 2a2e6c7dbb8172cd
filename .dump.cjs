const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]);
  for (const ws of wb.worksheets) {
    console.log('=== ' + ws.name, JSON.stringify(ws.headerFooter||{}));
    ws.eachRow((row, r) => row.eachCell((c, col) => { const v = c.value; let s = v && typeof v === 'object' ? (v.formula ? '='+v.formula+' ->'+JSON.stringify(v.result) : v.richText ? v.richText.map(x=>x.text).join('') : JSON.stringify(v)) : String(v); console.log(`${c.address}\t${c.numFmt||''}\t${s}`); }));
  }
})();
