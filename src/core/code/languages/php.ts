// PHP: top-level `use Vendor\Pkg\Class;` (grouped and aliased too), and require/include of files; global
// classes, namespaces the article declares. A namespace maps to its Composer package only where the mapping is well
// known (below); those are looked up on Packagist, the rest stay unknown (a namespace names no package by itself).
import { declaredNames } from '../local';
import {
  settled,
  unresolvable,
  type Classification,
  type Found,
  type Language,
  type LocalNames,
  unverified,
} from '../types';

const USE = /^[ \t]*use[ \t]+(?:function[ \t]+|const[ \t]+)?([^;(]{1,300});/dgm;
const INCLUDE = /(?<![\w$>:\\])(?:require_once|require|include_once|include)\b[ \t]*\(?([^;\n]{0,300})/dg;
const STRING = /(['"])(\uE000+)\1/d;

// Namespace prefix -> Composer package (longest prefix wins); Symfony components follow a rule instead.
const COMPOSER: Record<string, string> = {
  GuzzleHttp: 'guzzlehttp/guzzle',
  Monolog: 'monolog/monolog',
  Illuminate: 'laravel/framework',
  Carbon: 'nesbot/carbon',
  'Doctrine\\ORM': 'doctrine/orm',
  'Doctrine\\DBAL': 'doctrine/dbal',
  PHPUnit: 'phpunit/phpunit',
  'Psr\\Log': 'psr/log',
  'Psr\\Container': 'psr/container',
  'Psr\\SimpleCache': 'psr/simple-cache',
  'Psr\\Http\\Message': 'psr/http-message',
  'Psr\\Http\\Client': 'psr/http-client',
  'Ramsey\\Uuid': 'ramsey/uuid',
  'League\\Flysystem': 'league/flysystem',
  'Firebase\\JWT': 'firebase/php-jwt',
  Stripe: 'stripe/stripe-php',
  Aws: 'aws/aws-sdk-php',
  Twig: 'twig/twig',
  'PHPMailer\\PHPMailer': 'phpmailer/phpmailer',
  Dotenv: 'vlucas/phpdotenv',
  Faker: 'fakerphp/faker',
  Predis: 'predis/predis',
  Slim: 'slim/slim',
  Mockery: 'mockery/mockery',
  Livewire: 'livewire/livewire',
  OpenAI: 'openai-php/client',
};

/** Why: names the Composer package of a namespace where it is well known; null otherwise. */
export function composerPackage(namespace: string): string | null {
  const parts = namespace.split('\\');
  if (parts[0] === 'Symfony' && parts[1] === 'Component' && parts[2]) return `symfony/${kebab(parts[2])}`;
  if (parts[0] === 'Google' && parts[1] === 'Cloud' && parts[2]) return `google/cloud-${kebab(parts[2])}`;
  for (let n = parts.length; n >= 1; n--) {
    const hit = COMPOSER[parts.slice(0, n).join('\\')];
    if (hit) return hit;
  }
  return null;
}

function kebab(name: string): string {
  return name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase();
}

function extract(masked: string, src: string): Found[] {
  const out: Found[] = [];
  // Only `use` at brace depth 0 (or inside a braced namespace) imports; inside a class it applies a trait.
  let depth = 0;
  let scanned = 0;
  const namespaceBraced = /^[ \t]*namespace\b[^;{]*\{/m.test(masked);
  for (const m of masked.matchAll(USE)) {
    const at = m.index ?? 0;
    for (; scanned < at; scanned++) {
      if (masked[scanned] === '{') depth++;
      else if (masked[scanned] === '}') depth = Math.max(0, depth - 1);
    }
    if (depth > (namespaceBraced ? 1 : 0)) continue;
    const base = m.indices?.[1]?.[0] ?? 0;
    const body = m[1] as string;
    const group = /^([^{]*)\{/.exec(body);
    const items = group ? [{ text: (group[1] as string).replace(/\\\s*$/, ''), at: 0 }] : splitTopLevel(body);
    for (const item of items) {
      const name = item.text.replace(/\s+as\s+\w+\s*$/i, '').trim();
      const lead = item.text.indexOf(name);
      if (/^\\?[A-Za-z_][\w\\]*$/.test(name))
        out.push({ module: name.replace(/^\\/, ''), offset: base + item.at + lead });
    }
  }
  for (const m of masked.matchAll(INCLUDE)) {
    const arg = m[1] as string;
    const s = STRING.exec(arg);
    if (!s) continue;
    const start = (m.indices?.[1]?.[0] ?? 0) + (s.indices?.[2]?.[0] ?? 0);
    out.push({ module: src.slice(start, start + (s[2] as string).length), offset: start, local: true });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function splitTopLevel(body: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const part of body.split(',')) {
    out.push({ text: part, at });
    at += part.length + 1;
  }
  return out;
}

function classify(found: Found, local: LocalNames): Classification {
  if (found.local) return settled('local', 'file in this project');
  const ns = found.module;
  const root = ns.split('\\')[0] ?? ns;
  if (!ns.includes('\\')) return settled('builtin', 'global class');
  if (root === 'App' || [...declaredNames(local, 'php')].some((d) => (d.split('\\')[0] ?? d) === root)) {
    return settled('local', 'defined in this article');
  }
  const pkg = composerPackage(ns);
  return pkg ? unverified(pkg, 'packagist') : unresolvable('no known Composer package for this namespace');
}

/** Why: PHP posts `use` framework namespaces; known ones name their Composer package, looked up on Packagist. */
export const php: Language = {
  name: 'php',
  aliases: ['php3', 'php4', 'php5', 'php7', 'php8'],
  signals: [
    [/<\?php/, 5],
    [/\$[a-zA-Z_]\w*[ \t]*=(?![=>])/, 2],
    [/\$this->/, 3],
    [/^[ \t]*namespace[ \t]+[\w\\]+;/m, 3],
    [/^[ \t]*use[ \t]+\w+\\[\w\\]+/m, 3],
  ],
  mask: { line: ['//', '#'], block: true, quotes: '\'"`', multiline: true },
  registry: 'packagist',
  extract,
  classify,
  local: {
    files: ['php'],
    declarations: /^[ \t]*namespace[ \t]+\\?([A-Za-z_][\w\\]*)[ \t]*[;{]/gm,
  },
};
