import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CliExtract } from '../../../electron/cli-extracts';
import { balise, questionFile } from '../support/cli';
import { tempDir } from '../support/temp';

describe('balise extracts', () => {
  it('prints the JSON extracts of a code family under attribute conditions, with the fields the issue names', async () => {
    const file = await questionFile();
    const dataDir = tempDir();
    const run = balise(['extracts', file, '--code', 'Freins', '--where', 'Branche=Missions locales', '--where', 'zone=Zone 5', '--where', 'Rôle=Professionnelle', '--format', 'json'], dataDir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const extracts = JSON.parse(run.out) as CliExtract[];
    expect(extracts.map((e) => e.text)).toEqual([
      "jeunes très à l'aise avec les réseaux sociaux mais pas avec les démarches administratives en ligne.",
      'elle dit manquer de temps pour laisser le jeune faire seul',
      'pas de fiche pratique à donner, pas de liste à jour des lieux de médiation numérique.',
      "Je fais souvent à la place des jeunes parce que l'agenda est plein.",
    ]);
    const last = extracts[3]!;
    expect(last).toMatchObject({ code: 'Freins/Posture ou compétence', document: 'fiche-observation-j2-mission-locale', case: 'B07-P', structure: { column: 'Retour du professionnel' } });
    expect(last.end - last.start).toBe(last.text.length);
    expect(typeof last.coder).toBe('string');
  });

  it('prints CSV with « ; » that papaparse reads back to the same extracts; several --code are alternatives; structure conditions work', async () => {
    const file = await questionFile();
    const dataDir = tempDir();
    const run = balise(['extracts', file, '--code', 'Freins/Processus internes', '--code', 'savoir-faire / accueil et confiance', '--where', 'colonne=Retour du médiateur numérique'], dataDir);
    expect(run.code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(run.out.trim(), { header: true, delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => [row.code, row.text, row.case, row.Zone])).toEqual([
      ['Savoir-faire/Accueil et confiance', "Que la relation de confiance se construit avant même d'allumer l'ordinateur.", 'B07-M', 'Zone 5'],
      ['Freins/Processus internes', 'Comment outiller les conseillers sans leur ajouter une mission de plus ?', 'B07-M', 'Zone 5'],
    ]);
  });

  it('says in French what is wrong with an unknown code or condition, and exits 1; a missing --code is a usage error', async () => {
    const file = await questionFile();
    const dataDir = tempDir();
    const unknownCode = balise(['extracts', file, '--code', 'Freins/Inconnu'], dataDir);
    expect(unknownCode.code).toBe(1);
    expect(unknownCode.err).toContain('Code introuvable : « Freins/Inconnu »');
    const unknownAttribute = balise(['extracts', file, '--code', 'Freins', '--where', 'Région=Centre'], dataDir);
    expect(unknownAttribute.code).toBe(1);
    expect(unknownAttribute.err).toContain('« Région » n’est ni un attribut des cas');
    expect(balise(['extracts', file, '--where', 'Zone=Zone 5'], dataDir).code).toBe(2);
  });
});
