import type { ContestsCatalog } from './en.ts';

/**
 * French (vous), with the glossary of commands/fr.ts: clip, prompt, remix, concours, classement;
 * participation (a contest entry), vote, casting, apparence. Typographic apostrophes (’) only: an
 * ASCII one can start an ICU quote.
 */
export const fr: ContestsCatalog = {
  'contest.time': '{date} UTC',
  'contest.when': '{time} (dans {duration})',
  'contest.sentences': '{first} {next}',

  'contest.start.title': '{name} a lancé un concours : « {theme} »',
  'contest.start.heading': '{title} (concours {id}).',
  'contest.start.enter':
    'Participez avec /{command} generate et contest: yes, jusqu’à {entries, plural, one {# participation} other {# participations}} par personne, avant le {opens}.',
  'contest.start.vote':
    'Votez ensuite avec {emoji} pour les participations qui vous plaisent, jusqu’au {closes} ; votre propre participation et les bots ne comptent pas.',
  'contest.start.voterAge':
    'Seuls comptent les votes des membres présents depuis au moins {days, plural, one {# jour} other {# jours}}.',
  'contest.id': 'Id du concours : {id}.',

  'contest.voting.text': 'Concours « {theme} » : {sentences}',
  'contest.voting.title': 'Concours « {theme} » : les votes sont ouverts',
  'contest.voting.nobody':
    'les participations sont closes et personne n’a participé. Les votes restent ouverts jusqu’au {closes}, mais il n’y a rien à départager.',
  'contest.voting.open':
    'les participations sont closes avec {entries, plural, one {# participation} other {# participations}}. Les votes sont ouverts jusqu’au {closes} : réagissez avec {emoji} aux participations qui vous plaisent.',
  'contest.voting.early':
    'Les réactions ajoutées avant ce moment ne comptent pas ; retirez la vôtre puis remettez-la pour voter.',

  'contest.count.sentence': '{parts}.',
  'contest.count.next': '{before} ; {next}',
  'contest.count.also': '{before}, {next}',
  'contest.count.counted': '{count, plural, one {# vote compté} other {# votes comptés}}',
  'contest.count.notCounted': '{list} hors décompte',
  'contest.count.self': '{count, plural, one {# vote pour soi-même} other {# votes pour soi-même}}',
  'contest.count.bots': '{count, plural, one {# vote de bot} other {# votes de bots}}',
  'contest.count.outsideWindow':
    '{count, plural, one {# hors de la période de vote} other {# hors de la période de vote}}',
  'contest.count.tooYoung':
    '{count, plural, one {# d’un compte} other {# de comptes}} de moins de {days, plural, one {# jour} other {# jours}}',
  'contest.count.foundAtClose':
    '{count, plural, one {# vote trouvé} other {# votes trouvés}} sur la plateforme à la clôture',
  'contest.count.retracted':
    '{count, plural, one {# retiré pendant l’absence du bot} other {# retirés pendant l’absence du bot}}',
  'contest.count.ageUnknown':
    '{count, plural, one {L’ancienneté de # votant n’a pas pu être vérifiée (pas de date de compte, jamais vu auparavant) ; ce vote a été compté.} other {L’ancienneté de # votants n’a pas pu être vérifiée (pas de date de compte, jamais vus auparavant) ; ces votes ont été comptés.}}',

  'contest.place': '{place, select, 1 {1er} 2 {2e} 3 {3e} other {{place}e}}',
  'contest.entry.ranked': '{place} : clip {clipId} de {name}, {votes, plural, one {# vote} other {# votes}}',
  'contest.entry.listed': '{number}. clip {clipId} de {name}',
  'contest.results.nobody':
    'Le concours « {theme} » est terminé : personne n’a participé, il n’y a donc pas de gagnant.',
  'contest.results.heading': 'Le concours « {theme} » est terminé. {top}',
  'contest.results.top': '{entries, plural, one {# participation} other {# participations}} ; le podium :',
  'contest.results.title': 'Le concours « {theme} » est terminé',
  'contest.results.noWinner': 'Personne n’a participé, il n’y a donc pas de gagnant.',
  'contest.results.counting':
    'Décompte des votes : {accounting} En cas d’égalité, la participation la plus ancienne l’emporte.',
  'contest.more':
    '…et {count, plural, one {# autre participation} other {# autres participations}} dans le salon.',

  'contest.entries.none':
    'Concours « {theme} » : aucune participation pour l’instant. Les participations sont ouvertes jusqu’au {opens}.',
  'contest.entries.noneTitle': 'Concours « {theme} » : aucune participation pour l’instant',
  'contest.entries.openUntil': 'Les participations sont ouvertes jusqu’au {opens}.',
  'contest.entries.heading': '{title} ; les votes comptent dès l’ouverture des votes, le {opens}.',
  'contest.entries.title':
    'Concours « {theme} » : {entries, plural, one {# participation} other {# participations}} pour l’instant',
  'contest.entries.votesLater': 'Les votes comptent dès l’ouverture des votes, le {opens}.',

  'contest.status.submissions':
    'Concours « {theme} » (concours {id}) de {name} : participations ouvertes jusqu’au {opens}, {perMember} au plus par membre ; {entries} pour l’instant. Les votes dureront ensuite {voteFor}.',
  'contest.status.voting':
    'Concours « {theme} » (concours {id}) de {name} : votes avec {emoji} jusqu’au {closes} sur {entries, plural, one {# participation} other {# participations}}.',
  'contest.status.closed': 'Concours « {theme} » (concours {id}) de {name} : clos le {closed}. {winner}',
  'contest.status.winner':
    'Gagnant : clip {clipId} de {winner} avec {votes, plural, one {# vote} other {# votes}}.',
  'contest.status.noWinner': 'Pas de gagnant.',
  'contest.status.cancelled': 'Concours « {theme} » (concours {id}) de {name} : annulé par {by}.',
  'contest.status.anAdmin': 'un admin',
  'contest.status.boardTitle': 'Concours « {theme} » de {name}',
  'contest.status.closedWinner': 'Clos le {closed}. Le gagnant :',
  'contest.standings.voting':
    'Concours « {theme} », classement provisoire (les votes se terminent le {closes} ; le décompte final lit aussi les réactions de chaque participation) :',
  'contest.standings.final': 'Concours « {theme} », résultats finaux :',
  'contest.standings.votingTitle': 'Concours « {theme} », classement provisoire',
  'contest.standings.finalTitle': 'Concours « {theme} », résultats finaux',
  'contest.standings.closes':
    'Les votes se terminent le {closes} ; le décompte final lit aussi les réactions de chaque participation.',
  'contest.standings.none': 'Aucune participation.',

  'contest.cancelled.notice': '{name} a annulé le concours « {theme} ». Aucun résultat ne sera annoncé.',
  'contest.cancelled.noStandings': 'Le concours « {theme} » a été annulé ; il n’y a pas de classement.',

  'contest.error.notPosted':
    'Je n’ai pas pu publier dans ce salon, le concours n’a donc pas été lancé. Vérifiez le salon et que j’ai le droit d’y publier.',
  'contest.error.notPostedBecause':
    'Je n’ai pas pu publier dans ce salon, le concours n’a donc pas été lancé. Vérifiez le salon et que j’ai le droit d’y publier. {reason}',
  'contest.error.notConnected': 'Cette plateforme de discussion n’est pas connectée pour le moment.',
  'contest.error.already':
    'Le concours « {theme} » est déjà {state, select, closed {clos} cancelled {annulé} other {terminé}}.',
  'contest.error.unknownId':
    'Aucun concours ne porte cet id. Utilisez contest: yes pour participer au concours de ce salon.',
  'contest.error.otherChannel':
    'Le concours « {theme} » n’accepte les participations que dans son propre salon ; participez là-bas.',
  'contest.error.votingOn':
    'Les participations au concours « {theme} » sont closes ; les votes sont en cours. Rien n’a été facturé.',
  'contest.error.over':
    'Le concours « {theme} » est {state, select, closed {clos} cancelled {annulé} other {terminé}} ; il n’accepte plus de participations. Rien n’a été facturé.',
  'contest.error.closedJustNow':
    'Les participations au concours « {theme} » viennent de se clore. Rien n’a été facturé.',
  'contest.error.noneOpen':
    'Aucun concours n’est ouvert dans ce salon en ce moment, ceci ne peut donc pas être une participation. Rien n’a été facturé.',
  'contest.error.notHere': 'Aucun concours ne porte cet id ici.',
  'contest.error.noneRunning':
    'Aucun concours n’est en cours dans ce salon. Un admin peut en lancer un avec /{command} contest start.',
  'contest.error.theme': 'Donnez au concours un thème de 1 à {max} caractères.',
  'contest.error.window':
    'La période {window, select, submission {de participation} other {de vote}} doit durer entre {min} et {maxDays} jours (par exemple 2h ou 3d).',
  'contest.error.entries': 'Le nombre de participations par membre est un nombre entier de 1 à {max}.',
  'contest.error.voterAge': 'L’ancienneté minimale pour voter est un nombre entier de jours de 0 à {max}.',
  'contest.error.busy':
    'Le concours « {theme} » (concours {id}) est déjà en cours dans ce salon ; un seul à la fois. Rien n’a été modifié.',
  'contest.error.full':
    'Vous avez déjà {count, plural, one {# participation} other {# participations}} au concours « {theme} », le maximum autorisé. Rien n’a été facturé.',

  'board.top.title':
    '{period, select, day {Meilleurs clips des dernières 24 heures} week {Meilleurs clips des 7 derniers jours} all {Meilleurs clips de tous les temps} other {Panthéon : gagnants des concours}}',
  'board.top.heading': '{title} :',
  'board.top.tieRule': 'Égalités : la publication la plus ancienne passe devant.',
  'board.top.empty': '{title} : rien n’a encore été publié. Créez le premier avec generate.',
  'board.top.hallEmpty': 'Le panthéon est vide : aucun concours ici n’a encore de gagnant.',
  'board.top.row':
    '{rank}. « {prompt} » de {name} · {votes, plural, one {# vote} other {# votes}} · clip {clipId}',
  'board.top.rowWon':
    '{rank}. « {prompt} » de {name}, gagnant de « {theme} » · {votes, plural, one {# vote} other {# votes}} · clip {clipId}',
  'board.entry.votes': '{rank}. {votes, plural, one {# vote} other {# votes}}',
  'board.entry.unranked': 'Participation {rank}',
  'board.entry.won': 'Gagnant de « {theme} »',
  'board.entry.clip': 'clip {clipId}',
  'board.entry.by': '{entry} de {name}',
  'board.entry.byWon': '{entry} de {name}, gagnant de « {theme} »',
  'board.entry.voteCount': '{votes, plural, one {# vote} other {# votes}}',
  'board.entry.thumbnailAlt': 'Une image de ce clip',

  'board.remix.title': '{name} a {origin, select, edit {modifié} other {remixé}} votre clip',
  'board.remix.label': '{label, select, edit {Modification} remix {Remix} other {Original}}',
  'board.remix.note': 'Au plus une de ces notifications par heure.',
  'notice.remix':
    '{name} a {origin, select, edit {modifié} other {remixé}} votre clip {parentId} : voyez le clip {clipId}. (Au plus une de ces notifications par heure.)',
  'notice.cast':
    '{name} a créé le clip {clipId} avec votre apparence. Vous pouvez le supprimer avec son bouton Supprimer, comme son auteur.',
};
