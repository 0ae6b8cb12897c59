/** What importing a REFI-QDA project (`.qdpx`) or codebook (`.qdc`) brought in, and what it left out. */
export interface RefiImportReport {
  /** The tool that wrote the file (`Project/@origin`), when it says. */
  origin: string | null;
  imported: {
    sources: number;
    codes: number;
    codings: number;
    notes: number;
    cases: number;
    variables: number;
    coders: number;
  };
  /** Each part left out or changed, in French: « Source audio « entretien.mp3 » : non prise en charge ». */
  skipped: string[];
  remapped: string[];
}
