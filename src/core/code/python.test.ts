import { describe, expect, test } from 'vitest';
import { rows, type Row } from '../../../tests/helpers/import-rows';

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
