"""Spanish. Carrier keywords as US and Mexican providers publish them, plus the plain phrases
the landed lexicon already recognised (kept here so the lexicon can drop its copies).

Sources: Mexican short-code practice requires ALTO (stop) and AYUDA (help) (sent.dm Mexico SMS
guide); Twilio's Advanced Opt-Out lets a Messaging Service add Spanish keywords and replies (its
documented localisation example); the landed lexicon's Spanish list (PARAR, BAJA, CANCELAR...).
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="es",
    name="Spanish",
    opt_out_keywords=(
        "parar", "pare", "baja", "detener", "desuscribir", "desuscribirme", "darme de baja",
        "dar de baja", "no más", "no más mensajes", "cancelar", "alto", "basta", "eliminar",
        "salir", "cancelar suscripción", "no me manden más", "no me envíen más",
        "ya no me manden", "ya no me envíen", "ya no me escriban", "bórrenme", "sáquenme",
        "quítenme", "elimínenme",
    ),
    opt_out_all_keywords=("parar todo", "baja todo", "cancelar todo", "alto todo"),
    strong_keywords=(
        "parar", "baja", "detener", "desuscribir", "desuscribirme", "darme de baja",
        "dar de baja", "no más", "no más mensajes", "parar todo", "baja todo",
        "cancelar todo", "alto todo",
    ),
    standalone_keywords=("alto", "basta", "salir"),
    # A bare "sí" is not an opt-in: the engine's OPT_IN_YES list owns it.
    opt_in_keywords=("activar", "suscribirse", "comenzar", "iniciar", "alta", "reanudar", "suscribir", "suscribirme"),
    help_keywords=("ayuda", "información"),
    opt_out_phrases=(
        "(ya no|no) (quiero|deseo|necesito) recibir (más|estos|sus|los|tus) (mensajes|textos|sms)",
        "(ya no|no) (quiero|deseo|necesito) (más|sus|estos|los) (mensajes|textos|sms)",
        "(dejen|deje|deja|paren|pare) de (enviarme|mandarme|escribirme|enviar|mandar) [más] (mensajes|textos|sms)",
        "(dejen|deje|deja) de (enviarme|mandarme|escribirme|textearme|contactarme)",
        "no me (manden|envíen|mande|envíe|escriban|escriba|mandes|envíes) más (mensajes|textos|sms|promociones|nada)",
        "(quítenme|quíteme|sáquenme|sáqueme|bórrenme|bórreme|elimínenme|elimíneme|sácame|quítame|bórrame) de (su|la|esta|sus|tu) (lista|listas)",
        "(darme|dame|denme|deme|me doy) de baja",
        "(revoco|retiro|cancelo) (mi|el) (consentimiento|permiso|autorización|suscripción)",
        "no más (mensajes|textos|sms|spam|promociones)",
        "número equivocado",
        "(ya no|no) me (manden|envíen|mande|envíe|escriban|escriba|contacten|llamen|texteen) (más|nada|mensajes|textos|sms)",
        "(ya no|no) (quiero|deseo|necesito) recibir (más|nada) (mensajes|textos|sms|promociones|notificaciones)",
        "(ya no|no) (quiero|deseo|necesito) recibir (promociones|notificaciones|nada)",
        "(ya no|no) (quiero|deseo|necesito) recibir más (promociones|notificaciones|nada)",
        "(sácame|sáquenme|quítenme|bórrenme|elimínenme|quítame|bórrame|elimíname) de (su|la|esta|sus|tu) (lista|listas|base de datos)",
        "(eliminen|borren|quiten|saquen|eliminar|borrar|quitar) mi (número|teléfono|celular)",
        "(paren|para|dejen|deja) de (enviarme|mandarme|escribirme|contactarme|llamarme|textearme)",
        "(desuscribirme|desuscríbanme|darse de baja)",
        "cancelar (la|mi) suscripción",
        "(basta|nunca más) de (mensajes|textos|sms|spam|promociones)",
        # "How do I stop these messages?": asking how to stop the texts asks us to stop them.
        "cómo [(puedo|hago para|le hago para)] (dejar de recibir|no recibir) (estos|esos|sus|los|estas|las) (mensajes|textos|sms|notificaciones)",
        "cómo (dejo de recibir|paro|parar|detengo|desactivo|cancelo|bloqueo) (estos|esos|sus|los|estas|las) (mensajes|textos|sms|notificaciones)",
        # "¿Cómo (le) hago para que...", "¿Qué hago para que...", "¿Cómo puedo hacer para que...".
        "(hago|hacer) (para|pa) que (dejen de llegarme|dejen de llegar|dejen de enviarme|dejen de mandarme) [(estos|esos|sus|los|estas|las)] (mensajes|textos|sms|notificaciones)",
        "(hago|hacer) (para|pa) que [ya] no me lleguen [más] [(estos|esos|sus|los|estas|las)] (mensajes|textos|sms|notificaciones)",
        "cómo (me desuscribo|me desinscribo|me puedo desuscribir|puedo desuscribirme|dejo de recibir esto|[(hago para|le hago para)] dejar de recibir esto)",
    ),
    opt_in_phrases=(
        "(quiero|deseo) volver a recibir (sus|los|estos) mensajes",
        "(quiero|deseo) volver a recibir mensajes",
        "(quiero|deseo) (suscribirme|volver a suscribirme) (otra vez|de nuevo)",
        "(suscríbanme|suscríbame) (otra vez|de nuevo)",
    ),
    help_phrases=(
        "qué es esto", "quién es", "quién habla", "quiénes son", "qué son estos mensajes",
        "de dónde sacaron mi número",
        "(con qué frecuencia|cada cuánto|cada cuánto tiempo) [me] (van a enviar|van a mandar|envían|mandan|llegan|llegarán) (mensajes|sms)",
        "(con qué frecuencia|cada cuánto|cada cuánto tiempo) [me] (van a enviar|van a mandar|envían|mandan|llegan|llegarán|recibiré)",
        "cuántos (mensajes|sms) (por|a la|al) (semana|día|mes)",
        "(por qué|porque|xq|pq) (recibo|estoy recibiendo|me llegan|me están llegando) (estos|esos|sus) (mensajes|sms)",
    ),
    not_opt_out_phrases=(
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "no me (den|des|dé) de baja",
        "no me (borren|borres|saquen|saques|quiten|quites|eliminen|elimines) de (la|su|tu|esta) lista",
        "ni se (les|te) ocurra (darme de baja|sacarme|borrarme|quitarme)",
        "(va a|vamos a|voy a|vas a|puede|pueden|tiene que|hay que) parar en",
        "no (vayas|vaya|vayan) a parar",
        "dar de baja (la|el|mi|una|un|esa|esta) (tarjeta|cuenta|linea|membresia|suscripcion|"
        "seguro|plan|contrato|servicio|auto|carro|coche|pedido|orden|reserva|cita)",
        "(parada|paradero) (del|de) (autobús|bus|camión|metro)",
        "no (pares|paren|para) de",
        "sin parar",
        "(me di|se dio|nos dimos|se dieron|me dieron|le dieron) de baja (del|de la|de|en)",
        "baja (por|de) (enfermedad|maternidad|paternidad)",
        "basta de (bromas|broma|juegos)",
        "alto (el|la|al|a la)",
        # A veto must cover the whole opt-out reading it cancels.
        "(sácame|sáquenme|quítenme|bórrenme|elimínenme|quítame|bórrame|elimíname) de (la|su|esta|tu) lista (de|del|de la) (espera|invitados|compras|asistencia|fiesta|boda)",
        "no (dejen|dejes|deje|dejan) de (mandar|enviar|mandarme|enviarme|escribir|escribirme)",
    ),
    hint_words=(
        "el", "la", "los", "las", "que", "de", "y", "no", "por", "para", "con", "una", "es",
        "mi", "más", "gracias", "hola", "quiero", "mensajes", "usted", "favor", "ya",
    ),
    replies={
        "opt_out_clarify": "Se ha dado de baja de los mensajes de {program}. Responda MKT para detener solo "
        "las ofertas, TODO para detener todo. Ayuda: {support}.",
        "opt_out": "Se ha dado de baja de {program} y no recibirá más mensajes. Ayuda: "
        "{support}. Responda START para volver a suscribirse.",
        "opt_out_all": "Se ha dado de baja de todos los mensajes de {program} y no recibirá más "
        "mensajes. Ayuda: {support}. Responda START para volver a suscribirse.",
        "opt_in": "Se ha vuelto a suscribir a los mensajes de {program}. Pueden aplicarse "
        "tarifas de mensajes y datos. Ayuda: {support}. Responda AYUDA para obtener ayuda, "
        "PARAR para cancelar.",
        "help": "{program}: para obtener ayuda, contacte a {support}. Pueden aplicarse tarifas "
        "de mensajes y datos. Responda PARAR para cancelar.",
    },
    sources=(
        "https://www.sent.dm/resources/mx-sms-guidance (ALTO, AYUDA required on Mexican short codes)",
        "https://www.twilio.com/docs/messaging/tutorials/advanced-opt-out (localised keywords)",
        "app/keywords/lexicon.py as landed (PARAR, BAJA, CANCELAR, DETENER, DESUSCRIBIR)",
    ),
    courtesy_words=("por favor", "porfa", "porfavor", "gracias", "ya", "ahora", "ok"),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "ofertas"),
    clarify_all=("all", "todo"),
)
