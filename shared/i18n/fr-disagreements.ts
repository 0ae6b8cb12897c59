/** Disagreements between coders and the coder's identity (issue 8). */
export const frDisagreements = {
  'disagreements.history.keep': 'Désaccord dans « {document} » : garder le codage de {coder}',
  'disagreements.history.keepBoth': 'Désaccord dans « {document} » : garder les deux codages',
} as const;
