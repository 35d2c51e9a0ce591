// The layers of ftconform, as rules `npm test` enforces (test/layering/layers.test.ts runs them): an import
// that breaks one fails the tests with the rule's name. The pure core (catalogue, scenario, oracle, render,
// report, run, engine) is handed what it works on; the orchestration layer (src/orchestration/), the CLI,
// the options, the suites, the generators and the scripts sit above it and are never imported by it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-edge',
      comment: 'engine, oracle, catalogue, render, run and report import nothing from orchestration, cli, options, '
        + 'suites, generators or scripts: the engine receives its suites, its generator and its options as data.',
      severity: 'error',
      from: { path: '^src/(engine|oracle|catalogue|render|run|report)/' },
      to: { path: '^(src/(orchestration|cli|options)/|suites/|generators/|scripts/)' },
    },
    {
      name: 'catalogue-is-the-bottom',
      comment: 'The catalogue of operations is the single source of truth: it imports nothing outside itself.',
      severity: 'error',
      from: { path: '^src/catalogue/' },
      to: { path: '^src/', pathNot: '^src/catalogue/' },
    },
    {
      name: 'oracle-is-pure',
      comment: 'The oracle grades outcomes against the models: it reads the catalogue and scenarios (and result types), '
        + 'never runs a program, renders one or reports.',
      severity: 'error',
      from: { path: '^src/oracle/' },
      to: { path: '^src/', pathNot: '^src/(oracle|catalogue|scenario|results)/' },
    },
    {
      name: 'options-start-nothing',
      comment: 'Options are plain data: parsing them starts no process and probes no interpreter.',
      severity: 'error',
      from: { path: '^src/options/' },
      to: { path: '^src/(interp|run|system|orchestration|cli|tsan)/' },
    },
    {
      name: 'only-orchestration-holds-suites',
      comment: 'The suites are handed to a run by the orchestration layer (and the CLI, npm test and the bench '
        + 'that call it); nothing below reaches for them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(orchestration|cli|bench)/' },
      to: { path: '^suites/' },
    },
    {
      name: 'no-circular',
      comment: 'No module imports itself through others at run time (a cycle through type-only imports is erased '
        + 'by the compiler).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|reports)/' },
  },
};
