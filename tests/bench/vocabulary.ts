/**
 * Word lists for the synthetic bench corpus: real French words (with accents, elisions and
 * hyphens) in the register of interviews about digital mediation in the social economy.
 * Only the shapes matter to the bench (lengths, diacritics, surrogate pairs), not the meaning.
 */

export const subjects = [
  'je', 'on', 'nous', 'vous', 'ils', 'elles', 'la conseillère', 'le médiateur', 'la personne', 'le jeune',
  'la bénéficiaire', 'mon collègue', 'l’équipe', 'la structure', 'le public', 'la directrice', 'le bailleur',
  'l’usager', 'la famille', 'le référent', 'l’animatrice', 'le partenaire', 'la mairie', 'la CAF', 'Pôle emploi',
  'le travailleur social', 'la locataire', 'l’aide à domicile', 'le bénévole', 'la coordinatrice', 'ça', 'tout le monde',
];

export const verbs = [
  'accompagne', 'explique', 'montre', 'découvre', 'remplit', 'télécharge', 'scanne', 'envoie', 'reçoit', 'oublie',
  'comprend', 'demande', 'propose', 'oriente', 'rassure', 'vérifie', 'imprime', 'crée', 'récupère', 'consulte',
  'prend', 'laisse', 'répète', 'réexplique', 'accueille', 'écoute', 'reformule', 'cherche', 'trouve', 'utilise',
  'installe', 'paramètre', 'sauvegarde', 'perd', 'retrouve', 'note', 'complète', 'valide', 'signe', 'débloque',
  'a vu', 'a fait', 'a dit', 'a pris', 'a réussi', 'a essayé', 'a appelé', 'a reçu', 'avait oublié', 'va faire',
  'doit refaire', 'peut suivre', 'préfère faire', 'n’arrive pas à faire', 'faut relancer', 'gère', 'partage', 'transmet',
];

export const nouns = [
  'dossier', 'démarche', 'téléphone', 'smartphone', 'ordinateur', 'tablette', 'mot de passe', 'identifiant', 'courriel',
  'adresse mail', 'pièce jointe', 'attestation', 'justificatif', 'formulaire', 'rendez-vous', 'espace personnel',
  'compte Ameli', 'dossier CAF', 'France Connect', 'application', 'code de sécurité', 'SMS', 'imprimante',
  'scanner', 'photocopie', 'facture', 'quittance', 'relevé', 'avis d’imposition', 'demande de logement',
  'prime d’activité', 'aide au logement', 'CV', 'lettre de motivation', 'offre d’emploi', 'agenda', 'visio',
  'clé USB', 'WhatsApp', 'messagerie', 'notification', 'mise à jour', 'connexion', 'wifi', 'forfait', 'batterie',
  'accueil', 'bureau', 'permanence', 'atelier', 'guichet', 'formation', 'réunion', 'entretien', 'fiche', 'outil',
  'échéance', 'procédure', 'plateforme', 'site', 'écran', 'clavier', 'souris', 'lien', 'document', 'photo',
  'difficulté', 'confiance', 'autonomie', 'besoin', 'frein', 'savoir-faire', 'habitude', 'inquiétude', 'peur',
  'honte', 'question', 'réponse', 'solution', 'situation', 'parcours', 'territoire', 'quartier', 'médiation',
];

export const adjectives = [
  'numérique', 'administratif', 'compliqué', 'simple', 'nouveau', 'perdu', 'bloqué', 'oublié', 'urgent', 'personnel',
  'complet', 'incomplet', 'dématérialisé', 'sécurisé', 'gratuit', 'payant', 'récent', 'ancien', 'fragile', 'isolé',
  'autonome', 'pressé', 'inquiet', 'rassuré', 'fatigué', 'motivé', 'découragé', 'précis', 'énorme', 'léger',
  'différent', 'habituel', 'inattendu', 'régulier', 'ponctuel', 'collectif', 'individuel', 'indispensable', 'lent',
];

