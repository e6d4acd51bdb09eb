"""The words and sentences demo data is made of, in English and Spanish: names,
places, the issues people care about (`THEMES`), and what organizers write in a 1:1
(purposes, notes, asks, answers). `demo` draws from them; all in our own words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

FIRST_EN = (
    "James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda",
    "William", "Elizabeth", "Keisha", "Tyrone", "Aaliyah", "DeShawn", "Emily", "Hannah",
    "Noah", "Olivia", "Ethan", "Grace", "Zoë", "Chloé", "Renée", "Noël", "Anh", "Minh",
    "Grace", "Samuel", "Ruth", "Marcus", "Tanya", "Brian", "Denise", "Kevin", "Monique",
    "Peter", "Joan", "Chidi", "Amara", "Wojciech", "Agnieszka", "Priya", "Omar", "Fatima",
    "Siobhan", "Declan", "Björn", "Ingrid", "Jamal", "Latoya",
)  # fmt: skip
FIRST_ES = (
    "José", "María", "Juan", "Guadalupe", "Luis", "Carmen", "Jesús", "Rosa", "Andrés",
    "Sofía", "Lucía", "Ramón", "Inés", "Begoña", "Íñigo", "Ángel", "Martín", "Valentina",
    "Alejandro", "Camila", "Fernando", "Mónica", "Héctor", "Verónica", "Raúl", "Marisol",
    "Tomás", "Adriana", "Joaquín", "Beatriz", "Rubén", "Yesenia", "Efraín", "Dolores",
    "Nicolás", "Araceli", "Sebastián", "Leticia", "Óscar", "Itzel", "Maricela", "Julián",
    "Xóchitl", "Cristóbal", "Socorro", "Ximena", "Agustín", "Noemí", "Germán", "Elena",
)  # fmt: skip
LAST_EN = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
    "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson",
    "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
    "Wright", "Scott", "Green", "Baker", "Adams", "Nguyen", "Kim", "Okafor", "Kowalski",
    "O'Connor", "Lefèvre", "Washington", "Patel", "Haddad", "Novák",
)  # fmt: skip
LAST_ES = (
    "García", "Muñoz", "Ibáñez", "Núñez", "Peña", "Domínguez", "Rodríguez", "Hernández",
    "López", "Martínez", "Gómez", "Pérez", "Sánchez", "Ramírez", "Flores", "Díaz",
    "Jiménez", "Álvarez", "Gutiérrez", "Ortiz", "Vásquez", "Castañeda", "Quiñones",
    "Ruiz", "Ochoa", "Beltrán", "Rincón", "Cortés", "Méndez", "Ybarra", "Treviño",
    "Zúñiga", "Aguilar", "Morales", "Cruz", "Reyes", "Mendoza", "Salazar", "Acuña", "Solís",
)  # fmt: skip
PRONOUNS = ("she/her", "he/him", "they/them", "she/they", "ella", "él", "elle")
TURFS = (
    "North Riverside", "Las Flores", "Mill Park", "Eastgate", "Sunnyslope", "Old Town",
    "La Villita", "Harbor Point", "Cedar Heights", "Southfield", "Brickyard", "Lakeview Homes",
)  # fmt: skip
STREETS = (
    "Maple St", "Willow Ave", "Cedar Ln", "Harbor Rd", "Mill St", "Elm Ct", "Riverview Dr",
    "Orchard Ave", "Lincoln Ave", "Kedvale Ave", "Calle Morelos", "Juniper Way", "Union St",
    "Foundry Rd", "Prairie Ave", "Spring St",
)  # fmt: skip
HOW_MET = (
    "phone bank", "house meeting", "door knock", "sign-in sheet at the tenant meeting",
    "sign-in sheet at the clinic vigil", "referred by a neighbour", "bus stop outreach",
    "parent night at the school", "church festival", "food pantry line",
    "know-your-rights workshop", "laundromat table", "feria de salud", "online petition",
)  # fmt: skip
DOMAINS = ("example.org", "example.com", "example.net")
VENUES = (
    "Café La Esquina", "Blue Door Coffee", "Panadería San José", "the library meeting room",
    "Union Hall, room 2", "St. Brigid's parish hall", "the community garden bench",
    "Sunrise Diner", "their kitchen table", "the laundromat café",
)  # fmt: skip
TAG_COLORS = (
    "#c0392b", "#2471a3", "#d68910", "#7d3c98", "#138d75",
    "#1f618d", "#a04000", "#2e86c1", "#b03a2e", "#117a65",
)  # fmt: skip

# Story, vision and notes pieces; the organizer writes in the contact's language.
PLACES = {
    "en": ("Puebla", "Detroit", "Guatemala City", "Manila", "Lagos", "downstate", "San Juan"),
    "es": ("Puebla", "Michoacán", "Honduras", "El Salvador", "Oaxaca", "Bogotá", "Guerrero"),
}
WORKPLACES = {
    "en": (
        "the hospital laundry", "a meatpacking plant", "the airport", "a daycare",
        "the school cafeteria", "a hotel downtown", "a warehouse near the highway",
    ),
    "es": (
        "la lavandería del hospital", "una empacadora de carne", "el aeropuerto",
        "una guardería", "la cafetería de la escuela", "un hotel del centro",
        "un almacén cerca de la autopista",
    ),
}  # fmt: skip
STORY_START = {
    "en": (
        "Moved here {years} years ago from {place}.",
        "Has lived on the same block for {years} years.",
        "Came to the neighbourhood {years} years ago for a job at {work}.",
    ),
    "es": (
        "Llegó de {place} hace {years} años.",
        "Vive en la misma cuadra desde hace {years} años.",
        "Vino al barrio hace {years} años por un trabajo en {work}.",
    ),
}
STORY_MORE = {
    "en": (
        "Translated for their parents at the rental office as a kid and still remembers "
        "how small that felt.",
        "Works nights at {work}; afternoons are sleep time.",
        "Raising two kids alone; the oldest just started middle school.",
        "Coached youth soccer for years and knows half the families at the park.",
        "Was part of a union drive that lost, and says it taught them more than any win.",
        "Started coming to meetings after a neighbour's ceiling fell in and nobody came.",
        "Looks after a grandmother who can no longer manage the stairs.",
        "Sings in the choir and knows everyone at the Sunday potluck.",
    ),
    "es": (
        "En su infancia traducía para sus padres en la oficina de alquileres y no olvida "
        "esa impotencia.",
        "Trabaja de noche en {work}; por las tardes duerme.",
        "Cría a dos hijos sin pareja; el mayor acaba de entrar a la secundaria.",
        "Entrenó fútbol infantil durante años y conoce a medio parque.",
        "Participó en una campaña sindical que se perdió y dice que aprendió mucho.",
        "Empezó a venir a las reuniones cuando a una vecina se le cayó el techo y nadie "
        "vino a arreglarlo.",
        "Cuida a su abuela, que ya no puede subir las escaleras.",
        "Canta en el coro y conoce a todos en la comida de los domingos.",
    ),
}
VISION = {
    "en": (
        "A building where repairs happen in days, not months, and nobody is afraid to ask.",
        "Buses that come often enough that nobody loses a shift for being late.",
        "A school where parents are partners, not visitors.",
        "A neighbourhood where the people who live here decide what gets built.",
        "Kids who grow up without fear of a knock on the door.",
        "Everyone on the block knows each other's name and shows up when it counts.",
    ),
    "es": (
        "Un edificio donde las reparaciones tarden días y no meses, y nadie tenga miedo "
        "de pedirlas.",
        "Autobuses tan frecuentes que nadie pierda un turno por llegar tarde.",
        "Una escuela donde los padres sean socios y no visitas.",
        "Un barrio donde los vecinos decidan lo que se construye.",
        "Niños que crezcan sin miedo a que les toquen la puerta.",
        "Que en la cuadra todos se conozcan por su nombre y respondan cuando hace falta.",
    ),
}
NOTES = {
    "en": (
        "Best reached by text after 7 pm.",
        "Has a car and offered to drive people to meetings.",
        "Knows the building manager from church.",
        "Asked for flyers in large print.",
        "Good with numbers; could help track the petition.",
        "Brings their toddler; plan for childcare.",
        "Speaks some Tagalog too.",
        "Prefers Saturday mornings.",
    ),
    "es": (
        "Prefiere mensajes de texto después de las 7 de la tarde.",
        "Tiene carro y se ofreció a llevar gente a las reuniones.",
        "Conoce al administrador del edificio por la iglesia.",
        "Pidió los volantes en letra grande.",
        "Se le dan bien los números; podría llevar la cuenta de las firmas.",
        "Viene con su niño pequeño; hay que prever cuidado infantil.",
        "Habla también algo de inglés, pero prefiere español para temas serios.",
        "Le quedan mejor los sábados por la mañana.",
    ),
}
PRIVATE_NOTES = (
    "Going through a divorce; do not bring up the apartment lease.",
    "Mentioned a health scare; check in gently.",
    "A family member's papers are pending; never write details about status.",
    "Had a falling-out with the block club president; keep them apart for now.",
    "Lost their job last month; may need the food pantry list.",
    "Está pasando por un duelo; no presionar con compromisos este mes.",
    "Tiene un caso abierto con el casero; no comentar en grupo.",
)


@dataclass(frozen=True, slots=True)
class Theme:
    """An issue people care about, with the tag that groups them."""

    tag: str
    topic: Mapping[str, str]
    issue: Mapping[str, tuple[str, ...]]
    target: Mapping[str, str]
    ask: Mapping[str, tuple[str, ...]]


THEMES = (
    Theme(
        "tenant union",
        {"en": "rent and repairs", "es": "el alquiler y las reparaciones"},
        {
            "en": (
                "Rent went up twice in two years while the heat stays broken.",
                "Waited four months for a leaking pipe; black mould in the bathroom now.",
            ),
            "es": (
                "El alquiler subió dos veces en dos años y la calefacción sigue rota.",
                "Esperó cuatro meses por una tubería rota; ya hay moho en el baño.",
            ),
        },
        {"en": "the property manager", "es": "la administración del edificio"},
        {
            "en": (
                "Bring two neighbours to the tenant union meeting",
                "Knock on every door on the third floor with me",
                "Collect repair stories from five units",
            ),
            "es": (
                "Traer a dos vecinos a la reunión del sindicato de inquilinos",
                "Tocar conmigo todas las puertas del tercer piso",
                "Recoger las quejas de reparación de cinco apartamentos",
            ),
        },
    ),
    Theme(
        "bus riders",
        {"en": "the bus schedule", "es": "el horario de los autobuses"},
        {
            "en": (
                "The night bus comes every 40 minutes; late for shifts twice this month.",
                "The stop by the clinic has no shelter and no bench.",
            ),
            "es": (
                "El autobús de la noche pasa cada 40 minutos; llegó tarde al trabajo dos veces.",
                "La parada junto a la clínica no tiene techo ni banca.",
            ),
        },
        {"en": "the transit board", "es": "la junta de transporte"},
        {
            "en": (
                "Speak at the transit board hearing",
                "Survey riders at the 52 stop for an hour",
            ),
            "es": (
                "Dar testimonio en la audiencia de la junta de transporte",
                "Encuestar a los pasajeros en la parada del 52 durante una hora",
            ),
        },
    ),
    Theme(
        "parents",
        {"en": "the school", "es": "la escuela"},
        {
            "en": (
                "Wants a crossing guard at the corner by the elementary school.",
                "The after-school program was cut; kids go home to empty apartments.",
            ),
            "es": (
                "Quiere un guardia de cruce en la esquina de la primaria.",
                "Cortaron el programa después de clases; los niños llegan a casas vacías.",
            ),
        },
        {"en": "the school principal", "es": "la directora de la escuela"},
        {
            "en": (
                "Host a house meeting for parents on the block",
                "Speak at the school council meeting",
            ),
            "es": (
                "Organizar una reunión en casa con los padres de la cuadra",
                "Hablar en la reunión del consejo escolar",
            ),
        },
    ),
    Theme(
        "wage theft",
        {"en": "unpaid wages", "es": "los salarios no pagados"},
        {
            "en": (
                "Was paid for 30 hours after working 45; the boss laughed it off.",
                "The agency keeps deducting a 'uniform fee' every week.",
            ),
            "es": (
                "Le pagaron 30 horas después de trabajar 45; el patrón se rio.",
                "La agencia le descuenta una 'cuota de uniforme' cada semana.",
            ),
        },
        {"en": "the labour standards office", "es": "la oficina de normas laborales"},
        {
            "en": (
                "Bring pay stubs to the workers' clinic",
                "Invite three co-workers to the workers' rights workshop",
            ),
            "es": (
                "Llevar los talones de pago a la clínica laboral",
                "Invitar a tres compañeros al taller de derechos laborales",
            ),
        },
    ),
    Theme(
        "immigrant rights",
        {"en": "immigrant rights", "es": "los derechos de los inmigrantes"},
        {
            "en": (
                "Worried about relatives after the raids across town.",
                "Wants a know-your-rights session in Spanish at the parish.",
            ),
            "es": (
                "Le preocupa su familia después de las redadas al otro lado de la ciudad.",
                "Quiere una charla de derechos en español en la parroquia.",
            ),
        },
        {"en": "the county board", "es": "la junta del condado"},
        {
            "en": (
                "Help set up the rapid-response phone tree",
                "Bring the family to the know-your-rights night",
            ),
            "es": (
                "Ayudar a armar la cadena telefónica de respuesta rápida",
                "Traer a la familia a la noche de conoce tus derechos",
            ),
        },
    ),
    Theme(
        "clinic hours",
        {"en": "the clinic's hours", "es": "el horario de la clínica"},
        {
            "en": (
                "The clinic stopped evening hours; no way to go after work.",
                "Waited three weeks for an appointment for a sick child.",
            ),
            "es": (
                "La clínica quitó el horario de la tarde; no hay cómo ir después del trabajo.",
                "Esperó tres semanas una cita para su hijo enfermo.",
            ),
        },
        {"en": "the clinic director", "es": "el director de la clínica"},
        {
            "en": ("Gather ten patient stories for the clinic director",),
            "es": ("Reunir diez testimonios de pacientes para el director de la clínica",),
        },
    ),
    Theme(
        "flooding",
        {"en": "flooded basements", "es": "las inundaciones en los sótanos"},
        {
            "en": (
                "The basement floods every spring and the drains are never cleared.",
                "Lost a freezer and the kids' winter clothes to the last storm.",
            ),
            "es": (
                "El sótano se inunda cada primavera y nunca limpian las alcantarillas.",
                "Perdió un congelador y la ropa de invierno de los niños en la última tormenta.",
            ),
        },
        {"en": "the alderman", "es": "el concejal"},
        {
            "en": ("Photograph the blocked drains on the block",),
            "es": ("Fotografiar las alcantarillas tapadas de la cuadra",),
        },
    ),
)
ROLE_TAGS = ("phone bank", "house meeting host", "interpreter")
TAG_NAMES = tuple(t.tag for t in THEMES) + ROLE_TAGS

GENERAL_ASKS = {
    "en": (
        "Make 20 calls at the next phone bank",
        "Sign up five neighbours on the petition",
        "Come to the action at city hall",
    ),
    "es": (
        "Hacer 20 llamadas en el próximo banco telefónico",
        "Conseguir cinco firmas de vecinos para la petición",
        "Venir a la acción en el ayuntamiento",
    ),
}
LEADER_ASKS = {
    "en": (
        "Co-lead the next team meeting",
        "Hold three one-on-ones of your own before the next meeting",
        "Host a house meeting and invite eight people",
    ),
    "es": (
        "Codirigir la próxima reunión del equipo",
        "Hacer tres reuniones uno a uno antes de la próxima reunión",
        "Organizar una reunión en casa e invitar a ocho personas",
    ),
}
PURPOSE = {
    "introductory": {
        "en": "Get to know {first} and hear what matters to them about {topic}.",
        "es": "Conocer a {first} y escuchar qué le importa sobre {topic}.",
    },
    "follow_up": {
        "en": "Check in with {first} on last time's commitment and plan the next step.",
        "es": "Ver con {first} cómo le fue con su compromiso y planear el siguiente paso.",
    },
    "leadership": {
        "en": "Talk with {first} about taking on a bigger role in the {tag} team.",
        "es": "Hablar con {first} de asumir un papel más grande en la campaña sobre {topic}.",
    },
}
STEP_NOTES = {
    "purpose": {
        "en": "Said why I wanted to meet: we're talking with neighbours about {topic}.",
        "es": "Le dije por qué quería reunirme: estamos hablando con vecinos sobre {topic}.",
    },
    "stories": {"en": "{issue}", "es": "{issue}"},
    "connection": {"en": "What we share: {vision}", "es": "Lo que compartimos: {vision}"},
    "strategy": {
        "en": "Walked through the plan: a team big enough to get a meeting with {target}.",
        "es": "Repasamos el plan: un equipo lo bastante grande para reunirnos con {target}.",
    },
    "wrap_up": {
        "en": "Repeated what we agreed and when I'll call; thanked {first} for the time.",
        "es": "Repetimos lo acordado y cuándo llamaré; le agradecí a {first} su tiempo.",
    },
}
ASK_NOTES = {
    "yes": {
        "en": "Asked: 'Will you {ask_lower} {when}?' Said yes right away.",
        "es": "Le pregunté: '¿Puedes {ask_lower} {when}?' Dijo que sí enseguida.",
    },
    "maybe": {
        "en": "Asked: 'Will you {ask_lower} {when}?' Wants to check with family first.",
        "es": "Le pregunté: '¿Puedes {ask_lower} {when}?' Quiere hablarlo con su familia.",
    },
    "no": {
        "en": "Asked: 'Will you {ask_lower} {when}?' Not for now; work is too heavy this month.",
        "es": "Le pregunté: '¿Puedes {ask_lower} {when}?' Por ahora no; mucho trabajo.",
    },
    "counter_offer": {
        "en": "Asked: 'Will you {ask_lower} {when}?' Can't then, but offered to {counter} instead.",
        "es": "Le pregunté: '¿Puedes {ask_lower} {when}?' Ese día no, pero ofreció {counter}.",
    },
}
COUNTERS = {
    "en": ("make calls from home", "bring a friend next week", "help set up chairs"),
    "es": (
        "hacer llamadas desde casa",
        "traer a una amiga la próxima semana",
        "ayudar con las sillas",
    ),
}
WHEN = {
    "en": ("Thursday at 7 pm", "this Saturday at 10", "next Tuesday at 6:30", "Sunday at 2 pm"),
    "es": (
        "el jueves a las 7",
        "este sábado a las 10",
        "el martes a las 6:30",
        "el domingo a las 2",
    ),
}
SUMMARY = {
    "en": (
        "Good energy; {first} has real anger about {topic} and knows people.",
        "Slow start, opened up once we got to family. Worth a second meeting.",
        "Clear self-interest, some hesitation about time. Follow up soon.",
        "Already talking to neighbours on their own. A natural leader.",
    ),
    "es": (
        "Buena energía; a {first} le indigna {topic} y conoce a mucha gente.",
        "Empezó con reserva, se abrió al hablar de la familia. Vale otra reunión.",
        "Interés claro, dudas sobre el tiempo. Dar seguimiento pronto.",
        "Ya habla con sus vecinos por su cuenta. Líder natural.",
    ),
}
WENT_WELL = (
    "Listened more than I talked",
    "Asked why twice and got to the real story",
    "Made a specific ask with a day and time",
    "Kept to 45 minutes",
    "Connected their story to the campaign",
)
DO_BETTER = (
    "Jumped to the ask too early",
    "Let the silence sit after the ask",
    "Talked about myself too long",
    "Forgot to set the follow-up call",
    "Ask for one thing, not three",
)
NO_SHOW_NOTES = {
    "en": "Did not come; texted twice. Try again at a different time.",
    "es": "No llegó; le escribí dos veces. Intentar en otro horario.",
}
CANCELLED_NOTES = {
    "en": (
        "Cancelled: sick child.",
        "Cancelled: extra shift at work.",
        "Cancelled: car broke down.",
    ),
    "es": (
        "Canceló: hijo enfermo.",
        "Canceló: turno extra.",
        "Canceló: se le descompuso el carro.",
    ),
}
