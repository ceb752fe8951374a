import type { ErrorsCatalog } from './en.ts';

/**
 * French (vous), with the glossary of commands/fr.ts: clip, prompt, remix, concours, histoire,
 * plan, prolonger, casting, apparence, photo; le service vidéo, les admins. Typographic
 * apostrophes (’) only: an ASCII one can start an ICU quote.
 */
export const fr: ErrorsCatalog = {
  'error.internal': 'Un problème est survenu de notre côté ; veuillez réessayer.',

  'error.list.or': '{a} ou {b}',
  'error.list.series': '{first}, {rest}',
  'error.list.and2': '{a} et {b}',
  'error.list.and3': '{a}, {b} et {c}',
  'error.list.andOthers': '{a}, {b} et {others, plural, one {# autre personne} other {# autres personnes}}',

  'error.givenUp.rateLimited':
    'Le service vidéo est resté surchargé à chaque nouvel essai, ce clip a donc été arrêté. Rien n’a été facturé ; réessayez plus tard.',
  'error.givenUp.unavailable':
    'Le service vidéo n’a répondu à aucun nouvel essai, ce clip a donc été arrêté. Rien n’a été facturé ; réessayez plus tard.',
  'error.givenUp.download':
    'La vidéo terminée n’a pas pu être récupérée auprès du service vidéo, même après plusieurs essais. Rien n’a été facturé ; réessayez.',
  'error.givenUp.delivery':
    'La vidéo n’a pas pu être publiée ici, même après plusieurs essais. Rien n’a été facturé ; réessayez plus tard.',
  'error.givenUp.diskFull':
    'Le serveur du bot n’avait plus d’espace disque pour les vidéos et n’a pas pu enregistrer ce clip, même après plusieurs essais. Rien n’a été facturé ; réessayez plus tard et prévenez l’opérateur du bot si cela se reproduit.',
  'error.givenUp.invalidVideo':
    'Le service vidéo a envoyé autre chose qu’une vidéo lisible, même après plusieurs essais, donc rien n’a été publié. Rien n’a été facturé ; réessayez plus tard.',
  'error.givenUp.other':
    'Ce clip n’a pas pu être terminé, même après plusieurs essais. Rien n’a été facturé ; réessayez plus tard.',

  'error.budget.memberActive':
    'Vous avez déjà {used, plural, one {# clip} other {# clips}} en attente ou en cours de rendu, le maximum qu’un membre peut avoir à la fois ici. Réessayez quand l’un d’eux sera terminé.',
  'error.budget.memberDailyClips':
    'Vous avez fait {used, plural, one {# clip} other {# clips}} aujourd’hui, la limite quotidienne par membre ici. Elle se réinitialise à minuit UTC, dans {wait}.',
  'error.budget.memberDailySeconds':
    'Ce clip de {seconds} secondes vous ferait dépasser {max} secondes de vidéo aujourd’hui ; il vous reste {left} s. Essayez un clip plus court ou attendez minuit UTC, dans {wait}.',
  'error.budget.memberDailySecondsDone':
    'Vous avez utilisé vos {max} secondes de vidéo pour aujourd’hui. Elles se réinitialisent à minuit UTC, dans {wait}.',
  'error.budget.workspaceDaily':
    'Le budget vidéo quotidien ici est de {max, number, ::currency/USD}, dont {used, number, ::currency/USD} déjà dépensés ou réservés pour des clips en cours ; ce clip coûte {cost, number, ::currency/USD}. Il se réinitialise à minuit UTC, dans {wait}.',
  'error.budget.workspaceDailyRoom':
    'Le budget vidéo quotidien ici est de {max, number, ::currency/USD}, dont {used, number, ::currency/USD} déjà dépensés ou réservés pour des clips en cours ; ce clip coûte {cost, number, ::currency/USD}. Un clip moins cher peut encore passer ({left, number, ::currency/USD} restants). Il se réinitialise à minuit UTC, dans {wait}.',
  'error.budget.workspaceMonthly':
    'Le budget vidéo mensuel ici est de {max, number, ::currency/USD}, dont {used, number, ::currency/USD} déjà dépensés ou réservés pour des clips en cours ; ce clip coûte {cost, number, ::currency/USD}. Il se réinitialise le {date, date, utcMonthDay} (UTC), dans {wait}.',
  'error.budget.workspaceMonthlyRoom':
    'Le budget vidéo mensuel ici est de {max, number, ::currency/USD}, dont {used, number, ::currency/USD} déjà dépensés ou réservés pour des clips en cours ; ce clip coûte {cost, number, ::currency/USD}. Un clip moins cher peut encore passer ({left, number, ::currency/USD} restants). Il se réinitialise le {date, date, utcMonthDay} (UTC), dans {wait}.',
  'error.budget.wait.minutes': '{minutes} min',
  'error.budget.wait.hours': '{hours} h',
  'error.budget.wait.hoursMinutes': '{hours} h {minutes} min',
  'error.budget.wait.days': '{days, plural, one {# jour} other {# jours}}',

  'error.admission.rateLimited':
    'Cela fait plus de {perMinute} commandes et boutons par minute, le maximum qu’un membre peut envoyer ici. Attendez {seconds} s et réessayez.',
  'error.admission.channel':
    'Impossible de faire des clips dans ce salon : les admins ont choisi d’autres salons pour cela. Essayez l’un d’eux ou demandez à un admin.',
  'error.consent.likeness':
    'Votre prompt nomme {names}, {count, plural, one {qui n’a pas accepté de vous prêter son apparence} other {qui n’ont pas accepté de vous prêter leur apparence}} ici. Un membre vous l’autorise avec /{command} cast allow ou cast approve ; d’ici là, retirez ces noms.',
  'error.consent.appear':
    'Votre prompt nomme {names}, {count, plural, one {qui n’a pas accepté} other {qui n’ont pas accepté}} d’apparaître dans des clips ici. Les membres acceptent avec /{command} consent on ; d’ici là, retirez ces noms.',
  'error.consent.withdrawn':
    '{names} {count, plural, one {ne prête plus son apparence} other {ne prêtent plus leur apparence}} à ce clip ; il n’a pas été fait et a été remboursé.',

  'error.clip.promptEmpty': 'Décrivez la vidéo que vous voulez : le prompt est vide.',
  'error.clip.promptTooLong':
    'Le prompt fait {length} caractères ; la limite est de {max}. Raccourcissez-le et réessayez.',
  'error.clip.duration':
    '{model} fait des clips de {durations} secondes ; vous avez demandé {duration}. Choisissez l’une de ces durées.',
  'error.clip.size': '{model} fait des clips en {sizes} ; « {size} » n’en fait pas partie.',
  'error.clip.aspect': '{model} n’a pas de format {aspect} ({ratio}) ; il propose {sizes}.',
  'error.clip.style': 'Il n’y a pas de style « {style} ». Essayez {styles}.',
  'error.clip.imageUnsupported': '{model} ne peut pas partir d’une image ; retirez l’image.',
  'error.clip.referencesUnsupported':
    'Votre prompt nomme un membre dont vous pouvez utiliser l’apparence, mais aucun modèle vidéo ici n’accepte d’images de référence. {providers} le ferait ; demandez à un admin ou retirez le nom.',
  'error.clip.editUnsupported':
    'Le modèle de ce clip ne peut pas modifier sa vidéo. Utilisez plutôt Remix pour lancer un nouveau clip à partir de son prompt.',
  'error.clip.alreadyDone':
    'Ce clip est déjà {state, select, posted {publié} failed {en échec} cancelled {annulé} other {terminé}} ; il n’y a rien à annuler.',
  'error.clip.delivering': 'Ce clip est en cours de publication et ne peut plus être annulé.',
  'error.clip.gone': 'Ce clip n’existe plus.',
  'error.clip.exists': 'Ce clip existe déjà.',
  'error.clip.movedOn': 'Ce clip a déjà changé d’état.',
  'error.clip.contestsUnavailable': 'Les concours ne sont pas disponibles ici.',
  'error.clip.notYours':
    'Seuls {author} ou un admin peuvent {action, select, cancel {annuler} delete {supprimer} other {modifier}} ce clip.',
  'error.clip.cancelledBy': 'Annulé par {name}.',
  'error.model.unknown': 'Aucun modèle ne s’appelle « {model} ». Choisissez parmi : {models}.',
  'error.provider.notConfigured': 'Le fournisseur vidéo « {name} » n’est pas configuré.',

  'error.moderation.blocklist':
    'Ce prompt contient un mot que les admins de ce bot n’autorisent pas, donc rien n’a été fait ni facturé. Reformulez-le et réessayez.',
  'error.moderation.category.minors': 'contenu sexuel impliquant des mineurs',
  'error.moderation.category.selfHarm': 'automutilation',
  'error.moderation.category.graphicViolence': 'violence explicite',
  'error.moderation.category.threateningHate': 'haine menaçante',
  'error.moderation.category.threats': 'menaces',
  'error.moderation.category.violentWrongdoing': 'actes illicites violents',
  'error.moderation.category.violence': 'violence',
  'error.moderation.category.hate': 'haine',
  'error.moderation.category.harassment': 'harcèlement',
  'error.moderation.category.sexual': 'contenu sexuel',
  'error.moderation.category.wrongdoing': 'actes illicites',
  'error.moderation.category.rules': 'les règles de contenu',
  'error.moderation.flagged':
    'Le contrôle de contenu a signalé ce prompt pour {category}, donc rien n’a été fait ni facturé. Modifiez-le et réessayez.',
  'error.moderation.unavailable':
    'Le contrôle de contenu ne répond pas pour le moment, donc rien n’a été fait ni facturé. Réessayez dans une minute.',

  'error.cast.handleMention':
    'Cet identifiant ressemble à une mention ou à un ID de membre. Choisissez un mot simple, comme ada ou captain_rex.',
  'error.cast.handleShape':
    'Un identifiant compte de 3 à 32 lettres, chiffres, _, . ou -, et commence et finit par une lettre ou un chiffre (comme ada ou captain_rex).',
  'error.cast.handleReserved':
    '@{handle} est un mot que les applis de discussion utilisent pour tout le monde ; choisissez un autre identifiant.',
  'error.cast.handleTaken':
    '@{handle} est déjà l’identifiant d’un autre membre ici ; choisissez-en un autre.',
  'error.cast.modelNoLikeness':
    '{model} ne peut pas utiliser l’apparence d’un membre. Ne précisez pas de modèle, ou choisissez-en un qui le peut : {models}.',
  'error.cast.likenessUnsupported':
    '{model} ne peut pas utiliser l’apparence d’un membre ; le clip n’a pas été fait et a été remboursé.',
  'error.cast.ownLikeness':
    'Vous pouvez toujours utiliser votre propre apparence ; approuvez quelqu’un d’autre.',
  'error.cast.botApprove': 'Les bots ne peuvent pas être autorisés à utiliser une apparence.',
  'error.cast.full':
    'Vous avez déjà {max} photos, le maximum qu’un membre conserve. Supprimez votre casting avec /{command} cast remove pour recommencer.',
  'error.cast.providersWithReferences': 'fal (son modèle Veo 3.1, avec images de référence)',
  'error.cast.memberNone': 'Ce membre n’a pas de casting ici.',
  'error.cast.none':
    'Vous n’avez pas encore de casting ici. Ajoutez d’abord une photo de vous avec /{command} cast add.',

  'error.story.describe':
    'Décrivez l’histoire : écrivez ses plans séparés par | (par exemple « un renard se réveille | le renard court »).',
  'error.story.tooManyShots':
    'Une histoire compte au plus {max} plans ; celle-ci en a {count}. Fusionnez des plans et réessayez.',
  'error.story.shotEmpty':
    'Le plan {index} sur {count} est vide : décrivez ce qui s’y passe ou retirez le séparateur en trop.',
  'error.story.shotTooLong':
    'Le plan {index} fait {length} caractères ; la limite par plan est de {max}. Raccourcissez-le et réessayez.',
  'error.story.noShots': 'Décrivez au moins un plan.',
  'error.story.tooManyShotsWritten':
    'Une histoire compte au plus {max} plans ; vous en avez écrit {count}. Fusionnez des plans ou racontez la suite dans une deuxième histoire.',
  'error.story.shotBlank':
    'Le plan {index} est vide. Dites ce qui s’y passe ou retirez le séparateur en trop.',
  'error.story.tooLong':
    '{what} : cela ferait {total} secondes ; le maximum est de {max}. Utilisez moins de plans ou des plans plus courts.',
  'error.story.whatShots': '{count, plural, one {# plan} other {# plans}} de {seconds} s',
  'error.story.whatExtended': 'Le clip prolongé de {seconds} s',
  'error.story.flowUnsupported':
    '{model} ne peut pas commencer un plan à partir de la dernière image du précédent, ce qu’exige le mode enchaîné. Utilisez mode:cut, ou l’un de ces modèles : {models}.',
  'error.story.flowUnsupportedAnywhere':
    '{model} ne peut pas commencer un plan à partir de la dernière image du précédent, ce qu’exige le mode enchaîné, et aucun modèle ici ne le peut. Utilisez mode:cut.',
  'error.story.gone': 'Cette histoire n’existe plus.',
  'error.story.exists': 'Cette histoire existe déjà.',
  'error.story.rerollNotPosted': 'Seule une histoire publiée peut avoir un plan regénéré.',
  'error.story.shotRange': 'Cette histoire a les plans 1 à {count} ; choisissez-en un.',
  'error.story.shotNotOwn':
    'Ce plan est le clip que cette histoire prolonge ; seuls les plans propres à l’histoire peuvent être regénérés.',
  'error.story.noQueue': 'Les histoires ne peuvent pas fonctionner ici.',
  'error.story.shotGone': 'Un plan de cette histoire a disparu, elle ne peut donc pas être assemblée.',
  'error.story.recordMissing':
    'L’enregistrement de cette histoire est introuvable, elle ne peut donc pas être terminée. Rien de plus n’a été facturé.',
  'error.story.sourceGone':
    'Le clip que prolonge cette histoire a été supprimé ou a disparu, l’histoire ne peut donc pas être faite.',
  'error.story.shotFailed': 'Le plan {index} sur {count} a échoué : {why}',
  'error.story.shotFailedUnknown': 'Le fournisseur vidéo n’a pas pu le faire.',
  'error.story.ended': 'Son histoire s’est terminée avant que ce plan soit fait.',
  'error.extend.gone': 'Ce clip n’existe plus, il ne peut donc pas être prolongé.',
  'error.extend.notPosted': 'Seul un clip publié peut être prolongé ; attendez que celui-ci soit publié.',
  'error.extend.sourceGone': 'La vidéo de ce clip n’est plus disponible pour la prolonger.',
  'error.extend.unsupported':
    '{model} ne peut ni prolonger ses propres clips ni partir d’une image, ce clip ne peut donc pas être prolongé.',
  'error.extend.unsupportedUse':
    '{model} ne peut ni prolonger ses propres clips ni partir d’une image, ce clip ne peut donc pas être prolongé. Faites le clip avec {models} pour pouvoir le prolonger.',

  'error.render.failed': 'Le fournisseur vidéo n’a pas pu faire ce clip.',
  'error.shot.sourceGone': 'Le clip que ce plan prolonge a disparu, le plan ne peut donc pas partir de lui.',
  'error.shot.videoGone': 'Cette vidéo n’est plus disponible chez son fournisseur.',
  'error.shot.continueGone':
    'La vidéo que ceci prolonge n’est plus disponible chez son fournisseur, elle ne peut donc pas être prolongée.',
  'error.delivery.notConnected': 'Cette plateforme de discussion n’est pas connectée pour le moment.',
  'error.delivery.tooLarge':
    'Le clip fait {size, number, ::.0} Mio et ce salon accepte au plus {limit, number, ::.0} Mio, même après réduction. Essayez un clip plus court ou plus petit.',
  'error.download.tooLarge':
    'La vidéo terminée dépasse les {mib, number} Mio que reelbot accepte, elle n’a donc pas été téléchargée. Rien n’a été facturé ; essayez un clip plus court ou plus petit.',
  'error.download.tooSlow':
    'Le service vidéo a envoyé la vidéo terminée trop lentement (pas en moins de {span}), reelbot l’a donc abandonnée. Rien n’a été facturé ; réessayez plus tard.',
  'error.download.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'error.download.seconds': '{count, plural, one {# seconde} other {# secondes}}',
  'error.download.cancelled': 'Ce clip a été annulé.',

  'error.provider.moderation':
    'Le service vidéo a refusé ce prompt selon ses règles de contenu. Reformulez-le et réessayez.',
  'error.provider.auth':
    'Le service vidéo n’a pas accepté nos identifiants. Un admin doit vérifier la clé d’API.',
  'error.provider.quota': 'Le compte du service vidéo n’a plus de crédit. Un admin doit le recharger.',
  'error.provider.modelNotFound':
    'Le service vidéo ne propose plus ce modèle (il a été retiré). Demandez à un admin d’en choisir un autre.',
  'error.provider.notFound': 'Le service vidéo n’a plus cette vidéo ; elle a peut-être expiré.',
  'error.provider.notReady': 'La vidéo n’est pas encore prête chez le service vidéo.',
  'error.provider.rateLimited':
    'Le service vidéo est surchargé pour le moment. Votre demande sera réessayée sous peu.',
  'error.provider.unavailable':
    'Le service vidéo ne répond pas pour le moment. Votre demande sera réessayée sous peu.',
  'error.provider.downloadFailed':
    'La vidéo terminée n’a pas pu être récupérée auprès du service vidéo. Un nouvel essai aura lieu.',
  'error.provider.unsafeUrl':
    'Le service vidéo a indiqué à reelbot une adresse qu’il ne consulte jamais (cette machine ou un réseau privé), le clip n’a donc pas été téléchargé. Rien n’a été facturé ; un admin devrait vérifier le service vidéo.',
  'error.provider.renderFailed':
    'Le service vidéo n’a pas pu faire ce clip. Réessayez, peut-être avec un autre prompt.',
  'error.provider.cancelled': 'Le service vidéo a annulé ce rendu.',
  'error.provider.unknownStatus': 'Le service vidéo a indiqué un état que reelbot ne connaît pas.',
  'error.provider.unknownStatusNamed':
    'Le service vidéo a indiqué un état que reelbot ne connaît pas (« {status} »).',
  'error.provider.expired':
    'La vidéo terminée a expiré chez le service vidéo avant d’avoir pu être récupérée.',
  'error.provider.rejected': 'Le service vidéo a refusé cette demande : {reason}',
  'error.provider.rejectedField': 'Le service vidéo a refusé cette demande ({field}) : {reason}',
  'error.provider.couldNotMake': 'Le service vidéo n’a pas pu faire ce clip : {reason}',
  'error.provider.referenceImage':
    'Le service vidéo n’a pas pu utiliser l’image de référence : {reason} Essayez une autre image.',
  'error.provider.referenceImagePlain':
    'Le service vidéo n’a pas pu utiliser l’image de référence. Essayez une autre image.',
  'error.provider.noSuchModel': 'Ce service vidéo ne propose pas le modèle « {model} ».',
  'error.provider.tooManyReferences': '{model} ne peut pas prendre {count} images de référence.',
  'error.provider.promptTooLong':
    '{model} accepte des prompts de {max} caractères au plus ; celui-ci en fait {length}. Raccourcissez-le et réessayez.',
  'error.provider.firstFrameTooLarge':
    'L’image de départ de ce plan est trop lourde pour le service vidéo ({size} Mo ; il accepte au plus {max} Mo). Rien n’a été facturé.',
  'error.provider.privateImageLink':
    'Le lien de l’image doit pointer vers une image sur le Web public ; les liens vers cette machine ou un réseau privé sont refusés.',

  'error.media.diskFull':
    'Le serveur du bot n’avait plus d’espace disque pour les vidéos et n’a pas pu enregistrer ce clip, même après avoir attendu. Rien n’a été facturé ; réessayez plus tard et prévenez l’opérateur du bot si cela se reproduit.',
  'error.media.timedOut':
    'Le serveur du bot a mis trop de temps à traiter cette vidéo et s’est arrêté. Rien n’a été facturé ; réessayez et prévenez l’opérateur du bot si cela se reproduit.',
  'error.media.notVideo':
    'Le service vidéo a envoyé autre chose qu’une vidéo lisible, elle n’a donc pas été publiée. Rien n’a été facturé ; réessayez.',
  'error.media.lastFrame':
    'Le bot n’a pas pu lire la dernière image du clip pour la prolonger. Rien n’a été facturé ; réessayez.',
  'error.media.join':
    'Le bot n’a pas pu assembler les plans en une seule vidéo. L’assemblage n’a pas été facturé ; réessayez et prévenez l’opérateur du bot si cela se reproduit.',
  'error.image.invalid':
    'Ce fichier n’est pas une image que reelbot peut utiliser : envoyez une photo JPEG, PNG ou WebP.',
  'error.image.tooManyPixels':
    'Cette image fait {width}x{height} pixels ; envoyez-en une de moins de 50 mégapixels.',
  'error.image.tooManyBytes': 'Cette image fait {mib, number, ::.0} Mio ; envoyez-en une de 10 Mio au plus.',
  'error.image.prepare': 'Cette image n’a pas pu être préparée ; essayez-en une autre.',
};
