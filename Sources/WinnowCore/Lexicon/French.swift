extension LexiconSource {
    static let french = LexiconSource(language: "fr", phrases: [
        .appealLine: [
            "Faire un don", "Soutenez-nous", "Nous soutenir", "Me le rappeler plus tard", "Devenir membre",
            "Moyens de paiement", "Pas maintenant", "Je m'abonne", "S'abonner",
        ],
        .appealStart: ["soutenez", "faites un don", "soutenir"],
        .appealStrong: [
            "soutenez-nous", "soutenez nous", "votre soutien", "faire un don", "journalisme indépendant",
            "nous avons besoin de vous", "devenir membre", "votre don",
        ],
        .appealWeak: ["soutien*", "souten*", "journalis*", "don", "dons", "indépendant*", "abonn*"],
        .chromeLine: [
            "Lire la suite", "Lire plus", "En savoir plus", "Partager", "Imprimer", "Commentaires", "Publicité",
            "Accueil", "Rechercher", "Menu", "À lire aussi", "A lire aussi", "Les plus lus", "Dernières actualités",
            "Se connecter", "S'inscrire", "Fermer", "Haut de page", "Voir plus",
        ],
        .chromePrefix: [
            "lire aussi", "à lire aussi", "a lire aussi", "partager sur", "suivez-nous", "suivez nous",
            "mis à jour", "publié le", "source:", "source :", "voir aussi", "laisser un commentaire",
        ],
        .sectionHeader: [
            "À lire aussi", "A lire aussi", "Lire aussi", "Les plus lus", "Dernières actualités",
            "Sur le même sujet", "Articles similaires", "Nos recommandations", "À la une",
        ],
        .cookie: ["utilise des cookies", "utilisons des cookies", "utilisation des cookies", "accepter les cookies"],
        .newsletter: ["inscrivez-vous à notre newsletter", "notre newsletter", "votre adresse e-mail", "votre adresse email"],
        .copyright: ["tous droits réservés", "mentions légales"],
        .captionPrefix: ["photo:", "photo :", "crédit photo", "crédits photo", "illustration:", "vidéo:"],
        .creditCue: ["photo afp", "getty images"],
        .bylinePrefix: ["par ", "auteur:", "auteur :"],
        .month: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre",
        ],
        .auxiliary: ["est", "sont", "était", "étaient", "a", "ont", "sera", "avait"],
        .reportingVerb: ["a déclaré", "a dit", "a expliqué", "selon", "affirme", "a affirmé", "a indiqué", "déclare"],
        .stopword: [
            "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "à", "au", "aux", "que", "qui",
            "dans", "pour", "par", "sur", "avec", "ne", "pas", "il", "elle", "ils", "est", "sont", "a", "ont",
            "se", "ce", "cette", "son", "sa", "ses", "leur", "mais", "ou", "plus", "été", "comme",
        ],
    ])
}
