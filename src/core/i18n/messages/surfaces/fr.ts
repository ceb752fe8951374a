import type { SurfacesCatalog } from './en.ts';

/**
 * French (vous), with the glossary of messages/commands/fr.ts; Discord’s permission names as its
 * French client shows them. Typographic apostrophes (’) only: an ASCII one can start an ICU quote.
 */
export const fr: SurfacesCatalog = {
  'surface.discord.unknownCommand': 'Je ne connais pas cette commande. Essayez /{command} help.',
  'surface.discord.serverOnly': 'reelbot fonctionne sur les serveurs : utilisez-le dans un salon de serveur.',
  'surface.discord.buttonGone': 'Ce bouton ne fait plus rien.',
  'surface.discord.formGone': 'Ce formulaire ne fait plus rien.',
  'surface.discord.failed': 'Un problème est survenu de notre côté ; veuillez réessayer.',
  'surface.discord.answeredPrivately': 'Réponse envoyée en privé.',
  'surface.discord.postedInChannel': 'Publié dans le salon.',
  'surface.discord.storyOptionsTooLong':
    'Ces options ne tiennent pas dans le formulaire d’histoire : écrivez les plans dans la commande, séparés par |.',
  'surface.discord.channelNotText':
    'Ce salon n’est pas un salon textuel de ce serveur : choisissez-en un avec #.',
  'surface.discord.channelNoRights':
    'Je ne peux pas publier dans {channel} : un admin doit m’y donner {viewChannel} et {sendMessages}.',
  'surface.discord.imageNotPicture': 'L’image doit être une photo (PNG, JPEG ou WebP).',
  'surface.discord.attachmentTooBig': 'Cette photo dépasse {mib} Mio ; envoyez-en une de {mib} Mio au plus.',
  'surface.discord.attachmentUnreadable':
    'Je n’ai pas pu lire cette pièce jointe depuis Discord ; veuillez la joindre à nouveau.',
  'surface.discord.cardPermissions':
    'Je ne peux pas encore publier de clips dans ce salon : un admin doit m’y donner {permissions}.',
  'surface.discord.permission.viewChannel': 'Voir le salon',
  'surface.discord.permission.sendMessages': 'Envoyer des messages',
  'surface.discord.permission.sendMessagesInThreads': 'Envoyer des messages dans les fils',
  'surface.discord.permission.embedLinks': 'Intégrer des liens',
  'surface.discord.permission.attachFiles': 'Joindre des fichiers',
  'surface.discord.permission.readMessageHistory': 'Voir les anciens messages',
  'surface.discord.permission.list': '{first}, {rest}',
  'surface.discord.busy': 'Discord est occupé ; nouvel essai dans un instant.',
  'surface.discord.tooLarge':
    'Le clip est plus lourd que ce que ce salon accepte, même réduit. Essayez un clip plus court ou plus petit.',
  'surface.discord.cannotPost':
    'Je ne peux pas publier dans ce salon : un admin doit m’y donner {viewChannel}, {sendMessages}, {embedLinks} et {attachFiles}.',
  'surface.discord.channelGone': 'Le salon pour lequel ce clip a été fait n’existe plus.',
  'surface.discord.messageGone': 'Ce message n’existe plus.',
  'surface.discord.messageNotFound': 'Ce message est introuvable.',
  'surface.discord.refused': 'Discord a refusé le message ; veuillez réessayer.',
  'surface.discord.unreachable': 'Impossible de joindre Discord ; nouvel essai dans un instant.',
  'surface.discord.shrinking': 'Réduction du clip pour qu’il tienne dans ce salon.',
  'surface.discord.remix.title': 'Remixer le clip de {name}',
  'surface.discord.remix.description': 'Changez ce que vous voulez ; {name} est crédité.',
  'surface.discord.remix.label': 'Prompt',
  'surface.discord.edit.title': 'Modifier la vidéo de {name}',
  'surface.discord.edit.description':
    'Dites quoi changer, comme « mets-la de nuit » ou « ajoute de la pluie ».',
  'surface.discord.edit.label': 'Modification',
  'surface.discord.extend.title': 'Prolonger le clip de {name}',
  'surface.discord.extend.description': 'Que se passe-t-il ensuite ? Le nouveau clip prolonge celui-ci.',
  'surface.discord.extend.label': 'Ce qui se passe ensuite',
  'surface.discord.extend.seconds.label': 'Secondes',
  'surface.discord.extend.seconds.description':
    'Combien de secondes ajouter, par ex. 4 (vide : la valeur par défaut du modèle).',
  'surface.discord.story.title': 'Racontez une histoire en plans',
  'surface.discord.story.shot.label': 'Plan {number}',
  'surface.discord.story.shot.first': 'Ce qui se passe d’abord.',
  'surface.discord.story.shot.next': 'Ce qui se passe ensuite (laissez vide pour vous arrêter ici).',
  'surface.discord.story.shot.last': 'D’autres plans ? Écrivez-les ici, séparés par |.',
  'surface.discord.story.look.label': 'Style',
  'surface.discord.story.look.description': 'Ce qui ne change pas : personnages, décor, palette, caméra.',

  'surface.slack.notInChannel': 'Le bot n’est pas dans ce salon. Invitez-le avec /invite et réessayez.',
  'surface.slack.channelNotFound': 'Le bot ne voit pas ce salon. Invitez-le avec /invite et réessayez.',
  'surface.slack.archived': 'Ce salon est archivé : le bot ne peut pas y publier.',
  'surface.slack.badToken': 'Slack a refusé le jeton du bot. Un admin doit réinstaller l’app.',
  'surface.slack.missingScope':
    'Il manque une permission à l’app Slack. Un admin doit la réinstaller avec les scopes indiqués dans le README.',
  'surface.slack.retrying': 'Slack n’a pas pris le message ; nouvel essai dans un instant.',
  'surface.slack.refused': 'Slack a refusé le message ({error}).',
  'surface.slack.uploadPending': 'La vidéo est encore en route vers Slack ; nouvel essai dans un instant.',
  'surface.slack.uploadRefused': 'Slack n’a pas accepté l’envoi ; nouvel essai dans un instant.',
  'surface.slack.uploadFailed': 'La vidéo n’a pas pu être envoyée à Slack ; nouvel essai dans un instant.',
  'surface.slack.videoRefused': 'Slack n’a pas pris la vidéo ; nouvel essai dans un instant.',
  'surface.slack.pictureTooBig':
    'Cette photo fait {size, number} Mio ; envoyez-en une de 10 Mio au plus. Rien n’a été enregistré.',
  'surface.slack.pictureUnreadable':
    'Je n’ai pas pu lire ce fichier depuis Slack. Envoyez la photo à nouveau.',
  'surface.slack.tooManyMentions':
    'Un prompt peut nommer au plus {max} membres ; celui-ci en nomme {count, number}.',
  'surface.slack.voteEmojiUnknown':
    'Slack compte les réactions par leur nom, et je ne connais pas le nom de {emoji}. Indiquez le nom que Slack affiche quand vous survolez la réaction, comme fire ou :tada:. Rien n’a été modifié.',
  'surface.slack.noCommand': 'Il n’y a aucune commande à exécuter.',
  'surface.slack.groupNeedsWord': '"{group}" demande un mot de plus : {names}.',
  'surface.slack.groupWrongWord':
    '"{group}" est suivi de l’un de ces mots : {names} ; "{word}" n’en fait pas partie.',
  'surface.slack.sentences': '{first} {second}',
  'surface.slack.groupAsPrompt': 'Pour faire un clip de ces mots, commencez par {command}.',
  'surface.slack.notUnderstood': 'Je n’ai pas compris "{text}". {command} accepte {options}.',
  'surface.slack.noOptions': 'aucune option',
  'surface.slack.needsValue': '{flag} demande une valeur, par ex. {flag} {example}.',
  'surface.slack.form.cancel': 'Annuler',
  'surface.slack.form.seconds': '{seconds, plural, one {# seconde} other {# secondes}}',
  'surface.slack.extend.title': 'Prolonger la vidéo',
  'surface.slack.extend.submit': 'Prolonger',
  'surface.slack.extend.note': 'Suite du clip de {name} ; le nouveau clip le crédite.',
  'surface.slack.extend.next': 'Ce qui se passe ensuite',
  'surface.slack.extend.nextMissing': 'Dites ce qui se passe ensuite.',
  'surface.slack.extend.seconds': 'Secondes à ajouter',
  'surface.slack.story.title': 'Racontez une histoire',
  'surface.slack.story.submit': 'Créer l’histoire',
  'surface.slack.story.shot': 'Plan {number}',
  'surface.slack.story.look': 'Ce qui ne change pas (personnages, lieu, lumière)',
  'surface.slack.story.seconds': 'Secondes par plan',
  'surface.slack.story.mode': 'Mode',
  'surface.slack.story.mode.flow': 'Continu : chaque plan suit le précédent',
  'surface.slack.story.mode.cut': 'Coupe : plans faits en même temps',
  'surface.slack.story.transition': 'Entre les plans',
  'surface.slack.story.transition.cut': 'Coupe',
  'surface.slack.story.transition.fade': 'Fondu',
  'surface.slack.cast.title': 'Ajoutez votre apparence',
  'surface.slack.cast.submit': 'Ajouter la photo',
  'surface.slack.cast.note':
    'Une photo nette de vous (JPEG, PNG ou WebP, 10 Mo max.). Elle est réencodée sans données de lieu ni d’appareil, gardée par le bot seul et jamais publiée.',
  'surface.slack.cast.picture': 'Photo',
  'surface.slack.cast.pictureMissing': 'Joignez une photo de vous.',
  'surface.slack.cast.handle': 'Pseudo que les autres peuvent écrire en @pseudo',
  'surface.slack.remix.title': 'Remixer',
  'surface.slack.remix.editTitle': 'Modifier la vidéo',
  'surface.slack.remix.submit': 'Créer la vidéo',
  'surface.slack.remix.label': 'Prompt',
  'surface.slack.remix.editLabel': 'Modification',
  'surface.slack.remix.editNote':
    'Dites quoi changer dans cette vidéo, comme « mets-la de nuit » ou « ajoute de la neige ».',
  'surface.slack.remix.creditNote': 'Remix du clip de {name} ; cette personne est créditée.',
  'surface.slack.remix.messageNote':
    'Créez une vidéo à partir de ce message. Ajoutez des options à la fin, comme « , 8 seconds, portrait ».',
  'surface.slack.remix.cutNote':
    ':warning: Le prompt faisait {length, number} caractères ; la zone de texte de Slack en contient {max, number}, la fin a donc été coupée. Vérifiez-le avant d’envoyer.',
};
