<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rapport</source>
        <translation>Acerca de Rapport</translation>
    </message>
    <message>
        <source>Rapport {version}</source>
        <translation>Rapport {version}</translation>
    </message>
    <message>
        <source>A notebook for community organizers: the people you know, your 1:1 meetings, and the trainings you run.</source>
        <translation>Un cuaderno para organizadores comunitarios: las personas que conoces, tus reuniones 1:1 y las capacitaciones que diriges.</translation>
    </message>
    <message>
        <source>It works without internet. Your notes stay on this computer until you send them to headquarters, on a USB stick or by email.</source>
        <translation>Funciona sin internet. Tus notas se quedan en esta computadora hasta que las envíes a la oficina central, en una memoria USB o por correo electrónico.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>ActionTexts</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Your name, organization, goal and language</source>
        <translation>Tu nombre, organización, meta e idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Prese&amp;ntar</translation>
    </message>
    <message>
        <source>Show the open training&apos;s slides to the room</source>
        <translation>Mostrar a la sala las diapositivas de la capacitación abierta</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Acerca de Rapport</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AgendaStepPage</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>&amp;Notes: what you heard and said</source>
        <translation>&amp;Notas: lo que escuchaste y dijiste</translation>
    </message>
    <message>
        <source>Write as you go; every word is kept.</source>
        <translation>Escribe sobre la marcha; se guarda cada palabra.</translation>
    </message>
