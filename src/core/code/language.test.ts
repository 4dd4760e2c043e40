import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from './language';

describe('normalizeLanguage', () => {
  test.each<[string | null, string | null]>([
    ['py', 'python'],
    ['Python3', 'python'],
    ['js', 'javascript'],
    ['jsx', 'javascript'],
    ['mjs', 'javascript'],
    ['node', 'javascript'],
    ['ts', 'typescript'],
    ['tsx', 'typescript'],
    ['golang', 'go'],
    ['rs', 'rust'],
    ['rb', 'ruby'],
    ['kt', 'kotlin'],
    ['language-python', 'python'],
    ['lang-js', 'javascript'],
    ['{.python}', 'python'],
    ['python title="app.py"', 'python'],
    ['python:app.py', 'python'],
    ['c++', 'cpp'],
    ['bash', 'shell'],
    ['yaml', 'yaml'],
    ['text', null],
    ['plaintext', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (declared, expected) => {
    expect(normalizeLanguage(declared)).toBe(expected);
  });
});

describe('detectLanguage', () => {
  test.each<[string, string | null]>([
    ['from liam_core import Engine\n\nengine = Engine()', 'python'],
    ['import numpy as np', 'python'],
    ['import matplotlib.pyplot as plt', 'python'],
    // Swift and Kotlin imports are not Python.
    ['import UIKit', null],
    ['import kotlinx.coroutines.Job as J', null],
    ['def area(r):\n    return 3.14 * r * r', 'python'],
    ["import React from 'react';\n\nexport default function App() {}", 'javascript'],
    ["const express = require('express');\nconst app = express();", 'javascript'],
    ["import type { A } from './a';\nexport interface B { x: string }", 'typescript'],
    ['package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }', 'go'],
    ['use std::io;\n\nfn main() {\n    let mut s = String::new();\n}', 'rust'],
    ['import java.util.List;\n\npublic class App {\n  public static void main(String[] a) {}\n}', 'java'],
    ["require 'json'\n\nclass Foo\n  def bar\n    puts 'x'\n  end\nend", 'ruby'],
    ['<?php\nnamespace App;\n\nuse Foo\\Bar;\n$x = 1;', 'php'],
    ['<!DOCTYPE html>\n<html><body><div>x</div></body></html>', 'html'],
    // Shell sessions and prose are never guessed as code.
    ['$ pip install liam-core\n$ python -m liam', null],
    ['pip install requests\nnpm install left-pad', null],
    ['Import the data from the warehouse and run the report before Friday.', null],
    ['Our platform delivers 40% faster insights for healthcare teams.', null],
    ['', null],
  ])('%j -> %j', (code, expected) => {
    expect(detectLanguage(code)).toBe(expected);
  });

  test.each<[string, string, string]>([
    ['import numpy as np', 'js', 'javascript'],
    ['from x import y\nprint(1)', 'text', 'python'],
  ])('%j declared %j -> %j (a declaration wins; "text" declares nothing)', (code, declared, expected) => {
    expect(detectLanguage(code, declared)).toBe(expected);
  });
});
