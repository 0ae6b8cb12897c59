/** The case table: cases × attributes, its editing, filters, links to documents and parts; history labels and errors. */
export const frCases = {
  'error.CASE_NAME_TAKEN': 'Un cas s’appelle déjà « {name} ». Choisissez un autre nom.',
  'error.ATTRIBUTE_NAME_TAKEN': 'Un attribut s’appelle déjà « {name} ». Choisissez un autre nom.',
  'error.CASE_VALUE_NOT_NUMBER': '« {value} » n’est pas un nombre : l’attribut « {attribute} » attend un nombre, par exemple 12 ou 2,5. Rien n’a été modifié.',
  'error.CASE_VALUE_NOT_DATE': '« {value} » n’est pas une date : l’attribut « {attribute} » attend une date, par exemple 23/11/2026 ou 2026-11-23. Rien n’a été modifié.',
  'error.ATTRIBUTE_NOT_NUMBERS':
    'Impossible de passer l’attribut « {attribute} » en nombre : ces valeurs n’en sont pas ({count}) : {values}. Corrigez-les ou videz-les, puis réessayez. Rien n’a été modifié.',
  'error.ATTRIBUTE_NOT_DATES':
    'Impossible de passer l’attribut « {attribute} » en date : ces valeurs n’en sont pas ({count}) : {values}. Corrigez-les ou videz-les, puis réessayez. Rien n’a été modifié.',
  'error.CASE_PART_NOT_FOUND': '« {value} » n’est ni un interlocuteur ni une colonne de grille du document « {document} ». Rien n’a été relié.',

  'history.caseCreate': 'Créer le cas « {name} »',
  'history.caseRename': 'Renommer le cas « {from} » en « {to} »',
  'history.caseDescribe': 'Modifier la description du cas « {name} »',
  'history.caseDelete': 'Supprimer le cas « {name} »',
  'history.casesDelete': 'Supprimer {count} cas',
  'history.caseValue': '« {attribute} » du cas {case} : {value}',
  'history.caseValueClear': 'Vider « {attribute} » du cas {case}',
  'history.caseValues': '« {attribute} » : {value} pour {count} cas',
  'history.caseValuesClear': 'Vider « {attribute} » pour {count} cas',
  'history.attributeCreate': 'Créer l’attribut « {name} »',
  'history.attributeRename': 'Renommer l’attribut « {from} » en « {to} »',
  'history.attributeType.text': 'Attribut « {name} » en texte',
  'history.attributeType.number': 'Attribut « {name} » en nombre',
  'history.attributeType.date': 'Attribut « {name} » en date',
  'history.attributeType.category': 'Attribut « {name} » en catégorie',
  'history.attributeMove': 'Déplacer l’attribut « {name} »',
  'history.attributeDelete': 'Supprimer l’attribut « {name} »',
  'history.linkSpeaker': 'Relier les tours de « {value} » (« {document} ») au cas {case}',
  'history.unlinkSpeaker': 'Délier les tours de « {value} » (« {document} ») du cas {case}',
  'history.linkColumn': 'Relier la colonne « {value} » (« {document} ») au cas {case}',
  'history.unlinkColumn': 'Délier la colonne « {value} » (« {document} ») du cas {case}',
} as const;