</context>
<context>
    <name>AskCoachPanel</name>
    <message>
        <source>Ask coach</source>
        <translation>Asesor de la petición</translation>
    </message>
    <message>
        <source>No ask yet</source>
        <translation>Todavía no hay petición</translation>
    </message>
    <message>
        <source>Write the ask as you will say it. A hard ask names an action, a day, a time and a place, and ends with a yes-or-no question.</source>
        <translation>Escribe la petición tal como la vas a decir. Una petición dura nombra una acción, un día, una hora y un lugar, y termina con una pregunta de sí o no.</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>The &amp;ask, in the words you will use</source>
        <translation>La &amp;petición, con las palabras que vas a usar</translation>
    </message>
    <message>
        <source>For example: Can I count on you to … on Thursday at 6 pm at …?</source>
        <translation>Por ejemplo: ¿Puedo contar contigo para … el jueves a las 6 p. m. en …?</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Write down the ask you made (or will make) before going on.</source>
        <translation>Escribe la petición que hiciste (o que vas a hacer) antes de continuar.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Rapport — audience</source>
        <translation>Rapport — público</translation>
    </message>
    <message>
        <source>Type an answer, press Enter; Esc when done</source>
        <translation>Escribe una respuesta y pulsa Enter; Esc para terminar</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>New block of 1:1s</source>
        <translation>Nuevo bloque de reuniones 1:1</translation>
    </message>
    <message>
        <source>Block of 1:1s</source>
        <translation>Bloque de reuniones 1:1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Where (required)</source>
        <translation>Dónde (obligatorio)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Each 1:1</source>
        <translation>Cada 1:1</translation>
    </message>
    <message>
        <source>Break between</source>
        <translation>Pausa entre reuniones</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Eliminar bloque</translation>
    </message>
    <message numerus="yes">
        <source>%n slots</source>
        <translation>
            <numerusform>%n espacio</numerusform>
            <numerusform>%n espacios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n libre</numerusform>
            <numerusform>%n libres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleProblem</name>
    <message>
        <source>the line is {length} bytes long; at most {max} are allowed</source>
        <translation>la línea tiene {length} bytes; se permiten como máximo {max}</translation>
    </message>
    <message>
        <source>expected a record, found &apos;{found}&apos;</source>
        <translation>se esperaba un registro y se encontró «{found}»</translation>
    </message>
    <message>
        <source>unknown table &apos;{table}&apos;</source>
        <translation>tabla desconocida «{table}»</translation>
    </message>
    <message>
        <source>the trailer counts {counts} but the file holds {found}</source>
        <translation>la línea de cierre cuenta {counts}, pero el archivo contiene {found}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file does not end with a complete line: it was cut short (truncated)</source>
        <translation>el archivo no termina con una línea completa: quedó cortado (truncado)</translation>
    </message>
    <message>
        <source>the first line is not a bundle header</source>
        <translation>la primera línea no es el encabezado de un paquete</translation>
    </message>
    <message>
        <source>this is not a Rapport bundle (format &apos;{format}&apos;)</source>
        <translation>esto no es un paquete de Rapport (formato «{format}»)</translation>
    </message>
    <message>
        <source>the bundle uses schema {version}; this version of Rapport reads {supported}. Update Rapport to import it.</source>
        <translation>el paquete usa el esquema {version}; esta versión de Rapport lee {supported}. Actualiza Rapport para importarlo.</translation>
    </message>
    <message>
        <source>the bundle uses schema {version}; this version of Rapport reads {supported}.</source>
        <translation>el paquete usa el esquema {version}; esta versión de Rapport lee {supported}.</translation>
    </message>
    <message>
        <source>the file has a header but no trailer: it was cut short</source>
        <translation>el archivo tiene encabezado pero no línea de cierre: quedó cortado</translation>
    </message>
    <message>
        <source>the last line is not the trailer: the file was cut short (truncated)</source>
        <translation>la última línea no es la línea de cierre: el archivo quedó cortado (truncado)</translation>
    </message>
    <message>
        <source>the checksum does not match the contents: the file was damaged or altered</source>
        <translation>la suma de verificación no coincide con el contenido: el archivo se dañó o se modificó</translation>
    </message>
    <message>
        <source>the trailer says {records} records but the file holds {found}</source>
        <translation>la línea de cierre indica {records} registros, pero el archivo contiene {found}</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <source>the bundle is encrypted for headquarters; give HQ&apos;s private key to read it</source>
        <translation>el paquete está cifrado para la oficina central; se necesita la clave privada de la oficina central para leerlo</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: {detail}</source>
        <translation>no se puede descifrar el paquete: {detail}</translation>
    </message>
    <message>
        <source>not valid JSON ({detail} at column {column})</source>
        <translation>no es JSON válido (columna {column})</translation>
    </message>
    <message>
        <source>has a field this version does not know: {fields}</source>
        <translation>tiene un campo que esta versión no conoce: {fields}</translation>
    </message>
    <message>
        <source>must be {expected}, not {value}</source>
        <translation>debe ser {expected}, no {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {max} are allowed</source>
        <translation>tiene {length} caracteres; se permiten como máximo {max}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be at most {max}, not {value}</source>
        <translation>debe ser como máximo {max}, no {value}</translation>
    </message>
    <message>
        <source>must be at least {min}, not {value}</source>
        <translation>debe ser como mínimo {min}, no {value}</translation>
    </message>
    <message>
        <source>holds {found} items; at most {max} are allowed</source>
        <translation>contiene {found} elementos; se permiten como máximo {max}</translation>
    </message>
    <message>
        <source>has {found} fields; at most {max} are allowed</source>
        <translation>tiene {found} campos; se permiten como máximo {max}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>le falta {fields}</translation>
    </message>
    <message>
        <source>{value} is not in the form this field takes ({pattern})</source>
        <translation>{value} no tiene la forma que admite este campo ({pattern})</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {value}</source>
        <translation>debe ser uno de {allowed}, no {value}</translation>
    </message>
    <message>
        <source>contains a NUL character, which is not allowed in text</source>
        <translation>contiene un carácter NUL, que no se permite en un texto</translation>
    </message>
    <message>
        <source>this bundle was written by this laptop; there is nothing to import</source>
        <translation>este paquete se escribió en esta computadora; no hay nada que importar</translation>
    </message>
    <message>
        <source>this return bundle from headquarters is for another laptop (device {device}); this laptop is {this_device}</source>
        <translation>este paquete de respuesta de la oficina central es para otra computadora (equipo {device}); esta computadora es {this_device}</translation>
    </message>
    <message>
        <source>this is a return bundle for a laptop, not a bundle for HQ</source>
        <translation>este es un paquete de respuesta para una computadora, no un paquete para la oficina central</translation>
    </message>
    <message>
        <source>HQ has received no bundle from device {device}</source>
        <translation>la oficina central no ha recibido ningún paquete del equipo {device}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>vacío (null)</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
    <message>
        <source>{file}, line {line}, field {field}: {reason}</source>
        <translation>{file}, línea {line}, campo {field}: {reason}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, línea {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>line {line}, field {field}: {reason}</source>
        <translation>línea {line}, campo {field}: {reason}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>New 1:1</source>
        <translation>Nuevo 1:1</translation>
    </message>
    <message>
        <source>Schedule a 1:1 (Ctrl+N)</source>
        <translation>Programar un 1:1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>New block…</source>
        <translation>Nuevo bloque…</translation>
    </message>
    <message>
        <source>Set aside time at one place for back-to-back 1:1s</source>
        <translation>Reservar tiempo en un mismo lugar para varias reuniones 1:1 seguidas</translation>
    </message>
    <message>
        <source>1:1 types…</source>
        <translation>Tipos de 1:1…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} más</translation>
    </message>
    <message>
        <source>Click a 1:1 to select it, click again to open it; drag it to move it. Arrows select, Ctrl+Up/Down moves it 15 minutes (a week in the month view), Ctrl+Left/Right a day, Enter opens. Double-click an empty time or a free slot of a block to schedule a 1:1 there.</source>
        <translation>Haz clic en un 1:1 para seleccionarlo y otra vez para abrirlo; arrástralo para moverlo. Las flechas seleccionan, Ctrl+Arriba/Abajo lo mueve 15 minutos (una semana en la vista de mes), Ctrl+Izquierda/Derecha un día, Enter lo abre. Haz doble clic en una hora libre o en un espacio libre de un bloque para programar un 1:1 ahí.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
</context>
<context>
    <name>CheckinStep</name>
    <message>
        <source>Check-in</source>
        <translation>Ronda inicial</translation>
    </message>
    <message>
        <source>Ask how everyone is doing, go over the goals and the agenda, and ask for questions about the guide or the videos they reviewed.</source>
        <translation>Pregunta cómo están todos, repasa los objetivos y la agenda, y pregunta si tienen dudas sobre la guía o los videos que revisaron.</translation>
    </message>
    <message>
        <source>Check-in notes</source>
        <translation>Notas de la ronda inicial</translation>
    </message>
    <message>
        <source>Who came, how they are, what they asked…</source>
        <translation>Quién vino, cómo están, qué preguntaron…</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>Agenda: %1</source>
        <translation>Agenda: %1</translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What they will do, e.g. host a house meeting</source>
        <translation>Qué va a hacer, p. ej., organizar una reunión en casa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Place or address</source>
        <translation>Lugar o dirección</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Remove this commitment</source>
        <translation>Quitar este compromiso</translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <source>Call to confirm: {day}</source>
        <translation>Llamar para confirmar: {day}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>No 1:1s to confirm for that day.</source>
        <translation>No hay reuniones 1:1 por confirmar ese día.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>You reached them and they will come</source>
        <translation>Hablaste con la persona y va a venir</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach</source>
        <translation>No se pudo contactar</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Value that lost</source>
        <translation>Valor descartado</translation>
    </message>
    <message>
        <source>Whose it was</source>
        <translation>De quién era</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>De otros</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Review conflicts</source>
        <translation>Revisar conflictos</translation>
    </message>
    <message>
        <source>Each of these fields was changed both on this laptop and somewhere else before the two met. The newest change was kept. Keep it, or use the other value instead; your choice goes to headquarters with your next export.</source>
        <translation>Cada uno de estos campos se cambió tanto en esta computadora como en otro lugar antes de que se sincronizaran. Se conservó el cambio más reciente. Consérvalo o usa el otro valor; tu decisión llegará a la oficina central con tu próxima exportación.</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Conservar este</translation>
    </message>
    <message>
        <source>Keep the value that is there now</source>
        <translation>Conservar el valor que está ahora</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Usar el otro valor</translation>
    </message>
    <message>
        <source>Replace the value with the one that lost</source>
        <translation>Reemplazar el valor por el que se descartó</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Conflicts to review: {n}</source>
        <translation>Conflictos por revisar: {n}</translation>
    </message>
    <message>
        <source>No conflicts left to review</source>
        <translation>No quedan conflictos por revisar</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>El otro valor</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>tuyo</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>de otros</translation>
    </message>
    <message>
        <source>Value kept ({whose}, changed {when})</source>
        <translation>Valor conservado ({whose}, cambiado el {when})</translation>
    </message>
    <message>
        <source>The other value ({whose}, changed {when})</source>
        <translation>El otro valor ({whose}, cambiado el {when})</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>e.g. tenants, volunteer</source>
        <translation>p. ej., inquilinos, voluntaria</translation>
    </message>
    <message>
        <source>Do not contact this person</source>
        <translation>No contactar a esta persona</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Teléfonos (uno por línea)</translation>
    </message>
    <message>
        <source>Emails (one a line)</source>
        <translation>Correos (uno por línea)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Etiquetas (separadas por comas)</translation>
    </message>
    <message>
        <source>Follow up every</source>
        <translation>Seguimiento cada</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Private notes never leave this laptop: not in sync, not in exports.</source>
        <translation>Las notas privadas nunca salen de esta computadora: ni en la sincronización ni en las exportaciones.</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Shared vision</source>
        <translation>Visión compartida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Story and notes</source>
        <translation>Historia y notas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>1:1: %1</source>
        <translation>1:1: %1</translation>
    </message>
    <message>
        <source>Commitment: %1</source>
        <translation>Compromiso: %1</translation>
    </message>
    <message>
        <source>%1 has %2 too.</source>
        <translation>%1 también tiene %2.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>Posible duplicado:</translation>
    </message>
    <message>
        <source>Cannot save:</source>
        <translation>No se puede guardar:</translation>
    </message>
</context>
<context>
    <name>ContactFiles</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <translation>Revisando las filas de nuevo…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 duplicates skipped, %4 invalid.</source>
        <translation>Importado: %1 agregados, %2 actualizados, %3 duplicados omitidos, %4 no válidos.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importando contactos…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>CSV (*.csv);;vCard (*.vcf)</source>
        <translation>CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Se exportaron %1 contactos a %2.</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Exportando contactos…</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>line {line}, {place}: “{value}” is not a phone number; it was left out</source>
        <translation>línea {line}, {place}: «{value}» no es un número de teléfono; se dejó fuera</translation>
    </message>
    <message>
        <source>line {line}, {place}: “{value}” is not an email address; it was left out</source>
        <translation>línea {line}, {place}: «{value}» no es una dirección de correo; se dejó fuera</translation>
    </message>
    <message>
        <source>line {line}, {place}: “{value}” is not yes or no; it was left out</source>
        <translation>línea {line}, {place}: «{value}» no es sí ni no; se dejó fuera</translation>
    </message>
    <message>
        <source>line {line}, {place}: “{value}” is not a number of follow-up days (a whole number from {min} to {max}); it was left out</source>
        <translation>línea {line}, {place}: «{value}» no es un número de días de seguimiento (un número entero de {min} a {max}); se dejó fuera</translation>
    </message>
    <message>
        <source>line {line}, {place}: the tag “{tag}” is {length} characters long; at most {max} fit, so this row is not imported</source>
        <translation>línea {line}, {place}: la etiqueta «{tag}» tiene {length} caracteres; caben como máximo {max}, así que esta fila no se importa</translation>
    </message>
    <message>
        <source>line {line}, {place}: the value is {length} characters long; at most {max} fit, so this row is not imported</source>
        <translation>línea {line}, {place}: el valor tiene {length} caracteres; caben como máximo {max}, así que esta fila no se importa</translation>
    </message>
    <message>
        <source>line {line}, {place}: the name is {length} characters long; at most {max} fit, so this row is not imported</source>
        <translation>línea {line}, {place}: el nombre tiene {length} caracteres; caben como máximo {max}, así que esta fila no se importa</translation>
    </message>
    <message>
        <source>line {line}, {place}: the list of phones is {length} characters long; at most {max} fit, so this row is not imported</source>
        <translation>línea {line}, {place}: la lista de teléfonos tiene {length} caracteres; caben como máximo {max}, así que esta fila no se importa</translation>
    </message>
    <message>
        <source>line {line}, {place}: the list of emails is {length} characters long; at most {max} fit, so this row is not imported</source>
        <translation>línea {line}, {place}: la lista de correos tiene {length} caracteres; caben como máximo {max}, así que esta fila no se importa</translation>
    </message>
    <message>
        <source>line {line}: no name, phone or email, so this row is not imported</source>
        <translation>línea {line}: sin nombre, teléfono ni correo, así que esta fila no se importa</translation>
    </message>
    <message>
        <source>line {line}: the field “{field}” is not valid ({why})</source>
        <translation>línea {line}: el campo «{field}» no es válido ({why})</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding}; it was read as {used}, so check its accented letters</source>
        <translation>la línea {line} no es {encoding} válido; se leyó como {used}, así que revisa sus letras acentuadas</translation>
    </message>
    <message>
        <source>line {line}: {cells} cells where the header has {columns}; the extra cells were left out</source>
        <translation>línea {line}: hay {cells} celdas y el encabezado tiene {columns}; se dejaron fuera las celdas de más</translation>
    </message>
    <message>
        <source>line {line}: {cells} cells where the header has {columns}; the missing ones are taken as empty</source>
        <translation>línea {line}: hay {cells} celdas y el encabezado tiene {columns}; las que faltan se toman como vacías</translation>
    </message>
    <message>
        <source>line {line}: a quote (&quot;) opened in this row is never closed, so lines {line}-{end} were read as one row; it is not imported</source>
        <translation>línea {line}: unas comillas (&quot;) abiertas en esta fila nunca se cierran, así que las líneas {line}-{end} se leyeron como una sola fila; no se importa</translation>
    </message>
    <message>
        <source>line {line}, property {property} is longer than {max} characters; this card is not imported</source>
        <translation>línea {line}, propiedad {property}: tiene más de {max} caracteres; esta tarjeta no se importa</translation>
    </message>
    <message>
        <source>line {line}, property {property}: the base64 value is damaged; it was left out</source>
        <translation>línea {line}, propiedad {property}: el valor en base64 está dañado; se dejó fuera</translation>
    </message>
    <message>
        <source>same phone {value} as line {line}</source>
        <translation>mismo teléfono {value} que la línea {line}</translation>
    </message>
    <message>
        <source>same email {value} as line {line}</source>
        <translation>mismo correo {value} que la línea {line}</translation>
    </message>
    <message>
        <source>same phone {value} as {name}</source>
        <translation>mismo teléfono {value} que {name}</translation>
    </message>
    <message>
        <source>same email {value} as {name}</source>
        <translation>mismo correo {value} que {name}</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <source>is empty; there is nothing to import</source>
        <translation>está vacío; no hay nada que importar</translation>
    </message>
    <message>
        <source>holds only blank lines; there is nothing to import</source>
        <translation>solo tiene líneas en blanco; no hay nada que importar</translation>
    </message>
    <message>
        <source>is a ZIP file (an Excel .xlsx workbook?); save it as “CSV UTF-8” first</source>
        <translation>es un archivo ZIP (¿un libro de Excel .xlsx?); guárdalo primero como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>is an old Excel or Word file; save it as “CSV UTF-8” first</source>
        <translation>es un archivo antiguo de Excel o Word; guárdalo primero como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>is a PDF document, not a contacts file</source>
        <translation>es un documento PDF, no un archivo de contactos</translation>
    </message>
    <message>
        <source>line {line} holds binary data (a NUL byte); this does not look like a {kind} file</source>
        <translation>la línea {line} contiene datos binarios (un byte NUL); esto no parece un archivo {kind}</translation>
    </message>
    <message>
        <source>line {line} holds binary data (the control character {char}); this does not look like a {kind} file</source>
        <translation>la línea {line} contiene datos binarios (el carácter de control {char}); esto no parece un archivo {kind}</translation>
    </message>
    <message>
        <source>line {line} is longer than {max} bytes; this does not look like a {kind} file</source>
        <translation>la línea {line} tiene más de {max} bytes; esto no parece un archivo {kind}</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text</source>
        <translation>la línea {line} no es texto {encoding} válido</translation>
    </message>
    <message>
        <source>line {line} is not text in any encoding Rapport knows; this does not look like a {kind} file</source>
        <translation>la línea {line} no es texto en ninguna codificación que Rapport conozca; esto no parece un archivo {kind}</translation>
    </message>
    <message>
        <source>line {line}: {why}; this does not look like a CSV file</source>
        <translation>línea {line}: {why}; esto no parece un archivo CSV</translation>
    </message>
    <message>
        <source>line {line}: a value is longer than {max} characters; this does not look like a CSV file</source>
        <translation>línea {line}: un valor tiene más de {max} caracteres; esto no parece un archivo CSV</translation>
    </message>
    <message>
        <source>line {line} is a header, but no contacts follow it</source>
        <translation>la línea {line} es un encabezado, pero no le sigue ningún contacto</translation>
    </message>
    <message>
        <source>the card that begins on line {line} has no END:VCARD before the next BEGIN:VCARD on line {next}</source>
        <translation>la tarjeta que empieza en la línea {line} no tiene END:VCARD antes del siguiente BEGIN:VCARD en la línea {next}</translation>
    </message>
    <message>
        <source>the card that begins on line {line} has no END:VCARD; the file may be cut short</source>
        <translation>la tarjeta que empieza en la línea {line} no tiene END:VCARD; puede que el archivo esté cortado</translation>
    </message>
    <message>
        <source>has no BEGIN:VCARD line; this does not look like a vCard file</source>
        <translation>no tiene ninguna línea BEGIN:VCARD; esto no parece un archivo vCard</translation>
    </message>
    <message>
        <source>column {name}</source>
        <translation>columna {name}</translation>
    </message>
    <message>
        <source>property {name}</source>
        <translation>propiedad {name}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Last 1:1</source>
        <translation>Último 1:1</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Search by name, phone, email, turf, tag…</source>
        <translation>Buscar por nombre, teléfono, correo, zona, etiqueta…</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Agregar un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Etiquetar…</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Cambiar etapa…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Make two selected contacts one</source>
        <translation>Unir en uno los dos contactos seleccionados</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1 contacts</source>
        <translation>Eliminar %1 contactos</translation>
    </message>
    <message>
        <source>Tags (comma-separated):</source>
        <translation>Etiquetas (separadas por comas):</translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>Etiquetar contactos</translation>
    </message>
    <message>
        <source>Untag contacts</source>
        <translation>Quitar etiqueta a contactos</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Cambiar etapa</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>The two contacts are now one.</source>
        <translation>Los dos contactos ahora son uno.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>No funcionó: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>EvaluationsStep</name>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Type each paper form, then press Ctrl+Enter to save it and start the next. Tab moves between fields; on the rating, press 1 to 5. One “I like” and one “I wish” per line.</source>
        <translation>Transcribe cada formulario en papel y luego presiona Ctrl+Enter para guardarlo y empezar el siguiente. Tab pasa de un campo a otro; en la calificación, presiona del 1 al 5. Un «Me gusta» y un «Me gustaría» por línea.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Aprendió</translation>
    </message>
    <message>
        <source>What they learned</source>
        <translation>Lo que aprendió</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Calificación (1–5)</translation>
    </message>
    <message>
        <source>I like…</source>
        <translation>Me gusta…</translation>
    </message>
    <message>
        <source>I wish…</source>
        <translation>Me gustaría…</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónima</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Guardar y siguiente</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Edit evaluation</source>
        <translation>Editar evaluación</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>%1 evaluations entered for %2 participants</source>
        <translation>%1 evaluaciones ingresadas para %2 participantes</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Se guardó: %1</translation>
    </message>
    <message>
        <source>Choose the participant, or tick Anonymous.</source>
        <translation>Elige al participante o marca «Anónima».</translation>
    </message>
    <message>
        <source>Write what they learned.</source>
        <translation>Escribe lo que aprendió.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Elige una calificación del 1 al 5.</translation>
    </message>
    <message>
        <source>Write at least one “I like”.</source>
        <translation>Escribe al menos un «Me gusta».</translation>
    </message>
    <message>
        <source>Write at least one “I wish”.</source>
        <translation>Escribe al menos un «Me gustaría».</translation>
    </message>
    <message>
        <source>Not saved: see the notes in red.</source>
        <translation>No se guardó: revisa las notas en rojo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export 1:1s to a calendar file</source>
        <translation>Exportar reuniones 1:1 a un archivo de calendario</translation>
    </message>
    <message>
        <source>All 1:1s</source>
        <translation>Todas las reuniones 1:1</translation>
    </message>
    <message>
        <source>1:1s between these days</source>
        <translation>Reuniones 1:1 entre estas fechas</translation>
    </message>
    <message>
        <source>The file holds each 1:1&apos;s time, place, purpose and the person&apos;s name; no phone numbers, emails or notes. Importing a newer file into the same calendar updates the events instead of doubling them.</source>
        <translation>El archivo contiene la hora, el lugar y el propósito de cada 1:1 y el nombre de la persona; no incluye teléfonos, correos ni notas. Si importas un archivo más reciente en el mismo calendario, los eventos se actualizan en lugar de duplicarse.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Mark &amp;kept</source>
        <translation>Marcar como &amp;cumplido</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>Marcar como &amp;no cumplido</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>No follow-ups due. Commitments show up here on their day.</source>
        <translation>No hay seguimientos pendientes. Los compromisos aparecen aquí en su fecha.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>This bundle was imported before</source>
        <translation>Este paquete ya se importó</translation>
    </message>
    <message>
        <source>Import this bundle?</source>
        <translation>¿Importar este paquete?</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>It was imported on {when}. Importing it again would change nothing, so there is nothing to do.</source>
        <translation>Se importó el {when}. Importarlo de nuevo no cambiaría nada, así que no hay nada que hacer.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Apply the mapping</source>
        <translation>Aplicar la asignación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Fill in the contacts that duplicates match (empty fields, more phones)</source>
        <translation>Completar los contactos que coinciden con duplicados (campos vacíos, más teléfonos)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>pronombres</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>idioma preferido</translation>
    </message>
    <message>
        <source>turf</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>how we met</source>
        <translation>cómo nos conocimos</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>story</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>shared vision</source>
        <translation>visión compartida</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notas privadas</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message>
        <source>follow-up days</source>
        <translation>días de seguimiento</translation>
    </message>
    <message>
        <source>every row (%1)</source>
        <translation>todas las filas (%1)</translation>
    </message>
    <message>
        <source>new (%1)</source>
        <translation>nuevas (%1)</translation>
    </message>
    <message>
        <source>new, with values left out (%1)</source>
        <translation>nuevas, con valores dejados fuera (%1)</translation>
    </message>
    <message>
        <source>duplicates (%1)</source>
        <translation>duplicadas (%1)</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>no válidas (%1)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>new, but %1</source>
        <translation>nuevo, pero %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1 new, %2 duplicate, %3 invalid.</source>
        <translation>
            <numerusform>%Ln fila. Nuevas: %1; duplicadas: %2; no válidas: %3.</numerusform>
            <numerusform>%Ln filas. Nuevas: %1; duplicadas: %2; no válidas: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation>duplicado: %1</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>no válido: %1</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Oficina central</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Fields changed both on this laptop and in this bundle: {n}. The newest change wins; you can review each one afterwards under “Review conflicts”.</source>
        <translation>Campos cambiados tanto en esta computadora como en este paquete: {n}. Gana el cambio más reciente; después puedes revisar cada uno en «Revisar conflictos».</translation>
    </message>
    <message>
        <source>Warning: {n} changes in this bundle are dated far in the future. The sending laptop&apos;s clock is probably wrong. They will be imported, but this laptop&apos;s clock will not follow them.</source>
        <translation>Atención: {n} cambios de este paquete tienen una fecha muy en el futuro. Probablemente el reloj de la computadora que lo envió está mal. Se importarán, pero el reloj de esta computadora no los seguirá.</translation>
    </message>
    <message>
        <source>This return bundle also tells this laptop which of your changes headquarters has received.</source>
        <translation>Este paquete de respuesta también le indica a esta computadora cuáles de tus cambios recibió la oficina central.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>KeyProblem</name>
    <message>
        <source>This is not an HQ public key: it is a private key. Never send the private key to laptops; export HQ&apos;s public key and import that instead.</source>
        <translation>Esta no es la clave pública de la oficina central: es una clave privada. Nunca envíe la clave privada a las computadoras; exporte la clave pública de la oficina central e importe esa.</translation>
    </message>
    <message>
        <source>This is not an HQ public key: the file is not a PEM public key (it should start with &apos;-----BEGIN PUBLIC KEY-----&apos;).</source>
        <translation>Esta no es la clave pública de la oficina central: el archivo no es una clave pública PEM (debería empezar con &apos;-----BEGIN PUBLIC KEY-----&apos;).</translation>
    </message>
    <message>
        <source>This is not an HQ public key: it is a {kind} key, not a Rapport (X25519) key. Export the public key from Rapport at HQ.</source>
        <translation>Esta no es la clave pública de la oficina central: es una clave {kind}, no una clave de Rapport (X25519). Exporte la clave pública desde Rapport en la oficina central.</translation>
    </message>
    <message>
        <source>This HQ public key cannot be used for encryption; ask HQ for a new key.</source>
        <translation>Esta clave pública de la oficina central no sirve para cifrar; pida una clave nueva a la oficina central.</translation>
    </message>
    <message>
        <source>This file is too large to encrypt as one bundle.</source>
        <translation>Este archivo es demasiado grande para cifrarlo como un solo paquete.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your data is not open yet.</source>
        <translation>Tus datos todavía no están abiertos.</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
    <message>
        <source>Open or select a training to present it.</source>
        <translation>Abre o selecciona una capacitación para presentarla.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Confirmation call</source>
        <translation>Llamada de confirmación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Start 1:1</source>
        <translation>Iniciar 1:1</translation>
    </message>
    <message>
        <source>Edit or reschedule…</source>
        <translation>Editar o reprogramar…</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>Confirmada por teléfono</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach</source>
        <translation>No se pudo contactar</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancelar reunión</translation>
    </message>
    <message>
        <source>Put back on the calendar</source>
        <translation>Volver a poner en el calendario</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exportar al calendario (.ics)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This meeting was deleted.</source>
        <translation>Esta reunión se eliminó.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>1:1 with {name}</source>
        <translation>1:1 con {name}</translation>
    </message>
    <message>
        <source>{time} here ({zone})</source>
        <translation>{time} aquí ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>(called {when})</source>
        <translation>(se llamó el {when})</translation>
    </message>
    <message>
        <source>Open the 1:1</source>
        <translation>Abrir la reunión 1:1</translation>
    </message>
    <message>
        <source>Resume 1:1</source>
        <translation>Reanudar la reunión 1:1</translation>
    </message>
    <message>
        <source>Export the 1:1</source>
        <translation>Exportar el 1:1</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Delete this 1:1? (Undo is not available.)</source>
        <translation>¿Eliminar este 1:1? (No se podrá deshacer).</translation>
    </message>
