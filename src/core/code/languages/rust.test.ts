import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from '../language';
import { cargoPackage } from './rust';
import { masked, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('rust imports', () => {
  test.each<[string, Row[]]>([
    ['use std::collections::HashMap;', [['std::collections::HashMap', 'builtin', null, null]]],
    [
      'use core::fmt;\nuse alloc::vec::Vec;',
      [
        ['core::fmt', 'builtin', null, null],
        ['alloc::vec::Vec', 'builtin', null, null],
      ],
    ],
    ['use serde::{Deserialize, Serialize};', [['serde', 'unknown', 'serde', 'cargo']]],
    ['pub use liam_core::engine::*;', [['liam_core::engine', 'unknown', 'liam_core', 'cargo']]],
    ['pub(crate) use ::rand::Rng;', [['::rand::Rng', 'unknown', 'rand', 'cargo']]],
    ['use crate::config::Settings;', [['crate::config::Settings', 'local', null, null]]],
    [
      'use super::helpers;\nuse self::inner::X;',
      [
        ['super::helpers', 'local', null, null],
        ['self::inner::X', 'local', null, null],
      ],
    ],
    ['extern crate tokio_util;', [['tokio_util', 'unknown', 'tokio-util', 'cargo']]],
    ['#[tokio::main]\nasync fn main() {}', [['tokio', 'unknown', 'tokio', 'cargo']]],
    // A path root bound by an earlier `use` is not a crate; primitives and std are not reported from paths.
    [
      'use std::io;\nfn main() { io::stdin(); let m = i32::MAX; std::mem::drop(1); }',
      [['std::io', 'builtin', null, null]],
    ],
    // A module the block declares itself is not an import at all.
    ['mod util;\nfn main() { util::go(); }', []],
    ["fn f<'a>(x: &'a str) -> &'a str { x }\nuse rand::Rng;", [['rand::Rng', 'unknown', 'rand', 'cargo']]],
    ['let s = "use fake::x;"; // use other::y;\n/* use hidden::z; */', []],
    ["let c = '\"'; use after_quote::X;", [['after_quote::X', 'unknown', 'after_quote', 'cargo']]],
    ['let s = r#"use raw::x; "quoted" "#;', []],
  ])('%s', (code, expected) => {
    expect(rows(code, 'rust')).toEqual(expected);
  });

  test.each([
    ['tokio_util', 'tokio-util'],
    ['async_trait', 'async-trait'],
    ['serde_json', 'serde_json'],
    ['once_cell', 'once_cell'],
    ['made_up_crate', 'made_up_crate'],
  ])('crate %s is published as %s', (name, published) => {
    expect(cargoPackage(name)).toBe(published);
  });
});

describe('rust: names, guesses and masking', () => {
  test('"rs" is "rust"', () => {
    expect(normalizeLanguage('rs')).toBe('rust');
  });

  test('an undeclared program is guessed as rust', () => {
    expect(detectLanguage('use std::io;\n\nfn main() {\n    let mut s = String::new();\n}')).toBe('rust');
  });

  test.each([
    ["fn f<'a>(s: &'a str) { '\"' }", "fn f<'a>(s: &'a str) { '~' }"],
    ['/* a /* b */ c */ x', '                  x'],
    ['r#"a"b"# z', 'r#"~~~"# z'],
  ])('masks %j', (code, expected) => {
    expect(masked(code, 'rust')).toBe(expected);
  });
});
