// The config file (.claimlens.yml or claimlens.config.json), defined once with Valibot like the report: the type is
// inferred, schema/config.schema.json is generated from it (`npm run schema`; a test fails when it is stale), and the
// loader validates with it. Rule names and claim kinds come from the checks and the vocabulary, so the published
// schema lists exactly the rules this version has.
import * as v from 'valibot';
import { CHECKS } from '../../checks/index';
import { CLAIM_KINDS, SEVERITIES, WORTHS } from '../../core/vocabulary';

/** Why: the rule ids a config may name, in the order the checks run. */
export const RULE_IDS = CHECKS.map((c) => c.id);

export { WORTHS, type Worth } from '../../core/vocabulary';

/** Why: a rule is switched off or given the severity a team wants. */
export const RULE_SETTINGS = ['off', ...SEVERITIES] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

const described = <S extends v.GenericSchema>(schema: S, text: string) => v.pipe(schema, v.description(text));
const globs = (text: string) =>
  described(v.array(v.pipe(v.string(), v.minLength(1))), `${text} Globs, relative to the config file.`);
const severity = (text: string) => described(v.picklist(SEVERITIES), text);
const positiveInt = (text: string) => described(v.pipe(v.number(), v.integer(), v.minValue(1)), text);

const RulesSchema = described(
  v.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, v.optional(v.picklist(RULE_SETTINGS))]))),
  'Per rule: "off", or the severity its findings get (high, medium, low).',
);

const filters = {
  rules: v.optional(RulesSchema),
  minSeverity: v.optional(severity('Report only findings at least this severe.')),
  minWorth: v.optional(
    described(
      v.picklist(WORTHS),
      'Report only findings about claims at least this check-worthy; "none" reports all.',
    ),
  ),
  skipKinds: v.optional(
    described(v.array(v.picklist(CLAIM_KINDS)), 'Claim kinds whose findings are not reported.'),
  ),
};

const AllowSchema = v.strictObject({
  packages: v.optional(
    globs(
      'Private packages (names or globs like "@acme/*"): never sent to a public registry, never reported.',
    ),
  ),
  hosts: v.optional(globs('Link hosts not to check online (names or globs like "*.corp.example").')),
  sources: v.optional(
    described(
      v.array(v.pipe(v.string(), v.minLength(1))),
      'Sources the team accepts without a link: a citation naming one is not reported as cited-but-unlinked.',
    ),
  ),
});

const VerifySchema = v.strictObject({
  offline: v.optional(described(v.boolean(), 'Skip online checks (registries, link health).')),
  links: v.optional(described(v.boolean(), 'Check link health online (default true).')),
  cache: v.optional(described(v.boolean(), 'Read and write the registry cache (default true).')),
  timeoutMs: v.optional(
    positiveInt('Timeout of every request, in ms (default 4000; the article URL: 10000).'),
  ),
  deadlineMs: v.optional(
    positiveInt('One deadline for all online checks of a report, in ms (default 15000).'),
  ),
  depsdevUrl: v.optional(described(v.pipe(v.string(), v.url()), 'deps.dev base URL (an internal mirror).')),
  pypiUrl: v.optional(described(v.pipe(v.string(), v.url()), 'PyPI base URL (an internal index).')),
  npmUrl: v.optional(described(v.pipe(v.string(), v.url()), 'npm registry base URL (an internal mirror).')),
});

const SitemapSchema = v.strictObject({
  perHost: v.optional(
    described(
      v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
      'Pages fetched at once per host.',
    ),
  ),
  delayMs: v.optional(
    described(
      v.pipe(v.number(), v.integer(), v.minValue(0)),
      'Pause between two fetches from one host, in ms.',
    ),
  ),
  maxPages: v.optional(positiveInt('Most pages taken from one sitemap (default 1000).')),
});

/** Why: per-path settings (`docs/pricing/**` skips superlatives); later entries win over earlier ones. */
export const OverrideSchema = v.strictObject({
  files: v.pipe(globs('The files this entry applies to.'), v.minLength(1)),
  ...filters,
});

/** Why: the whole config file. */
export const ConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  failOn: v.optional(severity('Exit 1 when a reported finding is at least this severe (--fail-on wins).')),
  ...filters,
  ignore: v.optional(globs('Files never checked (besides .gitignore).')),
  allow: v.optional(AllowSchema),
  overrides: v.optional(v.array(OverrideSchema)),
  verify: v.optional(VerifySchema),
  sitemap: v.optional(SitemapSchema),
  jobs: v.optional(positiveInt('Files analysed at once (default: the number of cores).')),
});
export type Config = v.InferOutput<typeof ConfigSchema>;

/** Why: the generated schema file's identity and its one paragraph for readers (and editors' completion). */
export const CONFIG_SCHEMA_ABOUT = {
  $id: 'https://claimlens.dev/schema/config.json',
  title: 'ClaimLens configuration',
  description:
    'The .claimlens.yml or claimlens.config.json file, found upward from the working directory: rule severities, ' +
    'what to report, files to ignore, allowlists, per-path overrides and online-check settings. Command-line ' +
    'flags win over it.',
};