</context>
<context>
    <name>MeetingRecordDialog</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Esta reunión ya no existe.</translation>
    </message>
    <message>
        <source>1:1 with {name}</source>
        <translation>1:1 con {name}</translation>
    </message>
    <message>
        <source>Export the 1:1 as PDF</source>
        <translation>Exportar el 1:1 como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>No se escribió el PDF</translation>
    </message>
</context>
<context>
    <name>MeetingTypesDialog</name>
    <message>
        <source>1:1 types</source>
        <translation>Tipos de 1:1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Usual length (min)</source>
        <translation>Duración habitual (min)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Tipo nuevo</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Introductory / recruitment</source>
        <translation>De presentación / reclutamiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Leadership development</source>
        <translation>Desarrollo de liderazgo</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Todavía no se llamó</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Se contactó</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach</source>
        <translation>No se pudo contactar</translation>
    </message>
    <message>
        <source>Choose who the 1:1 is with.</source>
        <translation>Elige con quién es el 1:1.</translation>
    </message>
    <message>
        <source>Choose when the 1:1 starts.</source>
        <translation>Elige cuándo empieza el 1:1.</translation>
    </message>
    <message>
        <source>Say where the 1:1 takes place: a meeting without a place is not set.</source>
        <translation>Di dónde es el 1:1: una reunión sin lugar no está definida.</translation>
    </message>
    <message>
        <source>The length must be between 1 and {max} minutes.</source>
        <translation>La duración debe estar entre 1 y {max} minutos.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>«{zone}» no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>“{kind}” is not a meeting type on the list.</source>
        <translation>«{kind}» no es un tipo de reunión de la lista.</translation>
    </message>
    <message>
        <source>“{status}” is not a meeting status.</source>
        <translation>«{status}» no es un estado de reunión.</translation>
    </message>
    <message>
        <source>A meeting that is “{current}” cannot become “{new}”.</source>
        <translation>Una reunión «{current}» no puede pasar a «{new}».</translation>
    </message>
    <message>
        <source>A meeting that is “{status}” cannot be moved.</source>
        <translation>Una reunión «{status}» no se puede mover.</translation>
    </message>
    <message>
        <source>This meeting was already rescheduled.</source>
        <translation>Esta reunión ya fue reprogramada.</translation>
    </message>
    <message>
        <source>Choose when the block starts.</source>
        <translation>Elige cuándo empieza el bloque.</translation>
    </message>
    <message>
        <source>Say where the block takes place.</source>
        <translation>Di dónde es el bloque.</translation>
    </message>
    <message>
        <source>The block is shorter than one slot.</source>
        <translation>El bloque es más corto que un espacio.</translation>
    </message>
    <message>
        <source>The list needs at least one meeting type.</source>
        <translation>La lista necesita al menos un tipo de reunión.</translation>
    </message>
    <message>
        <source>The key “{key}” must be 1 to {max} lower-case letters, digits or underscores.</source>
        <translation>La clave «{key}» debe tener de 1 a {max} minúsculas, dígitos o guiones bajos.</translation>
    </message>
    <message>
        <source>The key “{key}” is used twice.</source>
        <translation>La clave «{key}» está repetida.</translation>
    </message>
    <message>
        <source>The name of “{key}” is longer than {max} characters.</source>
        <translation>El nombre de «{key}» tiene más de {max} caracteres.</translation>
    </message>
    <message>
        <source>1:1 with {name} ({kind})</source>
        <translation>1:1 con {name} ({kind})</translation>
    </message>
    <message>
        <source>1:1 ({kind})</source>
        <translation>1:1 ({kind})</translation>
    </message>
    <message>
        <source>The calendar file {file} could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo de calendario {file}: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>1:1s</source>
        <translation>Reuniones 1:1</translation>
    </message>
    <message>
        <source>&amp;Start 1:1</source>
        <translation>&amp;Iniciar 1:1</translation>
    </message>
    <message>
        <source>&amp;Unscheduled 1:1…</source>
        <translation>1:1 &amp;no programado…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir registro</translation>
    </message>
    <message>
        <source>Unfinished 1:1s: pick up where you stopped</source>
        <translation>Reuniones 1:1 sin terminar: retoma donde te quedaste</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Guardado por última vez</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Follow-ups ({n})</source>
        <translation>Seguimientos ({n})</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>¿Descartar este borrador?</translation>
    </message>
    <message>
        <source>Throw away everything written in this unfinished 1:1?</source>
        <translation>¿Descartar todo lo escrito en este 1:1 sin terminar?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field where they differ. %1 stays; %2 is deleted and its 1:1s, commitments and tags move to %1.</source>
        <translation>Elige el valor que se queda en cada campo donde difieren. %1 se queda; %2 se elimina y sus 1:1, compromisos y etiquetas pasan a %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Both combined</source>
        <translation>Ambos combinados</translation>
    </message>
    <message>
        <source>The two contacts hold the same details.</source>
        <translation>Los dos contactos tienen los mismos datos.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Shared vision</source>
        <translation>Visión compartida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Follow up every (days)</source>
        <translation>Seguimiento cada (días)</translation>
    </message>
