import type { RepliesCatalog } from './en.ts';

/**
 * French (vous, as the project's language rules ask for answers), with the glossary of
 * messages/commands/fr.ts: clip, prompt, remix, concours, carte; histoire (story), plan (shot),
 * casting (cast), apparence (likeness), photo. Command words (`setting:aspect`, `value:default`,
 * option names) stay as typed. Typographic apostrophes (’) only: an ASCII one starts an ICU quote.
 */
export const fr: RepliesCatalog = {
  'reply.option.invalid': 'La valeur de {option} n’est pas valide : vérifiez-la et réessayez.',
  'reply.options.invalid': 'Ces options ne sont pas valides : vérifiez-les et réessayez.',

  'reply.gate.admin':
    'Seuls les admins peuvent {what} ici, donc rien n’a été modifié. Demandez à un admin (Gérer le serveur sur Discord, un admin ou propriétaire de l’espace de travail sur Slack).',
  'reply.gate.admin.settings': 'voir ou modifier les réglages du bot',
  'reply.gate.admin.castPurge': 'retirer le casting d’un autre membre',
  'reply.gate.admin.contestStart': 'lancer un concours',
  'reply.gate.admin.contestCancel': 'annuler un concours',

  'reply.options.rule':
    'Dans les commandes tapées (Slack, le studio), un mot collé à une valeur par deux-points (mood:dark) ou écrit --mot est lu comme une option, et une option que la commande n’a pas est refusée avant que rien ne soit créé ; pour garder ces mots dans un prompt, mettez une espace après les deux-points (note: it rains) ou mettez-les entre guillemets. Les heures et les formats comme 10:30 ou 16:9 restent toujours dans le prompt.',
  'reply.options.unknown.close': 'Option inconnue {typed} : vouliez-vous dire {close} ?',
  'reply.options.unknown.takes': 'Option inconnue {typed} : {command} accepte {names}.',
  'reply.options.unknown.none': 'Option inconnue {typed} : {command} n’accepte aucune option.',
  'reply.options.unknown': '{head} Rien n’a été créé.',
  'reply.options.unknown.keep':
    '{head} Pour garder « {token} » comme mots, mettez une espace après les deux-points ou des guillemets. Rien n’a été créé.',
  'reply.options.or2': '{a} ou {b}',
  'reply.options.or3': '{a}, {b} ou {c}',
  'reply.options.flag':
    'Ici, les options s’écrivent nom:valeur, comme {word}:…, et non {token}. Rien n’a été créé.',

  'reply.help.generate':
    '/{command} generate prompt:<ce qui se passe> crée une courte vidéo et la publie ici.',
  'reply.help.options':
    'Options : duration, aspect (landscape, portrait, square) ou size, model, style, image.',
  'reply.help.aspect':
    'Ici, les clips sont en {aspect} ({ratio}), sauf si vous indiquez un format ou une taille ; les admins le changent avec /{command} settings setting:aspect.',
  'reply.help.styles': 'Styles : {styles}.',
  'reply.help.tips':
    'Astuces : dites ce que fait la caméra (travelling avant lent, plan aérien), la lumière et le son.',
  'reply.help.votes':
    'Réagissez à un clip pour voter ; appuyez sur Remix pour partir du prompt de quelqu’un d’autre (le mérite lui revient).',
  'reply.help.top':
    '/{command} top affiche les clips les plus votés du jour, de la semaine ou de tous les temps, et le panthéon.',
  'reply.help.contests':
    'Concours : /{command} contest status indique ce qui est en cours ici ; participez avec /{command} generate … contest:yes tant que les participations sont ouvertes. Les admins en lancent un avec /{command} contest start.',
  'reply.help.usage':
    '/{command} usage affiche ce que vous et ce serveur avez dépensé ; /{command} consent on permet aux autres de vous nommer dans leurs prompts (désactivé tant que vous ne le dites pas).',
  'reply.help.models': 'Modèles :',
  'reply.help.model':
    '• {label} ({id}) : {durations} s, {sizes}{audio, select, yes {, avec son} other {}}{priced, select, yes {, à partir de {price}/s} other {}}',

  'reply.settings.stays': '{name} reste à {value}.',
  'reply.settings.changed':
    '{name} vaut maintenant {value} (avant : {from}). La modification est enregistrée avec votre nom.',
  'reply.settings.line': '• {name} : {value}',
  'reply.settings.line.set': '• {name} : {value} (défini ici)',
  'reply.settings.one':
    '{description}. Modifiez-le avec /{command} settings setting:{name} value:{example} ; value:default rétablit celui de l’opérateur.',
  'reply.settings.head': 'Réglages ici (les autres sont ceux de l’opérateur par défaut) :',
  'reply.settings.how':
    'Modifiez-en un avec /{command} settings setting:<nom> value:<valeur>, par ex. setting:daily_budget value:20 ; "off" lève une limite, "default" rétablit celui de l’opérateur.',
  'reply.settings.history': 'Modifications récentes :',
  'reply.settings.change': '• {when} UTC, {by} : {name} {from} → {to}',
  'reply.settings.name.missing': 'Indiquez un réglage.',
  'reply.settings.name.long': 'Ce nom de réglage est trop long.',
  'reply.settings.name.unknown': 'Ce réglage n’existe pas. Réglages : {settings}.',
  'reply.settings.value.text': 'Donnez la valeur sous forme de texte.',
  'reply.settings.value.empty': 'La valeur est vide.',
  'reply.settings.value.long': 'La valeur doit faire moins de {max} caractères.',
  'reply.settings.value.which':
    'Indiquez à quel réglage correspond la valeur, par exemple setting:daily_budget value:20.',

  'reply.setting.unknown': 'Aucun réglage ne s’appelle "{name}". Réglages : {settings}.',
  'reply.setting.noLimit': 'aucune limite',
  'reply.setting.noLimit.default': 'aucune limite (par défaut)',
  'reply.setting.default': '{value} (par défaut)',
  'reply.setting.money': '{amount, number, ::currency/USD}',
  'reply.setting.clips': '{count, plural, one {# clip} other {# clips}}',
  'reply.setting.seconds': '{count} s',
  'reply.setting.atOnce': '{count} à la fois',
  'reply.setting.perMinute': '{count} par minute',
  'reply.setting.model.first': 'le premier modèle',
  'reply.setting.channels.every': 'tous les salons',
  'reply.setting.voteEmoji.default': 'celle du bot par défaut',
  'reply.setting.aspect': '{aspect} ({ratio})',
  'reply.setting.aspect.default': '{aspect} ({ratio}, par défaut)',
  'reply.setting.language.default': 'la langue du serveur, sinon l’anglais (par défaut)',
  'reply.setting.what.daily_budget': 'le budget quotidien',
  'reply.setting.what.monthly_budget': 'le budget mensuel',
  'reply.setting.what.member_daily_clips': 'le nombre de clips par membre et par jour',
  'reply.setting.what.member_daily_seconds': 'le nombre de secondes par membre et par jour',
  'reply.setting.what.member_max_active': 'le nombre de clips simultanés par membre',
  'reply.setting.what.rate_limit': 'le nombre de commandes par membre et par minute',
  'reply.setting.dollars.invalid':
    'Indiquez {what} en dollars, de 0 à {max, number}, par exemple 20 ou 12.50 ; "off" pour aucune limite, "default" pour celui de l’opérateur.',
  'reply.setting.count.invalid':
    'Indiquez {what} sous forme de nombre entier de {min} à {max}{off, select, yes { ; "off" pour aucune limite} other {}}, ou "default".',
  'reply.setting.channels.invalid':
    'Indiquez les salons avec "here", un id de salon ou une mention #salon, séparés par des virgules ; "all" pour tous les salons.',
  'reply.setting.channels.count': 'Indiquez entre 1 et 50 salons, ou "all".',
  'reply.setting.model.unknown': 'Aucun modèle ne s’appelle "{name}". Choisissez parmi : {models}.',
  'reply.setting.provider.unknown': 'Choisissez un fournisseur configuré : {providers}.',
  'reply.setting.voteEmoji.invalid':
    'Indiquez la réaction de vote sous forme d’un emoji (👍) ou d’un nom de réaction (thumbsup), ou "default".',
  'reply.setting.aspect.invalid':
    'Indiquez le format par défaut : landscape, portrait ou square, ou "default".',
  'reply.setting.language.invalid': 'Indiquez la langue parmi {languages}, ou "default".',

  'reply.usage.spent': '{money} pour {clips, plural, one {# clip} other {# clips}} ({seconds} s)',
  'reply.usage.member': 'Vous, aujourd’hui : {day}. Ce mois-ci : {month}.',
  'reply.usage.workspace': 'Tout le monde ici, aujourd’hui : {day}. Ce mois-ci : {month}.',
  'reply.usage.ofMax': '{spent} sur {max}',
  'reply.usage.cap.clips': '{left} clips sur {max} restants aujourd’hui',
  'reply.usage.cap.seconds': '{left} s de vidéo sur {max} restantes aujourd’hui',
  'reply.usage.cap.active': '{active} clips simultanés en cours sur {max}',
  'reply.usage.caps': 'Vos limites : {caps}.',
  'reply.usage.held':
    '{money} de vos dépenses sont réservés pour des clips encore en cours : remboursés s’ils échouent ou sont annulés, facturés au prix réel une fois publiés.',
  'reply.usage.resets':
    'Les compteurs quotidiens repartent à minuit UTC (dans {wait}) ; les mensuels le {date}.',
  'reply.usage.key': 'clé {provider} se terminant par {last4} : {money}',
  'reply.usage.keys': 'Clés de fournisseur propres à ce serveur, dépensé sur chacune jusqu’ici : {keys}.',

  'reply.consent.choice': 'Choisissez on (les autres peuvent vous nommer dans leurs prompts) ou off.',
  'reply.consent.answer':
    '{lead, select, done {C’est fait. } same {C’était déjà votre choix. } other {}}{on, select, yes {Les autres peuvent vous nommer dans leurs prompts ici. Désactivez-le quand vous voulez avec /{command} consent off.} other {Les prompts qui vous nomment sont refusés ici ; vos propres prompts peuvent toujours vous nommer. Pour que les autres puissent vous nommer, utilisez /{command} consent on.}}',

  'reply.remixes.from': 'D’après {quote} de {author} (clip {id}).',
  'reply.remixes.root':
    '{quote} de {author} · {votes, plural, one {# vote} other {# votes}} · {count} créés à partir de lui',
  'reply.remixes.child':
    '{origin, select, remix {remix} reroll {nouvelle version} edit {retouche} other {nouveau}} de {author}{quoted, select, yes { : {quote}} other {}} · {votes, plural, one {# vote} other {# votes}}{below, plural, =0 {} one { · # en dessous} other { · # en dessous}} (clip {id})',
  'reply.remixes.deleted': '(clip supprimé)',
  'reply.remixes.none':
    'Personne ne l’a encore remixé : appuyez sur Remix sur sa carte pour être le premier.',
  'reply.remixes.truncated': '… et plus : l’arbre s’arrête ici.',

  'reply.clip.missing': 'Indiquez le clip : son id figure sur sa carte (par exemple c1a2b3c4d5).',
  'reply.clip.invalid': 'Un id de clip est fait de lettres et de chiffres, comme sur sa carte.',
  'reply.story.missing': 'Indiquez l’histoire : son id figure sur sa carte (par exemple c1a2b3c4d5).',
  'reply.story.invalid': 'Un id d’histoire est fait de lettres et de chiffres, comme sur sa carte.',
  'reply.clip.gone': 'Ce clip n’existe plus.',
  'reply.clip.cancelled': 'Annulé.',
  'reply.clip.deleted': 'Supprimé.',

  'reply.prompt.missing': 'Décrivez la vidéo que vous voulez : ajoutez un prompt.',
  'reply.prompt.empty': 'Décrivez la vidéo que vous voulez : le prompt est vide.',
  'reply.prompt.long': 'Le prompt doit faire moins de {max} caractères.',
  'reply.prompt.next': 'Dites ce qui se passe ensuite.',
  'reply.prompt.next.empty': 'Dites ce qui se passe ensuite : le prompt est vide.',
  'reply.duration.whole': 'Indiquez la durée en secondes entières, par exemple 8.',
  'reply.duration.min': 'La durée doit être d’au moins 1 seconde.',
  'reply.duration.max': 'La durée doit être inférieure à 10 minutes.',
  'reply.size.invalid': 'Écrivez la taille en largeur x hauteur en pixels, par exemple 1280x720.',
  'reply.aspect.invalid': 'Le format est landscape, portrait ou square.',
  'reply.model.long': 'Ce nom de modèle est trop long.',
  'reply.style.long': 'Ce nom de style est trop long.',
  'reply.image.invalid': 'L’image doit être un lien http(s) vers une image.',
  'reply.contest.entry.invalid':
    'Pour participer à un concours, écrivez contest: yes (celui de ce salon) ou son id.',
  'reply.shots.missing':
    'Écrivez les plans séparés par | (par exemple "un renard se réveille | le renard court").',
  'reply.shots.long': 'Les plans doivent faire moins de {max} caractères au total.',
  'reply.look.long': 'Le look doit faire moins de {max} caractères.',
  'reply.mode.invalid': 'Le mode est flow ou cut.',
  'reply.transition.invalid': 'La transition est cut ou fade.',
  'reply.seconds.whole': 'Indiquez les secondes sous forme de nombre entier, par exemple 8.',
  'reply.seconds.min': 'Un plan dure au moins 1 seconde.',
  'reply.seconds.max': 'Un plan doit durer moins de 10 minutes.',
  'reply.shot.number': 'Indiquez le numéro du plan, par exemple 2.',
  'reply.shot.min': 'Les plans sont numérotés à partir de 1.',
  'reply.shot.max': 'Aucune histoire n’a autant de plans.',
  'reply.top.period': 'La période est day, week, all ou hall.',

  'reply.cast.mention': 'Indiquez le membre avec une mention, par exemple /{command} cast {sub} member:@Bob.',
  'reply.cast.image.missing': 'Joignez une photo de vous : JPEG, PNG ou WebP.',
  'reply.cast.handle.long': 'Choisissez un pseudo court : 32 lettres ou chiffres au plus.',
  'reply.cast.who.invalid': 'Choisissez qui peut utiliser votre apparence : me, approved ou everyone.',
  'reply.cast.allow.everyone': 'tout le monde ici peut utiliser votre apparence',
  'reply.cast.allow.approved':
    'seuls vous et {count, plural, one {le membre que vous avez approuvé pouvez} other {les # membres que vous avez approuvés pouvez}} utiliser votre apparence',
  'reply.cast.allow.me': 'vous seul pouvez utiliser votre apparence',
  'reply.cast.added':
    'Ajoutée : vous avez {count} photos sur {max} (données de lieu et d’appareil supprimées).{named, select, yes { Les autres peuvent vous nommer @{handle}.} other {}} Pour l’instant, {allow} ; modifiez-le avec /{command} cast allow ou cast approve.{left, plural, =0 {} one { Vous pouvez en ajouter encore #.} other { Vous pouvez en ajouter encore #.}}',
  'reply.cast.allowed': 'C’est fait : {allow}. Les clips en attente s’y conforment aussitôt.',
  'reply.cast.approved': 'C’est fait : {name} peut utiliser votre apparence ; {allow}.',
  'reply.cast.unapproved':
    'C’est fait : {name} ne peut plus utiliser votre apparence, y compris dans les clips en attente ; {allow}.',
  'reply.cast.cancelled':
    '{count, plural, =0 {Aucun clip qui l’utilisait n’était en cours.} one {1 clip encore en cours a été annulé et remboursé.} other {# clips encore en cours ont été annulés et remboursés.}}',
  'reply.cast.removed': 'Vos photos sont supprimées. {cancelled}',
  'reply.cast.purged': 'Les photos de {name} sont supprimées. {cancelled}',
  'reply.cast.list.head':
    'Vous avez {count} photos sur {max}{named, select, yes { (@{handle})} other {}} ; {allow}.',
  'reply.cast.list.none': 'Vous n’avez aucune photo ici ; ajoutez-en une avec /{command} cast add.',
  'reply.cast.list.clips': 'Clips avec votre apparence, les plus récents d’abord :',
  'reply.cast.list.clip':
    '• clip {id} de {author} ({state, select, queued {en file d’attente} submitted {envoyé} rendering {en cours de rendu} fetching {en téléchargement} delivering {en publication} posted {publié} failed {échoué} cancelled {annulé} other {{state}}})',
  'reply.cast.list.empty': 'Aucun clip n’a encore utilisé votre apparence.',

  'reply.contest.theme.missing': 'Donnez un thème au concours, par exemple « des fantômes dans la machine ».',
  'reply.contest.theme.long': 'Le thème doit faire moins de {max} caractères.',
  'reply.contest.window':
    '{what, select, submission {Indiquez la période de participation sous forme de durée, par exemple 2h, 90m ou 3d.} other {Indiquez la période de vote sous forme de durée, par exemple 2h, 90m ou 3d.}}',
  'reply.contest.window.invalid':
    '{what, select, submission {« {text} » n’est pas une durée : écrivez la période de participation comme 2h, 90m ou 3d.} other {« {text} » n’est pas une durée : écrivez la période de vote comme 2h, 90m ou 3d.}}',
  'reply.contest.entries': 'Le nombre de participations par membre est un nombre entier de 1 à {max}.',
  'reply.contest.voterAge': 'L’ancienneté minimale pour voter est un nombre entier de jours, de 0 à {max}.',
  'reply.contest.channel': 'Indiquez le salon avec une #mention, par exemple #concours.',
  'reply.contest.id': 'Un id de concours commence par k, comme dans son annonce.',
  'reply.contest.started':
    'Concours « {theme} » lancé (contest {id}) ; l’annonce est publiée dans son salon. Le vote ouvre le {opens} et ferme le {closes}.',
  'reply.contest.cancelled': 'Concours « {theme} » annulé (contest {id}).',

  'reply.form.unavailable':
    'Il faut pour cela un formulaire privé, qui ne peut pas s’afficher ici : utilisez la commande slash sur Discord ou Slack, ou le studio.',

  'reply.slack.usage.syntax': '/{command} <{free}>, puis les options en phrases ou en flags :',
  'reply.slack.usage.examplePrompt': 'un cerf-volant rouge au-dessus des dunes à l’aube',
  'reply.slack.usage.mention': 'Ou mentionnez le bot dans un fil avec les mêmes mots. Options de {name} :',
  'reply.slack.usage.link': 'un lien http(s)',
  'reply.slack.usage.commands': 'Commandes :',
  'reply.slack.usage.number': 'nombre',
};
