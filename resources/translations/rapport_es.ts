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
        <source>&amp;About Rapport</source>
        <translation>&amp;Acerca de Rapport</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>A calendar of your 1:1s and trainings is coming in the next version of Rapport.</source>
        <translation>Un calendario de tus reuniones 1:1 y capacitaciones llegará en la próxima versión de Rapport.</translation>
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
        <source>%1 rows: %2 new, %3 duplicates, %4 invalid.</source>
        <translation>%1 filas: %2 nuevas, %3 duplicadas, %4 no válidas.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Your data is not open yet.</source>
        <translation>Tus datos todavía no están abiertos.</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>1:1s</source>
        <translation>Reuniones 1:1</translation>
    </message>
    <message>
        <source>Planning and recording your 1:1 meetings is coming in the next version of Rapport.</source>
        <translation>La planificación y el registro de tus reuniones 1:1 llegarán en la próxima versión de Rapport.</translation>
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
        <translation>Elija el valor que se queda en cada campo donde difieren. %1 se queda; %2 se elimina y sus 1:1, compromisos y etiquetas pasan a %1.</translation>
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
    <message>
        <source>A view of your day, with today&apos;s 1:1s and follow-ups, is coming in the next version of Rapport.</source>
        <translation>Una vista de tu día, con las reuniones 1:1 y los seguimientos de hoy, llegará en la próxima versión de Rapport.</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Running trainings and following their participants is coming in the next version of Rapport.</source>
        <translation>Dirigir capacitaciones y acompañar a sus participantes llegará en la próxima versión de Rapport.</translation>
    </message>
</context>
</TS>