</context>
<context>
    <name>ObservedStep</name>
    <message>
        <source>Observe a 1:1</source>
        <translation>Observar un 1:1</translation>
    </message>
    <message>
        <source>Ready to try</source>
        <translation>Listo/a para intentarlo</translation>
    </message>
    <message>
        <source>Wants to observe more</source>
        <translation>Quiere observar más</translation>
    </message>
    <message>
        <source>Hold a real 1:1 while participants watch. Afterwards say what went well and what did not, ask what they noticed and what questions they have, and ask each one whether they feel ready to try or want to observe more.</source>
        <translation>Realiza un 1:1 real mientras los participantes observan. Después, di qué salió bien y qué no, pregunta qué notaron y qué dudas tienen, y pregúntale a cada uno si se siente listo para intentarlo o si quiere observar más.</translation>
    </message>
    <message>
        <source>About this 1:1</source>
        <translation>Sobre este 1:1</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <source>What did not go well</source>
        <translation>Lo que no salió bien</translation>
    </message>
    <message>
        <source>What participants noticed</source>
        <translation>Lo que notaron los participantes</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Sus preguntas</translation>
    </message>
    <message>
        <source>Who you met and why</source>
        <translation>Con quién te reuniste y por qué</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación para actuar</translation>
    </message>
