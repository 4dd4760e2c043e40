// Ruby imports: `require 'x'`, `require_relative 'x'` and `load 'x.rb'` (local), and Gemfile `gem 'x'`.
import { rubygemsPackage } from '../packages';
import { localSet, normalizeName } from '../local';
import {
  settled,
  unverified,
  type Classification,
  type Found,
  type LanguageSupport,
  type LocalNames,
} from '../types';

const REQUIRE = /(?<![\w.$:])(require_relative|require|load|gem)\b[ \t]*\(?[ \t]*(['"])(\uE000+)\2/dg;

// Standard library and default gems: required without a Gemfile entry.
const STDLIB = new Set(
  `English abbrev base64 benchmark bigdecimal bundler bundler/setup cgi continuation coverage csv date delegate
  did_you_mean digest drb erb etc expect fcntl fiber fiddle fileutils find forwardable getoptlong io/console
  io/nonblock io/wait ipaddr irb json logger matrix minitest monitor mutex_m net/ftp net/http net/https net/imap
  net/pop net/protocol net/smtp nkf objspace observer open-uri open3 openssl optparse ostruct pathname pp
  prettyprint prime pstore psych pty racc rbconfig rdoc readline reline resolv ripper rubygems securerandom set
  shellwords singleton socket stringio strscan syslog tempfile test/unit thread time timeout tmpdir tracer tsort
  un uri weakref win32ole yaml zlib`.split(/\s+/),
);
const STDLIB_ROOTS = new Set([
  'digest',
  'json',
  'openssl',
  'psych',
  'rdoc',
  'uri',
  'io',
  'cgi',
  'drb',
  'erb',
]);

function extract(masked: string, src: string): Found[] {
  return [...masked.matchAll(REQUIRE)].map((m) => {
    const [start, end] = m.indices?.[3] ?? [0, 0];
    const module = src.slice(start, end);
    return m[1] === 'require_relative' || m[1] === 'load'
      ? { module, offset: start, local: true }
      : { module, offset: start };
  });
}

function classify(found: Found, local: LocalNames): Classification {
  const path = found.module.replace(/\.rb$/, '');
  if (found.local || /^(?:\.{1,2}\/|\/|~)/.test(path)) return settled('local', 'file in this project');
  const root = path.split('/')[0] ?? path;
  if (STDLIB.has(path) || STDLIB_ROOTS.has(root)) return settled('builtin');
  if (localSet(local, 'rb').has(path) || local.projects.has(normalizeName(root))) {
    return settled('local', 'defined in this article');
  }
  return unverified(rubygemsPackage(path), 'rubygems');
}

/** Why: a `require` of a gem that does not exist fails at load time, like a Python import. */
export const ruby: LanguageSupport = { extract, classify };
