import type { RepliesCatalog } from './en.ts';

/**
 * Spanish (neutral, tú), with the glossary of messages/commands/es.ts: clip, prompt, remix,
 * concurso, tarjeta; historia (story), toma (shot), reparto (cast), apariencia (likeness), foto.
 * Command words (`setting:aspect`, `value:default`, option names) stay as typed.
 */
export const es: RepliesCatalog = {
  'reply.option.invalid': 'El valor de {option} no es válido: revísalo y vuelve a intentarlo.',
  'reply.options.invalid': 'Esas opciones no son válidas: revísalas y vuelve a intentarlo.',

  'reply.gate.admin':
    'Solo los administradores pueden {what} aquí, así que no se cambió nada. Pídeselo a un administrador (Gestionar servidor en Discord, un administrador o propietario del espacio de trabajo en Slack).',
  'reply.gate.admin.settings': 'ver o cambiar los ajustes del bot',
  'reply.gate.admin.castPurge': 'quitar el reparto de otro miembro',
  'reply.gate.admin.contestStart': 'iniciar un concurso',
  'reply.gate.admin.contestCancel': 'cancelar un concurso',

  'reply.options.rule':
    'En los comandos escritos (Slack, el estudio), una palabra unida a un valor con dos puntos (mood:dark) o escrita --palabra se lee como opción, y si el comando no la tiene se rechaza antes de crear nada; para dejar esas palabras en el prompt, pon un espacio después de los dos puntos (note: it rains) o ponlas entre comillas. Las horas y proporciones como 10:30 o 16:9 siempre se quedan en el prompt.',
  'reply.options.unknown.close': 'Opción desconocida {typed}: ¿quisiste decir {close}?',
  'reply.options.unknown.takes': 'Opción desconocida {typed}: {command} acepta {names}.',
  'reply.options.unknown.none': 'Opción desconocida {typed}: {command} no acepta opciones.',
  'reply.options.unknown': '{head} No se creó nada.',
  'reply.options.unknown.keep':
    '{head} Para dejar “{token}” como palabras, pon un espacio después de los dos puntos o ponlas entre comillas. No se creó nada.',
  'reply.options.or2': '{a} o {b}',
  'reply.options.or3': '{a}, {b} o {c}',
  'reply.options.flag':
    'Aquí las opciones se escriben nombre:valor, como {word}:…, no {token}. No se creó nada.',

  'reply.help.generate': '/{command} generate prompt:<qué pasa> crea un video corto y lo publica aquí.',
  'reply.help.options':
    'Opciones: duration, aspect (landscape, portrait, square) o size, model, style, image.',
  'reply.help.aspect':
    'Los clips de aquí son {aspect} ({ratio}) salvo que indiques un formato o tamaño; los administradores lo cambian con /{command} settings setting:aspect.',
  'reply.help.styles': 'Estilos: {styles}.',
  'reply.help.tips':
    'Consejos: di qué hace la cámara (travelling lento hacia adelante, toma aérea), la luz y el sonido.',
  'reply.help.votes':
    'Reacciona a un clip para votar; pulsa Remix para partir del prompt de otra persona (el mérito es suyo).',
  'reply.help.top':
    '/{command} top muestra los clips más votados del día, de la semana o de siempre, y el salón de la fama.',
  'reply.help.contests':
    'Concursos: /{command} contest status te dice qué hay en marcha aquí; participa con /{command} generate … contest:yes mientras se aceptan participaciones. Los administradores inician uno con /{command} contest start.',
  'reply.help.usage':
    '/{command} usage muestra lo que gastaste tú y este servidor; /{command} consent on permite que otros te nombren en sus prompts (desactivado hasta que lo digas).',
  'reply.help.models': 'Modelos:',
  'reply.help.model':
    '• {label} ({id}): {durations} s, {sizes}{audio, select, yes {, con sonido} other {}}{priced, select, yes {, desde {price}/s} other {}}',

  'reply.settings.stays': '{name} sigue en {value}.',
  'reply.settings.changed':
    '{name} ahora es {value} (antes: {from}). El cambio queda registrado con tu nombre.',
  'reply.settings.line': '• {name}: {value}',
  'reply.settings.line.set': '• {name}: {value} (fijado aquí)',
  'reply.settings.one':
    '{description}. Cámbialo con /{command} settings setting:{name} value:{example}; value:default restablece el del operador.',
  'reply.settings.head': 'Ajustes de aquí (el resto son los predeterminados del operador):',
  'reply.settings.how':
    'Cambia uno con /{command} settings setting:<nombre> value:<valor>, p. ej. setting:daily_budget value:20; "off" quita un límite y "default" restablece el del operador.',
  'reply.settings.history': 'Cambios recientes:',
  'reply.settings.change': '• {when} UTC, {by}: {name} {from} → {to}',
  'reply.settings.name.missing': 'Indica un ajuste.',
  'reply.settings.name.long': 'Ese nombre de ajuste es demasiado largo.',
  'reply.settings.name.unknown': 'No existe ese ajuste. Ajustes: {settings}.',
  'reply.settings.value.text': 'Escribe el valor como texto.',
  'reply.settings.value.empty': 'El valor está vacío.',
  'reply.settings.value.long': 'El valor debe tener menos de {max} caracteres.',
  'reply.settings.value.which': 'Di a qué ajuste corresponde el valor, como setting:daily_budget value:20.',

  'reply.setting.unknown': 'No hay ningún ajuste llamado "{name}". Ajustes: {settings}.',
  'reply.setting.noLimit': 'sin límite',
  'reply.setting.noLimit.default': 'sin límite (predeterminado)',
  'reply.setting.default': '{value} (predeterminado)',
  'reply.setting.money': '{amount, number, ::currency/USD}',
  'reply.setting.clips': '{count, plural, one {# clip} other {# clips}}',
  'reply.setting.seconds': '{count} s',
  'reply.setting.atOnce': '{count} a la vez',
  'reply.setting.perMinute': '{count} por minuto',
  'reply.setting.model.first': 'el primer modelo',
  'reply.setting.channels.every': 'todos los canales',
  'reply.setting.voteEmoji.default': 'el predeterminado del bot',
  'reply.setting.aspect': '{aspect} ({ratio})',
  'reply.setting.aspect.default': '{aspect} ({ratio}, predeterminado)',
  'reply.setting.language.default': 'el idioma del servidor o, si no, inglés (predeterminado)',
  'reply.setting.what.daily_budget': 'el presupuesto diario',
  'reply.setting.what.monthly_budget': 'el presupuesto mensual',
  'reply.setting.what.member_daily_clips': 'los clips por miembro al día',
  'reply.setting.what.member_daily_seconds': 'los segundos por miembro al día',
  'reply.setting.what.member_max_active': 'los clips por miembro a la vez',
  'reply.setting.what.rate_limit': 'los comandos por miembro por minuto',
  'reply.setting.dollars.invalid':
    'Indica {what} en dólares, de 0 a {max, number}, como 20 o 12.50; "off" para quitar el límite, "default" para el del operador.',
  'reply.setting.count.invalid':
    'Indica {what} como número entero de {min} a {max}{off, select, yes {; "off" para quitar el límite} other {}}, o "default".',
  'reply.setting.channels.invalid':
    'Indica los canales como "here", un id de canal o una mención #canal, separados por comas; "all" para todos los canales.',
  'reply.setting.channels.count': 'Indica entre 1 y 50 canales, o "all".',
  'reply.setting.model.unknown': 'No hay ningún modelo llamado "{name}". Elige uno de: {models}.',
  'reply.setting.provider.unknown': 'Elige un proveedor configurado: {providers}.',
  'reply.setting.voteEmoji.invalid':
    'Indica la reacción de voto como un emoji (👍) o un nombre de reacción (thumbsup), o "default".',
  'reply.setting.aspect.invalid':
    'Indica el formato predeterminado como landscape, portrait o square, o "default".',
  'reply.setting.language.invalid': 'Indica el idioma como uno de {languages}, o "default".',

  'reply.usage.spent': '{money} en {clips, plural, one {# clip} other {# clips}} ({seconds} s)',
  'reply.usage.member': 'Tú, hoy: {day}. Este mes: {month}.',
  'reply.usage.workspace': 'Todos aquí, hoy: {day}. Este mes: {month}.',
  'reply.usage.ofMax': '{spent} de {max}',
  'reply.usage.cap.clips': 'te quedan {left} de {max} clips hoy',
  'reply.usage.cap.seconds': 'te quedan {left} de {max} s de video hoy',
  'reply.usage.cap.active': '{active} de {max} clips a la vez en curso',
  'reply.usage.caps': 'Tus límites: {caps}.',
  'reply.usage.held':
    '{money} de tu gasto está retenido para clips aún en curso: se reembolsa si fallan o se cancelan, y se cobra al precio real cuando se publican.',
  'reply.usage.resets':
    'Los conteos diarios se reinician a medianoche UTC (en {wait}); los mensuales, el {date}.',
  'reply.usage.key': 'clave de {provider} terminada en {last4}: {money}',
  'reply.usage.keys':
    'Claves de proveedor propias de este servidor, gastado en cada una hasta ahora: {keys}.',

  'reply.consent.choice': 'Elige on (otros pueden nombrarte en sus prompts) u off.',
  'reply.consent.answer':
    '{lead, select, done {Listo. } same {Ya habías elegido eso. } other {}}{on, select, yes {Otros pueden nombrarte en sus prompts aquí. Desactívalo cuando quieras con /{command} consent off.} other {Los prompts que te nombran aquí se rechazan; tus propios prompts siempre pueden nombrarte. Para que otros puedan nombrarte, usa /{command} consent on.}}',

  'reply.remixes.from': 'Viene de {quote} de {author} (clip {id}).',
  'reply.remixes.root':
    '{quote} de {author} · {votes, plural, one {# voto} other {# votos}} · {count} hechos a partir de él',
  'reply.remixes.child':
    '{origin, select, remix {remix} reroll {nueva versión} edit {edición} other {nuevo}} de {author}{quoted, select, yes {: {quote}} other {}} · {votes, plural, one {# voto} other {# votos}}{below, plural, =0 {} one { · # debajo} other { · # debajo}} (clip {id})',
  'reply.remixes.deleted': '(clip eliminado)',
  'reply.remixes.none': 'Nadie lo ha remezclado todavía: pulsa Remix en su tarjeta para ser el primero.',
  'reply.remixes.truncated': '… y más: el árbol se corta aquí.',

  'reply.clip.missing': 'Indica el clip: su id está en su tarjeta (por ejemplo c1a2b3c4d5).',
  'reply.clip.invalid': 'Un id de clip son letras y dígitos, como aparece en su tarjeta.',
  'reply.story.missing': 'Indica la historia: su id está en su tarjeta (por ejemplo c1a2b3c4d5).',
  'reply.story.invalid': 'Un id de historia son letras y dígitos, como aparece en su tarjeta.',
  'reply.clip.gone': 'Ese clip ya no existe.',
  'reply.clip.cancelled': 'Cancelado.',
  'reply.clip.deleted': 'Eliminado.',

  'reply.prompt.missing': 'Describe el video que quieres: añade un prompt.',
  'reply.prompt.empty': 'Describe el video que quieres: el prompt está vacío.',
  'reply.prompt.long': 'El prompt debe tener menos de {max} caracteres.',
  'reply.prompt.next': 'Di qué pasa después.',
  'reply.prompt.next.empty': 'Di qué pasa después: el prompt está vacío.',
  'reply.duration.whole': 'Indica la duración en segundos enteros, como 8.',
  'reply.duration.min': 'La duración debe ser de al menos 1 segundo.',
  'reply.duration.max': 'La duración debe ser de menos de 10 minutos.',
  'reply.size.invalid': 'Escribe el tamaño como ancho x alto en píxeles, como 1280x720.',
  'reply.aspect.invalid': 'El formato es landscape, portrait o square.',
  'reply.model.long': 'Ese nombre de modelo es demasiado largo.',
  'reply.style.long': 'Ese nombre de estilo es demasiado largo.',
  'reply.image.invalid': 'La imagen debe ser un enlace http(s) a una foto.',
  'reply.contest.entry.invalid':
    'Para participar en un concurso, escribe contest: yes (el de este canal) o su id.',
  'reply.shots.missing':
    'Escribe las tomas separadas por | (por ejemplo "un zorro despierta | el zorro corre").',
  'reply.shots.long': 'Las tomas deben sumar menos de {max} caracteres.',
  'reply.look.long': 'El look debe tener menos de {max} caracteres.',
  'reply.mode.invalid': 'El modo es flow o cut.',
  'reply.transition.invalid': 'La transición es cut o fade.',
  'reply.seconds.whole': 'Indica los segundos como número entero, como 8.',
  'reply.seconds.min': 'Una toma dura al menos 1 segundo.',
  'reply.seconds.max': 'Una toma debe durar menos de 10 minutos.',
  'reply.shot.number': 'Indica el número de la toma, como 2.',
  'reply.shot.min': 'Las tomas se numeran desde 1.',
  'reply.shot.max': 'Ninguna historia tiene tantas tomas.',
  'reply.top.period': 'El periodo es day, week, all o hall.',

  'reply.cast.mention': 'Indica al miembro con una mención, como /{command} cast {sub} member:@Bob.',
  'reply.cast.image.missing': 'Adjunta una foto tuya: JPEG, PNG o WebP.',
  'reply.cast.handle.long': 'Usa un alias corto: como máximo 32 letras o dígitos.',
  'reply.cast.who.invalid': 'Elige quién puede usar tu apariencia: me, approved o everyone.',
  'reply.cast.allow.everyone': 'todos aquí pueden usar tu apariencia',
  'reply.cast.allow.approved':
    'solo tú y {count, plural, one {el miembro que aprobaste pueden} other {los # miembros que aprobaste pueden}} usar tu apariencia',
  'reply.cast.allow.me': 'solo tú puedes usar tu apariencia',
  'reply.cast.added':
    'Añadida: tienes {count} de {max} fotos (sin datos de ubicación ni de cámara).{named, select, yes { Otros pueden nombrarte como @{handle}.} other {}} Ahora mismo {allow}; cámbialo con /{command} cast allow o cast approve.{left, plural, =0 {} one { Puedes añadir # más.} other { Puedes añadir # más.}}',
  'reply.cast.allowed': 'Listo: {allow}. Los clips en espera lo aplican de inmediato.',
  'reply.cast.approved': 'Listo: {name} puede usar tu apariencia; {allow}.',
  'reply.cast.unapproved':
    'Listo: {name} ya no puede usar tu apariencia, tampoco en clips en espera; {allow}.',
  'reply.cast.cancelled':
    '{count, plural, =0 {Ningún clip que la usara estaba en camino.} one {Se canceló y reembolsó 1 clip que estaba en camino.} other {Se cancelaron y reembolsaron # clips que estaban en camino.}}',
  'reply.cast.removed': 'Tus fotos se eliminaron. {cancelled}',
  'reply.cast.purged': 'Las fotos de {name} se eliminaron. {cancelled}',
  'reply.cast.list.head':
    'Tienes {count} de {max} fotos{named, select, yes { (@{handle})} other {}}; {allow}.',
  'reply.cast.list.none': 'No tienes fotos aquí; añade una con /{command} cast add.',
  'reply.cast.list.clips': 'Clips con tu apariencia, los más nuevos primero:',
  'reply.cast.list.clip':
    '• clip {id} de {author} ({state, select, queued {en cola} submitted {enviado} rendering {generándose} fetching {descargándose} delivering {publicándose} posted {publicado} failed {fallido} cancelled {cancelado} other {{state}}})',
  'reply.cast.list.empty': 'Ningún clip ha usado tu apariencia todavía.',

  'reply.contest.theme.missing': 'Dale un tema al concurso, como “fantasmas en la máquina”.',
  'reply.contest.theme.long': 'El tema debe tener menos de {max} caracteres.',
  'reply.contest.window':
    '{what, select, submission {Indica el plazo de participación como una duración, como 2h, 90m o 3d.} other {Indica el plazo de votación como una duración, como 2h, 90m o 3d.}}',
  'reply.contest.window.invalid':
    '{what, select, submission {“{text}” no es una duración: escribe el plazo de participación como 2h, 90m o 3d.} other {“{text}” no es una duración: escribe el plazo de votación como 2h, 90m o 3d.}}',
  'reply.contest.entries': 'Las participaciones por miembro son un número entero de 1 a {max}.',
  'reply.contest.voterAge': 'La antigüedad mínima para votar es un número entero de días, de 0 a {max}.',
  'reply.contest.channel': 'Indica el canal con una #mención, como #concursos.',
  'reply.contest.id': 'Un id de concurso empieza por k, como aparece en su anuncio.',
  'reply.contest.started':
    'Concurso “{theme}” iniciado (contest {id}); el anuncio está publicado en su canal. La votación abre el {opens} y cierra el {closes}.',
  'reply.contest.cancelled': 'Concurso “{theme}” cancelado (contest {id}).',

  'reply.form.unavailable':
    'Esto necesita un formulario privado, que no se puede mostrar aquí: usa el comando de barra en Discord o Slack, o el estudio.',

  'reply.slack.usage.syntax': '/{command} <{free}> y luego las opciones como frases o flags:',
  'reply.slack.usage.examplePrompt': 'una cometa roja sobre las dunas al amanecer',
  'reply.slack.usage.mention': 'O menciona al bot en un hilo con las mismas palabras. Opciones de {name}:',
  'reply.slack.usage.link': 'un enlace http(s)',
  'reply.slack.usage.commands': 'Comandos:',
  'reply.slack.usage.number': 'número',
};
