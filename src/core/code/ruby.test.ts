import { describe, expect, test } from 'vitest';
import { rows, type Row } from '../../../tests/helpers/import-rows';

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
