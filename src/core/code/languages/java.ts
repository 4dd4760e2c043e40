// Java and Kotlin: `import a.b.C;`, `import static a.b.C.m;`, `import a.b.*;`, `import a.b.C as D`; the JDK,
// Kotlin and Android, packages and files the article defines. A Maven lookup needs 'group:artifact', which a
// package name does not give; only well-known packages are mapped, everything else stays unknown with no package
// (nothing to ask a registry).
import { declaredNames, localSet } from '../local';
import { C_LIKE } from '../mask';
import {
  settled,
  unresolvable,
  unverified,
  type Classification,
  type Found,
  type Language,
  type LocalNames,
} from '../types';
import type { Registry } from '../../report';

const IMPORT =
  /(?:^|;)[ \t]*import[ \t]+(?:static[ \t]+)?([A-Za-z_]\w*(?:[ \t]*\.[ \t]*(?:[A-Za-z_]\w*|\*))*)/dgm;

// javax packages that ship with the JDK; other javax (servlet, persistence, inject) are Maven artifacts.
const JDK_JAVAX = [
  'accessibility',
  'annotation.processing',
  'crypto',
  'imageio',
  'lang.model',
  'management',
  'naming',
  'net',
  'print',
  'rmi',
  'script',
  'security',
  'smartcardio',
  'sound',
  'sql',
  'swing',
  'tools',
  'transaction.xa',
  'xml',
].map((p) => `javax.${p}`);
const BUILTIN = [
  'java',
  'jdk',
  'sun',
  'com.sun',
  'org.w3c.dom',
  'org.xml.sax',
  'org.ietf.jgss',
  'kotlin',
  ...JDK_JAVAX,
];

// Package prefix -> Maven 'group:artifact' (longest prefix wins).
const MAVEN: Record<string, string> = {
  'org.apache.commons.lang3': 'org.apache.commons:commons-lang3',
  'org.apache.commons.text': 'org.apache.commons:commons-text',
  'org.apache.commons.collections4': 'org.apache.commons:commons-collections4',
  'org.apache.commons.io': 'commons-io:commons-io',
  'org.apache.commons.codec': 'commons-codec:commons-codec',
  'org.apache.http': 'org.apache.httpcomponents:httpclient',
  'org.apache.logging.log4j': 'org.apache.logging.log4j:log4j-api',
  'org.apache.kafka.clients': 'org.apache.kafka:kafka-clients',
  'com.google.common': 'com.google.guava:guava',
  'com.google.gson': 'com.google.code.gson:gson',
  'com.fasterxml.jackson.databind': 'com.fasterxml.jackson.core:jackson-databind',
  'com.fasterxml.jackson.core': 'com.fasterxml.jackson.core:jackson-core',
  'com.fasterxml.jackson.annotation': 'com.fasterxml.jackson.core:jackson-annotations',
  'org.junit.jupiter.api': 'org.junit.jupiter:junit-jupiter-api',
  'org.junit': 'junit:junit',
  'org.slf4j': 'org.slf4j:slf4j-api',
  'org.mockito': 'org.mockito:mockito-core',
  'org.assertj.core': 'org.assertj:assertj-core',
  'org.hamcrest': 'org.hamcrest:hamcrest',
  'org.springframework.boot.autoconfigure': 'org.springframework.boot:spring-boot-autoconfigure',
  'org.springframework.boot': 'org.springframework.boot:spring-boot',
  'org.springframework.web': 'org.springframework:spring-web',
  'org.springframework.context': 'org.springframework:spring-context',
  'org.springframework.stereotype': 'org.springframework:spring-context',
  'org.springframework.beans': 'org.springframework:spring-beans',
  'org.springframework.data.jpa': 'org.springframework.data:spring-data-jpa',
  lombok: 'org.projectlombok:lombok',
  okhttp3: 'com.squareup.okhttp3:okhttp',
  retrofit2: 'com.squareup.retrofit2:retrofit',
  'javax.servlet': 'javax.servlet:javax.servlet-api',
  'javax.persistence': 'javax.persistence:javax.persistence-api',
  'javax.inject': 'javax.inject:javax.inject',
  'jakarta.servlet': 'jakarta.servlet:jakarta.servlet-api',
  'jakarta.persistence': 'jakarta.persistence:jakarta.persistence-api',
  'io.reactivex.rxjava3': 'io.reactivex.rxjava3:rxjava',
  'reactor.core': 'io.projectreactor:reactor-core',
  'org.jsoup': 'org.jsoup:jsoup',
  'com.zaxxer.hikari': 'com.zaxxer:HikariCP',
  'io.micrometer.core': 'io.micrometer:micrometer-core',
  'org.yaml.snakeyaml': 'org.yaml:snakeyaml',
  'kotlinx.coroutines': 'org.jetbrains.kotlinx:kotlinx-coroutines-core',
  'kotlinx.serialization.json': 'org.jetbrains.kotlinx:kotlinx-serialization-json',
};

