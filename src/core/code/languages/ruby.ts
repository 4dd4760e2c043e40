// Ruby: `require 'x'`, `require_relative 'x'` and `load 'x.rb'` (local), and Gemfile `gem 'x'`; the standard
// library and default gems, files and gemspecs the article defines, and require path -> gem.
import { localSet, normalizeName } from '../local';
import {
  settled,
  unverified,
  type Classification,
  type Found,
  type Language,
  type LocalNames,
} from '../types';
import type { Registry } from '../../report';

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

const REGISTRY: Registry = 'rubygems';

function classify(found: Found, local: LocalNames): Classification {
  const path = found.module.replace(/\.rb$/, '');
  if (found.local || /^(?:\.{1,2}\/|\/|~)/.test(path)) return settled('local', 'file in this project');
  const root = path.split('/')[0] ?? path;
  if (STDLIB.has(path) || STDLIB_ROOTS.has(root)) return settled('builtin');
  if (localSet(local, 'rb').has(path) || local.projects.has(normalizeName(root))) {
    return settled('local', 'defined in this article');
  }
  return unverified(rubygemsPackage(path), REGISTRY);
}

// Ruby require path (first element or whole path) -> gem, where they differ.
const RUBYGEMS: Record<string, string> = {
  active_record: 'activerecord',
  active_support: 'activesupport',
  active_model: 'activemodel',
  active_job: 'activejob',
  active_storage: 'activestorage',
  action_controller: 'actionpack',
  action_dispatch: 'actionpack',
  action_view: 'actionview',
  action_mailer: 'actionmailer',
  action_cable: 'actioncable',
};

/** Why: `require 'active_record'` is the gem activerecord; `require 'google/cloud/storage'` is google-cloud-storage. */
export function rubygemsPackage(path: string): string {
  const parts = path.split('/');
  const first = parts[0] ?? path;
  if (first === 'google' && parts[1] === 'cloud' && parts[2]) return `google-cloud-${parts[2]}`;
  return RUBYGEMS[path] ?? RUBYGEMS[first] ?? first;
}

/** Why: a `require` of a gem that does not exist fails at load time, like a Python import. */
export const ruby: Language = {
  name: 'ruby',
  aliases: ['rb', 'gemfile'],
  signals: [
    [/^[ \t]*require(?:_relative)?[ \t]+['"][^'"\n]+['"][ \t]*$/m, 3],
    [/^[ \t]*def[ \t]+[\w.?!]+(?:\([^\n]*\))?[ \t]*$/m, 2],
    [/^[ \t]*end[ \t]*$/m, 2],
    [/\bdo[ \t]*\|[^|\n]*\|/, 3],
    [/^[ \t]*puts[ \t]/m, 2],
    [/\battr_(?:accessor|reader|writer)\b/, 3],
    [/^[ \t]*(?:module|class)[ \t]+[A-Z][\w:]*(?:[ \t]*<[ \t]*[A-Z][\w:]*)?[ \t]*$/m, 2],
  ],
  mask: { line: ['#'], quotes: '\'"`', multiline: true, rubyDoc: true },
  extract,
  classify,
  local: {
    files: ['rb'],
    projects: [/Gem::Specification[\s\S]{0,2000}?\.name[ \t]*=[ \t]*["']([^"'\n]+)["']/],
  },
  registry: REGISTRY,
};
