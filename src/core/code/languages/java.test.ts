import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from '../language';
import { mavenArtifact } from './java';
import { masked, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('java and kotlin imports', () => {
  test.each<[string, string, Row[]]>([
    ['java', 'import java.util.List;', [['java.util.List', 'builtin', null, null]]],
    ['java', 'import javax.crypto.Cipher;', [['javax.crypto.Cipher', 'builtin', null, null]]],
    [
      'java',
      'import jdk.incubator.vector.IntVector;',
      [['jdk.incubator.vector.IntVector', 'builtin', null, null]],
    ],
    ['java', 'import java.util.*;', [['java.util', 'builtin', null, null]]],
    ['java', 'import static java.lang.Math.max;', [['java.lang.Math.max', 'builtin', null, null]]],
    [
      'java',
      'import com.google.common.collect.ImmutableList;',
      [['com.google.common.collect.ImmutableList', 'unknown', 'com.google.guava:guava', 'maven']],
    ],
    [
      'java',
      'import org.apache.commons.lang3.StringUtils;',
      [['org.apache.commons.lang3.StringUtils', 'unknown', 'org.apache.commons:commons-lang3', 'maven']],
    ],
    [
      'java',
      'import javax.servlet.http.HttpServlet;',
      [['javax.servlet.http.HttpServlet', 'unknown', 'javax.servlet:javax.servlet-api', 'maven']],
    ],
    // No well-known artifact: nothing to ask Maven, so no package and no registry.
    ['java', 'import io.liam.core.Engine;', [['io.liam.core.Engine', 'unknown', null, null]]],
    [
      'java',
      'package com.acme.billing;\nimport com.acme.billing.model.Invoice;\nimport com.acme.common.Money;',
      [
        ['com.acme.billing.model.Invoice', 'local', null, null],
        ['com.acme.common.Money', 'local', null, null],
      ],
    ],
    ['java', '// import org.fake.Commented;\nString s = "import org.fake.InString;";', []],
    [
      'kotlin',
      'import kotlinx.coroutines.launch\nimport kotlin.math.max',
      [
        ['kotlinx.coroutines.launch', 'unknown', 'org.jetbrains.kotlinx:kotlinx-coroutines-core', 'maven'],
        ['kotlin.math.max', 'builtin', null, null],
      ],
    ],
    ['kt', 'import android.os.Bundle as B', [['android.os.Bundle', 'builtin', null, null]]],
  ])('%s: %s', (language, code, expected) => {
    expect(rows(code, language)).toEqual(expected);
  });
});

describe('java: names, guesses and masking', () => {
  test('"kt" is "kotlin"', () => {
    expect(normalizeLanguage('kt')).toBe('kotlin');
  });

  test('an undeclared class is guessed as java', () => {
    expect(
      detectLanguage(
        'import java.util.List;\n\npublic class App {\n  public static void main(String[] a) {}\n}',
      ),
    ).toBe('java');
  });

  // Kotlin's block comments nest; Java's end at the first `*/`.
  test.each([
    ['java', '/* a /* b */ c */ x', '             c */ x'],
    ['kotlin', '/* a /* b */ c */ x', '                  x'],
  ])('%s masks %j', (language, code, expected) => {
    expect(masked(code, language)).toBe(expected);
  });
});

describe('java: package -> Maven artifact', () => {
  test.each<[string, string | null]>([
    ['org.apache.commons.lang3.StringUtils', 'org.apache.commons:commons-lang3'],
    ['com.google.common.base.Preconditions', 'com.google.guava:guava'],
    ['com.fasterxml.jackson.databind.ObjectMapper', 'com.fasterxml.jackson.core:jackson-databind'],
    ['org.junit.jupiter.api.Test', 'org.junit.jupiter:junit-jupiter-api'],
    ['org.junit.Test', 'junit:junit'],
    ['io.liam.core.Engine', null],
  ])('maven %s -> %j', (module, artifact) => {
    expect(mavenArtifact(module)).toBe(artifact);
  });
});