/** Why: a Maven lookup needs 'group:artifact'; null when no well-known artifact provides the package. */
export function mavenArtifact(module: string): string | null {
  const parts = module.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const hit = MAVEN[parts.slice(0, n).join('.')];
    if (hit) return hit;
  }
  return null;
}

function extract(masked: string): Found[] {
  return [...masked.matchAll(IMPORT)].map((m) => ({
    module: (m[1] as string).replace(/\s+/g, '').replace(/\.\*?$/, ''),
    offset: m.indices?.[1]?.[0] ?? 0,
  }));
}

const REGISTRY: Registry = 'maven';

function classify(found: Found, local: LocalNames): Classification {
  const module = found.module;
  const packages = [...declaredNames(local, 'java')];
  if (BUILTIN.some((p) => module === p || module.startsWith(p + '.'))) return settled('builtin');
  if (module === 'android' || module.startsWith('android.')) return settled('builtin', 'Android platform');
  const simpleName = module.split('.').pop() ?? module;
  if (
    packages.some((p) => module.startsWith(p + '.')) ||
    localSet(local, 'java').has(simpleName) ||
    localSet(local, 'kt').has(simpleName)
  ) {
    return settled('local', 'defined in this article');
  }
  const artifact = mavenArtifact(module);
  if (artifact) return unverified(artifact, REGISTRY);
  // The article's own organisation (com.acme.billing declared, com.acme.common imported).
  const org = (p: string): string => p.split('.').slice(0, 2).join('.');
  if (packages.some((p) => module.startsWith(org(p) + '.')))
    return settled('local', 'defined in this article');
  return unresolvable('no known Maven artifact for this package');
}

/** Why: Java and Kotlin share import syntax and Maven; one file serves both. */
export const java: Language = {
  name: 'java',
  aliases: [],
  signals: [
    [/^[ \t]*import[ \t]+(?:static[ \t]+)?[\w.]+(?:\.\*)?;[ \t]*$/m, 3],
    [/^package[ \t]+[\w.]+;/m, 3],
    [
      /\b(?:public|private|protected)[ \t]+(?:static[ \t]+)?(?:final[ \t]+)?(?:class|interface|enum|void|[A-Z]\w*(?:<[^>\n]*>)?)[ \t]/,
      3,
    ],
    [/\bSystem\.out\.print/, 3],
    [/@Override\b/, 2],
  ],
  mask: { ...C_LIKE, triple: true },
  extract,
  classify,
  local: {
    files: ['java', 'kt'],
    declarations: /^[ \t]*package[ \t]+([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)[ \t]*;?[ \t]*$/gm,
  },
  registry: REGISTRY,
  dialects: [
    {
      name: 'kotlin',
      aliases: ['kt', 'kts'],
      mask: { ...C_LIKE, nested: true, triple: true },
      signals: [
        [/\bfun[ \t]+(?:<[^>\n]*>[ \t]*)?[\w.]+[ \t]*\(/, 3],
        [/\bval[ \t]+\w+[ \t]*[:=]/, 2],
      ],
    },
  ],
};
