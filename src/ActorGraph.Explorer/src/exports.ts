/** Points the export links at the server's export endpoints with the view's centre, depth and date window. */
export function updateExportLinks(links: Record<'graphml' | 'gexf' | 'cytoscape', HTMLAnchorElement>, ids: string[], depth: number, window: { from: string; to: string }): void {
  const query = new URLSearchParams();
  ids.forEach((id) => query.append('ids', id));
  if (ids.length) query.set('depth', String(depth));
  query.set('from', window.from);
  query.set('to', window.to);
  for (const [format, link] of Object.entries(links)) {
    link.href = `/export/${format}?${query}`;
  }
}

/** Downloads a data URL (the canvas PNG) under a file name. */
export function download(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}
