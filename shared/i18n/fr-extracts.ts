/** The coded-extract browser: code queries, filters, saved queries. */
export const frExtracts = {
  'history.keyQuoteOn': 'Marquer comme citation clé : « {excerpt} »',
  'history.keyQuoteOff': 'Retirer la citation clé : « {excerpt} »',
  'history.saveQuery': 'Enregistrer la requête « {name} »',
  'history.deleteQuery': 'Supprimer la requête « {name} »',
  'error.QUERY_NAME_TAKEN': 'Une requête s’appelle déjà « {name} ». Choisissez un autre nom.',
} as const;
