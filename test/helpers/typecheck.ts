import ts from 'typescript';

/** The type errors of one TypeScript file, checked with the repository's tsconfig (no emit). */
export function typeErrors(file: string): string[] {
  const config = ts.readConfigFile(
    new URL('../../tsconfig.json', import.meta.url).pathname,
    ts.sys.readFile,
  );
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, process.cwd());
  const program = ts.createProgram([file], { ...options, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
