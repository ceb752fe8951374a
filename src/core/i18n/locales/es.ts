import type { Catalog } from './en.ts';

/** Spanish (neutral, tú): clip, prompt, remix, concurso, clasificación, tarjeta. */
export const es: Catalog = {
  'command.root.description': 'Crea videos cortos con IA en grupo',

  'command.generate.name': 'generar',
  'command.generate.description': 'Crea un video corto a partir de un prompt',
  'command.generate.option.prompt.name': 'prompt',
  'command.generate.option.prompt.description': 'Qué pasa en el video',
  'command.generate.option.duration.name': 'duración',
  'command.generate.option.duration.description': 'Duración en segundos',
  'command.generate.option.duration.choice': '{seconds, plural, one {# segundo} other {# segundos}}',
  'command.generate.option.aspect.name': 'formato',
  'command.generate.option.aspect.description': 'Horizontal, vertical o cuadrado',
  'command.generate.option.aspect.choice.landscape': 'Horizontal (16:9)',
  'command.generate.option.aspect.choice.portrait': 'Vertical (9:16)',
  'command.generate.option.aspect.choice.square': 'Cuadrado (1:1)',
  'command.generate.option.size.name': 'tamaño',
  'command.generate.option.size.description': 'Tamaño exacto del fotograma, por ejemplo 1280x720',
  'command.generate.option.model.name': 'modelo',
  'command.generate.option.model.description': 'Qué modelo de video lo genera',
  'command.generate.option.style.name': 'estilo',
  'command.generate.option.style.description': 'Un estilo visual para aplicar',
  'command.generate.option.style.choice.cinematic': 'cinematográfico',
  'command.generate.option.style.choice.anime': 'anime',
  'command.generate.option.style.choice.claymation': 'plastilina',
  'command.generate.option.style.choice.documentary': 'documental',
  'command.generate.option.style.choice.noir': 'cine negro',
  'command.generate.option.style.choice.watercolor': 'acuarela',
  'command.generate.option.style.choice.pixel-art': 'pixel art',
  'command.generate.option.style.choice.timelapse': 'timelapse',
  'command.generate.option.style.choice.vintage': 'vintage',
  'command.generate.option.style.choice.product-shot': 'foto de producto',
  'command.generate.option.image.name': 'imagen',
  'command.generate.option.image.description': 'Una imagen de partida',
  'command.generate.option.contest.name': 'concurso',
  'command.generate.option.contest.description':
    'Presenta el clip al concurso de este canal: yes (o el id de un concurso)',

  'command.remixes.name': 'remixes',
  'command.remixes.description': 'Muestra el árbol de remixes de un clip',
  'command.remixes.option.clip.name': 'clip',
  'command.remixes.option.clip.description': 'El id del clip que aparece en su tarjeta',

  'command.top.name': 'top',
  'command.top.description': 'Los clips más votados de aquí, o el salón de la fama',
  'command.top.option.period.name': 'periodo',
  'command.top.option.period.description': 'Día, semana (predeterminado), siempre o salón de la fama',
  'command.top.option.period.choice.day': 'Últimas 24 horas',
  'command.top.option.period.choice.week': 'Últimos 7 días',
  'command.top.option.period.choice.all': 'De todos los tiempos',
  'command.top.option.period.choice.hall': 'Salón de la fama (ganadores de concursos)',

  'command.contest.name': 'concurso',
  'command.contest.description': 'Concurso: {subcommands}',

  'command.contest.start.name': 'iniciar',
  'command.contest.start.description': 'Inicia un concurso de prompts (admins)',
  'command.contest.start.option.theme.name': 'tema',
  'command.contest.start.option.theme.description': 'De qué deben tratar las participaciones',
  'command.contest.start.option.submit.name': 'plazo_envío',
  'command.contest.start.option.submit.description':
    'Cuánto tiempo se aceptan participaciones, por ejemplo 2h o 3d (predeterminado 1d)',
  'command.contest.start.option.vote.name': 'votación',
  'command.contest.start.option.vote.description':
    'Cuánto dura la votación, por ejemplo 1h o 2d (predeterminado 1d)',
  'command.contest.start.option.entries.name': 'participaciones',
  'command.contest.start.option.entries.description':
    'Participaciones por miembro, de 1 a {max} (predeterminado 1)',
  'command.contest.start.option.channel.name': 'canal',
  'command.contest.start.option.channel.description': 'Dónde se celebra (predeterminado: aquí)',
  'command.contest.start.option.voter_age.name': 'antigüedad',
  'command.contest.start.option.voter_age.description': 'Días mínimos como miembro para poder votar',

  'command.contest.status.name': 'estado',
  'command.contest.status.description': 'Cómo va el concurso de este canal',
  'command.contest.status.option.contest.name': 'concurso',
  'command.contest.status.option.contest.description':
    'El id de un concurso (predeterminado: el de este canal)',
  'command.contest.leaderboard.name': 'clasificación',
  'command.contest.leaderboard.description': 'La clasificación del concurso de este canal',
  'command.contest.leaderboard.option.contest.name': 'concurso',
  'command.contest.leaderboard.option.contest.description':
    'El id de un concurso (predeterminado: el de este canal)',
  'command.contest.cancel.name': 'cancelar',
  'command.contest.cancel.description': 'Cancela el concurso de este canal (admins)',
  'command.contest.cancel.option.contest.name': 'concurso',
  'command.contest.cancel.option.contest.description':
    'El id de un concurso (predeterminado: el de este canal)',

  'command.usage.name': 'consumo',
  'command.usage.description': 'Lo que tú y este servidor han gastado en videos hoy y este mes',

  'command.consent.name': 'consentimiento',
  'command.consent.description': 'Permite o no que otros te mencionen en sus prompts aquí',
  'command.consent.option.choice.name': 'opción',
  'command.consent.option.choice.description':
    'on: otros pueden mencionarte; off: se rechazan los prompts que te mencionen',
  'command.consent.option.choice.choice.on': 'on: otros pueden mencionarme',
  'command.consent.option.choice.choice.off': 'off: rechazar prompts que me mencionen',

  'command.settings.name': 'ajustes',
  'command.settings.description':
    'Admins: consulta o cambia presupuestos, límites, canales y el modelo predeterminado',
  'command.settings.option.setting.name': 'ajuste',
  'command.settings.option.setting.description': 'Qué ajuste cambiar',
  'command.settings.option.setting.choice': '{name}: {description}',
  'command.settings.option.value.name': 'valor',
  'command.settings.option.value.description': 'El nuevo valor; "default" restablece el del operador',

  'command.help.name': 'ayuda',
  'command.help.description': 'Cómo crear videos con este bot',

  'setting.model.description': 'Modelo predeterminado si la solicitud no indica ninguno',
  'setting.provider.description': 'Proveedor preferido si no hay modelo predeterminado',
  'setting.channels.description': 'Canales donde se pueden crear clips',
  'setting.daily_budget.description': 'Gasto diario para todos aquí, en USD',
  'setting.monthly_budget.description': 'Gasto mensual para todos aquí, en USD',
  'setting.member_daily_clips.description': 'Clips que un miembro puede crear al día',
  'setting.member_daily_seconds.description': 'Segundos de video que un miembro puede crear al día',
  'setting.member_max_active.description': 'Clips que un miembro puede tener en espera o en proceso a la vez',
  'setting.rate_limit.description': 'Comandos y botones por miembro y minuto',
  'setting.vote_emoji.description': 'La reacción que cuenta como voto',
  'setting.aspect.description': 'Formato de un clip cuando el miembro no indica ninguno',
};
