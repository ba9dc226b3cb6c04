// The `stopword` package ships no types: it exports one array of words per ISO 639-3 code (and helper functions).
declare module 'stopword' {
  const lists: Record<string, readonly string[] | ((...args: never[]) => unknown)>;
  export = lists;
}
