/** Long texts cut for the 320 px pane: whole characters, an ellipsis, nothing cut that fits. */
import { clip, CLIP_CHARACTERS } from '../../src/taskpane/model/clip';

describe('clip', () => {
  test('a text that fits is shown whole', () => {
    expect(clip('Sở Thông tin và Truyền thông', CLIP_CHARACTERS.name)).toEqual({ shown: 'Sở Thông tin và Truyền thông', cut: false });
    const exact = 'a'.repeat(CLIP_CHARACTERS.name);
    expect(clip(exact, CLIP_CHARACTERS.name)).toEqual({ shown: exact, cut: false });
  });

  test('a 40,000-character name is cut to the limit, ending in an ellipsis', () => {
    const name = `Đơn_vị_${'X'.repeat(40000)}`;
    const { shown, cut } = clip(name, CLIP_CHARACTERS.name);
    expect(cut).toBe(true);
    expect(Array.from(shown)).toHaveLength(CLIP_CHARACTERS.name);
    expect(shown.endsWith('…')).toBe(true);
    expect(name.startsWith(shown.slice(0, -1))).toBe(true);
  });

  test('characters outside the BMP count as one and are never split', () => {
    const emoji = '😀'.repeat(10);
    expect(clip(emoji, 10)).toEqual({ shown: emoji, cut: false }); // 20 UTF-16 units, 10 characters
    const { shown } = clip('😀'.repeat(11), 10);
    expect(shown).toBe(`${'😀'.repeat(9)}…`);
  });
});
