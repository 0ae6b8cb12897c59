import type { frCases } from './fr-cases';

/** English messages of the case table (same keys as fr-cases.ts). */
export const enCases: Record<keyof typeof frCases, string> = {
  'error.CASE_NAME_TAKEN': 'A case is already named “{name}”. Choose another name.',
  'error.ATTRIBUTE_NAME_TAKEN': 'An attribute is already named “{name}”. Choose another name.',
  'error.CASE_VALUE_NOT_NUMBER': '“{value}” is not a number: the attribute “{attribute}” expects a number, e.g. 12 or 2.5. Nothing was changed.',
  'error.CASE_VALUE_NOT_DATE': '“{value}” is not a date: the attribute “{attribute}” expects a date, e.g. 23/11/2026 or 2026-11-23. Nothing was changed.',
  'error.ATTRIBUTE_NOT_NUMBERS':
    'Cannot make the attribute “{attribute}” a number: these values are not numbers ({count}): {values}. Fix or clear them, then try again. Nothing was changed.',
  'error.ATTRIBUTE_NOT_DATES':
    'Cannot make the attribute “{attribute}” a date: these values are not dates ({count}): {values}. Fix or clear them, then try again. Nothing was changed.',
  'error.CASE_PART_NOT_FOUND': '“{value}” is neither a speaker nor a grid column of the document “{document}”. Nothing was linked.',

  'history.caseCreate': 'Create the case “{name}”',
  'history.caseRename': 'Rename the case “{from}” to “{to}”',
  'history.caseDescribe': 'Edit the description of the case “{name}”',
  'history.caseDelete': 'Delete the case “{name}”',
  'history.casesDelete': 'Delete {count} cases',
  'history.caseValue': '“{attribute}” of case {case}: {value}',
  'history.caseValueClear': 'Clear “{attribute}” of case {case}',
  'history.caseValues': '“{attribute}”: {value} for {count} cases',
  'history.caseValuesClear': 'Clear “{attribute}” for {count} cases',
  'history.attributeCreate': 'Create the attribute “{name}”',
  'history.attributeRename': 'Rename the attribute “{from}” to “{to}”',
  'history.attributeType.text': 'Attribute “{name}” as text',
  'history.attributeType.number': 'Attribute “{name}” as number',
  'history.attributeType.date': 'Attribute “{name}” as date',
  'history.attributeType.category': 'Attribute “{name}” as category',
  'history.attributeMove': 'Move the attribute “{name}”',
  'history.attributeDelete': 'Delete the attribute “{name}”',
  'history.linkSpeaker': 'Link the turns of “{value}” (“{document}”) to case {case}',
  'history.unlinkSpeaker': 'Unlink the turns of “{value}” (“{document}”) from case {case}',
  'history.linkColumn': 'Link the column “{value}” (“{document}”) to case {case}',
  'history.unlinkColumn': 'Unlink the column “{value}” (“{document}”) from case {case}',
};
