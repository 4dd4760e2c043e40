import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from '../language';
import { composerPackage } from './php';
import { extractImports } from '../imports';
import { article, masked, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('php imports', () => {
  test.each<[string, Row[]]>([
    ['<?php\nuse GuzzleHttp\\Client;', [['GuzzleHttp\\Client', 'unknown', 'guzzlehttp/guzzle', 'packagist']]],
    [
      '<?php\nuse Symfony\\Component\\HttpFoundation\\Request;',
      [['Symfony\\Component\\HttpFoundation\\Request', 'unknown', 'symfony/http-foundation', 'packagist']],
    ],
    [
      '<?php\nuse \\Illuminate\\Support\\Facades\\DB;',
      [['Illuminate\\Support\\Facades\\DB', 'unknown', 'laravel/framework', 'packagist']],
    ],
    ['<?php\nuse Exception;', [['Exception', 'builtin', null, null]]],
    ['<?php\nuse App\\Models\\User;', [['App\\Models\\User', 'local', null, null]]],
    [
      '<?php\nnamespace Acme\\Shop;\nuse Acme\\Shop\\Models\\Order;',
      [['Acme\\Shop\\Models\\Order', 'local', null, null]],
    ],
    ['<?php\nuse Liam\\Core\\{Engine, Algebra};', [['Liam\\Core', 'unknown', null, null]]],
    [
      '<?php\nuse Monolog\\Logger, Psr\\Log\\LoggerInterface as Log;',
      [
        ['Monolog\\Logger', 'unknown', 'monolog/monolog', 'packagist'],
        ['Psr\\Log\\LoggerInterface', 'unknown', 'psr/log', 'packagist'],
      ],
    ],
    [
      "<?php\nrequire_once __DIR__ . '/vendor/autoload.php';",
      [['/vendor/autoload.php', 'local', null, null]],
    ],
    ["<?php\ninclude 'header.php';", [['header.php', 'local', null, null]]],
    // A trait inside a class body and a closure's `use` are not imports.
    ['<?php\nclass A {\n  use HasFactory;\n  function f() { return function () use ($x) {}; }\n}', []],
    ['<?php\n// use Fake\\Commented;\n$s = "use Fake\\InString;";', []],
  ])('%s', (code, expected) => {
    expect(rows(code, 'php')).toEqual(expected);
  });

  test.each([
    ['<?php\nuse GuzzleHttp\\Client;', 'not verified'],
    ['<?php\nuse Liam\\Core\\Engine;', 'no known Composer package for this namespace'],
  ])('%s stays unknown and says why', (code, reason) => {
    expect(extractImports(article([code, 'php']))[0]?.reason).toBe(reason);
  });
});

describe('php: names, guesses and masking', () => {
  test('"php8" is "php"', () => {
    expect(normalizeLanguage('php8')).toBe('php');
  });

  test('an undeclared script is guessed as php', () => {
    expect(detectLanguage('<?php\nnamespace App;\n\nuse Foo\\Bar;\n$x = 1;')).toBe('php');
  });

  test('masks # and // comments', () => {
    expect(masked('# c\n// d\n$a = "b";', 'php')).toBe('   \n    \n$a = "~";');
  });
});

describe('php: namespace -> Composer package', () => {
  test.each<[string, string | null]>([
    ['Symfony\\Component\\HttpKernel\\Kernel', 'symfony/http-kernel'],
    ['Google\\Cloud\\Storage\\StorageClient', 'google/cloud-storage'],
    ['Psr\\Http\\Message\\RequestInterface', 'psr/http-message'],
    ['Liam\\Core', null],
  ])('composer %s -> %j', (ns, pkg) => {
    expect(composerPackage(ns)).toBe(pkg);
  });
});