</context>
<context>
    <name>OneOnOne</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Tal vez</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>Contraoferta</translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation>No se registró respuesta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Cara a cara</translation>
    </message>
    <message>
        <source>We met in person (or on video), not by text.</source>
        <translation>Nos reunimos en persona (o por video), no por mensajes de texto.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>It was set for a firm time and place ahead.</source>
        <translation>Se fijó con anticipación para una hora y un lugar concretos.</translation>
    </message>
    <message>
        <source>Purposeful</source>
        <translation>Con propósito</translation>
    </message>
    <message>
        <source>I knew why we were meeting and said so.</source>
        <translation>Sabía por qué nos reuníamos y lo dije.</translation>
    </message>
    <message>
        <source>Educational</source>
        <translation>Educativo</translation>
    </message>
    <message>
        <source>We both learned something from each other.</source>
        <translation>Los dos aprendimos algo el uno del otro.</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Con seguimiento</translation>
    </message>
    <message>
        <source>There is a date to check on what we agreed.</source>
        <translation>Hay una fecha para revisar lo que acordamos.</translation>
    </message>
    <message>
        <source>Very soft</source>
        <translation>Muy suave</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Va por buen camino</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>Names an action: “{p}”.</source>
        <translation>Nombra una acción: «{p}».</translation>
    </message>
    <message>
        <source>“{p}” is vague: name the exact action you want.</source>
        <translation>«{p}» es vago: nombra la acción exacta que quieres.</translation>
    </message>
    <message>
        <source>No specific action yet: what exactly should they do?</source>
        <translation>Todavía no hay una acción concreta: ¿qué tiene que hacer exactamente?</translation>
    </message>
    <message>
        <source>Gives a day: “{p}”.</source>
        <translation>Da un día: «{p}».</translation>
    </message>
    <message>
        <source>No day: say which day.</source>
        <translation>Sin día: di qué día.</translation>
    </message>
    <message>
        <source>Gives a time: “{p}”.</source>
        <translation>Da una hora: «{p}».</translation>
    </message>
    <message>
        <source>No time: give the hour.</source>
        <translation>Sin hora: di a qué hora.</translation>
    </message>
    <message>
        <source>Says where: “{p}”.</source>
        <translation>Dice dónde: «{p}».</translation>
    </message>
    <message>
        <source>No place: say where it happens.</source>
        <translation>Sin lugar: di dónde será.</translation>
    </message>
    <message>
        <source>Ends with a direct yes-or-no question.</source>
        <translation>Termina con una pregunta directa de sí o no.</translation>
    </message>
    <message>
        <source>An open question lets them drift: ask for a yes or a no.</source>
        <translation>Una pregunta abierta le deja irse por las ramas: pide un sí o un no.</translation>
    </message>
    <message>
        <source>Not a question yet: finish with “Can I count on you?”</source>
        <translation>Todavía no es una pregunta: termina con «¿Puedo contar contigo?»</translation>
    </message>
    <message>
        <source>Asks for their word: “{p}”.</source>
        <translation>Pide su palabra: «{p}».</translation>
    </message>
    <message>
        <source>Offers a choice of times: “{p}”.</source>
        <translation>Ofrece horarios a elegir: «{p}».</translation>
    </message>
    <message>
        <source>Hedge: “{p}” makes it easy to say no. Drop it.</source>
        <translation>Titubeo: «{p}» facilita decir que no. Quítalo.</translation>
    </message>
    <message>
        <source>A 1:1 needs the person you met.</source>
        <translation>Un 1:1 necesita a la persona con quien te reuniste.</translation>
    </message>
    <message>
        <source>Choose the answer to the ask: yes, no, maybe or a counter-offer.</source>
        <translation>Elige la respuesta a la petición: sí, no, tal vez o una contraoferta.</translation>
    </message>
    <message>
        <source>Write down what the person offered instead.</source>
        <translation>Anota lo que la persona ofreció en su lugar.</translation>
    </message>
    <message>
        <source>Commitment {n} needs what the person will do.</source>
        <translation>El compromiso {n} necesita lo que la persona va a hacer.</translation>
    </message>
    <message>
        <source>A contact moves up the ladder on a yes.</source>
        <translation>Una persona sube en la escalera de compromiso con un sí.</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Esta reunión ya no existe.</translation>
    </message>
    <message>
        <source>None scheduled yet</source>
        <translation>Ninguno programado todavía</translation>
    </message>
    <message>
        <source>1:1 with {name}</source>
        <translation>1:1 con {name}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Next 1:1</source>
        <translation>Próximo 1:1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>La petición</translation>
    </message>
    <message>
        <source>Ask coach: {r}</source>
        <translation>Asesor de la petición: {r}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>They offered</source>
        <translation>Ofreció</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No commitments.</source>
        <translation>Sin compromisos.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Salió bien</translation>
    </message>
    <message>
        <source>To do better</source>
        <translation>Para mejorar</translation>
    </message>
    <message>
        <source>{name} kept their word. Move them up the ladder from {old} to {new}?</source>
        <translation>{name} cumplió su palabra. ¿Pasar a esta persona de {old} a {new} en la escalera de compromiso?</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
    <message>
        <source>Move up the ladder?</source>
        <translation>¿Subir en la escalera de compromiso?</translation>
    </message>