export const prepositions = [
  'avec', 'pour', 'sans', 'dans', 'sur', 'sous', 'chez', 'après', 'avant', 'pendant', 'depuis', 'vers', 'grâce à',
  'à cause de', 'au niveau de', 'à côté de', 'en face de', 'auprès de', 'autour de', 'à propos de',
];

export const determiners = ['le', 'la', 'un', 'une', 'son', 'sa', 'leur', 'ce', 'cette', 'notre', 'mon', 'ma', 'chaque', 'tout le'];

export const adverbs = [
  'souvent', 'parfois', 'jamais', 'toujours', 'vraiment', 'beaucoup', 'peu', 'déjà', 'encore', 'ensuite', 'après',
  'tout de suite', 'petit à petit', 'facilement', 'difficilement', 'rapidement', 'lentement', 'ensemble', 'seul',
  'franchement', 'finalement', 'aujourd’hui', 'hier', 'demain', 'là', 'ici', 'plutôt', 'surtout', 'peut-être',
];

export const connectors = [
  'et', 'mais', 'parce que', 'donc', 'alors', 'puis', 'sauf que', 'du coup', 'quand', 'comme', 'même si', 'pendant que',
  'c’est-à-dire que', 'en fait', 'sinon', 'par contre', 'd’ailleurs', 'bref', 'enfin', 'après',
];

export const fillers = ['euh', 'ben', 'voilà', 'bon', 'hein', 'en fait', 'du coup', 'genre', 'quoi', 'bah', 'oui', 'non', 'd’accord'];

export const questionOpeners = [
  'Est-ce que', 'Comment est-ce que', 'Pourquoi est-ce que', 'À quel moment est-ce que', 'Qu’est-ce qui fait que',
  'Et quand', 'Depuis quand est-ce que', 'Avec qui est-ce que', 'Dans quelle mesure est-ce que', 'Qu’est-ce que',
];

/** Some outside the Basic Multilingual Plane (surrogate pairs), one a ZWJ sequence. */
export const emoji = ['😅', '👍', '🙂', '📱', '💻', '😬', '🙏', '👩‍💻', '✅', '🤔'];

export const branches = [
  'Missions locales', 'Logement social', 'Animation', 'Aide à domicile', 'Tourisme social', 'Sport',
  'Régies de quartier', 'Foyers de jeunes travailleurs',
];

export const codeFamilies = [
  'Freins liés aux publics', 'Freins de posture', 'Manque de ressources', 'Processus internes', 'Savoir-faire d’accueil',
  'Écoute et approfondissement', 'Information et solutions', 'Mise en capacité', 'Appui sur le territoire', 'Besoins',
  'Outils numériques', 'Situations inattendues', 'Partenariats', 'Formation des professionnels',
];

export const codeNames = [
  'Équipement insuffisant', 'Littératie numérique', 'Peur de l’erreur', 'Isolement', 'Barrière de la langue',
  'Faire à la place', 'Faire avec', 'Manque de temps', 'Manque de formation', 'Supports obsolètes', 'Mots de passe',
  'Identité numérique', 'Accès aux droits', 'Démarches CAF', 'Démarches santé', 'Recherche d’emploi', 'Logement',
  'Confiance établie', 'Reformulation', 'Orientation vers un partenaire', 'Autonomie progressive', 'Tutoriel papier',
  'Usage du smartphone', 'Messagerie', 'Visio', 'Imprévu technique', 'Urgence sociale', 'Émotion', 'Humour',
  'Relais associatif', 'Conseiller numérique', 'Bibliothèque', 'Tiers-lieu', 'Coopération interne', 'Hiérarchie',
];

export const observationPrompts = [
  'Lieu et date', 'Durée', 'Objet', 'Outils numériques du professionnel', 'Outils numériques du bénéficiaire',
  'Recensement des besoins', 'Recensement des savoir-faire', 'Recensement et analyse des freins',
  'Situations observées', 'En quoi cela vous interpelle',
];
