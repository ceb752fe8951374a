import type { ErrorsCatalog } from './en.ts';

/**
 * Spanish (neutral, tú), with the glossary of commands/es.ts: clip, prompt, remix, concurso,
 * historia, toma, extender, reparto, apariencia, foto; el servicio de video, los admins.
 */
export const es: ErrorsCatalog = {
  'error.internal': 'Algo salió mal de nuestro lado; inténtalo de nuevo.',

  'error.list.or': '{a} o {b}',
  'error.list.series': '{first}, {rest}',
  'error.list.and2': '{a} y {b}',
  'error.list.and3': '{a}, {b} y {c}',
  'error.list.andOthers': '{a}, {b} y {others, plural, one {# persona más} other {# personas más}}',

  'error.givenUp.rateLimited':
    'El servicio de video siguió ocupado en todos los reintentos, así que este clip se detuvo. No se cobró nada; inténtalo más tarde.',
  'error.givenUp.unavailable':
    'El servicio de video no respondió en ningún reintento, así que este clip se detuvo. No se cobró nada; inténtalo más tarde.',
  'error.givenUp.download':
    'No se pudo obtener el video terminado del servicio de video, ni siquiera tras varios intentos. No se cobró nada; inténtalo de nuevo.',
  'error.givenUp.delivery':
    'No se pudo publicar el video aquí, ni siquiera tras varios intentos. No se cobró nada; inténtalo más tarde.',
  'error.givenUp.diskFull':
    'El servidor del bot se quedó sin espacio en disco para videos y no pudo guardar este clip, ni siquiera tras varios intentos. No se cobró nada; inténtalo más tarde y avisa al operador del bot si sigue pasando.',
  'error.givenUp.invalidVideo':
    'El servicio de video envió algo que no es un video reproducible, incluso tras varios intentos, así que no se publicó nada. No se cobró nada; inténtalo más tarde.',
  'error.givenUp.other':
    'No se pudo terminar este clip, ni siquiera tras varios intentos. No se cobró nada; inténtalo más tarde.',

  'error.budget.memberActive':
    'Ya tienes {used, plural, one {# clip} other {# clips}} en espera o renderizándose, el máximo que un miembro puede tener a la vez aquí. Inténtalo de nuevo cuando termine alguno.',
  'error.budget.memberDailyClips':
    'Hoy has hecho {used, plural, one {# clip} other {# clips}}, el límite diario por miembro aquí. Se reinicia a medianoche UTC, dentro de {wait}.',
  'error.budget.memberDailySeconds':
    'Este clip de {seconds} segundos te haría pasar de {max} segundos de video hoy; te quedan {left} s. Prueba un clip más corto o espera hasta la medianoche UTC, dentro de {wait}.',
  'error.budget.memberDailySecondsDone':
    'Ya hiciste tus {max} segundos de video de hoy. Se reinicia a medianoche UTC, dentro de {wait}.',
  'error.budget.workspaceDaily':
    'El presupuesto diario de video aquí es de {max, number, ::currency/USD}, y {used, number, ::currency/USD} ya están gastados o reservados para clips en curso; este clip cuesta {cost, number, ::currency/USD}. Se reinicia a medianoche UTC, dentro de {wait}.',
  'error.budget.workspaceDailyRoom':
    'El presupuesto diario de video aquí es de {max, number, ::currency/USD}, y {used, number, ::currency/USD} ya están gastados o reservados para clips en curso; este clip cuesta {cost, number, ::currency/USD}. Quizá aún quepa un clip más barato (quedan {left, number, ::currency/USD}). Se reinicia a medianoche UTC, dentro de {wait}.',
  'error.budget.workspaceMonthly':
    'El presupuesto mensual de video aquí es de {max, number, ::currency/USD}, y {used, number, ::currency/USD} ya están gastados o reservados para clips en curso; este clip cuesta {cost, number, ::currency/USD}. Se reinicia el {date, date, utcMonthDay} (UTC), dentro de {wait}.',
  'error.budget.workspaceMonthlyRoom':
    'El presupuesto mensual de video aquí es de {max, number, ::currency/USD}, y {used, number, ::currency/USD} ya están gastados o reservados para clips en curso; este clip cuesta {cost, number, ::currency/USD}. Quizá aún quepa un clip más barato (quedan {left, number, ::currency/USD}). Se reinicia el {date, date, utcMonthDay} (UTC), dentro de {wait}.',
  'error.budget.wait.minutes': '{minutes} min',
  'error.budget.wait.hours': '{hours} h',
  'error.budget.wait.hoursMinutes': '{hours} h {minutes} min',
  'error.budget.wait.days': '{days, plural, one {# día} other {# días}}',

  'error.admission.rateLimited':
    'Son más de {perMinute} comandos y botones por minuto, el máximo que un miembro puede enviar aquí. Espera {seconds} s e inténtalo de nuevo.',
  'error.admission.channel':
    'No se pueden hacer clips en este canal: los admins eligieron otros canales para ellos. Prueba en uno de esos o pregunta a un admin.',
  'error.consent.likeness':
    'Tu prompt nombra a {names}, {count, plural, one {que no aceptó prestarte su apariencia} other {que no aceptaron prestarte su apariencia}} aquí. Un miembro te lo permite con /{command} cast allow o cast approve; mientras tanto, quita sus nombres.',
  'error.consent.appear':
    'Tu prompt nombra a {names}, {count, plural, one {que no aceptó} other {que no aceptaron}} aparecer en clips aquí. Los miembros lo aceptan con /{command} consent on; mientras tanto, quita sus nombres.',
  'error.consent.withdrawn':
    '{names} ya no {count, plural, one {presta} other {prestan}} su apariencia a este clip; no se hizo y se reembolsó.',

  'error.clip.promptEmpty': 'Describe el video que quieres: el prompt está vacío.',
  'error.clip.promptTooLong':
    'El prompt tiene {length} caracteres; el límite es {max}. Acórtalo e inténtalo de nuevo.',
  'error.clip.duration':
    '{model} hace clips de {durations} segundos; pediste {duration}. Elige una de esas duraciones.',
  'error.clip.size': '{model} hace clips de {sizes}; «{size}» no es uno de ellos.',
  'error.clip.aspect': '{model} no tiene formato {aspect} ({ratio}); ofrece {sizes}.',
  'error.clip.style': 'No existe el estilo «{style}». Prueba {styles}.',
  'error.clip.imageUnsupported': '{model} no puede partir de una imagen; quita la imagen.',
  'error.clip.referencesUnsupported':
    'Tu prompt nombra a un miembro cuya apariencia puedes usar, pero ningún modelo de video de aquí acepta imágenes de referencia. {providers} sí; pregunta a un admin o quita el nombre.',
  'error.clip.editUnsupported':
    'El modelo de este clip no puede editar su video. Usa Remix para empezar un clip nuevo desde su prompt.',
  'error.clip.alreadyDone':
    'Este clip ya está {state, select, posted {publicado} failed {fallido} cancelled {cancelado} other {terminado}}; no hay nada que cancelar.',
  'error.clip.delivering': 'Este clip se está publicando ahora mismo y ya no se puede cancelar.',
  'error.clip.gone': 'Ese clip ya no existe.',
  'error.clip.exists': 'Ese clip ya existe.',
  'error.clip.movedOn': 'Ese clip ya cambió de estado.',
  'error.clip.contestsUnavailable': 'Los concursos no están disponibles aquí.',
  'error.clip.notYours':
    'Solo {author} o un admin pueden {action, select, cancel {cancelar} delete {eliminar} other {cambiar}} este clip.',
  'error.clip.cancelledBy': 'Cancelado por {name}.',
  'error.model.unknown': 'No hay ningún modelo llamado «{model}». Elige uno de estos: {models}.',
  'error.provider.notConfigured': 'El proveedor de video «{name}» no está configurado.',

  'error.moderation.blocklist':
    'Este prompt usa una palabra que los admins de este bot no permiten, así que no se hizo ni se cobró nada. Reformúlalo e inténtalo de nuevo.',
  'error.moderation.category.minors': 'contenido sexual con menores',
  'error.moderation.category.selfHarm': 'autolesiones',
  'error.moderation.category.graphicViolence': 'violencia gráfica',
  'error.moderation.category.threateningHate': 'odio con amenazas',
  'error.moderation.category.threats': 'amenazas',
  'error.moderation.category.violentWrongdoing': 'actos delictivos violentos',
  'error.moderation.category.violence': 'violencia',
  'error.moderation.category.hate': 'odio',
  'error.moderation.category.harassment': 'acoso',
  'error.moderation.category.sexual': 'contenido sexual',
  'error.moderation.category.wrongdoing': 'actos ilícitos',
  'error.moderation.category.rules': 'las normas de contenido',
  'error.moderation.flagged':
    'La revisión de contenido marcó este prompt por {category}, así que no se hizo ni se cobró nada. Cámbialo e inténtalo de nuevo.',
  'error.moderation.unavailable':
    'La revisión de contenido no responde ahora mismo, así que no se hizo ni se cobró nada. Inténtalo de nuevo en un minuto.',

  'error.cast.handleMention':
    'Ese alias parece una mención o un ID de miembro. Elige una palabra simple, como ada o captain_rex.',
  'error.cast.handleShape':
    'Un alias tiene de 3 a 32 letras, dígitos, _, . o -, y empieza y termina con una letra o un dígito (como ada o captain_rex).',
  'error.cast.handleReserved':
    '@{handle} es una palabra que las apps de chat usan para todos; elige otro alias.',
  'error.cast.handleTaken': '@{handle} ya es el alias de otro miembro aquí; elige otro.',
  'error.cast.modelNoLikeness':
    '{model} no puede usar la apariencia de un miembro. Quita el modelo o elige uno que pueda: {models}.',
  'error.cast.likenessUnsupported':
    '{model} no puede usar la apariencia de un miembro; el clip no se hizo y se reembolsó.',
  'error.cast.ownLikeness': 'Siempre puedes usar tu propia apariencia; aprueba a otra persona.',
  'error.cast.botApprove': 'No se puede aprobar a bots para usar una apariencia.',
  'error.cast.full':
    'Ya tienes {max} fotos, el máximo que guarda un miembro. Quita tu reparto con /{command} cast remove para empezar de nuevo.',
  'error.cast.providersWithReferences': 'fal (su modelo Veo 3.1, con imágenes de referencia)',
  'error.cast.memberNone': 'Ese miembro no tiene reparto aquí.',
  'error.cast.none': 'Aún no tienes reparto aquí. Primero añade una foto tuya con /{command} cast add.',

  'error.story.describe':
    'Describe la historia: escribe sus tomas separadas por | (por ejemplo «un zorro despierta | el zorro corre»).',
  'error.story.tooManyShots':
    'Una historia tiene como máximo {max} tomas; esta tiene {count}. Une algunas tomas e inténtalo de nuevo.',
  'error.story.shotEmpty':
    'La toma {index} de {count} está vacía: describe qué pasa en ella o quita el separador sobrante.',
  'error.story.shotTooLong':
    'La toma {index} tiene {length} caracteres; el límite por toma es {max}. Acórtala e inténtalo de nuevo.',
  'error.story.noShots': 'Describe al menos una toma.',
  'error.story.tooManyShotsWritten':
    'Una historia tiene como máximo {max} tomas; escribiste {count}. Une algunas tomas o cuenta el resto en una segunda historia.',
  'error.story.shotBlank': 'La toma {index} está vacía. Di qué pasa en ella o quita el separador sobrante.',
  'error.story.tooLong': '{what}: serían {total} segundos; el máximo es {max}. Usa menos tomas o más cortas.',
  'error.story.whatShots': '{count, plural, one {# toma} other {# tomas}} de {seconds} s',
  'error.story.whatExtended': 'El clip extendido en {seconds} s',
  'error.story.flowUnsupported':
    '{model} no puede empezar una toma desde el último fotograma de la anterior, que es lo que necesita el modo continuo. Usa mode:cut o uno de {models}.',
  'error.story.flowUnsupportedAnywhere':
    '{model} no puede empezar una toma desde el último fotograma de la anterior, que es lo que necesita el modo continuo, y ningún modelo de aquí puede. Usa mode:cut.',
  'error.story.gone': 'Esa historia ya no existe.',
  'error.story.exists': 'Esa historia ya existe.',
  'error.story.rerollNotPosted': 'Solo se puede rehacer una toma de una historia publicada.',
  'error.story.shotRange': 'Esta historia tiene las tomas 1 a {count}; elige una de ellas.',
  'error.story.shotNotOwn':
    'Esa toma es el clip que continúa esta historia; solo se pueden rehacer las tomas propias de la historia.',
  'error.story.noQueue': 'Las historias no pueden ejecutarse aquí.',
  'error.story.shotGone': 'Una toma de esta historia ya no está, así que no se puede unir.',
  'error.story.recordMissing':
    'Falta el registro de esta historia, así que no se puede terminar. No se cobró nada más.',
  'error.story.sourceGone':
    'El clip que continúa esta historia se eliminó o ya no está, así que la historia no se puede hacer.',
  'error.story.shotFailed': 'La toma {index} de {count} falló: {why}',
  'error.story.shotFailedUnknown': 'El proveedor de video no pudo hacerla.',
  'error.story.ended': 'Su historia terminó antes de que se hiciera esta toma.',
  'error.extend.gone': 'Ese clip ya no existe, así que no se puede extender.',
  'error.extend.notPosted': 'Solo se puede extender un clip publicado; espera a que se publique este.',
  'error.extend.sourceGone': 'El video de este clip ya no está disponible para continuarlo.',
  'error.extend.unsupported':
    '{model} no puede extender sus propios clips ni partir de una imagen, así que este clip no se puede continuar.',
  'error.extend.unsupportedUse':
    '{model} no puede extender sus propios clips ni partir de una imagen, así que este clip no se puede continuar. Haz el clip con {models} para extenderlo.',

  'error.render.failed': 'El proveedor de video no pudo hacer este clip.',
  'error.shot.sourceGone':
    'El clip que continúa esta toma ya no está, así que la toma no puede partir de él.',
  'error.shot.videoGone': 'Este video ya no está disponible en su proveedor.',
  'error.shot.continueGone':
    'El video desde el que continúa ya no está disponible en su proveedor, así que no se puede continuar.',
  'error.delivery.notConnected': 'Esta plataforma de chat no está conectada ahora mismo.',
  'error.delivery.tooLarge':
    'El clip pesa {size, number, ::.0} MiB y este canal acepta como máximo {limit, number, ::.0} MiB, incluso tras reducirlo. Prueba un clip más corto o más pequeño.',
  'error.download.tooLarge':
    'El video terminado pesa más de los {mib, number} MiB que acepta reelbot, así que no se descargó. No se cobró nada; prueba un clip más corto o más pequeño.',
  'error.download.tooSlow':
    'El servicio de video envió el video terminado demasiado lento (no en {span}), así que reelbot lo dejó. No se cobró nada; inténtalo más tarde.',
  'error.download.minutes': '{count, plural, one {# minuto} other {# minutos}}',
  'error.download.seconds': '{count, plural, one {# segundo} other {# segundos}}',
  'error.download.cancelled': 'Este clip se canceló.',

  'error.provider.moderation':
    'El servicio de video rechazó este prompt por sus normas de contenido. Reformúlalo e inténtalo de nuevo.',
  'error.provider.auth':
    'El servicio de video no aceptó nuestras credenciales. Un admin tiene que revisar la clave de API.',
  'error.provider.quota':
    'La cuenta del servicio de video se quedó sin saldo. Un admin tiene que recargarla.',
  'error.provider.modelNotFound':
    'El servicio de video ya no ofrece este modelo (se retiró). Pide a un admin que elija otro modelo.',
  'error.provider.notFound': 'El servicio de video ya no tiene este video; puede que haya caducado.',
  'error.provider.notReady': 'El video aún no está listo en el servicio de video.',
  'error.provider.rateLimited':
    'El servicio de video está ocupado ahora mismo. Tu solicitud se volverá a intentar en breve.',
  'error.provider.unavailable':
    'El servicio de video no responde ahora mismo. Tu solicitud se volverá a intentar en breve.',
  'error.provider.downloadFailed':
    'No se pudo obtener el video terminado del servicio de video. Se volverá a intentar.',
  'error.provider.unsafeUrl':
    'El servicio de video dirigió a reelbot a una dirección que nunca visita (esta máquina o una red privada), así que el clip no se descargó. No se cobró nada; un admin debería revisar el servicio de video.',
  'error.provider.renderFailed':
    'El servicio de video no pudo hacer este clip. Inténtalo de nuevo, quizá con otro prompt.',
  'error.provider.cancelled': 'El servicio de video canceló este renderizado.',
  'error.provider.unknownStatus': 'El servicio de video informó un estado que reelbot no conoce.',
  'error.provider.unknownStatusNamed':
    'El servicio de video informó un estado que reelbot no conoce («{status}»).',
  'error.provider.expired':
    'El video terminado caducó en el servicio de video antes de que se pudiera obtener.',
  'error.provider.rejected': 'El servicio de video rechazó esta solicitud: {reason}',
  'error.provider.rejectedField': 'El servicio de video rechazó esta solicitud ({field}): {reason}',
  'error.provider.couldNotMake': 'El servicio de video no pudo hacer este clip: {reason}',
  'error.provider.referenceImage':
    'El servicio de video no pudo usar la imagen de referencia: {reason} Prueba con otra imagen.',
  'error.provider.referenceImagePlain':
    'El servicio de video no pudo usar la imagen de referencia. Prueba con otra imagen.',
  'error.provider.noSuchModel': 'Este servicio de video no ofrece el modelo «{model}».',
  'error.provider.tooManyReferences': '{model} no acepta {count} imágenes de referencia.',
  'error.provider.promptTooLong':
    '{model} acepta prompts de como máximo {max} caracteres; este tiene {length}. Acórtalo e inténtalo de nuevo.',
  'error.provider.firstFrameTooLarge':
    'La imagen con la que empieza esta toma es demasiado grande para el servicio de video ({size} MB; acepta como máximo {max} MB). No se cobró nada.',
  'error.provider.privateImageLink':
    'El enlace de la imagen debe apuntar a una imagen de la web pública; se rechazan los enlaces a esta máquina o a una red privada.',

  'error.media.diskFull':
    'El servidor del bot se quedó sin espacio en disco para videos y no pudo guardar este clip, ni siquiera tras esperar. No se cobró nada; inténtalo más tarde y avisa al operador del bot si sigue pasando.',
  'error.media.timedOut':
    'El servidor del bot tardó demasiado en procesar este video, así que se detuvo. No se cobró nada; inténtalo de nuevo y avisa al operador del bot si sigue pasando.',
  'error.media.notVideo':
    'El servicio de video envió algo que no es un video reproducible, así que no se publicó. No se cobró nada; inténtalo de nuevo.',
  'error.media.lastFrame':
    'El bot no pudo leer el último fotograma del clip para continuar desde ahí. No se cobró nada; inténtalo de nuevo.',
  'error.media.join':
    'El bot no pudo unir las tomas en un solo video. No se cobró nada por la unión; inténtalo de nuevo y avisa al operador del bot si sigue pasando.',
  'error.image.invalid':
    'Ese archivo no es una imagen que reelbot pueda usar: envía una foto JPEG, PNG o WebP.',
  'error.image.tooManyPixels':
    'Esa imagen mide {width}x{height} píxeles; envía una de menos de 50 megapíxeles.',
  'error.image.tooManyBytes': 'Esa imagen pesa {mib, number, ::.0} MiB; envía una de 10 MiB como máximo.',
  'error.image.prepare': 'No se pudo preparar esa imagen; prueba con otra.',
};