</context>
<context>
    <name>OneOnOneWizard</name>
    <message>
        <source>1:1 with {name}</source>
        <translation>1:1 con {name}</translation>
    </message>
    <message>
        <source>Editing: {title}</source>
        <translation>Editando: {title}</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Guardar y &amp;cerrar</translation>
    </message>
    <message>
        <source>&amp;Finish 1:1</source>
        <translation>&amp;Terminar 1:1</translation>
    </message>
    <message>
        <source>Discard this 1:1?</source>
        <translation>¿Descartar este 1:1?</translation>
    </message>
    <message>
        <source>Throw away everything written in this 1:1 so far? This cannot be undone.</source>
        <translation>¿Descartar todo lo que escribiste hasta ahora en este 1:1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The 1:1 was not saved</source>
        <translation>No se guardó el 1:1</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Their answer to the ask</source>
        <translation>Su respuesta a la petición</translation>
    </message>
    <message>
        <source>&amp;They offered instead:</source>
        <translation>En su lugar, &amp;ofreció:</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Nothing committed yet. Add what they agreed to, with a time and place.</source>
        <translation>Todavía no hay compromisos. Agrega a qué se comprometió, con hora y lugar.</translation>
    </message>
    <message>
        <source>&amp;Add commitment</source>
        <translation>Agre&amp;gar compromiso</translation>
    </message>
    <message>
        <source>Schedule the &amp;next 1:1…</source>
        <translation>Programar el &amp;próximo 1:1…</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Move {name} up the ladder: {old} → {new}</source>
        <translation>Subir a {name} en la escalera de compromiso: {old} → {new}</translation>
    </message>
    <message>
        <source>No next 1:1 scheduled yet.</source>
        <translation>Todavía no hay un próximo 1:1 programado.</translation>
    </message>
    <message>
        <source>Next 1:1: {when}</source>
        <translation>Próximo 1:1: {when}</translation>
    </message>
    <message>
        <source>Choose their answer: yes, no, maybe or a counter-offer.</source>
        <translation>Elige su respuesta: sí, no, tal vez o una contraoferta.</translation>
    </message>
    <message>
        <source>Write down what they offered instead.</source>
        <translation>Escribe lo que ofreció en su lugar.</translation>
    </message>
    <message>
        <source>Add what they committed to, with a time and a place.</source>
        <translation>Agrega a qué se comprometió, con una hora y un lugar.</translation>
    </message>
    <message>
        <source>Commitment {n}: write what they will do.</source>
        <translation>Compromiso {n}: escribe qué va a hacer.</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>Plan and prepare</source>
        <translation>Planificar y preparar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Edit plan and participants…</source>
        <translation>Editar plan y participantes…</translation>
    </message>
    <message>
        <source>No goals written yet.</source>
        <translation>Todavía no hay objetivos escritos.</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>Todavía no hay agenda.</translation>
    </message>
    <message>
        <source>Nobody yet: add participants.</source>
        <translation>Todavía nadie: agrega participantes.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Rapport — presenter</source>
        <translation>Rapport — presentador/a</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Blank (B)</source>
        <translation>En blanco (B)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Export handout PDF…</source>
        <translation>Exportar folleto en PDF…</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Terminar (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The room&apos;s answers:</source>
        <translation>Respuestas de la sala:</translation>
    </message>
    <message>
        <source>Type what the room says, then Enter</source>
        <translation>Escribe lo que dice la sala y pulsa Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>screen blank</source>
        <translation>pantalla en blanco</translation>
    </message>
</context>
<context>
    <name>ReflectionStep</name>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>A few lines for yourself, while the training is fresh in your mind.</source>
        <translation>Unas líneas para ti, mientras tienes fresca la capacitación en la memoria.</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Lo que no funcionó</translation>
    </message>
    <message>
        <source>What I will change next time</source>
        <translation>Lo que cambiaré la próxima vez</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Reprogramar el seguimiento</translation>
    </message>
    <message>
        <source>When will you check on this commitment again?</source>
        <translation>¿Cuándo vas a volver a revisar este compromiso?</translation>
    </message>
</context>
<context>
    <name>RoleplayStep</name>
    <message>
        <source>Role-play</source>
        <translation>Juego de roles</translation>
    </message>
    <message>
        <source>Pick a scenario, let a participant play the organizer while someone plays the person, then debrief: two things that went well, two that could have gone better.</source>
        <translation>Elige un escenario, deja que un participante haga de organizador/a mientras otra persona hace de la persona contactada, y luego comenten juntos: dos cosas que salieron bien y dos que pudieron salir mejor.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Interpretado por</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Salió bien</translation>
    </message>
    <message>
        <source>Could have gone better</source>
        <translation>Pudo salir mejor</translation>
    </message>
    <message>
        <source>New role-play</source>
        <translation>Nuevo juego de roles</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nadie elegido)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Qué practicar</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule a 1:1</source>
        <translation>Programar un 1:1</translation>
    </message>
    <message>
        <source>Edit 1:1</source>
        <translation>Editar 1:1</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Escribe un nombre, teléfono o correo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Where you will meet (required)</source>
        <translation>Dónde se van a reunir (obligatorio)</translation>
    </message>
    <message>
        <source>What you hope to learn or ask</source>
        <translation>Lo que esperas aprender o preguntar</translation>
    </message>
    <message>
        <source>Keep the old time in the history (reschedule)</source>
        <translation>Guardar la hora anterior en el historial (reprogramar)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(do not contact)</source>
        <translation>(no contactar)</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes is outside the usual 20-90 for a 1:1.</source>
        <translation>
            <numerusform>%n minuto queda fuera del rango habitual de 20-90 para un 1:1.</numerusform>
            <numerusform>%n minutos queda fuera del rango habitual de 20-90 para un 1:1.</numerusform>
        </translation>
    </message>
    <message>
        <source>That time is skipped or repeated by a clock change.</source>
        <translation>Esa hora se salta o se repite por un cambio de horario.</translation>
    </message>
    <message>
        <source>Overlaps with {name} at {time}.</source>
        <translation>Se superpone con {name} a las {time}.</translation>
    </message>
    <message>
        <source>Choose who the 1:1 is with.</source>
        <translation>Elige con quién es el 1:1.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Elige una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>Say where you will meet: a 1:1 without a time and a place is not set.</source>
        <translation>Indica dónde se van a reunir: un 1:1 sin hora ni lugar no está definido.</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>&amp;Summary: what you learned about them, in a few lines</source>
        <translation>&amp;Resumen: lo que aprendiste de la persona, en pocas líneas</translation>
    </message>
    <message>
        <source>Which traits of a good 1:1 did this one have?</source>
        <translation>¿Qué cualidades de un buen 1:1 tuvo este?</translation>
    </message>
    <message>
        <source>Two things that went well</source>
        <translation>Dos cosas que salieron bien</translation>
    </message>
    <message>
        <source>Two things to do better next time</source>
        <translation>Dos cosas para hacer mejor la próxima vez</translation>
    </message>
    <message>
        <source>Went well {n}</source>
        <translation>Salió bien {n}</translation>
    </message>
    <message>
        <source>To do better {n}</source>
        <translation>Para mejorar {n}</translation>
    </message>
    <message>
        <source>Write two things that went well.</source>
        <translation>Escribe dos cosas que salieron bien.</translation>
    </message>
    <message>
        <source>Write two things to do better next time.</source>
        <translation>Escribe dos cosas para hacer mejor la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Rapport could not open the data in {folder}: {reason}</source>
        <translation>Rapport no pudo abrir los datos de {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The name people know you by</source>
        <translation>El nombre con el que te conoce la gente</translation>
    </message>
    <message>
        <source>Your organization or campaign</source>
        <translation>Tu organización o campaña</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Weekly 1:1 &amp;goal:</source>
        <translation>&amp;Meta semanal de reuniones 1:1:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
</context>
<context>
    <name>SlideCanvas</name>
    <message>
        <source>End of the slides</source>
        <translation>Fin de las diapositivas</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Prospect</source>
        <translation>Posible contacto</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Had a 1:1</source>
        <translation>Tuvo un 1:1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start a 1:1</source>
        <translation>Iniciar un 1:1</translation>
    </message>
    <message>
        <source>A 1:1 that was not on the calendar: it is recorded as starting now.</source>
        <translation>Un 1:1 que no estaba en el calendario: se registra como iniciado ahora.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Kind of 1:1</source>
        <translation>&amp;Tipo de 1:1</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Escribe un nombre, teléfono o correo</translation>
    </message>
    <message>
        <source>Where you are meeting</source>
        <translation>Dónde se están reuniendo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Rapport is already open</source>
        <translation>Rapport ya está abierto</translation>
    </message>
    <message>
        <source>Rapport cannot open your data</source>
        <translation>Rapport no puede abrir tus datos</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>Could not open the data</source>
        <translation>No se pudieron abrir los datos</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
    <message>
        <source>{name} · {organization}</source>
        <translation>{name} · {organization}</translation>
    </message>
    <message>
        <source>Add your name in Settings</source>
        <translation>Añade tu nombre en Configuración</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Organizador/a:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>Última exportación:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Última importación:</translation>
    </message>
    <message>
        <source>Headquarters:</source>
        <translation>Oficina central:</translation>
    </message>
    <message>
        <source>Not yet confirmed:</source>
        <translation>Sin confirmar:</translation>
    </message>
    <message>
        <source>HQ key:</source>
        <translation>Clave de la oficina central:</translation>
    </message>
    <message>
        <source>Not set: add your name in Settings</source>
        <translation>Sin definir: añade tu nombre en Configuración</translation>
    </message>
    <message>
        <source>{name} (device {id})</source>
        <translation>{name} (equipo {id})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>HQ has confirmed your changes up to #{n}</source>
        <translation>La oficina central confirmó tus cambios hasta el n.º {n}</translation>
    </message>
    <message>
        <source>HQ has not confirmed any of your changes yet</source>
        <translation>La oficina central todavía no ha confirmado ninguno de tus cambios</translation>
    </message>
    <message>
        <source>Every change is confirmed by HQ</source>
        <translation>La oficina central confirmó todos tus cambios</translation>
    </message>
    <message>
        <source>1 change not yet confirmed by HQ</source>
        <translation>1 cambio que la oficina central aún no confirma</translation>
    </message>
    <message>
        <source>{n} changes not yet confirmed by HQ</source>
        <translation>{n} cambios que la oficina central aún no confirma</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>Huella {fingerprint}</translation>
    </message>
    <message>
        <source>No HQ key</source>
        <translation>Sin clave de la oficina central</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Mean rating across trainings</source>
        <translation>Calificación promedio por capacitación</translation>
    </message>
    <message>
        <source>I like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>I wish</source>
        <translation>Me gustaría</translation>
    </message>
    <message>
        <source>%1 evaluations · mean rating %2 out of 5</source>
        <translation>%1 evaluaciones · calificación promedio: %2 de 5</translation>
    </message>
    <message>
        <source>No evaluations yet</source>
        <translation>Todavía no hay evaluaciones</translation>
    </message>
    <message>
        <source>%1 participants: %2 ready to try, %3 want to observe more.</source>
        <translation>%1 participantes: %2 listos para intentarlo, %3 quieren observar más.</translation>
    </message>
    <message>
        <source>No rated trainings yet</source>
        <translation>Todavía no hay capacitaciones calificadas</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Exportar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export evaluations as CSV</source>
        <translation>Exportar las evaluaciones como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags on contacts</source>
        <translation>Etiquetas de contactos</translation>
    </message>
    <message>
        <source>Ladder stages</source>
        <translation>Etapas de la escalera de compromiso</translation>
    </message>
    <message>
        <source>1:1s</source>
        <translation>Reuniones 1:1</translation>
    </message>
    <message>
        <source>Agenda notes</source>
        <translation>Notas de la agenda</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Tag on a contact</source>
        <translation>Etiqueta de un contacto</translation>
    </message>
    <message>
        <source>Ladder stage</source>
        <translation>Etapa de la escalera de compromiso</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>Reunión 1:1</translation>
    </message>
    <message>
        <source>Agenda note</source>
        <translation>Nota de la agenda</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>New changes from a laptop</source>
        <translation>Cambios nuevos de una computadora</translation>
    </message>
    <message>
        <source>Everything from a laptop</source>
        <translation>Todo lo de una computadora</translation>
    </message>
    <message>
        <source>Return bundle from headquarters</source>
        <translation>Paquete de respuesta de la oficina central</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónima</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Change next time</source>
        <translation>Cambiar la próxima vez</translation>
    </message>
    <message>
        <source>Checked items</source>
        <translation>Puntos marcados</translation>
    </message>
    <message>
        <source>Check-in notes</source>
        <translation>Notas de la ronda inicial</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Lo que hicimos</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Lo que no funcionó</translation>
    </message>
    <message>
        <source>Do better</source>
        <translation>Mejorar</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Length (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Follow up every (days)</source>
        <translation>Seguimiento cada (días)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Cómo nos conocimos</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>What they learned</source>
        <translation>Lo que aprendió</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Le gustó</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Preparation done</source>
        <translation>Preparación hecha</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación para actuar</translation>
    </message>
    <message>
        <source>Rescheduled from</source>
        <translation>Reprogramada de</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Shared vision</source>
        <translation>Visión compartida</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agenda step</source>
        <translation>Paso de la agenda</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Para mejorar</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Capacitador/a</translation>
    </message>
    <message>
        <source>Traits seen</source>
        <translation>Cualidades observadas</translation>
    </message>
    <message>
        <source>Turf</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Deseos</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{type}: {name}</source>
        <translation>{type}: {name}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Carry your work to headquarters on a USB stick or by email, and bring back their updates. Nothing leaves this laptop until you export it, and private notes never do.</source>
        <translation>Lleva tu trabajo a la oficina central en una memoria USB o por correo electrónico, y trae de vuelta sus novedades. Nada sale de esta computadora hasta que lo exportes, y las notas privadas nunca salen.</translation>
    </message>
    <message>
        <source>Send to headquarters</source>
        <translation>Enviar a la oficina central</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Traer</translation>
    </message>
    <message>
        <source>Export for HQ…</source>
        <translation>Exportar para la oficina central…</translation>
    </message>
    <message>
        <source>The changes headquarters has not confirmed yet. Use this every time.</source>
        <translation>Los cambios que la oficina central aún no confirma. Usa esta opción siempre.</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Every record, when headquarters asks for it or for a new HQ.</source>
        <translation>Todos los registros, cuando la oficina central lo pida o para una oficina central nueva.</translation>
    </message>
    <message>
        <source>Encrypt for HQ</source>
        <translation>Cifrar para la oficina central</translation>
    </message>
    <message>
        <source>Only headquarters can read an encrypted file.</source>
        <translation>Solo la oficina central puede leer un archivo cifrado.</translation>
    </message>
    <message>
        <source>Import HQ&apos;s key first.</source>
        <translation>Primero importa la clave de la oficina central.</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <source>A return bundle from headquarters, or a bundle from another organizer. You see what it would change before anything is written.</source>
        <translation>Un paquete de respuesta de la oficina central, o un paquete de otro organizador. Verás lo que cambiaría antes de que se guarde nada.</translation>
    </message>
    <message>
        <source>Import HQ&apos;s key…</source>
        <translation>Importar la clave de la oficina central…</translation>
    </message>
    <message>
        <source>HQ&apos;s public key file, so that your exports can be encrypted.</source>
        <translation>El archivo de la clave pública de la oficina central, para que tus exportaciones puedan cifrarse.</translation>
    </message>
    <message>
        <source>Review conflicts ({n})</source>
        <translation>Revisar conflictos ({n})</translation>
    </message>
    <message>
        <source>Fields changed both here and elsewhere: choose which value to keep.</source>
        <translation>Campos cambiados aquí y en otro lugar: elige qué valor conservar.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nada que revisar.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Export for HQ</source>
        <translation>Exportar para la oficina central</translation>
    </message>
    <message>
        <source>Rapport bundles (*.rapport-bundle *.jsonl *.bundle)</source>
        <translation>Paquetes de Rapport (*.rapport-bundle *.jsonl *.bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Wrote {n} records to {file}</source>
        <translation>Se escribieron {n} registros en {file}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Se escribió {file}</translation>
    </message>
    <message>
        <source>{type}: {n}</source>
        <translation>{type}: {n}</translation>
    </message>
    <message>
        <source>There were no new changes since headquarters last confirmed; the file holds no records.</source>
        <translation>No hubo cambios nuevos desde la última confirmación de la oficina central; el archivo no contiene registros.</translation>
    </message>
    <message>
        <source>Size: {size}. Folder: {folder}</source>
        <translation>Tamaño: {size}. Carpeta: {folder}</translation>
    </message>
    <message>
        <source>Encrypted: only headquarters can read it.</source>
        <translation>Cifrado: solo la oficina central puede leerlo.</translation>
    </message>
    <message>
        <source>Take this file to headquarters on a USB stick or send it by email.</source>
        <translation>Lleva este archivo a la oficina central en una memoria USB o envíalo por correo electrónico.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se guardó nada.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This bundle was imported before</source>
        <translation>Este paquete ya se importó</translation>
    </message>
    <message>
        <source>It was imported on {when}; nothing was changed.</source>
        <translation>Se importó el {when}; no se cambió nada.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{new} nuevos, {updated} actualizados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <source>Fields changed both here and in the bundle: {n}. The newest change was kept; choose “Review conflicts” to check them.</source>
        <translation>Campos cambiados tanto aquí como en el paquete: {n}. Se conservó el cambio más reciente; elige «Revisar conflictos» para comprobarlos.</translation>
    </message>
    <message>
        <source>{n} changes were dated far in the future: the sending laptop&apos;s clock is probably wrong.</source>
        <translation>{n} cambios tenían una fecha muy en el futuro: probablemente el reloj de la computadora que lo envió está mal.</translation>
    </message>
    <message>
        <source>Imported {n} records</source>
        <translation>Se importaron {n} registros</translation>
    </message>
    <message>
        <source>This bundle cannot be imported; nothing was written</source>
        <translation>Este paquete no se puede importar; no se guardó nada</translation>
    </message>
    <message>
        <source>The import failed; nothing was written</source>
        <translation>La importación falló; no se guardó nada</translation>
    </message>
    <message>
        <source>Import HQ&apos;s key</source>
        <translation>Importar la clave de la oficina central</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.key)</source>
        <translation>Claves públicas (*.pem *.pub *.key)</translation>
    </message>
    <message>
        <source>HQ&apos;s key</source>
        <translation>Clave de la oficina central</translation>
    </message>
    <message>
        <source>The key was not imported</source>
        <translation>No se importó la clave</translation>
    </message>
    <message>
        <source>not a key file</source>
        <translation>no es un archivo de clave</translation>
    </message>
    <message>
        <source>Imported HQ&apos;s key</source>
        <translation>Se importó la clave de la oficina central</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}

Call headquarters and check that they read you the same fingerprint. Exports are now encrypted so that only headquarters can read them.</source>
        <translation>Huella: {fingerprint}

Llama a la oficina central y comprueba que te lean la misma huella. Ahora las exportaciones se cifran para que solo la oficina central pueda leerlas.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today&apos;s 1:1s</source>
        <translation>Reuniones 1:1 de hoy</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No 1:1s today.</source>
        <translation>No hay reuniones 1:1 hoy.</translation>
    </message>
    <message>
        <source>Schedule a 1:1…</source>
        <translation>Programar un 1:1…</translation>
    </message>
    <message>
        <source>Calls to confirm for tomorrow</source>
        <translation>Llamadas de confirmación para mañana</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Committed to</source>
        <translation>Se comprometió a</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Follow up in a week</source>
        <translation>Seguimiento en una semana</translation>
    </message>
    <message>
        <source>Time to meet again</source>
        <translation>Es hora de volver a reunirse</translation>
    </message>
    <message>
        <source>Last 1:1</source>
        <translation>Último 1:1</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Pendiente desde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Everyone has been met within their follow-up interval.</source>
        <translation>Te reuniste con todos dentro de su intervalo de seguimiento.</translation>
    </message>
    <message>
        <source>Schedule a 1:1 with them…</source>
        <translation>Programar un 1:1 con esta persona…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>This week: {held} held, {planned} planned — goal {goal}</source>
        <translation>Esta semana: {held} realizadas, {planned} programadas — meta {goal}</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to meet again ({n})</source>
        <translation>Es hora de volver a reunirse ({n})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Your 1:1 with {name} is unfinished.</source>
        <translation>Tu 1:1 con {name} está sin terminar.</translation>
    </message>
    <message>
        <source>{count} 1:1s are unfinished (see 1:1s); the latest is with {name}.</source>
        <translation>Hay {count} reuniones 1:1 sin terminar (ver Reuniones 1:1); la más reciente es con {name}.</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <source>New training</source>
        <translation>Nueva capacitación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Capacitador/a</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Goals, agenda and preparation: one item per line; edit them freely.</source>
        <translation>Objetivos, agenda y preparación: un punto por línea; edítalos como quieras.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Participantes (%1)</translation>
    </message>
    <message>
        <source>Search contacts by name, phone or email</source>
        <translation>Buscar contactos por nombre, teléfono o correo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Agregar →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Quitar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Give the training a title.</source>
        <translation>Ponle un título a la capacitación.</translation>
    </message>
</context>
<context>
    <name>TrainingPdf</name>
    <message>
        <source>no date set</source>
        <translation>sin fecha definida</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>No evaluations yet</source>
        <translation>Todavía no hay evaluaciones</translation>
    </message>
    <message>
        <source>No rated trainings yet</source>
        <translation>Todavía no hay capacitaciones calificadas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Capacitador/a</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluations, mean rating %1 out of 5</source>
        <translation>
            <numerusform>%n evaluación, calificación promedio: %1 de 5</numerusform>
            <numerusform>%n evaluaciones, calificación promedio: %1 de 5</numerusform>
        </translation>
    </message>
    <message>
        <source>No evaluations yet.</source>
        <translation>Todavía no hay evaluaciones.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>I like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>I wish</source>
        <translation>Me gustaría</translation>
    </message>
    <message>
        <source>What participants learned</source>
        <translation>Lo que aprendieron los participantes</translation>
    </message>
    <message>
        <source>Trend across trainings</source>
        <translation>Tendencia entre capacitaciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Trainer’s reflection</source>
        <translation>Reflexión del capacitador/a</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Lo que no funcionó</translation>
    </message>
    <message>
        <source>What I will change next time</source>
        <translation>Lo que cambiaré la próxima vez</translation>
    </message>
</context>
<context>
    <name>TrainingWorkspace</name>
    <message>
        <source>← All trainings</source>
        <translation>← Todas las capacitaciones</translation>
    </message>
    <message>
        <source>Export handout PDF…</source>
        <translation>Exportar folleto en PDF…</translation>
    </message>
    <message>
        <source>Save the training&apos;s slides, with the room&apos;s answers, as a PDF</source>
        <translation>Guardar las diapositivas de la capacitación, con las respuestas de la sala, en PDF</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>trainer: %1</source>
        <translation>capacitador/a: %1</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participantes</translation>
    </message>
    <message>
        <source>Export handout PDF</source>
        <translation>Exportar folleto en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Plan a training, run it step by step (check-in, observe a 1:1, try a 1:1, role-play), type the evaluations and see the summary.</source>
        <translation>Planifica una capacitación, dirígela paso a paso (ronda inicial, observar un 1:1, intentar un 1:1, juego de roles), ingresa las evaluaciones y mira el resumen.</translation>
    </message>
    <message>
        <source>New training…</source>
        <translation>Nueva capacitación…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>No trainings yet: make the first one.</source>
        <translation>Todavía no hay capacitaciones: crea la primera.</translation>
    </message>
    <message>
        <source>Delete training</source>
        <translation>Eliminar capacitación</translation>
    </message>
    <message>
        <source>Delete “%1” with its notes and evaluations?</source>
        <translation>¿Eliminar «%1» con sus notas y evaluaciones?</translation>
    </message>
</context>
<context>
    <name>TriedStep</name>
    <message>
        <source>Try a 1:1</source>
        <translation>Intentar un 1:1</translation>
    </message>
    <message>
        <source>Each participant holds a 1:1 while you watch. Congratulate them, ask what they think went well and what they would do differently, then give at most three constructive tips and help them schedule their next 1:1.</source>
        <translation>Cada participante realiza un 1:1 mientras tú observas. Felicítalo, pregúntale qué cree que salió bien y qué haría diferente; luego dale como máximo tres consejos constructivos y ayúdale a programar su próximo 1:1.</translation>
    </message>
    <message>
        <source>What they think went well</source>
        <translation>Lo que cree que salió bien</translation>
    </message>
    <message>
        <source>What they would change</source>
        <translation>Lo que cambiaría</translation>
    </message>
    <message>
        <source>Your tips (at most 3)</source>
        <translation>Tus consejos (máximo 3)</translation>
    </message>
    <message>
        <source>Next 1:1</source>
        <translation>Próximo 1:1</translation>
    </message>
    <message>
        <source>Tip %1</source>
        <translation>Consejo %1</translation>
    </message>
    <message>
        <source>Schedule next 1:1…</source>
        <translation>Programar el próximo 1:1…</translation>
    </message>
    <message>
        <source>Add participants to the training first.</source>
        <translation>Primero agrega participantes a la capacitación.</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programado para %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Some agenda files could not be used, so another agenda is shown:</source>
        <translation>No se pudieron usar algunos archivos de agenda, así que se muestra otra agenda:</translation>
    </message>
</context>
</TS>
