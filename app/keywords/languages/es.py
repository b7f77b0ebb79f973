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
    opt_in_keywords=("activar", "suscribirse", "comenzar", "iniciar", "alta", "reanudar", "suscribir", "suscribirme", "reactivar", "suscríbanme", "suscríbeme", "darme de alta"),
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
        "(déjenme|déjeme|dejadme|déjame) de (escribir|mandar|enviar|textear|mensajear)",
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
        # The negations of the opt-in phrases ("no quiero volver a recibir sus ofertas", "no
        # vuelvan a mandarme", "no quiero que me agreguen"): opt-outs, and they win over them.
        "(ya no|no|nunca) (quiero|deseo|quisiera|me gustaría|acepto) (volver a recibir|recibir de nuevo|recibir otra vez|recibir nuevamente|volver a suscribirme|suscribirme de nuevo|suscribirme otra vez)",
        "(ya no|no) (quiero|deseo|quisiera|me gustaría|acepto) (recibir|suscribirme a|inscribirme a|inscribirme en) [(más|los|las|sus|tus|estos|estas|esos|esas)] (alertas|promociones|promos|ofertas|notificaciones|recordatorios|cupones|avisos|descuentos|mensajes|sms|textos)",
        "no (vuelvan|vuelva|vuelvas) (a mandarme|a enviarme|a escribirme|a mandar|a enviar|a escribir|a agregarme|a ponerme|a meterme|a apuntarme|a anotarme|a inscribirme|a suscribirme)",
        "no me (vuelvan|vuelva|vuelvas|sigan|siga|sigas) (a mandar|a enviar|a escribir|a contactar|mandando|enviando|escribiendo)",
        "no me (pueden|podrían|puede|podría) volver a (mandar|enviar|escribir)",
        "(no|ya no|nunca) (quiero|deseo|quisiera|me gustaría|acepto) que [me] (vuelvan|vuelva|sigan|siga|reactiven|reactive|manden|envíen|mande|envíe|agreguen|suscriban|inscriban|apunten|anoten|pongan)",
        "no (reactiven|reactive|vuelvan a activar|vuelva a activar)",
        # Leave me alone, said to the sender.
        "(déjenme|déjeme|dejadme|déjennos|déjenos) en paz",
        # "Delete this number / her number from your list", "Les agradecería que suspendieran
        # el envío de mensajes".
        "(eliminen|borren|quiten|saquen|supriman|eliminad|borrad|quitad|sacad) (este|mi|su|el) (número|teléfono|celular|móvil|contacto) (de|del) (la|su|sus|esta|vuestra|vuestras|tu|tus) (lista|listas|base de datos|sistema|registro|registros|contactos|difusión)",
        "(eliminen|borren|quiten|saquen|supriman|eliminad|borrad|quitad|sacad) este (número|teléfono|celular|móvil)",
        "(bórrenlo|elimínenlo|quítenlo|sáquenlo|borradlo|eliminadlo|quitadlo|sacadlo) de (la|su|sus|vuestra|vuestras|esta) (lista|listas|base de datos|sistema|registro|registros)",
        "(suspendan|suspenda|suspendieran|suspendiera|suspended|detengan|detenga|detuvieran|cancelen|cancele|cancelaran|interrumpan|interrumpa|paren|pare|corten|corte) (el envío|los envíos) de [(sus|los|las|estos|estas|esos|esas)] (mensajes|sms|textos|promociones|publicidad|notificaciones|avisos|ofertas|alertas|recordatorios|comunicaciones)",
        # "Dejen de mandar tanta basura", "¿Pueden parar con los SMS?", "Que pare ya el spam".
        "(dejen|dejad|paren|parad|dejá) (de|d) (mandar|enviar|mandarme|enviarme|mandarnos|enviarnos) [(tanta|tanto|tantos|tantas|esta|esa|estos|estas|esos|esas|su|sus|tu|tus|los|las|el|la|vuestros|vuestras)] (basura|spam|publicidad|propaganda|promociones|promos|ofertas|notificaciones|mensajes|textos|sms|msjs|msj|mensajitos|avisos|alertas|recordatorios|cadenas|cosas)",
        "(deja|deje|dejen|dejad|paren|pare|parad) (de|d) (mandarme|enviarme|mandarnos|enviarnos|escribirme|escribirnos|molestarme|molestarnos|spamearme|acosarme|llenarme el celular|llenarme el teléfono)",
        "(pueden|podrían|puede|podría|podéis|puedes|podrías) (parar|acabar|terminar) con (los|las|sus|tus|estos|estas|esos|esas|el|tanto|tantos|tantas|vuestros|vuestras) (mensajes|sms|textos|promociones|promos|ofertas|spam|notificaciones|avisos|mensajitos|msjs|alertas|recordatorios|publicidad)",
        "(pueden|podrían|puede|podría|podéis|puedes|podrías) dejar de (mandar|enviar|mandarme|enviarme|mandarnos|enviarnos) [(los|las|sus|tus|estos|estas|esos|esas|tantos|tantas|vuestros|vuestras)] (mensajes|sms|textos|promociones|promos|ofertas|spam|notificaciones|avisos|mensajitos|msjs|alertas|recordatorios|publicidad)",
        "(paren|parad) [ya] con (los|las|sus|estos|estas|esos|esas|el|tanto|tantos|tantas|vuestros|vuestras) (mensajes|sms|textos|promociones|promos|ofertas|spam|notificaciones|avisos|mensajitos|msjs|alertas|recordatorios|publicidad)",
        "(que pare|que paren|paren|detengan|corten) [ya] (el|este|tanto|su|vuestro) spam",
        "(stop|alto) a (todo|los mensajes|las promociones|los sms|la publicidad|las ofertas|el spam)",
        # "No vuelvan a contactarme", "No nos manden más avisos".
        "no (vuelvan|vuelva|vuelvas|volváis) a (contactarme|contactarnos|textearme|molestarme|molestarnos|escribirnos|mandarnos|enviarnos)",
        "no (me|nos) (manden|envíen|mande|envíe|mandes|envíes|mandéis|enviéis) (más|ya|nunca más) (avisos|ofertas|promociones|promos|notificaciones|alertas|recordatorios|publicidad|spam|información|cosas|mensajes|textos|sms|msjs|mensajitos|cadenas)",
        "no (me|nos) (manden|envíen|mande|envíe|mandes|envíes|mandéis|enviéis) [(más|ya)] (sus|los|las|estos|estas|esos|esas|tus|vuestros|vuestras) (avisos|ofertas|promociones|promos|notificaciones|alertas|recordatorios|publicidad|mensajes|textos|sms|msjs|mensajitos)",
        "no (autorizo|acepto|consiento) (el envío de|que me (manden|envíen)|recibir) [(más|sus|los|las|estos|estas)] (mensajes|sms|textos|promociones|publicidad|notificaciones|ofertas|avisos)",
        # "Me dais de baja?", "¿Me pueden quitar de las ofertas?", "Quítenme de los avisos".
        "(dadme|me dais|me podéis dar|me pueden dar|me puede dar|me podrían dar|me podría dar|me puedes dar|me podrías dar) de baja",
        "(quitadme|sacadme|borradme|eliminadme) (ya|de una vez|de aquí|de ahí|de la lista|de vuestra lista|de vuestras listas|de vuestra base de datos|de los mensajes|de los sms|del envío|de la difusión)",
        "(me pueden|me puede|me podrían|me podría|me podéis|me puedes|me podrías) (quitar|sacar|borrar|eliminar) de (la|su|esta|vuestra|tu) (lista|base de datos|difusión)",
        "(me pueden|me puede|me podrían|me podría|me podéis|me puedes|me podrías|pueden|podrían|puede|podría|podéis) (quitar|sacar|borrar|eliminar|quitarme|sacarme|borrarme|eliminarme|dar de baja|darme de baja) de (las|los|sus|estos|estas|esos|esas|tus|vuestros|vuestras) (avisos|ofertas|promociones|promos|mensajes|notificaciones|sms|textos|alertas|recordatorios|envíos|comunicaciones|listas)",
        "(quítenme|quíteme|sáquenme|sáqueme|bórrenme|bórreme|elimínenme|elimíneme|quítame|sácame|bórrame|elimíname|quitadme|sacadme|borradme|eliminadme|denme de baja|deme de baja|dadme de baja) de (los|las|sus|estos|estas|esos|esas|tus|vuestros|vuestras) (avisos|ofertas|promociones|promos|mensajes|notificaciones|sms|textos|alertas|recordatorios|envíos|comunicaciones|listas)",
        # "Desactiven las notificaciones": the plural or formal imperative speaks to the sender.
        "(desactiven|desactive|desactivad|apaguen|cancelen|cancele|cancelad) (los|las|sus|estos|estas|mis|vuestros|vuestras) (mensajes|sms|textos|notificaciones|alertas|promociones|ofertas|avisos|recordatorios)",
        # "Nunca pedí estos mensajes", "yo no me suscribí a sus promociones".
        "(nunca|jamás|yo no|yo nunca) (me suscribí|me inscribí|me apunté|me registré|pedí|solicité|autoricé|acepté) [(a|en|para|recibir)] (estos|sus|esos|estas|esas|tus|vuestros|vuestras) (mensajes|sms|textos|promociones|ofertas|avisos|notificaciones)",
        "(quiero|deseo|quisiera|me gustaría) dejar de recibir (sus|los|estos|estas|tus|sus|las|más) (mensajes|sms|textos|promociones|ofertas|notificaciones|avisos|alertas|recordatorios|publicidad)",
        "(no|ya no) (deseo|quiero) seguir recibiendo [(sus|los|estos|estas|las|más|tus)] (mensajes|sms|textos|promociones|ofertas|notificaciones|avisos|alertas|recordatorios|publicidad)",
        "(favor de|por favor|les pido|les ruego|le pido|le ruego) no (enviar|mandar|enviarme|mandarme|enviarnos|mandarnos) (más|ningún|ninguna|ningunos) (mensajes|mensaje|sms|textos|promociones|ofertas|notificaciones|avisos|alertas|recordatorios|publicidad)",
        # The negations of the opt-in phrases below ("no registren este número", "no las quiero
        # de vuelta", "no doy mi consentimiento"), and a number put on the Robinson list:
        # opt-outs, and they win over them.
        "(no|nunca) (registren|registre|agreguen|agregue|añadan|añada|anoten|anote|apunten|apunte|den de alta) (este|mi|mi nuevo|el nuevo|este nuevo) (número|celular|teléfono|móvil|cel)",
        "(agreguen|añadan|registren|pongan|anoten|inscriban) (este número|mi número) (a|en) (la lista robinson|la lista de exclusión|la lista negra|la lista de no llamar)",
        "no (las|los) quiero de (vuelta|nuevo)",
        "(no|ya no) (me gustaría|quisiera|quiero|deseo) recibir un (recordatorio|aviso|mensaje) (antes de|el día antes|un día antes|la víspera|cuando)",
        "(ya no|no|nunca) (quiero|deseo|quisiera) (las|los|mis|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones) (de vuelta|otra vez|de nuevo)",
        "(ya no|no) (quiero|deseo|quisiera|me gustaría) seguir (recibiéndolos|recibiéndolas|recibiéndolo|recibiendo)",
        "(no|nunca) (envíen|manden|envíe|mande) (las|los|sus|más) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones) (a|al|en) (este|mi) (celular|número|teléfono|móvil|cel)",
        "(no|ya no) (doy|damos|otorgo|otorgamos) (mi|nuestro) (consentimiento|permiso|autorización)",
        "(no|ya no) (autorizo|autorizamos) (a|al|a la|a los|a las) (ayuntamiento|municipio|alcaldía|empresa|tienda|negocio|farmacia|clínica|banco|colegio|escuela|gimnasio|club|parroquia|comercio|consultorio|ustedes|su empresa|su tienda|la empresa|la tienda) (a|para) (enviarme|mandarme|enviarnos|mandarnos)",
        "(no|nunca) (agreguen|agregue|añadan|añada|agregar|añadir|registren|registrar|incluyan|incluir|anoten|anotar|apunten|apuntar) [también] (el número|el celular|el móvil|el teléfono|el cel) de mi (esposa|esposo|marido|mujer|hijo|hija|mamá|madre|papá|padre|hermano|hermana|abuela|abuelo|pareja|novio|novia|suegra|suegro)",
        # Consent refused in words ("no estoy de acuerdo en recibir sus mensajes").
        "no (estoy|estamos) de acuerdo (en|con) (recibir|que me envíen|que me manden|el envío de) [(los|las|sus|tus|más)] (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones|sms|textos|mensajitos|mensajes de texto)",
        # The round of plain-word opt-outs: no need to keep writing (already bought, the child left the
        # school), the tú forms, "how many times do I have to say stop", the English loanword with
        # Spanish verbs, only the reminders and not the offers, consent withdrawn.
        "(no hace falta|no es necesario|ya no es necesario|no tiene sentido|no hay necesidad de|ya no hace falta) (que me sigan|que sigan|que me sigas|que sigas|seguir) (mandando|enviando|escribiendo|mandándome|enviándome|escribiéndome|contactando|contactándome)",
        "(ya no|no) (necesito|me hace falta|me hacen falta|me sirven|me interesa|me interesan) (recibir|seguir recibiendo) (los|las|sus|tus|estos|estas|esos|esas|más) (avisos|ofertas|promociones|recordatorios|notificaciones|alertas|comunicaciones|mensajes|sms|textos|mensajitos|cupones)",
        "(ya no|no) me (escribas|mandes|envíes|textees|contactes) (más|nada|mensajes|textos|sms)",
        "(cuántas veces|cuantas veces) (tengo que|te tengo que|les tengo que|le tengo que|hay que|debo|voy a tener que) (decir|pedir|repetir|escribir|decirles|decirte|decirle|pedirles|pedirte|pedirle|mandar|enviar) [(les|te|le)] (que paren|que pare|que dejen de escribirme|que no me escriban|que no me manden|que me den de baja|stop|basta|alto|baja)",
        "(hacer|hagan|hazme|háganme|denme|darle|me hacen|me pueden hacer|me puedes hacer|me pueden dar|me puedes dar) [el] (unsubscribe|opt out|optout|unsub)",
        "(solo|sólo|solamente|únicamente) (quiero|deseo|necesito|quiero recibir|deseo recibir) (los|las|el) (recordatorios|avisos|alertas|notificaciones|confirmaciones|código|códigos) [(de|del|de la|de las|de los)] [(cita|citas|pedido|pedidos|envío|envíos|entrega|entregas|seguimiento)] [(y|pero)] no (las|los|sus) (ofertas|promociones|promos|publicidad|descuentos)",
        "pero (ya no|no) (las|los|sus) (ofertas|promociones|promos|publicidad)",
        "(retiro|revoco) (mi|el) (consentimiento|permiso|autorización) (para|de) (recibir|que me envíen|que me manden|el envío de)",
    ),
    opt_in_phrases=(
        "(quiero|deseo) volver a recibir (sus|los|estos) mensajes",
        "(quiero|deseo) volver a recibir mensajes",
        "(quiero|deseo) (suscribirme|volver a suscribirme) (otra vez|de nuevo)",
        "(suscríbanme|suscríbame) (otra vez|de nuevo)",
        # "Subscribe me", "put me back on the list", "send me the offers again": an imperative
        # with the pronoun after the verb, which a negation moves before it ("no me suscriban").
        "(suscríbanme|suscríbame|suscríbeme|resuscríbanme|vuelvan a suscribirme|vuelva a suscribirme)",
        "(agréguenme|agrégueme|agrégame|añádanme|añádame|añádeme) (de nuevo|otra vez|nuevamente)",
        "(inscríbanme|inscríbame|inscríbeme|apúntenme|apúnteme|apúntame|anótenme|anóteme|anótame|agréguenme|agrégueme|agrégame|añádanme|añádame|añádeme|métanme|pónganme|póngame|vuelvan a agregarme|vuelvan a ponerme|vuelvan a apuntarme|vuelvan a anotarme|vuelvan a inscribirme) [(de nuevo|otra vez|nuevamente)] (a|en|pa|para) (los|las|sus|tus|esos|esas|estos|estas) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(inscríbanme|inscríbame|inscríbeme|apúntenme|apúnteme|apúntame|anótenme|anóteme|anótame|agréguenme|agrégueme|agrégame|añádanme|añádame|añádeme|métanme|pónganme|póngame) (a|en) (la|su|tu|esa|esta) lista (de|para) [(los|las|sus)] (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos|difusión|whatsapp)",
        "(vuelvan a agregarme|vuelvan a ponerme|vuelvan a meterme|vuelvan a apuntarme|vuelvan a anotarme|vuelvan a inscribirme|agréguenme de nuevo|agréguenme otra vez|pónganme de nuevo|pónganme otra vez|métanme de nuevo) (a|en) (la|su|tu|esa) lista",
        "(mándenme|mándeme|mándame|envíenme|envíeme|envíame) (de nuevo|otra vez|nuevamente) (los|las|sus|tus) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(mándenme|mándeme|mándame|envíenme|envíeme|envíame) (los|las|sus|tus) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos) (de nuevo|otra vez|nuevamente)",
        "(vuelvan a|vuelva a) (mandarme|enviarme) (los|las|sus|tus) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(me pueden|me podrían|me puede|me podría) volver a (mandar|enviar) (los|las|sus|tus) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(me pueden|me podrían|me puede|me podría) volver a (agregar|suscribir|inscribir|apuntar|anotar|activar|poner en la lista)",
        "(me pueden|me podrían|me puede|me podría) (agregar|suscribir|inscribir|apuntar|anotar) [también] (a|en) (los|las|sus|la lista de) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "acepto recibir (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(pueden|podrían|puede|podría) volver a (agregarme|suscribirme|inscribirme|apuntarme|anotarme|ponerme en la lista)",
        "(reactiven|reactive|reactívenme|reactíveme|vuelvan a activar) (los|las|mis|sus) (mensajes|alertas|promociones|notificaciones|recordatorios|sms|textos|avisos)",
        # "I want (to receive) the offers (again)": its negation ("no quiero ...") is an opt-out
        # phrase below, which wins.
        "(quiero|deseo|quisiera|me gustaría) (volver a recibir|recibir de nuevo|recibir otra vez|recibir nuevamente) [(los|las|sus|tus|esos|esas|estos|estas)] (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(quiero|deseo|quisiera|me gustaría|acepto) recibir (los|las|sus|tus) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(quiero|deseo|quisiera|me gustaría) (suscribirme|inscribirme|apuntarme|anotarme|volver a suscribirme|volver a inscribirme) (a|en) (los|las|sus|tus) (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos)",
        "(quiero|deseo|quisiera|me gustaría) (suscribirme|inscribirme|apuntarme|anotarme) (a|en) (la|su) lista (de|para) [(los|las|sus)] (mensajes|alertas|promociones|promos|ofertas|notificaciones|recordatorios|sms|textos|cupones|avisos|descuentos|difusión)",
        "(quiero|deseo|quisiera|me gustaría) (volver a suscribirme|resuscribirme|volver a la lista|volver a inscribirme)",
        # Someone else gets them and the writer wants them too ("agréguenme a mí también", "yo
        # también quiero estar en la lista").
        "(agréguenme|agrégueme|agrégame|añádanme|añádame|añádeme|apúntenme|apúnteme|apúntame|anótenme|anóteme|anótame|inscríbanme|inscríbame|inscríbeme|inclúyanme|inclúyame) (a mí|a mi) también",
        "yo también (quiero|quisiera|deseo|me gustaría) (estar en la lista|estar inscrito|estar inscrita|recibir los mensajes|recibir las alertas|recibir los avisos|recibir las ofertas|recibir los recordatorios)",
        # How to sign up for them ("¿Qué tengo que hacer para registrarme y que me lleguen las
        # ofertas?", "¿Hay alguna forma de recibir los avisos por mensaje?", "cómo hago para que
        # me lleguen los avisos al celular"). "Para que no me lleguen" is an opt-out phrase.
        "(cómo|qué tengo que hacer|qué hago|qué debo hacer|qué necesito hacer|qué hay que hacer) (para|pa) (registrarme|inscribirme|apuntarme|suscribirme|anotarme|darme de alta) (y que me lleguen|para que me lleguen|para recibir|y recibir|a|en) (las|los|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)",
        "cómo (me apunto|me inscribo|me registro|me suscribo|me anoto|me doy de alta|puedo apuntarme|puedo inscribirme|puedo registrarme|puedo suscribirme) (para recibir|a|en|para) (las|los|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)",
        "(hay|existe) (alguna|una) (forma|manera) de recibir (los|las|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)",
        "(cómo|qué) (hago|puedo hacer|le hago|se hace|hay que hacer) (para|pa) que me lleguen (los|las|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)",
        # A new number for the same texts ("por favor registren este número", "¿pueden registrar
        # este número?"); "no registren este número" is an opt-out phrase.
        "(registren|registre|agreguen|agregue|añadan|añada|anoten|anote|apunten|apunte|den de alta) (este|mi nuevo|el nuevo|este nuevo) (número|celular|teléfono|móvil|cel)",
        "(pueden|podrían|puede|podría|me pueden|me podrían) (registrar|agregar|añadir|anotar|apuntar|dar de alta) (este|mi nuevo|el nuevo|este nuevo) (número|celular|teléfono|móvil|cel)",
        # They stopped coming and the writer wants them back ("las quiero de vuelta", "quiero los
        # cupones otra vez"); the negations are opt-out phrases.
        "(las|los) quiero de (vuelta|nuevo)",
        "quiero (las|los|mis|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones) (de vuelta|otra vez|de nuevo)",
        "(arréglenlo|arréglelo|arréglalo|arreglen eso|arreglen|arreglalo) [(porfa|por favor|pls|plis)] (que|porque) (sí|si) (las|los) quiero",
        # One reminder before each appointment ("me gustaría recibir un recordatorio antes de cada
        # cita"); "no me gustaría ..." is an opt-out phrase.
        "(me gustaría|quisiera|quiero|deseo) recibir un (recordatorio|aviso|mensaje) (antes de|el día antes|un día antes|la víspera|cuando)",
        # From now on by text ("a partir de hoy envíen las ofertas a este celular", "prefiero que
        # las confirmaciones me lleguen por mensaje", "¿me pueden avisar por SMS en vez de llamar?").
        "(envíen|manden|envíe|mande|mándenme|envíenme|mándeme|envíeme) (las|los|sus|todas las|todos los) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones) (a|al|en) (este|mi) (celular|número|teléfono|móvil|cel)",
        "prefiero (que (las|los|mis|sus|todas las|todos los) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones) me lleguen|recibir (las|los|mis|sus|todas las|todos los) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)) (por|vía) (mensaje|mensajes|sms|texto|mensaje de texto|whatsapp)",
        "(avisar|avisarme|avísenme|avíseme|notificarme|notifíquenme) por (sms|mensaje|texto|mensaje de texto) (en vez de|en lugar de) (llamar|llamarme|una llamada|llamadas)",
        # Formal consent ("doy mi consentimiento para recibir", "confirmo que deseo recibir",
        # "autorizo al Ayuntamiento a enviarme SMS").
        "(doy|damos|otorgo|otorgamos) (mi|nuestro) (consentimiento|permiso|autorización) (para|a) (recibir|que me envíen|que me manden|el envío de) [(los|las|sus)] (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)",
        "confirmo que (deseo|quiero) recibir [(los|las|sus)] (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)",
        "(autorizo|autorizamos) (a|al|a la|a los|a las) (ayuntamiento|municipio|alcaldía|empresa|tienda|negocio|farmacia|clínica|banco|colegio|escuela|gimnasio|club|parroquia|comercio|consultorio|ustedes|su empresa|su tienda|la empresa|la tienda) (a|para) (enviarme|mandarme|enviarnos|mandarnos) (sms|mensajes|notificaciones|alertas|avisos|recordatorios|promociones|ofertas|comunicaciones|información)",
        "(autorizo|autorizamos) (el envío de|que me envíen|que me manden) (sms|mensajes|notificaciones|alertas|avisos|recordatorios|promociones|ofertas|comunicaciones)",
        # Slang: "mándenme todos los descuentos", "pásenme las ofertas".
        "(mándenme|mándame|mándeme|envíenme|envíame|pásenme|pásame|páseme) (todos los|todas las|todas sus|todos sus) (descuentos|ofertas|promos|promociones|cupones)",
        "(pásenme|pásame|páseme) (las|los|sus|tus) (ofertas|promos|promociones|cupones|descuentos)",
        # A family member's number for the same texts ("¿pueden agregar el número de mi esposa a
        # los recordatorios?", "añadan también el número de mi hijo para que le lleguen los avisos").
        "(agreguen|agregue|añadan|añada|agregar|añadir|registren|registrar|incluyan|incluir|anoten|anotar|apunten|apuntar) [también] (el número|el celular|el móvil|el teléfono|el cel) de mi (esposa|esposo|marido|mujer|hijo|hija|mamá|madre|papá|padre|hermano|hermana|abuela|abuelo|pareja|novio|novia|suegra|suegro) [también] ((a|en|para) (los|las|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones)|para que (le|les) lleguen)",
        "(mandarle|enviarle|mándenle|envíenle) (los|las) (recordatorios|avisos|alertas|mensajes|notificaciones|ofertas) [también] (a su|al) (celular|teléfono|móvil|número|cel)",
        # "I unsubscribed by mistake".
        "(me desuscribí|me desinscribí|me salí de la lista|me borré de la lista) (por error|por equivocación|sin querer|por accidente)",
        "(por error|por equivocación|sin querer|por accidente) (me desuscribí|me desinscribí|me salí de la lista|me borré de la lista)",
        # The round of opt-in phrases: how to get them ("¿cómo hago para recibir sus ofertas?"), asked
        # to be put on them ("¿me apuntan a las ofertas?"), consent in words ("estoy de acuerdo en
        # recibir sus mensajes", "no tengo inconveniente en recibir los avisos"), asked back ("quiero
        # que me vuelvan a llegar las alertas"), and a STOP or a baja sent by mistake ("mandé STOP sin
        # querer", "me di de baja por error"). The negations are opt-out phrases above.
        "(cómo|qué) (hago|le hago|puedo hacer|hay que hacer|tengo que hacer|debo hacer|necesito hacer) (para|pa) (recibir|tener|empezar a recibir|que me manden|que me envíen|que me lleguen) (las|los|sus|tus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones|sms|textos|mensajitos|mensajes de texto)",
        "(me apuntan|me anotan|me inscriben|me agregan|me añaden|me suscriben|me ponen|me meten|me puedes apuntar|me puedes anotar|me puedes agregar|me podrías apuntar|me podrías agregar) (a|en) (las|los|sus|tus|la lista de las|la lista de los|la lista de) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones|sms|textos|mensajitos|mensajes de texto)",
        "(estoy|estamos) de acuerdo (en|con) (recibir|que me envíen|que me manden|el envío de) [(los|las|sus|tus)] (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones|sms|textos|mensajitos|mensajes de texto)",
        "no (tengo|tenemos) [(ningún|ningun)] (inconveniente|problema|objeción|objecion) (en|con|para) (recibir|que me envíen|que me manden|el envío de) [(los|las|sus|tus)] (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones|sms|textos|mensajitos|mensajes de texto)",
        "(doy|damos|otorgo|otorgamos) (mi|nuestro) (consentimiento|permiso|autorización) (para|a) (recibir|que me envíen|que me manden|el envío de) [(los|las|sus)] (sms|textos|mensajes de texto|mensajitos|comunicaciones)",
        "(quiero|quisiera|me gustaría|deseo) que me (vuelvan a llegar|lleguen otra vez|lleguen de nuevo|vuelvan a mandar|vuelvan a enviar|manden otra vez|manden de nuevo|envíen otra vez|envíen de nuevo) [(los|las|sus|tus)] (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones|sms|textos|mensajitos|mensajes de texto)",
        "(mandé|envié|puse|escribí|contesté|respondí|le di a|apreté|presioné|toqué) (stop|parar|baja|alto|cancelar|salir) (sin querer|por error|por equivocación|por accidente|sin darme cuenta)",
        "(me di|nos dimos|me dí) de baja (sin querer|por error|por equivocación|por accidente|sin darme cuenta)",
        "(cancelé|anulé) (la|mi) suscripción (sin querer|por error|por equivocación|por accidente)",
    ),
    help_phrases=(
        "qué es esto", "quién es", "quién habla", "quiénes son", "qué son estos mensajes",
        "de dónde sacaron mi número",
        "(con qué frecuencia|cada cuánto|cada cuánto tiempo) [me] (van a enviar|van a mandar|envían|mandan|llegan|llegarán) (mensajes|sms)",
        "(con qué frecuencia|cada cuánto|cada cuánto tiempo) [me] (van a enviar|van a mandar|envían|mandan|llegan|llegarán|recibiré)",
        "cuántos (mensajes|sms) (por|a la|al) (semana|día|mes)",
        "(por qué|porque|xq|pq) (recibo|estoy recibiendo|me llegan|me están llegando) (estos|esos|sus) (mensajes|sms)",
        # Who is texting, and from where.
        "(quién|qn|kien) (eres|sos|es usted|me escribe|me está escribiendo|me manda esto|me envía esto)",
        "quiénes son ustedes", "de parte de quién",
        "(de quién es|qué número es) este número",
        "qué (empresa|compañía|negocio|tienda|farmacia|clínica|banco|servicio) es (esta|este|esto)",
        "de (qué|cuál) (empresa|compañía|negocio|tienda|farmacia|clínica|banco|servicio) (es|son|me escriben|me escribe|es esto|es este mensaje|son estos mensajes)",
        "qué (es|son) (este|estos|esta|estas) (mensaje|mensajes|sms|textos|alertas|número)",
        "(cómo|de dónde|dónde) (consiguieron|obtuvieron|sacaron|tienen) mi (número|teléfono|celular)",
        "quién les dio mi (número|teléfono|celular)",
        "(es|esto es|será) (una estafa|un fraude|estafa|fraude)",
        # Cost.
        "(cuánto|cuanto) (cuesta|cuestan|cobran por) (este servicio|el servicio|los mensajes|estos mensajes|los sms|estos sms|recibir los mensajes|responder)",
        "(tiene|tienen|hay) (algún costo|costo|algún cargo|cargo|que pagar) [(por|para)] [(recibir|responder|contestar)] [(los|estos|sus)] (mensajes|sms)",
        "(tiene|tienen|hay) (algún costo|costo|algún cargo|cargo|que pagar) (por|para) (recibir|responder|contestar)",
        "(los|estos) (mensajes|sms) (tienen costo|tienen algún costo|tienen cargo|cuestan|son gratis|son gratuitos|se cobran|me los cobran)",
        "(me van a cobrar|me cobran|me cobrarán|cobran) (por|los|estos) (mensajes|sms|recibir|responder|contestar)",
        # Reaching a person.
        "(cómo|como|dónde) (puedo|hago para|le hago para) (contactarlos|contactar a|comunicarme con|hablar con|llamar a) (ustedes|un agente|una persona|alguien|servicio al cliente|atención al cliente|soporte|un asesor|un representante)",
        "(número|teléfono) de (atención al cliente|servicio al cliente|soporte)",
        "(quiero|necesito|puedo) hablar con (un agente|una persona|un humano|un asesor|un representante|servicio al cliente|atención al cliente)",
        "(dónde|donde|cómo|como) (puedo (consultar|leer|ver|encontrar)|encuentro|consulto|leo|veo) (los términos|las condiciones|el aviso de privacidad|la política de privacidad) (del servicio|de los mensajes|del programa|de sms|de los sms)",
        # Why.
        "(por qué|porque|xq|pq) me (mandan|envían|escriben|están mandando|están enviando|están escribiendo) (estos|esos|sus|los|estas|las) (mensajes|sms|textos|alertas|promociones|notificaciones)",
        "(por qué|xq|pq) me (escriben|están escribiendo)",
        "(cuántos|cuantos) (mensajes|sms) (me van a|van a|me|voy a) (mandar|enviar|llegar|llegan|mandan|envían|recibir)",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "no (me|nos) (quiten|quites|quite|saquen|saques|saque|borren|borres|borre|eliminen|elimines|elimine|remuevan|remueva|desuscriban|desuscribas|desuscriba|den de baja|des de baja|de de baja) [de (la|su|sus|esta|tu|tus|vuestra) (lista|listas|base de datos)]",
        "no (quiten|quites|quite|saquen|saque|borren|borres|borre|eliminen|elimines|elimine|remuevan|remueva) (mi numero|mi número|mi telefono|mi teléfono|mi celular|mi contacto) [de (la|su|sus|esta|tu|tus) (lista|listas|base de datos)]",
        "no (hace falta|es necesario|hay que|quiero) (quitarme|sacarme|borrarme|eliminarme|darme de baja|desuscribirme|que me quiten|que me saquen|que me borren|que me eliminen|que me den de baja) [de (la|su|sus|esta|tu|tus) (lista|listas)]",
        "no (me voy a|me pienso|quiero) (dar de baja|darme de baja|desuscribir|desuscribirme|salir de la lista|salirme de la lista)",
        "no (cancelen|cancele|corten|corte|paren|pare|suspendan|suspenda) (mis|los|sus) (mensajes|recordatorios|avisos|alertas|textos|sms)",
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
        # "Put me back on the waiting list" is no request for the texts.
        "(inscríbanme|inscríbame|inscríbeme|apúntenme|apúnteme|apúntame|anótenme|anóteme|anótame|agréguenme|agrégueme|agrégame|añádanme|añádame|añádeme|métanme|pónganme|póngame|vuelvan a agregarme|vuelvan a ponerme|vuelvan a meterme|vuelvan a apuntarme|vuelvan a anotarme|vuelvan a inscribirme) [(de nuevo|otra vez|nuevamente)] (a|en) (la|su|tu|esa|esta) lista (de espera|de invitados|de asistencia|del evento|de la fiesta|de la clase)",
        "(me pueden|me puede|me podrían|me podría|me podéis|me puedes|me podrías) (quitar|sacar|borrar|eliminar) de (la|su|esta|vuestra|tu) lista (de|del|de la) (espera|invitados|compras|asistencia|fiesta|boda)",
        # ... and the same vetoes for the longer requests ("no dejen de mandar las ofertas",
        # "¿me pueden dar de baja la tarjeta vieja?").
        "no (dejen|dejes|deje|dejan) (de|d) (mandar|enviar|mandarme|enviarme|mandarnos|enviarnos|escribir|escribirme) [(tanta|tanto|tantos|tantas|esta|esa|estos|estas|esos|esas|su|sus|tu|tus|los|las|el|la|vuestros|vuestras)] [(basura|spam|publicidad|propaganda|promociones|promos|ofertas|notificaciones|mensajes|textos|sms|msjs|msj|mensajitos|avisos|alertas|recordatorios|cadenas|cosas)]",
        "(dadme|me dais|me podéis dar|me pueden dar|me puede dar|me podrían dar|me podría dar|me puedes dar|me podrías dar) de baja (la|el|mi|una|un|esa|esta) (tarjeta|cuenta|linea|membresia|suscripcion|seguro|plan|contrato|servicio|auto|carro|coche|pedido|orden|reserva|cita)",
        # The imperatives above negated ("no borren mi número", "no suspendan el envío de las
        # ofertas"): Spanish negates them with the same verb form.
        "(no|nunca) (eliminen|borren|quiten|saquen|supriman|eliminad|borrad|quitad|sacad) (este|mi|su|el) (número|teléfono|celular|móvil|contacto) (de|del) (la|su|sus|esta|vuestra|vuestras|tu|tus) (lista|listas|base de datos|sistema|registro|registros|contactos|difusión)",
        "(no|nunca) (eliminen|borren|quiten|saquen|supriman|eliminad|borrad|quitad|sacad) este (número|teléfono|celular|móvil)",
        "(no|nunca) (suspendan|suspenda|suspendieran|suspendiera|suspended|detengan|detenga|detuvieran|cancelen|cancele|cancelaran|interrumpan|interrumpa|paren|pare|corten|corte) (el envío|los envíos) de [(sus|los|las|estos|estas|esos|esas)] (mensajes|sms|textos|promociones|publicidad|notificaciones|avisos|ofertas|alertas|recordatorios|comunicaciones)",
        "(no|nunca) (paren|parad) [ya] con (los|las|sus|estos|estas|esos|esas|el|tanto|tantos|tantas|vuestros|vuestras) (mensajes|sms|textos|promociones|promos|ofertas|spam|notificaciones|avisos|mensajitos|msjs|alertas|recordatorios|publicidad)",
        "(no|nunca) (desactiven|desactive|desactivad|apaguen|cancelen|cancele|cancelad) (los|las|sus|estos|estas|mis|vuestros|vuestras) (mensajes|sms|textos|notificaciones|alertas|promociones|ofertas|avisos|recordatorios)",
        "(eliminen|borren|quiten|saquen|supriman|eliminad|borrad|quitad|sacad) (este|mi|su|el) (número|teléfono|celular|móvil|contacto) (de|del) (la|su|esta|vuestra|tu) lista (de|del|de la) (espera|invitados|compras|asistencia|fiesta|boda)",
        # "Basta con que me avisen un día antes": enough is all it takes, not "enough texts".
        "(basta|bastará|bastaría) con (que|un|una)",
        # Deliveries left out in the rain, not the texts ("ya basta, me dejan el paquete afuera").
        "(dejan|dejaron|dejó|deja|dejar) (el|mi|los|mis) (paquete|paquetes|pedido|pedidos)",
        # Leaving the gym, a class or a subscription box, not the texts.
        "(darme|me doy|dar|dame|denme|deme|me di) de baja (del|de la|de mi|en el|en la) (gimnasio|gym|curso|clase|clases|equipo|escuela|colegio|academia|piscina|natación|fútbol|liga|seguro|caja)",
        "dar de baja (la|el|mi|una|un|esa|esta) (caja|box|matrícula|inscripción|póliza|domiciliación)",
        # "Quiero seguir recibiéndolos": the writer keeps the texts (often beside someone who left
        # them), so the model's opt-out reading is not decided; "no quiero seguir ..." is an opt-out.
        "(quiero|deseo|quisiera|me gustaría) seguir (recibiéndolos|recibiéndolas|recibiendo (los|las|sus) (ofertas|alertas|avisos|notificaciones|recordatorios|promociones|promos|mensajes|cupones|descuentos|confirmaciones|actualizaciones))",
        # A STOP sent by mistake ("mandé STOP sin querer"): the opt-in phrase starts a word earlier,
        # so it outlasts this veto.
        "(stop|parar|baja|alto|cancelar|salir) (sin querer|por error|por equivocación|por accidente|sin darme cuenta)",
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
