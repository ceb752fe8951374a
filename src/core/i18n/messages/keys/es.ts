import type { KeysCatalog } from './en.ts';

/** Spanish (neutral, tú): clave (key), proveedor, clip, servidor. */
export const es: KeysCatalog = {
  'keys.list.heading': 'Claves de proveedor propias de este servidor:',
  'keys.list.line':
    '• Clave de {provider} que termina en {last4}: la agregó {name} el {date}; como máximo {cap, number} en curso; {spent} gastados con ella',
  'keys.list.none': 'Este servidor no tiene claves de proveedor propias. Agrega una con {example}.',
  'keys.add.title': 'Agregar clave: {provider}',
  'keys.add.description':
    'Se comprueba con el proveedor y se guarda cifrada; solo se muestran sus últimos cuatro caracteres.',
  'keys.add.field': 'Clave de API de {provider}',
  'keys.add.saved':
    'Guardada: la clave de {provider} de este servidor que termina en {last4}. Sus clips ahora se hacen con ella.',
  'keys.remove.missing': 'Este servidor no tiene una clave de {provider}, así que no se quitó nada.',
  'keys.remove.missing-ending':
    'Este servidor no tiene una clave de {provider} que termine en {last4}, así que no se quitó nada.',
  'keys.remove.done':
    'Se quitó la clave de {provider} que termina en {last4}. Los clips que aún se generan con ella ya no se pueden descargar, así que fallan y se reembolsan.',
  'keys.cap.done':
    'La clave de {provider} que termina en {last4} ahora genera como máximo {count, plural, one {# video} other {# videos}} a la vez; los demás esperan en la cola.',
  'keys.off':
    'Las claves de proveedor propias están desactivadas en este bot. Quien lo opera puede activarlas definiendo REELBOT_MASTER_KEY con 32 bytes aleatorios en base64 (por ejemplo `openssl rand -base64 32`) y reiniciándolo.',
  'keys.gate.admin': 'gestionar las claves de proveedor de este servidor',
  'keys.error.pick-provider': 'Elige el proveedor: {providers}.',
  'keys.error.last4': 'last4 son los cuatro últimos caracteres de la clave.',
  'keys.error.cap-range': 'El límite de generaciones es un número entero del 1 al 1000.',
  'keys.error.no-key': 'Este espacio de trabajo no tiene una clave de {provider}.',
  'keys.error.provider': 'Se pueden agregar claves para {providers}; no para “{provider}”.',
  'keys.error.empty': 'Pega la clave: el cuadro estaba vacío.',
  'keys.error.too-long':
    'Es más larga que cualquier clave de proveedor (como máximo {max, number} caracteres).',
  'keys.error.spaces': 'Una clave no tiene espacios ni saltos de línea: pega solo la clave.',
  'keys.error.too-short': 'Es demasiado corta para ser una clave de proveedor.',
  'keys.error.removed-mid-render':
    'La clave de proveedor con la que este servidor hizo el clip se quitó mientras se generaba, así que no se puede descargar. No se cobró nada.',
  'keys.error.own-keys-only':
    'Este servidor no tiene una clave de proveedor de video propia, y este bot solo hace clips con la clave propia de cada servidor. Un admin puede agregar una con {example}; no se cobró nada.',
  'keys.notice.refused':
    'Admins: {provider} rechazó la clave de {provider} de este servidor que termina en {last4}. Sus clips pasan a otro proveedor que pueda hacerlos, o fallan y se reembolsan. Agrega una clave que funcione con {add} o quita esta con {remove}.',
  'keys.check.refused':
    '{provider} rechazó esa clave ({status}): comprueba que sea una clave de {provider}, copiada completa y todavía activa. No se guardó nada.',
  'keys.check.unreachable':
    'No se pudo contactar con {provider} para comprobar la clave, así que no se guardó. Vuelve a intentarlo en un minuto.',
  'keys.form.late': 'El formulario no se pudo abrir a tiempo; vuelve a ejecutar el comando.',
  'keys.form.stale': 'Este formulario ya no hace nada.',
  'keys.form.save': 'Guardar',
  'keys.form.cancel': 'Cancelar',
};
