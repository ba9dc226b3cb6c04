export function pruneContent(html: string): string {
  return html;
}
