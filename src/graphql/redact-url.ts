/**
 * A URL without its `user:password@` part, for readers who are not admins: a feed behind basic auth keeps working,
 * and its credentials are not shown to everyone who can list feeds. A string that is not a URL is returned as is.
 */
export function withoutCredentials(url: string): string {
  // Credentials end at an "@"; without one there are none, and a page of feeds skips parsing every URL.
  if (!url.includes('@')) return url;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (!u.username && !u.password) return url;
  u.username = '';
  u.password = '';
  return u.toString();
}
