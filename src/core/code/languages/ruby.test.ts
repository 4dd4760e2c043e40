import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from '../language';
import { rubygemsPackage } from './ruby';
import { masked, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('ruby imports', () => {
  test.each<[string, Row[]]>([
    ["require 'json'", [['json', 'builtin', null, null]]],
    ["require 'net/http'", [['net/http', 'builtin', null, null]]],
    ['require "nokogiri"', [['nokogiri', 'unknown', 'nokogiri', 'rubygems']]],
    ["require 'active_record'", [['active_record', 'unknown', 'activerecord', 'rubygems']]],
    ["require 'net/ssh'", [['net/ssh', 'unknown', 'net', 'rubygems']]],
    [
      "require 'google/cloud/storage'",
      [['google/cloud/storage', 'unknown', 'google-cloud-storage', 'rubygems']],
    ],
    ["require_relative 'lib/helper'", [['lib/helper', 'local', null, null]]],
    ["require './config/boot'", [['./config/boot', 'local', null, null]]],
    ["gem 'rails', '~> 7.1'", [['rails', 'unknown', 'rails', 'rubygems']]],
    ["# require 'commented'\nputs \"require 'in_string'\"", []],
    ["=begin\nrequire 'in_doc'\n=end\nrequire 'set'", [['set', 'builtin', null, null]]],
  ])('%s', (code, expected) => {
    expect(rows(code, 'ruby')).toEqual(expected);
  });
});

describe('ruby: names, guesses and masking', () => {
  test('"rb" is "ruby"', () => {
    expect(normalizeLanguage('rb')).toBe('ruby');
  });

  test('an undeclared class is guessed as ruby', () => {
    expect(detectLanguage("require 'json'\n\nclass Foo\n  def bar\n    puts 'x'\n  end\nend")).toBe('ruby');
  });

  test('masks =begin ... =end', () => {
    expect(masked('=begin\nx\n=end\ny', 'ruby')).toBe('      \n \n    \ny');
  });
});

describe('ruby: require path -> gem', () => {
  test.each([
    ['active_support/core_ext', 'activesupport'],
    ['sinatra/base', 'sinatra'],
    ['google/cloud/pubsub', 'google-cloud-pubsub'],
  ])('rubygems %s -> %s', (path, gem) => {
    expect(rubygemsPackage(path)).toBe(gem);
  });
});
