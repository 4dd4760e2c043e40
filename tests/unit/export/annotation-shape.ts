// A structural check of a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/),
// for the properties ClaimLens emits: the MUSTs of the model plus the types it names.

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isIri = (v: unknown) => isStr(v) && !/\s/.test(v as string);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const many = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function selectorErrors(s: unknown, at: string): string[] {
  if (!isObj(s)) return [`${at} is not an object`];
  if (s.type === 'TextQuoteSelector') {
    const out = isStr(s.exact) ? [] : [`${at}.exact must be a non-empty string`];
    for (const k of ['prefix', 'suffix'])
      if (s[k] !== undefined && typeof s[k] !== 'string') out.push(`${at}.${k} must be a string`);
    return out;
  }
  if (s.type === 'TextPositionSelector') {
    if (!isCount(s.start) || !isCount(s.end)) return [`${at}.start/end must be non-negative integers`];
    return (s.end as number) >= (s.start as number) ? [] : [`${at}.end is before start`];
  }
  return [`${at}.type ${String(s.type)} is not a selector ClaimLens emits`];
}

function bodyErrors(b: unknown, at: string): string[] {
  if (!isObj(b)) return [`${at} is not an object`];
  const out: string[] = [];
  if (b.type !== 'TextualBody') out.push(`${at}.type must be TextualBody`);
  if (!isStr(b.value)) out.push(`${at}.value must be a non-empty string`);
  if (
    b.purpose !== undefined &&
    !['assessing', 'tagging', 'describing', 'commenting'].includes(b.purpose as string)
  ) {
    out.push(`${at}.purpose ${String(b.purpose)} is not a motivation`);
  }
  return out;
}

function annotationErrors(a: unknown, at: string): string[] {
  if (!isObj(a)) return [`${at} is not an object`];
  const out: string[] = [];
  if (!isIri(a.id)) out.push(`${at}.id must be an IRI`);
  if (!many(a.type).includes('Annotation')) out.push(`${at}.type must include Annotation`);
  if (a['@context'] !== undefined) out.push(`${at} repeats @context inside the collection`);
  if (a.motivation !== undefined && !isStr(a.motivation)) out.push(`${at}.motivation must be a string`);
  if (a.created !== undefined && !ISO_DATE.test(String(a.created)))
    out.push(`${at}.created must be an xsd:dateTime`);
  if (a.generator !== undefined && !(isObj(a.generator) && isStr(a.generator.type)))
    out.push(`${at}.generator needs a type`);
  many(a.body).forEach((b, i) => out.push(...bodyErrors(b, `${at}.body[${i}]`)));
  const targets = many(a.target);
  if (targets.length === 0) out.push(`${at}.target is required`);
  targets.forEach((t, i) => {
    if (isIri(t)) return;
    if (!isObj(t) || !isIri(t.source)) return void out.push(`${at}.target[${i}].source must be an IRI`);
    many(t.selector).forEach((s, j) => out.push(...selectorErrors(s, `${at}.target[${i}].selector[${j}]`)));
  });
  return out;
}

/** Why: the annotation export must import into annotation tools; this lists what breaks the model ([] if none). */
export function annotationShapeErrors(doc: unknown): string[] {
  if (!isObj(doc)) return ['document is not an object'];
  const out: string[] = [];
  if (!many(doc['@context']).includes('http://www.w3.org/ns/anno.jsonld'))
    out.push('@context must include anno.jsonld');
  if (!isIri(doc.id)) out.push('collection id must be an IRI');
  if (!many(doc.type).includes('AnnotationCollection')) out.push('type must include AnnotationCollection');
  if (!isCount(doc.total)) out.push('total must be a non-negative integer');
  const page = doc.first;
  if (!isObj(page)) return [...out, 'first must be an embedded AnnotationPage'];
  if (!isIri(page.id)) out.push('first.id must be an IRI');
  if (!many(page.type).includes('AnnotationPage')) out.push('first.type must include AnnotationPage');
  if (page.partOf !== undefined && page.partOf !== doc.id) out.push('first.partOf must be the collection id');
  if (!Array.isArray(page.items)) return [...out, 'first.items must be an array'];
  if (page.items.length !== doc.total) out.push('total does not match the number of items');
  const ids = new Set<unknown>();
  page.items.forEach((a, i) => {
    out.push(...annotationErrors(a, `items[${i}]`));
    if (isObj(a) && ids.has(a.id)) out.push(`items[${i}].id is not unique`);
    if (isObj(a)) ids.add(a.id);
  });
  return out;
}
