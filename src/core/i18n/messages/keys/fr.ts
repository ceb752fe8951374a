import type { KeysCatalog } from './en.ts';

/** French (vous): clé (key), fournisseur, clip, serveur. */
export const fr: KeysCatalog = {
  'keys.list.heading': 'Clés de fournisseur propres à ce serveur :',
  'keys.list.line':
    '• Clé {provider} se terminant par {last4} : ajoutée par {name} le {date} ; au plus {cap, number} en cours ; {spent} dépensés avec elle',
  'keys.list.none': 'Ce serveur n’a pas de clé de fournisseur propre. Ajoutez-en une avec {example}.',
  'keys.add.title': 'Ajouter une clé : {provider}',
  'keys.add.description':
    'Vérifiée auprès du fournisseur, puis conservée chiffrée ; seuls ses quatre derniers caractères sont affichés.',
  'keys.add.field': 'Clé d’API {provider}',
  'keys.add.saved':
    'Enregistrée : la clé {provider} de ce serveur se terminant par {last4}. Ses clips sont désormais faits avec elle.',
  'keys.remove.missing': 'Ce serveur n’a pas de clé {provider}, donc rien n’a été supprimé.',
  'keys.remove.missing-ending':
    'Ce serveur n’a pas de clé {provider} se terminant par {last4}, donc rien n’a été supprimé.',
  'keys.remove.done':
    'La clé {provider} se terminant par {last4} est supprimée. Les clips encore en cours de génération avec elle ne peuvent plus être récupérés : ils échouent et sont remboursés.',
  'keys.cap.done':
    'La clé {provider} se terminant par {last4} génère désormais au plus {count, plural, one {# vidéo} other {# vidéos}} à la fois ; les autres attendent dans la file.',
  'keys.off':
    'Les clés de fournisseur propres sont désactivées sur ce bot. Son opérateur peut les activer en définissant REELBOT_MASTER_KEY à 32 octets aléatoires en base64 (par exemple `openssl rand -base64 32`) puis en le redémarrant.',
  'keys.gate.admin': 'gérer les clés de fournisseur de ce serveur',
  'keys.error.pick-provider': 'Choisissez le fournisseur : {providers}.',
  'keys.error.last4': 'last4 correspond aux quatre derniers caractères de la clé.',
  'keys.error.cap-range': 'Une limite de générations est un nombre entier de 1 à 1000.',
  'keys.error.no-key': 'Cet espace de travail n’a pas de clé {provider}.',
  'keys.error.provider': 'On peut ajouter des clés pour {providers} ; pas pour « {provider} ».',
  'keys.error.empty': 'Collez la clé elle-même : le champ était vide.',
  'keys.error.too-long':
    'C’est plus long que n’importe quelle clé de fournisseur ({max, number} caractères au plus).',
  'keys.error.spaces': 'Une clé ne contient ni espaces ni sauts de ligne : collez seulement la clé.',
  'keys.error.too-short': 'C’est trop court pour une clé de fournisseur.',
  'keys.error.removed-mid-render':
    'La clé de fournisseur avec laquelle ce serveur a fait le clip a été supprimée pendant la génération, il ne peut donc pas être récupéré. Rien n’a été facturé.',
  'keys.error.own-keys-only':
    'Ce serveur n’a pas de clé de fournisseur vidéo propre, et ce bot ne fait des clips qu’avec la clé propre d’un serveur. Un admin peut en ajouter une avec {example} ; rien n’a été facturé.',
  'keys.notice.refused':
    'Admins : {provider} a refusé la clé {provider} de ce serveur se terminant par {last4}. Ses clips passent à un autre fournisseur qui peut les faire, ou échouent et sont remboursés. Ajoutez une clé qui fonctionne avec {add}, ou supprimez celle-ci avec {remove}.',
  'keys.check.refused':
    '{provider} a refusé cette clé ({status}) : vérifiez qu’il s’agit bien d’une clé {provider}, copiée en entier et toujours active. Rien n’a été enregistré.',
  'keys.check.unreachable':
    '{provider} n’a pas pu être joint pour vérifier la clé, elle n’a donc pas été enregistrée. Réessayez dans une minute.',
  'keys.form.late': 'Le formulaire n’a pas pu s’ouvrir à temps ; relancez la commande.',
  'keys.form.stale': 'Ce formulaire ne fait plus rien.',
  'keys.form.save': 'Enregistrer',
  'keys.form.cancel': 'Annuler',
};
