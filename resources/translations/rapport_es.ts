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
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>The contact list is coming in the next version of Rapport.</source>
        <translation>La lista de contactos llegará en la próxima versión de Rapport.</translation>
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
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sending your work to headquarters and bringing back their updates is coming in the next version of Rapport.</source>
        <translation>El envío de tu trabajo a la oficina central y la recepción de sus novedades llegarán en la próxima versión de Rapport.</translation>
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
