import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from '../language';
import stdlib from '../../data/python-stdlib.json';
import { pypiPackage } from './python';
import { masked, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('python imports', () => {
  test.each<[string, Row[]]>([
    ['from liam_core import LaborIntelligenceEngine', [['liam_core', 'unknown', 'liam_core', 'pypi']]],
    // No mapping known: the import name is the package (PyPI treats '_' and '-' alike).
    ['from qorvex_engine import Core', [['qorvex_engine', 'unknown', 'qorvex_engine', 'pypi']]],
    ['import sklearn.metrics', [['sklearn.metrics', 'unknown', 'scikit-learn', 'pypi']]],
    ['import cv2', [['cv2', 'unknown', 'opencv-python', 'pypi']]],
    ['from PIL import Image', [['PIL', 'unknown', 'Pillow', 'pypi']]],
    ['import yaml', [['yaml', 'unknown', 'PyYAML', 'pypi']]],
    [
      'import numpy as np, pandas as pd',
      [
        ['numpy', 'unknown', 'numpy', 'pypi'],
        ['pandas', 'unknown', 'pandas', 'pypi'],
      ],
    ],
    [
      'from google.cloud import storage',
      [['google.cloud.storage', 'unknown', 'google-cloud-storage', 'pypi']],
    ],
    [
      'from google.cloud import storage, bigquery as bq',
      [
        ['google.cloud.storage', 'unknown', 'google-cloud-storage', 'pypi'],
        ['google.cloud.bigquery', 'unknown', 'google-cloud-bigquery', 'pypi'],
      ],
    ],
    ['import google.cloud.storage', [['google.cloud.storage', 'unknown', 'google-cloud-storage', 'pypi']]],
    [
      'from google.cloud import pubsub_v1',
      [['google.cloud.pubsub_v1', 'unknown', 'google-cloud-pubsub', 'pypi']],
    ],
    [
      'from azure.storage.blob import BlobClient',
      [['azure.storage.blob', 'unknown', 'azure-storage-blob', 'pypi']],
    ],
    [
      'from azure.identity import DefaultAzureCredential',
      [['azure.identity', 'unknown', 'azure-identity', 'pypi']],
    ],
    ['import tomllib', [['tomllib', 'builtin', null, null]]],
    ['import asyncio', [['asyncio', 'builtin', null, null]]],
    ['from __future__ import annotations', [['__future__', 'builtin', null, null]]],
    ['import os.path', [['os.path', 'builtin', null, null]]],
    ['from . import rel', [['.', 'local', null, null]]],
    ['from .models import User', [['.models', 'local', null, null]]],
    ['from ..core.base import X', [['..core.base', 'local', null, null]]],
    ['>>> import requests', [['requests', 'unknown', 'requests', 'pypi']]],
    [
      'try: import ujson\nexcept ImportError: import json',
      [
        ['ujson', 'unknown', 'ujson', 'pypi'],
        ['json', 'builtin', null, null],
      ],
    ],
    [
      'import os; import fastapi',
      [
        ['os', 'builtin', null, null],
        ['fastapi', 'unknown', 'fastapi', 'pypi'],
      ],
    ],
    ["mod = importlib.import_module('plugins_x.core')", [['plugins_x.core', 'unknown', 'plugins_x', 'pypi']]],
    ["__import__('.sibling')", [['.sibling', 'local', null, null]]],
  ])('%s', (code, expected) => {
    expect(rows(code, 'python')).toEqual(expected);
  });

  test.each([
    ['# from commented import x'],
    ['x = 1  # import hidden'],
    ['s = "import os_in_string"'],
    ["s = 'from fake import y'"],
    ['"""\nimport in_docstring\nfrom also import no\n"""'],
    ["r'''\nimport raw_docstring\n'''"],
    ['print("from a import b")'],
    ['important = 1\nfromage = 2'],
    ['def f():\n    return "x" # import y'],
  ])('no import in %j', (code) => {
    expect(rows(code, 'python')).toEqual([]);
  });
});

describe('python: names, guesses and masking', () => {
  test.each([
    ['py', 'python'],
    ['Python3', 'python'],
  ])('%j is %j', (declared, name) => {
    expect(normalizeLanguage(declared)).toBe(name);
  });

  test.each([
    'from liam_core import Engine\n\nengine = Engine()',
    'import numpy as np',
    'import matplotlib.pyplot as plt',
    'def area(r):\n    return 3.14 * r * r',
  ])('an undeclared %j is guessed as python', (code) => {
    expect(detectLanguage(code)).toBe('python');
  });

  test.each([
    ['x = "a#b"  # note', 'x = "~~~"        '],
    ["'''\nimport x\n'''", "'''\n~~~~~~~~\n'''"],
  ])('masks %j', (code, expected) => {
    expect(masked(code, 'python')).toBe(expected);
  });
});

describe('python: import name -> PyPI distribution', () => {
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
});

describe('python: the generated standard-library list', () => {
  test.each(['tomllib', 'asyncio', '__future__', 'os', 'json', 'sqlite3', 'annotationlib'])(
    'has %s',
    (name) => {
      expect(stdlib).toContain(name);
    },
  );

  test.each(['requests', 'numpy', 'liam_core'])('lacks %s', (name) => {
    expect(stdlib).not.toContain(name);
  });

  test('is sorted and without duplicates', () => {
    expect([...new Set(stdlib)].sort()).toEqual(stdlib);
  });
});
