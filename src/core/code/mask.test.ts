import { describe, expect, test } from 'vitest';
import { FILL, lineLocator, maskCode, SYNTAX } from './mask';

const show = (code: string, language: string) =>
  maskCode(code, SYNTAX[language] ?? { line: [], quotes: '' }).replaceAll(FILL, '~');

describe('maskCode', () => {
  test.each([
    ['python', 'x = "a#b"  # note', 'x = "~~~"        '],
    ['python', "'''\nimport x\n'''", "'''\n~~~~~~~~\n'''"],
    ['javascript', "a = 'x'; // c\nb", "a = '~'; //  \nb".replace('//  ', '    ')],
    ['javascript', 'a = /re"g/; "s"', 'a = /~~~~/; "~"'],
    ['javascript', 'a = b / c / d', 'a = b / c / d'],
    ['javascript', 'x = `t ${y}`', 'x = `~~~~~~`'],
    ['go', 'a := `raw\n"x"`', 'a := `~~~\n~~~`'],
    ['rust', "fn f<'a>(s: &'a str) { '\"' }", "fn f<'a>(s: &'a str) { '~' }"],
    ['rust', '/* a /* b */ c */ x', '                  x'],
    ['rust', 'r#"a"b"# z', 'r#"~~~"# z'],
    ['ruby', '=begin\nx\n=end\ny', '      \n \n    \ny'],
    ['php', '# c\n// d\n$a = "b";', '   \n    \n$a = "~";'],
  ])('%s: %j', (language, code, expected) => {
    const masked = show(code, language);
    expect(masked).toBe(expected);
    expect(masked.length).toBe(code.length);
  });

  test('unterminated strings and comments mask to the end, keeping length and newlines', () => {
    const code = 'a = "open\nb = 1 /* open\nc';
    const masked = maskCode(code, SYNTAX.javascript ?? { line: [], quotes: '' });
    expect(masked.length).toBe(code.length);
    expect(masked.split('\n').length).toBe(3);
  });
});

describe('lineLocator', () => {
  test.each([
    [0, 1],
    [3, 1],
    [4, 2],
    [9, 3],
    [100, 3],
  ])('offset %i is on line %i', (offset, line) => {
    expect(lineLocator('abc\ndefg\nhi')(offset)).toBe(line);
  });
});
