/** The coding view: applying codes, stripes, the quick-code palette, keyboard coding. */
export const frCoding = {
  'history.codingAdd': 'Coder « {code} »',
  'history.inVivo': 'Code in vivo « {code} »',
  'history.codingRemove': 'Retirer un codage « {code} »',
  'history.codingChange': 'Recoder « {from} » en « {to} »',
} as const;
