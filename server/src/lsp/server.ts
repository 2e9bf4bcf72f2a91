// Placeholder until the language server lands (issue 3).
export function startServer(): void {
  process.stderr.write('vanthu lsp: chưa có\n');
}
