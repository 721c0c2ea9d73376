/** GitHub's page-number pagination: per_page (default 30, at most 100), page, and a Link header. */

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

export function paginate<T>(all: T[], query: URLSearchParams, requestUrl: URL, maxPerPage = 100): Page<T> {
  const perPage = Math.min(Number(query.get("per_page") ?? 30) || 30, maxPerPage);
  const page = Math.max(Number(query.get("page") ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const url = new URL(requestUrl);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < lastPage) links.push(link(page + 1, "next"), link(lastPage, "last"));
  if (page > 1) links.push(link(1, "first"));
  return {
    items: all.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}
