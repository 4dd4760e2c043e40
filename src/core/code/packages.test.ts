import { describe, expect, test } from 'vitest';
import { pypiPackage, rubygemsPackage } from './packages';
import { npmPackage, cdnPackage } from './languages/javascript';
import { mavenArtifact } from './languages/java';
import { composerPackage } from './languages/php';

describe('import name -> package', () => {
  test.each([
    ['sklearn', 'scikit-learn'],
    ['sklearn.model_selection', 'scikit-learn'],
    ['cv2', 'opencv-python'],
    ['yaml', 'PyYAML'],
    ['PIL.Image', 'Pillow'],
    ['bs4', 'beautifulsoup4'],
    ['dateutil.parser', 'python-dateutil'],
    ['dotenv', 'python-dotenv'],
    ['jwt', 'PyJWT'],
    ['attr', 'attrs'],
    ['Crypto.Cipher', 'pycryptodome'],
    ['serial', 'pyserial'],
    ['usb.core', 'pyusb'],
    ['skimage', 'scikit-image'],
    ['docx', 'python-docx'],
    ['magic', 'python-magic'],
    ['OpenSSL', 'pyOpenSSL'],
    ['google.cloud.storage', 'google-cloud-storage'],
    ['google.cloud.secret_manager', 'google-cloud-secret-manager'],
    ['google.protobuf.json_format', 'protobuf'],
    ['azure.storage.blob.aio', 'azure-storage-blob'],
    ['azure.identity', 'azure-identity'],
    ['opentelemetry.sdk.trace', 'opentelemetry-sdk'],
    ['opentelemetry', 'opentelemetry-api'],
    ['opentelemetry.trace', 'opentelemetry-api'],
    ['llama_index.core', 'llama-index-core'],
    ['qorvex_engine.core', 'qorvex_engine'],
    ['requests', 'requests'],
  ])('pypi %s -> %s', (module, pkg) => {
    expect(pypiPackage(module)).toBe(pkg);
  });

  test.each<[string, string | null]>([
    ['lodash', 'lodash'],
    ['lodash/fp', 'lodash'],
    ['@scope/pkg', '@scope/pkg'],
    ['@scope/pkg/sub/path', '@scope/pkg'],
    ['@scope', null],
    ['has space', null],
    ['', null],
  ])('npm %j -> %j', (spec, pkg) => {
    expect(npmPackage(spec)).toBe(pkg);
  });

  test.each<[string, string | null]>([
    ['https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css', 'bootstrap'],
    ['https://cdn.jsdelivr.net/gh/user/repo@main/file.js', null],
    ['https://example.com/npm/react', null],
  ])('CDN %s -> %j', (url, pkg) => {
    expect(cdnPackage(url)).toBe(pkg);
  });

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

  test.each<[string, string | null]>([
    ['Symfony\\Component\\HttpKernel\\Kernel', 'symfony/http-kernel'],
    ['Google\\Cloud\\Storage\\StorageClient', 'google/cloud-storage'],
    ['Psr\\Http\\Message\\RequestInterface', 'psr/http-message'],
    ['Liam\\Core', null],
  ])('composer %s -> %j', (ns, pkg) => {
    expect(composerPackage(ns)).toBe(pkg);
  });

  test.each([
    ['active_support/core_ext', 'activesupport'],
    ['sinatra/base', 'sinatra'],
    ['google/cloud/pubsub', 'google-cloud-pubsub'],
  ])('rubygems %s -> %s', (path, gem) => {
    expect(rubygemsPackage(path)).toBe(gem);
  });
});
