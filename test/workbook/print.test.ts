/** Print readiness: the pure rules, then real workbooks printed to PDF by LibreOffice (A4, one page wide). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { headerFooterText } from '../../src/workbook/header-footer';
import { printReady, rowHeights, wrappedLines } from '../../src/workbook/print';
import { emptySheet } from '../../src/workbook/spec';
import { capture } from '../helpers/cli';
import { findSoffice } from '../helpers/libreoffice';

describe('print rules', () => {
  it('escapes & in header/footer names', () => {
    expect(headerFooterText('A & B')).toBe('A && B');
  });
  it('counts wrapped lines by whole words', () => {
    expect(wrappedLines('một hai ba', 40)).toBe(1);
    expect(wrappedLines('một hai ba bốn năm sáu bảy tám chín mười', 11)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines('a\nb\nc', 40)).toBe(3);
  });
  it('sets a row height from the tallest wrapped cell, merged cells over their columns', () => {
    const s = emptySheet('x');
    s.columns = [{ width: 10 }, { width: 10 }, { width: 60 }];
    const long = 'Thực hiện tuyên truyền, quán triệt và triển khai sâu rộng trong cán bộ, công chức';
    s.cells.set('A2', { value: long, style: { wrap: true } });
    s.cells.set('A3', { value: long, style: { wrap: true } });
    s.merges.push('A3:C3');
    s.cells.set('A4', { value: long });
    const h = rowHeights(s);
    expect(h.get(2)).toBeGreaterThan(60);
    expect(h.get(3) ?? 15).toBeLessThan(h.get(2) as number);
    expect(h.has(4)).toBe(false);
  });
  it('gives every sheet A4, one page wide and the document name as header', () => {
    const wide = emptySheet('wide');
    wide.columns = Array.from({ length: 12 }, () => ({ width: 12 }));
    const spec = printReady({ title: 'Báo cáo', sheets: [wide, emptySheet('narrow')] });
    expect(spec.sheets.map((s) => [s.print?.paper, s.print?.fitToWidth, s.print?.orientation, s.print?.header])).toEqual([
      ['A4', true, 'landscape', 'Báo cáo'],
      ['A4', true, 'portrait', 'Báo cáo'],
    ]);
  });
});

const soffice = findSoffice();
(soffice ? describe : describe.skip)('workbooks printed by LibreOffice', () => {
  jest.setTimeout(600_000);
  it('prints A4 pages only, each with its sheet footer and page number', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-print-'));
    const profile = mkdtempSync(path.join(os.tmpdir(), 'ktd5-lo-profile-'));
    try {
      const files = [path.join(dir, 'xep-hang.xlsx'), path.join(dir, 'nq04.xlsx'), path.join(dir, 'dti.xlsx')];
      expect((await capture(['consolidate', 'examples/khoi-5-2023', '-o', files[0] as string])).code).toBe(0);
      expect((await capture(['targets', '--set', 'nq04-dongthap', '-o', files[1] as string])).code).toBe(0);
      expect((await capture(['targets', '--set', 'dti-province-2022', '-o', files[2] as string])).code).toBe(0);
      execFileSync(soffice as string, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 540_000 });
      const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
      expect(pdfs).toHaveLength(3);
      for (const pdf of pdfs) {
        const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', path.join(dir, pdf)], { encoding: 'utf8' });
        const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))].sort().join('x'));
        expect(sizes.length).toBeGreaterThan(0);
        expect(new Set(sizes)).toEqual(new Set(['595x842']));
        // One page wide: a column split would print pages without the footer's page number at the right edge
        // of the same page; every page carries "Trang k/N" with k counting up, so no page is blank or extra.
        sizes.forEach((_, i) => {
          const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path.join(dir, pdf), '-'], { encoding: 'utf8' });
          expect(text).toContain(`Trang ${i + 1}/${sizes.length}`);
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
