import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from '../language';
import { goModuleRoot } from './go';
import { masked, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('go imports', () => {
  test.each<[string, Row[]]>([
    ['import "fmt"', [['fmt', 'builtin', null, null]]],
    ['import "net/http"', [['net/http', 'builtin', null, null]]],
    [
      'import (\n\t"fmt"\n\tyaml "gopkg.in/yaml.v3"\n\t_ "github.com/lib/pq"\n\t. "github.com/onsi/gomega"\n)',
      [
        ['fmt', 'builtin', null, null],
        ['gopkg.in/yaml.v3', 'unknown', 'gopkg.in/yaml.v3', 'go'],
        ['github.com/lib/pq', 'unknown', 'github.com/lib/pq', 'go'],
        ['github.com/onsi/gomega', 'unknown', 'github.com/onsi/gomega', 'go'],
      ],
    ],
    ['import "github.com/x/y/z/w"', [['github.com/x/y/z/w', 'unknown', 'github.com/x/y', 'go']]],
    ['import "C"', [['C', 'builtin', null, null]]],
    ['import raw `github.com/a/b`', [['github.com/a/b', 'unknown', 'github.com/a/b', 'go']]],
    ['import (\n\t// "github.com/commented/out"\n\t"os"\n)', [['os', 'builtin', null, null]]],
    ['s := "import \\"github.com/in/string\\""', []],
  ])('%s', (code, expected) => {
    expect(rows(code, 'go')).toEqual(expected);
  });

  test.each([
    ['github.com/spf13/cobra/doc', 'github.com/spf13/cobra'],
    ['github.com/jackc/pgx/v5/pgxpool', 'github.com/jackc/pgx/v5'],
    ['golang.org/x/net/context', 'golang.org/x/net'],
    ['gopkg.in/yaml.v3', 'gopkg.in/yaml.v3'],
    ['gopkg.in/src-d/go-git.v4/plumbing', 'gopkg.in/src-d/go-git.v4'],
    ['go.uber.org/zap/zapcore', 'go.uber.org/zap'],
    ['google.golang.org/grpc/credentials', 'google.golang.org/grpc'],
    ['k8s.io/client-go/kubernetes', 'k8s.io/client-go'],
    ['cloud.google.com/go/storage', 'cloud.google.com/go/storage'],
  ])('module root of %s is %s', (path, root) => {
    expect(goModuleRoot(path)).toBe(root);
  });
});

describe('go: names, guesses and masking', () => {
  test('"golang" is "go"', () => {
    expect(normalizeLanguage('golang')).toBe('go');
  });

  test('an undeclared program is guessed as go', () => {
    expect(detectLanguage('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }')).toBe('go');
  });

  test('masks raw strings', () => {
    expect(masked('a := `raw\n"x"`', 'go')).toBe('a := `~~~\n~~~`');
  });
});
