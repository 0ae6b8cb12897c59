/** The `stopword` package ships no types: only its French list is used. */
declare module 'stopword' {
  export const fra: string[];
}
