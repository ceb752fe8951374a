import type { Catalog } from './en.ts';

/**
 * French (tu, as Discord communities write): clip, prompt, remix, concours, classement, carte.
 * Typographic apostrophes (’) only: an ASCII one can start an ICU quote.
 */
export const fr: Catalog = {
  'command.root.description': 'Créez ensemble de courtes vidéos par IA',

  'command.generate.name': 'générer',
  'command.generate.description': 'Crée une courte vidéo à partir d’un prompt',
  'command.generate.option.prompt.name': 'prompt',
  'command.generate.option.prompt.description': 'Ce qui se passe dans la vidéo',
  'command.generate.option.duration.name': 'durée',
  'command.generate.option.duration.description': 'Durée en secondes',
  'command.generate.option.duration.choice': '{seconds, plural, one {# seconde} other {# secondes}}',
  'command.generate.option.aspect.name': 'format',
  'command.generate.option.aspect.description': 'Paysage, portrait ou carré',
  'command.generate.option.aspect.choice.landscape': 'Paysage (16:9)',
  'command.generate.option.aspect.choice.portrait': 'Portrait (9:16)',
  'command.generate.option.aspect.choice.square': 'Carré (1:1)',
  'command.generate.option.size.name': 'taille',
  'command.generate.option.size.description': 'Taille exacte de l’image, par exemple 1280x720',
  'command.generate.option.model.name': 'modèle',
  'command.generate.option.model.description': 'Le modèle vidéo qui la génère',
  'command.generate.option.style.name': 'style',
  'command.generate.option.style.description': 'Un style visuel à appliquer',
  'command.generate.option.style.choice.cinematic': 'cinématographique',
  'command.generate.option.style.choice.anime': 'anime',
  'command.generate.option.style.choice.claymation': 'pâte à modeler',
  'command.generate.option.style.choice.documentary': 'documentaire',
  'command.generate.option.style.choice.noir': 'film noir',
  'command.generate.option.style.choice.watercolor': 'aquarelle',
  'command.generate.option.style.choice.pixel-art': 'pixel art',
  'command.generate.option.style.choice.timelapse': 'timelapse',
  'command.generate.option.style.choice.vintage': 'vintage',
  'command.generate.option.style.choice.product-shot': 'photo produit',
  'command.generate.option.image.name': 'image',
  'command.generate.option.image.description': 'Une image de départ',
  'command.generate.option.contest.name': 'concours',
  'command.generate.option.contest.description':
    'Inscrire le clip au concours de ce salon : yes (ou l’id d’un concours)',

  'command.remixes.name': 'remixes',
  'command.remixes.description': 'Affiche l’arbre des remixes d’un clip',
  'command.remixes.option.clip.name': 'clip',
  'command.remixes.option.clip.description': 'L’id du clip, affiché sur sa carte',

  'command.top.name': 'top',
  'command.top.description': 'Les clips les plus votés ici, ou le panthéon',
  'command.top.option.period.name': 'période',
  'command.top.option.period.description': 'Jour, semaine (par défaut), depuis toujours ou panthéon',
  'command.top.option.period.choice.day': 'Dernières 24 heures',
  'command.top.option.period.choice.week': '7 derniers jours',
  'command.top.option.period.choice.all': 'Depuis toujours',
  'command.top.option.period.choice.hall': 'Panthéon (gagnants des concours)',

  'command.contest.name': 'concours',
  'command.contest.description': 'Concours : {subcommands}',

  'command.contest.start.name': 'lancer',
  'command.contest.start.description': 'Lance un concours de prompts (admins)',
  'command.contest.start.option.theme.name': 'thème',
  'command.contest.start.option.theme.description': 'Le sujet des participations',
  'command.contest.start.option.submit.name': 'délai_participation',
  'command.contest.start.option.submit.description':
    'Durée pendant laquelle on peut participer, par ex. 2h ou 3d (par défaut 1d)',
  'command.contest.start.option.vote.name': 'délai_vote',
  'command.contest.start.option.vote.description': 'Durée du vote, par ex. 1h ou 2d (par défaut 1d)',
  'command.contest.start.option.entries.name': 'participations',
  'command.contest.start.option.entries.description':
    'Participations par membre, de 1 à {max} (par défaut 1)',
  'command.contest.start.option.channel.name': 'salon',
  'command.contest.start.option.channel.description': 'Où il a lieu (par défaut : ici)',
  'command.contest.start.option.voter_age.name': 'ancienneté',
  'command.contest.start.option.voter_age.description': 'Nombre minimum de jours comme membre pour voter',

  'command.contest.status.name': 'état',
  'command.contest.status.description': 'Où en est le concours de ce salon',
  'command.contest.status.option.contest.name': 'concours',
  'command.contest.status.option.contest.description': 'L’id d’un concours (par défaut : celui de ce salon)',
  'command.contest.leaderboard.name': 'classement',
  'command.contest.leaderboard.description': 'Le classement du concours de ce salon',
  'command.contest.leaderboard.option.contest.name': 'concours',
  'command.contest.leaderboard.option.contest.description':
    'L’id d’un concours (par défaut : celui de ce salon)',
  'command.contest.cancel.name': 'annuler',
  'command.contest.cancel.description': 'Annule le concours de ce salon (admins)',
  'command.contest.cancel.option.contest.name': 'concours',
  'command.contest.cancel.option.contest.description': 'L’id d’un concours (par défaut : celui de ce salon)',

  'command.usage.name': 'dépenses',
  'command.usage.description': 'Ce que toi et ce serveur avez dépensé en vidéos aujourd’hui et ce mois-ci',

  'command.consent.name': 'consentement',
  'command.consent.description': 'Autorise ou non les autres à te citer dans leurs prompts ici',
  'command.consent.option.choice.name': 'choix',
  'command.consent.option.choice.description':
    'on : les autres peuvent te citer ; off : les prompts qui te citent sont refusés',
  'command.consent.option.choice.choice.on': 'on : les autres peuvent me citer',
  'command.consent.option.choice.choice.off': 'off : refuser les prompts qui me citent',

  'command.settings.name': 'réglages',
  'command.settings.description': 'Admins : voir ou modifier budgets, limites, salons et modèle par défaut',
  'command.settings.option.setting.name': 'réglage',
  'command.settings.option.setting.description': 'Le réglage à modifier',
  'command.settings.option.setting.choice': '{name} : {description}',
  'command.settings.option.value.name': 'valeur',
  'command.settings.option.value.description':
    'La nouvelle valeur ; « default » rétablit celle de l’opérateur',

  'command.help.name': 'aide',
  'command.help.description': 'Comment créer des vidéos avec ce bot',

  'setting.model.description': 'Modèle par défaut quand une demande n’en précise aucun',
  'setting.provider.description': 'Fournisseur préféré quand aucun modèle par défaut n’est défini',
  'setting.channels.description': 'Salons où l’on peut créer des clips',
  'setting.daily_budget.description': 'Dépenses par jour pour tout le monde ici, en USD',
  'setting.monthly_budget.description': 'Dépenses par mois pour tout le monde ici, en USD',
  'setting.member_daily_clips.description': 'Clips qu’un membre peut créer par jour',
  'setting.member_daily_seconds.description': 'Secondes de vidéo qu’un membre peut créer par jour',
  'setting.member_max_active.description':
    'Clips qu’un membre peut avoir en attente ou en rendu en même temps',
  'setting.rate_limit.description': 'Commandes et boutons par membre et par minute',
  'setting.vote_emoji.description': 'La réaction qui compte comme un vote',
  'setting.aspect.description': 'Format d’un clip quand le membre n’en précise aucun',

  // The keys group (workspaces' own provider keys, issue 17).
  'command.keys.name': 'clés',
  'command.keys.description': 'Clés de fournisseur : {subcommands}',
  'command.keys.list.name': 'liste',
  'command.keys.list.description':
    'Admins : les clés de fournisseur propres à ce serveur (quatre derniers caractères seulement)',
  'command.keys.add.name': 'ajouter',
  'command.keys.add.description': 'Admins : ajouter une clé de fournisseur propre (dans un formulaire privé)',
  'command.keys.add.option.provider.name': 'fournisseur',
  'command.keys.add.option.provider.description': 'Le fournisseur vidéo de la clé',
  'command.keys.remove.name': 'retirer',
  'command.keys.remove.description': 'Admins : retirer la clé propre à ce serveur pour un fournisseur',
  'command.keys.remove.option.provider.name': 'fournisseur',
  'command.keys.remove.option.provider.description': 'Le fournisseur vidéo de la clé',
  'command.keys.remove.option.last4.name': 'derniers4',
  'command.keys.remove.option.last4.description': 'Ses quatre derniers caractères, pour être sûr',
  'command.keys.cap.name': 'plafond',
  'command.keys.cap.description': 'Admins : combien de rendus peuvent tourner en même temps sur une clé',
  'command.keys.cap.option.provider.name': 'fournisseur',
  'command.keys.cap.option.provider.description': 'Le fournisseur vidéo de la clé',
  'command.keys.cap.option.renders.name': 'rendus',
  'command.keys.cap.option.renders.description':
    'Rendus en cours au maximum (ce que permet le compte du fournisseur)',
};
