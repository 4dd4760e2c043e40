// The validator itself: it must reject what breaks the Web Annotation model, or the shape tests prove nothing.
import { describe, expect, test } from 'vitest';
import { toAnnotations } from '../../../src/export';
import { joinedTextPositions } from '../fixtures/report-builder';
import { marketing } from '../fixtures/report-fixtures';
import { annotationShapeErrors } from './annotation-shape';

type Doc = Record<string, any>; // oxlint-disable-line typescript/no-explicit-any -- mutating a parsed fixture

const good = (): Doc =>
  JSON.parse(toAnnotations(marketing.report, { positions: joinedTextPositions(marketing) }));

describe('annotationShapeErrors', () => {
  test('accepts the export', () => {
    expect(annotationShapeErrors(good())).toEqual([]);
  });

  test.each<[string, (d: Doc) => void, string]>([
    ['no @context', (d) => delete d['@context'], '@context'],
    ['wrong collection type', (d) => (d.type = 'Collection'), 'AnnotationCollection'],
    ['total off by one', (d) => (d.total += 1), 'total'],
    ['annotation without target', (d) => delete d.first.items[0].target, 'target is required'],
    ['annotation type', (d) => (d.first.items[0].type = 'Note'), 'include Annotation'],
    ['id with spaces', (d) => (d.first.items[0].id = 'not an iri'), '.id must be an IRI'],
    ['duplicate ids', (d) => (d.first.items[1].id = d.first.items[0].id), 'not unique'],
    ['empty exact', (d) => (d.first.items[0].target.selector[0].exact = ''), 'exact'],
    ['negative position', (d) => (d.first.items[0].target.selector[1].start = -1), 'non-negative'],
    ['end before start', (d) => (d.first.items[0].target.selector[1].end = 0), 'before start'],
    ['body without value', (d) => delete d.first.items[0].body[0].value, 'value'],
    ['created not a date', (d) => (d.first.items[0].created = 'yesterday'), 'xsd:dateTime'],
    ['@context repeated inside', (d) => (d.first.items[0]['@context'] = 'x'), 'repeats @context'],
  ])('rejects %s', (_name, breakIt, message) => {
    const doc = good();
    breakIt(doc);
    expect(annotationShapeErrors(doc).join('\n')).toContain(message);
  });
});
