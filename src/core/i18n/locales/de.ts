import type { Catalog } from './en.ts';

/** German (du, as Discord communities write): Clip, Prompt, Remix, Wettbewerb, Rangliste, Karte. */
export const de: Catalog = {
  'command.root.description': 'Gemeinsam kurze KI-Videos erstellen',

  'command.generate.name': 'erstellen',
  'command.generate.description': 'Erstelle ein kurzes Video aus einem Prompt',
  'command.generate.option.prompt.name': 'prompt',
  'command.generate.option.prompt.description': 'Was im Video passiert',
  'command.generate.option.duration.name': 'dauer',
  'command.generate.option.duration.description': 'Länge in Sekunden',
  'command.generate.option.duration.choice': '{seconds, plural, one {# Sekunde} other {# Sekunden}}',
  'command.generate.option.aspect.name': 'format',
  'command.generate.option.aspect.description': 'Querformat, Hochformat oder quadratisch',
  'command.generate.option.aspect.choice.landscape': 'Querformat (16:9)',
  'command.generate.option.aspect.choice.portrait': 'Hochformat (9:16)',
  'command.generate.option.aspect.choice.square': 'Quadratisch (1:1)',
  'command.generate.option.size.name': 'größe',
  'command.generate.option.size.description': 'Genaue Bildgröße, z. B. 1280x720',
  'command.generate.option.model.name': 'modell',
  'command.generate.option.model.description': 'Welches Videomodell es rendert',
  'command.generate.option.style.name': 'stil',
  'command.generate.option.style.description': 'Ein Look, der angewendet wird',
  'command.generate.option.style.choice.cinematic': 'Kino-Look',
  'command.generate.option.style.choice.anime': 'Anime',
  'command.generate.option.style.choice.claymation': 'Knetanimation',
  'command.generate.option.style.choice.documentary': 'Dokumentarfilm',
  'command.generate.option.style.choice.noir': 'Film noir',
  'command.generate.option.style.choice.watercolor': 'Aquarell',
  'command.generate.option.style.choice.pixel-art': 'Pixel-Art',
  'command.generate.option.style.choice.timelapse': 'Zeitraffer',
  'command.generate.option.style.choice.vintage': 'Vintage',
  'command.generate.option.style.choice.product-shot': 'Produktfoto',
  'command.generate.option.image.name': 'bild',
  'command.generate.option.image.description': 'Ein Bild als Ausgangspunkt',
  'command.generate.option.contest.name': 'wettbewerb',
  'command.generate.option.contest.description':
    'Beim Wettbewerb dieses Kanals einreichen: yes (oder eine Wettbewerbs-ID)',

  'command.remixes.name': 'remixe',
  'command.remixes.description': 'Zeigt den Remix-Baum eines Clips',
  'command.remixes.option.clip.name': 'clip',
  'command.remixes.option.clip.description': 'Die Clip-ID, die auf seiner Karte steht',

  'command.top.name': 'top',
  'command.top.description': 'Die meistgewählten Clips hier oder die Ruhmeshalle',
  'command.top.option.period.name': 'zeitraum',
  'command.top.option.period.description': 'Tag, Woche (Standard), gesamte Zeit oder Ruhmeshalle',
  'command.top.option.period.choice.day': 'Letzte 24 Stunden',
  'command.top.option.period.choice.week': 'Letzte 7 Tage',
  'command.top.option.period.choice.all': 'Gesamte Zeit',
  'command.top.option.period.choice.hall': 'Ruhmeshalle (Wettbewerbssieger)',

  'command.contest.name': 'wettbewerb',
  'command.contest.description': 'Wettbewerb: {subcommands}',

  'command.contest.start.name': 'starten',
  'command.contest.start.description': 'Startet einen Prompt-Wettbewerb (Admins)',
  'command.contest.start.option.theme.name': 'thema',
  'command.contest.start.option.theme.description': 'Worum es in den Beiträgen gehen soll',
  'command.contest.start.option.submit.name': 'einreichung',
  'command.contest.start.option.submit.description':
    'Wie lange Beiträge angenommen werden, z. B. 2h oder 3d (Standard 1d)',
  'command.contest.start.option.vote.name': 'abstimmung',
  'command.contest.start.option.vote.description':
    'Wie lange die Abstimmung läuft, z. B. 1h oder 2d (Standard 1d)',
  'command.contest.start.option.entries.name': 'beiträge',
  'command.contest.start.option.entries.description': 'Beiträge pro Mitglied, 1 bis {max} (Standard 1)',
  'command.contest.start.option.channel.name': 'kanal',
  'command.contest.start.option.channel.description': 'Wo er stattfindet (Standard: hier)',
  'command.contest.start.option.voter_age.name': 'mitglied_seit',
  'command.contest.start.option.voter_age.description':
    'So viele Tage müssen Abstimmende mindestens Mitglied sein',

  'command.contest.status.name': 'status',
  'command.contest.status.description': 'Wie der Wettbewerb dieses Kanals steht',
  'command.contest.status.option.contest.name': 'wettbewerb',
  'command.contest.status.option.contest.description': 'Eine Wettbewerbs-ID (Standard: der dieses Kanals)',
  'command.contest.leaderboard.name': 'rangliste',
  'command.contest.leaderboard.description': 'Die Rangliste des Wettbewerbs dieses Kanals',
  'command.contest.leaderboard.option.contest.name': 'wettbewerb',
  'command.contest.leaderboard.option.contest.description':
    'Eine Wettbewerbs-ID (Standard: der dieses Kanals)',
  'command.contest.cancel.name': 'abbrechen',
  'command.contest.cancel.description': 'Bricht den Wettbewerb dieses Kanals ab (Admins)',
  'command.contest.cancel.option.contest.name': 'wettbewerb',
  'command.contest.cancel.option.contest.description': 'Eine Wettbewerbs-ID (Standard: der dieses Kanals)',

  'command.usage.name': 'verbrauch',
  'command.usage.description': 'Was du und dieser Server heute und diesen Monat für Videos ausgegeben habt',

  'command.consent.name': 'einwilligung',
  'command.consent.description': 'Erlaube anderen, dich hier in ihren Prompts zu nennen, oder nicht',
  'command.consent.option.choice.name': 'auswahl',
  'command.consent.option.choice.description':
    'on: andere dürfen dich nennen; off: Prompts, die dich nennen, werden abgelehnt',
  'command.consent.option.choice.choice.on': 'on: andere dürfen mich nennen',
  'command.consent.option.choice.choice.off': 'off: Prompts ablehnen, die mich nennen',

  'command.settings.name': 'einstellungen',
  'command.settings.description':
    'Admins: Budgets, Limits, Kanäle und das Standardmodell ansehen oder ändern',
  'command.settings.option.setting.name': 'einstellung',
  'command.settings.option.setting.description': 'Welche Einstellung geändert wird',
  'command.settings.option.setting.choice': '{name}: {description}',
  'command.settings.option.value.name': 'wert',
  'command.settings.option.value.description':
    'Der neue Wert; "default" stellt den Wert des Betreibers wieder her',

  'command.help.name': 'hilfe',
  'command.help.description': 'So erstellst du Videos mit diesem Bot',

  'setting.model.description': 'Standardmodell, wenn eine Anfrage keins nennt',
  'setting.provider.description': 'Bevorzugter Anbieter, wenn kein Standardmodell gesetzt ist',
  'setting.channels.description': 'Kanäle, in denen Clips erstellt werden dürfen',
  'setting.daily_budget.description': 'Ausgaben pro Tag für alle hier, in USD',
  'setting.monthly_budget.description': 'Ausgaben pro Monat für alle hier, in USD',
  'setting.member_daily_clips.description': 'Clips, die ein Mitglied pro Tag erstellen darf',
  'setting.member_daily_seconds.description': 'Sekunden Video, die ein Mitglied pro Tag erstellen darf',
  'setting.member_max_active.description':
    'Clips, die ein Mitglied gleichzeitig wartend oder in Arbeit haben darf',
  'setting.rate_limit.description': 'Befehle und Buttons pro Mitglied und Minute',
  'setting.vote_emoji.description': 'Die Reaktion, die als Stimme zählt',
  'setting.aspect.description': 'Format eines Clips, wenn das Mitglied keins nennt',

  // The keys group (workspaces' own provider keys, issue 17).
  'command.keys.name': 'schlüssel',
  'command.keys.description': 'Anbieterschlüssel: {subcommands}',
  'command.keys.list.name': 'liste',
  'command.keys.list.description':
    'Admins: die eigenen Anbieterschlüssel dieses Servers (nur die letzten vier Zeichen)',
  'command.keys.add.name': 'hinzufügen',
  'command.keys.add.description':
    'Admins: einen eigenen Anbieterschlüssel hinzufügen (in einem privaten Formular)',
  'command.keys.add.option.provider.name': 'anbieter',
  'command.keys.add.option.provider.description': 'Der Videoanbieter, für den der Schlüssel gilt',
  'command.keys.remove.name': 'entfernen',
  'command.keys.remove.description':
    'Admins: den eigenen Schlüssel dieses Servers für einen Anbieter entfernen',
  'command.keys.remove.option.provider.name': 'anbieter',
  'command.keys.remove.option.provider.description': 'Der Videoanbieter, für den der Schlüssel gilt',
  'command.keys.remove.option.last4.name': 'letzte4',
  'command.keys.remove.option.last4.description': 'Seine letzten vier Zeichen, zur Sicherheit',
  'command.keys.cap.name': 'limit',
  'command.keys.cap.description':
    'Admins: wie viele Renderings gleichzeitig über einen Schlüssel laufen dürfen',
  'command.keys.cap.option.provider.name': 'anbieter',
  'command.keys.cap.option.provider.description': 'Der Videoanbieter, für den der Schlüssel gilt',
  'command.keys.cap.option.renders.name': 'renderings',
  'command.keys.cap.option.renders.description':
    'Höchstens so viele laufende Renderings (was das Anbieterkonto erlaubt)',
};
