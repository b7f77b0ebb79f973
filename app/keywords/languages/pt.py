"""Portuguese (Brazil first, Portugal spellings where they differ).

Sources: Anatel's 2012 determination made every Brazilian operator accept SAIR, free of
charge, to stop its advertising SMS (estadao.com.br, ibahia.com, sonoticias.com.br report the
text "envie SMS gratuito com a palavra SAIR"); providers' Brazil guides list PARE, SAIR and AJUDA
as the keywords to honour (sent.dm Brazil SMS guide). PARAR, CANCELAR and DESCADASTRAR are the
infinitives Brazilian senders print ("responda PARAR"); no regulator lists them, so they count
only as the whole message.
"""

from app.keywords.languages.rules import LanguageRules

RULES: LanguageRules = LanguageRules(
    code="pt",
    name="Portuguese",
    opt_out_keywords=(
        "sair", "pare", "parar", "descadastrar", "descadastre", "descadastre me",
        "cancelar inscrição", "cancelar assinatura", "remover", "desinscrever",
        "me esquece", "me esqueça", "me esqueçam",
    ),
    opt_out_all_keywords=("sair de tudo", "parar tudo", "cancelar tudo"),
    # Opt-in words are kept few: a false opt-in texts someone who said no ("voltar" is also
    # "go back" in a menu, so it is not one).
    opt_in_keywords=("ativar", "começar", "iniciar", "assinar", "reativar", "inscrever", "entrar", "cadastrar", "recadastrar", "reinscrever", "me cadastra", "me inscreve"),
    help_keywords=("ajuda", "socorro", "informação", "informações"),
    opt_out_phrases=(
        "não (quero|desejo) mais receber (essas|estas|suas|as) (mensagens|mensagem|sms|msg)",
        "não (quero|desejo) mais receber (mensagens|mensagem|sms|msg)",
        "não (quero|desejo) receber mais (mensagens|mensagem|sms|msg)",
        "(parem|pare|para) de (me|nos) (mandar|enviar) [mais] (mensagem|mensagens|sms|msg)",
        "(parem|pare|para) de (mandar|enviar) (mensagem|mensagens|sms|msg)",
        "não (me|nos) (mandem|mande|envie|enviem|mandar|enviar) mais",
        "(me|nos) (tire|tirem|tira|remova|removam|exclua|excluam|retire|retirem) (da|dessa|desta|de sua|da sua) lista",
        "(tire|tirem|remova|removam|exclua|excluam) meu (número|contato) (da|dessa|desta) lista",
        "(quero|desejo) (me descadastrar|sair da lista|cancelar o recebimento)",
        "(cancelar|cancele|cancelem) (o recebimento|a inscrição|minha inscrição|a assinatura)",
        "chega de (mensagens|mensagem|sms)",
        "número errado",
        "sair da lista",
        "não quero (receber mais nada|mais nada|mais receber nada)",
        "(me|nos) (descadastra|descadastre|descadastrem|remove|remova|removam|tira|tire|tirem) [por favor] (da lista|daí|daqui)",
        "(me descadastra|me descadastre|me descadastrem|me descadastrar)",
        "não (me|nos) (mande|mandem|envie|enviem) mais (mensagem|mensagens|nada|sms)",
        # "Como faço pra parar de receber essas mensagens?": asking how to stop the texts asks us to stop them.
        # "Como (eu) faço...", "Como se faz...", "O que fazer / Como posso fazer pra...".
        "(faço|faz|fazer) (pra|para) (parar de receber|não receber mais|não receber|deixar de receber) (essas|estas|as|suas|esses|os) (mensagens|sms|msg|msgs|notificações)",
        "(faço|faz|fazer) (pra|para) (parar de receber|não receber mais|deixar de receber) (isso|isto)",
        "como [eu] (paro|parar|bloqueio|bloquear|desativo|desativar|deixo de receber|paro de receber|parar de receber|posso parar|posso parar de receber|posso bloquear) (essas|estas|as|suas|esses|os) (mensagens|sms|msg|msgs|notificações)",
        "como [eu] (me descadastro|me desinscrevo|saio dessa lista|saio da lista)",
        # The negations of the opt-in phrases ("não me cadastra de novo", "não quero voltar a
        # receber as ofertas"): opt-outs, and they win.
        "(não|nao|nunca mais) (me|nos) (inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem|recadastra|recadastre|recadastrem|coloca|coloque|coloquem|bota|bote|botem|adiciona|adicione|adicionem|põe|ponha|ponham|inclui|inclua|incluam) (de novo|novamente|outra vez|na lista|de volta|nas|nos|na lista das|na lista dos|na lista de)",
        "(não|nao) (me|nos) (manda|mande|mandem|envia|envie|enviem) (de novo|novamente|outra vez) (as|os|suas|seus|essas|esses|minhas|meus)",
        "(não|nao) (me|nos) (manda|mande|mandem|envia|envie|enviem) (as|os|suas|seus|essas|esses|minhas|meus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(não|nao|nunca mais) (voltem|volte|volta) a (me mandar|me enviar|mandar|enviar|me escrever|escrever)",
        "(não|nao) (reativem|reative|reativa)",
        "(não|nao|nunca mais) (quero|queria|gostaria|desejo|aceito) que [(vocês|vcs)] (me|nos|voltem|volte|reativem|reative|mandem|enviem)",
        "(não|nao|nunca mais) (quero|queria|gostaria de|desejo) (voltar a receber|receber de novo|receber novamente|voltar a ter|me inscrever|me cadastrar|me reinscrever|me recadastrar|voltar para a lista|voltar pra lista)",
        "(não|nao) (quero|queria|gostaria de|desejo) receber [(as|os|suas|seus|essas|esses|minhas|meus)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        # "Tirem meu número do grupo de vendas", "apaguem este número".
        "(tirem|tire|tira|retire|retirem|apague|apaguem) (meu|o meu|este|esse) (número|contato|telefone) (do|da|dessa|desta|de sua|da sua|do seu|dos|das) (lista|cadastro|sistema|base de dados|banco de dados|contatos|envios|disparos|grupo de vendas|grupo de promoções|grupo de ofertas|grupo de transmissão|lista de transmissão)",
        "(remova|removam|exclua|excluam|deletem|delete|apaga) (meu|o meu|este|esse) (número|contato|telefone) (do|da|dessa|desta|de sua|da sua|do seu|dos|das) (lista|cadastro|sistema|base de dados|banco de dados|contatos|envios|disparos|grupo de vendas|grupo de promoções|grupo de ofertas|grupo de transmissão|lista de transmissão)",
        "(apaguem|excluam|removam|tirem|apague|exclua|remova|deletem) (o meu|meu|este|esse) (número|contato|telefone)",
        # "Já podem parar com as mensagens", "podem parar de mandar essas pesquisas?", "parem
        # com os SMS de ofertas".
        "(podem|pode|poderiam|poderia|vocês podem|vcs podem|já podem|favor|por favor|queria que|gostaria que) parar com (as|os|essas|esses|suas|seus|estas|estes|tantas|tantos) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|spam|propagandas|propaganda|publicidade|alertas|torpedos)",
        "(podem|pode|poderiam|poderia|vocês podem|vcs podem|já podem|favor|por favor|queria que|gostaria que) parar (de mandar|de enviar|de me mandar|de me enviar|de nos mandar|de nos enviar) (as|os|essas|esses|suas|seus|estas|estes|tantas|tantos) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|spam|propagandas|propaganda|publicidade|alertas|torpedos)",
        "(podem|pode|poderiam|poderia|vocês podem|vcs podem|já podem|favor|por favor|queria que|gostaria que) deixar (de mandar|de enviar|de me mandar|de me enviar|de nos mandar|de nos enviar) (as|os|essas|esses|suas|seus|estas|estes|tantas|tantos) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|spam|propagandas|propaganda|publicidade|alertas|torpedos)",
        "(parem|pare) com (as|os|essas|esses|suas|seus|estas|estes|tantas|tantos|tanta|tanto|esse|essa|o|a) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|spam|propagandas|propaganda|publicidade|alertas|torpedos)",
        "(parem|pare|para) de (mandar|enviar|me mandar|me enviar|nos mandar|nos enviar) (as|os|essas|esses|suas|seus|estas|estes|tantas|tantos|tanta|tanto) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|spam|propagandas|propaganda|publicidade|alertas|torpedos)",
        "(parem|pare) de (me|nos) (encher|incomodar|perturbar|importunar|encher o saco|spammar|mandar spam)",
        # "Sem promoções, por favor", "as promoções podem parar".
        "sem (promoções|ofertas|propaganda|propagandas|publicidade|mensagens|sms|spam|lembretes|pesquisas|notificações) (por favor|pfv|pf|obrigado|obrigada)",
        "(as|os|essas|esses|suas|seus) (promoções|ofertas|propagandas|mensagens|sms|pesquisas|lembretes|avisos|notificações) (podem|pode) parar",
        # "Não autorizo o envio de mensagens para este número".
        "(não|nao) (autorizo|aceito|permito|consinto) (o envio de|o recebimento de|que me (mandem|enviem)|receber|envio de) [(mais)] [(as|os|suas|seus|essas|esses)] (mensagens|sms|msg|msgs|promoções|ofertas|propaganda|propagandas|publicidade|notificações|lembretes|avisos)",
        # "Podem me tirar dos avisos", "tirem-me da lista", "me remove".
        "(podem|pode|poderiam|poderia|vocês podem|vcs podem|já podem|favor|por favor) (me|nos) (tirar|remover|excluir|descadastrar|retirar) ((da|dos|das|do|dessa|desta|desses|dessas|de sua|da sua|de suas|de seus) (lista|avisos|ofertas|promoções|mensagens|sms|envios|notificações|lembretes|cadastro|lista de transmissão|disparos|pesquisas)|daí|daqui)",
        "(queria que|gostaria que|favor|por favor) (me|nos) (tirem|removam|excluam|descadastrem|retirem) ((da|dos|das|do|dessa|desta|desses|dessas|de sua|da sua|de suas|de seus) (lista|avisos|ofertas|promoções|mensagens|sms|envios|notificações|lembretes|cadastro|lista de transmissão|disparos|pesquisas)|daí|daqui)",
        "(me|nos) (tire|tirem|tira|remova|removam|exclua|excluam|retire|retirem|descadastra|descadastre|descadastrem) (dos|das|desses|dessas|destes|destas|de suas|de seus|do|da) (avisos|ofertas|promoções|mensagens|sms|envios|notificações|lembretes|cadastro|lista de transmissão|disparos|pesquisas|propagandas|torpedos|alertas)",
        "(tirem|tire|removam|remova|excluam|exclua|retirem|retire|descadastrem|descadastre) (me|nos) (da|dos|das|do|dessa|desta|desses|dessas|de sua|da sua|de suas|de seus) (lista|listas|avisos|ofertas|promoções|mensagens|sms|envios|notificações|lembretes|cadastro|lista de transmissão|disparos|pesquisas)",
        "(me|nos) (remova|removam|exclui|exclua|excluam|descadastra|descadastre|descadastrem|deleta|deletem)",
        # "Me remove" only after Portuguese words: English has "help me remove".
        "(não obrigado|não obrigada|obrigado|obrigada|por favor|pfv|pf|favor|vocês|vcs|então|entao|tá|ta bom|tô fora|to fora) (me|nos) remove",
        # "N quero + sms" ("+" is mais), "não quero mais essas mensagens", "não precisamos mais dos
        # lembretes", "não me mandem lembrete por SMS".
        "(não|nao|n) (quero|queremos|desejo) [(mais|receber|receber mais|mais receber)] (sms|mensagens|msg|msgs|promoções|promoção|ofertas|propaganda|propagandas|spam|notificações|torpedos|lembretes|pesquisas)",
        "(não|nao|n) (quero|queremos|desejo) mais (essas|estas|suas|seus|esses|estes|as|os|tantas|tantos) (mensagens|sms|msg|msgs|promoções|ofertas|propagandas|notificações|lembretes|avisos|pesquisas|alertas|torpedos)",
        "(não|nao|n) (preciso|precisamos|quero|queremos) mais (dos|das|de|desses|dessas|destes|destas|de seus|de suas|dos seus|das suas) (lembretes|mensagens|sms|avisos|ofertas|promoções|notificações|alertas|pesquisas)",
        "(não|nao) (me|nos) (mandem|enviem) [mais] (lembretes|lembrete|mensagens|sms|msg|msgs|ofertas|promoções|propaganda|propagandas|spam|notificações|pesquisas|avisos|alertas|publicidade|torpedos)",
        # Leave me alone.
        "(me deixa|me deixem|me deixe|deixem me|deixa me|deixe me|nos deixem|deixem nos) em paz",
        "(me esqueçam|esqueçam me|esqueçam meu número|esqueçam o meu número|esqueçam este número)",
        # "Cancelem o envio de SMS", "desativem as notificações".
        "(cancelem|cancele|cancela|cancelar|suspendam|suspenda|suspender|interrompam|interrompa|interromper|parem|pare|parar) (o envio|os envios|o disparo|os disparos) (de|das|dos) (mensagens|sms|msg|msgs|promoções|ofertas|propaganda|propagandas|publicidade|notificações|lembretes|avisos|torpedos)",
        "(desativem|desative|desliguem|desligue|cancelem|cancele) (as|os|essas|esses|estas|estes|minhas|meus|suas|seus) (mensagens|sms|notificações|alertas|lembretes|promoções|ofertas|avisos|torpedos)",
        "(nunca|eu não|eu nao|eu nunca) (me cadastrei|me inscrevi|pedi|autorizei|aceitei|solicitei) [(para receber|pra receber|receber)] (essas|esses|suas|seus|as|os|estas|estes) (mensagens|sms|msg|msgs|promoções|ofertas|propagandas|notificações)",
        "(não|nao) (enviem|mandem) mais (mensagens|sms|msg|msgs|promoções|ofertas|propaganda|propagandas|notificações|lembretes|avisos|nada)",
        "(deixem|deixe) de (me mandar|me enviar|nos mandar|nos enviar|mandar|enviar) [(as|os|essas|esses|suas|seus|tantas|tantos)] (mensagens|sms|msg|msgs|promoções|ofertas|propaganda|propagandas|notificações|lembretes|avisos|pesquisas)",
        "(deixem|deixe) de (me mandar|me enviar|me escrever|me incomodar|me perturbar)",
        # "Não quero essas mensagens"; "agora parem também com os lembretes" (after some of the
        # texts stopped, the rest).
        "(não|nao|n) (quero|queremos|desejo) (essas|estas|suas|seus|esses|estes) (mensagens|sms|msg|msgs|promoções|ofertas|notificações|lembretes|avisos|alertas|propagandas)",
        "(parem|pare|para) também (com|de mandar|de enviar|de me mandar|de me enviar) (as|os|essas|esses|suas|seus|estas|estes) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|alertas)",
        # The negations of the opt-in phrases below ("não me coloca também", "não cadastrem este
        # número", "não quero continuar recebendo", "não mandem as ofertas nesse celular").
        "(não|nao|nunca|nunca mais) (me|nos) (coloca|coloque|coloquem|adiciona|adicione|adicionem|inclui|inclua|incluam|inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem|bota|bote|botem|põe|ponha|ponham) (também|tbm|tb|no sms|no whatsapp|de novo no sms)",
        "(não|nao) (dá pra|da pra|podem|pode|poderiam|poderia) me (incluir|adicionar|colocar|cadastrar|inscrever) (também|tbm|tb)",
        "(não|nao|nunca) (cadastrem|cadastre|registrem|registre|registem|registe|adicionem|adicione|incluam|inclua|cadastrar|registrar|adicionar|incluir) (este|esse|o meu|meu|o novo) (número|celular|telefone|telemóvel|contato|contacto|numero)",
        "(não|nao) (quero|queria|gostaria de|desejo) continuar (recebendo|a receber)",
        "(não|nao) (quero|queria) ((eles|elas) de volta|(os|as|meus|minhas|seus|suas) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações) de volta)",
        "(não|nao|nunca) (manda|mande|mandem|envia|envie|enviem|me manda|me mande|me mandem|me envia|me envie|me enviem) (as|os|suas|seus|todas as|todos os) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações) (nesse|neste|pra esse|para este|para esse|pra este|no meu|pro meu|para o meu) (celular|número|telefone|telemóvel|numero)",
        "(não|nao|nunca) (manda|mande|mandem|me manda|me mande|me mandem|envia|envie|enviem) (todos os|todas as) (descontos|ofertas|promos|promoções|cupons|novidades)",
        "(não|nao) (dou|damos) (o meu|meu|o nosso|nosso) (consentimento|aval|acordo)",
        "(não|nao) autorizo (a|o|os|as) (câmara municipal|câmara|prefeitura|loja|empresa|farmácia|clínica|banco|escola|academia|clube|igreja|paróquia|junta de freguesia|vocês) a (enviar me|mandar me|me enviar|me mandar)",
        "(não|nao|nunca) (adicionar|adicionem|adicione|incluir|incluam|inclua|cadastrar|cadastrem|cadastre|colocar|coloquem|coloque|registar|registem) [também] o (número|celular|telefone|telemóvel|contato|contacto|numero) (da minha|do meu) (filha|filho|esposa|esposo|marido|mulher|mãe|pai|irmã|irmão|avó|avô|namorada|namorado|sogra|sogro)",
        # Consent refused in words ("não autorizo o recebimento de mensagens").
        "(não|nao) (autorizo|autorizamos|aceito|aceitamos|concordo com|dou consentimento para) o (envio|recebimento) (de|das|dos) [(suas|seus)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações|comunicações)",
        # The round of plain-word opt-outs: no need to keep sending, only the reminders and not the
        # offers, the English loanword with Portuguese verbs, "how many times do I have to say stop".
        "(não precisa|não precisam|nem precisa|não há necessidade de|não tem por que|não faz sentido) (continuar|continuarem|ficar|ficarem) (mandando|enviando|me mandando|me enviando|me escrevendo|escrevendo|a mandar|a enviar|a me mandar|a me enviar)",
        "(não precisa|não precisam|nem precisa|nem precisam) mais (me mandar|me enviar|mandar|enviar|me escrever|me mandarem|me enviarem) [(mensagem|mensagens|sms|nada|essas|esses|as|os)]",
        "(mas|porém|só que) (não|nao) (as|os|suas|seus) (ofertas|promoções|promos|propagandas|publicidade|publicidades|descontos)",
        "(só|somente|apenas) (quero|desejo|preciso|quero receber|preciso receber) (o|os|as|a) (lembretes|lembrete|código|códigos|avisos|alertas|notificações|confirmações) [(de|da|do|das|dos)] [(consulta|consultas|rastreio|pedido|pedidos|entrega|entregas)] [(e|mas)] (não|nao) (as|os) (ofertas|promoções|promos|propagandas|publicidades|descontos)",
        "(dar|dá|dê|fazer|faz|faça|pode dar|pode fazer|podem dar|podem fazer) [o] (unsubscribe|opt out|optout|unsub) (nisso|nisso aí|em mim|no meu número|aqui|nesse número|neste número)",
        "(quantas vezes|qtas vezes) (eu|vou) (tenho que|preciso|vou ter que|tenho q|preciso de) (falar|dizer|pedir|mandar|escrever|repetir) [(pra|para)] [(vocês|vcs)] (parar|pararem|parem|pare|me tirar|me tirarem|me descadastrar|stop)",
    ),
    opt_in_phrases=(
        "(quero|desejo) voltar a receber (as|suas|essas) mensagens",
        "(quero|desejo) voltar a receber mensagens",
        "(quero|desejo) receber (as|suas) mensagens (de novo|novamente)",
        "(quero|desejo) me (inscrever|cadastrar) (de novo|novamente)",
        # "Não" stands before the verb and its pronoun ("não me cadastra"): the negations of
        # these phrases are opt-out phrases above, which win.
        "(me|nos) (inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem|recadastra|recadastre|recadastrem) (de novo|novamente|outra vez|de volta)",
        "(me|nos) (inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem|recadastra|recadastre|recadastrem|coloca|coloque|coloquem|bota|bote|botem|adiciona|adicione|adicionem|põe|ponha|ponham|inclui|inclua|incluam) [(de novo|novamente|outra vez|de volta)] (na|de volta na) (lista|sua lista|lista de vocês)",
        "(me|nos) (inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem|coloca|coloque|coloquem|bota|bote|botem|adiciona|adicione|adicionem|põe|ponha|ponham|inclui|inclua|incluam) [(de novo|novamente)] (nas|nos|na lista das|na lista dos|na lista de) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(inscrevam|inscreva|cadastrem|cadastre|coloquem|coloque|adicionem|adicione|incluam|inclua|reinscrevam|reincluam|voltem a incluir|voltem a adicionar|voltem a inscrever|voltem a cadastrar) me (de novo|novamente|na lista|nas (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)|nos (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos))",
        "(reinscrevam|reincluam|voltem a incluir|voltem a adicionar|voltem a inscrever|voltem a cadastrar) me",
        "(pode|podem|poderia|poderiam|consegue|conseguem) (me|voltar a me) (inscrever|cadastrar|recadastrar|reinscrever) (de novo|novamente|de volta)",
        "(pode|podem|poderia|poderiam|consegue|conseguem) (me|voltar a me) (incluir|adicionar|inscrever|cadastrar|recadastrar|reinscrever|colocar|botar|por|pôr) [(de novo|novamente|de volta)] na lista",
        "(pode|podem|poderia|poderiam|consegue|conseguem) voltar a (incluir me|adicionar me|inscrever me|cadastrar me|me incluir|me adicionar|me inscrever|me cadastrar|me colocar na lista)",
        "(pode|podem|poderia|poderiam|consegue|conseguem) (voltar a me mandar|voltar a me enviar|voltar a mandar|voltar a enviar|me mandar de novo|me enviar de novo|mandar de novo|enviar de novo|reativar) (as|os|suas|seus|essas|esses|minhas|meus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(voltem a|volte a) (me mandar|me enviar|mandar me|enviar me) (as|os|suas|seus|essas|esses|minhas|meus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(me mande|me mandem|me envie|me enviem|mande|mandem|envie|enviem) (de novo|novamente|outra vez) (as|os|suas|seus|essas|esses|minhas|meus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(me mande|me mandem|me envie|me enviem) (as|os|suas|seus|essas|esses|minhas|meus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos) (de novo|novamente|outra vez)",
        "(reativem|reative|reativa|reativar) (as|os|suas|seus|essas|esses|minhas|meus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(quero|queria|gostaria de|desejo|eu quero|quero muito) (voltar a receber|receber de novo|receber novamente|voltar a ter) [(as|os|suas|seus|essas|esses|minhas|meus)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(quero|queria|gostaria de|desejo|eu quero) voltar a receber",
        "(quero|queria|gostaria de|desejo|eu quero) voltar a saber (das|dos) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(quero|queria|gostaria de|desejo|eu quero) receber (as|os|suas|seus|essas|esses|minhas|meus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(quero|queria|gostaria de|desejo|eu quero) receber (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos) (por sms|por mensagem|neste número|nesse número|no celular)",
        "(quero|queria|gostaria de|desejo|eu quero) (me inscrever|me cadastrar|me reinscrever|me recadastrar|assinar|voltar) (nas|nos|para receber|na lista de|na lista das|na lista dos) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos)",
        "(quero|queria|gostaria de|desejo|eu quero) (me reinscrever|me recadastrar|voltar para a lista|voltar pra lista|voltar à lista|voltar a lista)",
        # Someone else gets them and the writer wants them too ("me coloca também", "posso
        # recebê-los também?"); "não me coloca também" is an opt-out phrase above.
        "(me|nos) (coloca|coloque|coloquem|adiciona|adicione|adicionem|inclui|inclua|incluam|inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem|bota|bote|botem|põe|ponha|ponham) (também|tbm|tb)",
        "(posso|podemos|eu posso) (receber eles|receber elas|recebê los|recebê las) (também|tbm|tb)",
        "(posso|podemos|eu posso) receber (também|tbm|tb) (as|os|essas|esses) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)",
        "(dá pra|da pra|podem|pode|poderiam|poderia|vocês podem|vcs podem) me (incluir|adicionar|colocar|cadastrar|inscrever|botar|por|pôr) (também|tbm|tb)",
        "(me|nos) (adiciona|adicione|adicionem|coloca|coloque|coloquem|inclui|inclua|incluam|bota|bote|botem) [(de novo|novamente|de volta)] (no|pro|para o) (sms|whatsapp|grupo de sms|grupo de ofertas|grupo de promoções)",
        "(me manda|me mande|me mandem|me envia|me envie|me enviem) (as|os|suas|seus) (promo|promos|promoções|ofertas|cupons|descontos|novidades)",
        "(arruma|arrumem|arrume|consertem|conserta|conserte|resolvam|resolve|resolva) [(aí|ai|isso|por favor|pfv|pf)] [(aí|ai)] (que|porque|pq) (eu quero sim|quero sim|eu quero eles|eu quero elas|quero eles|quero elas)",
        # How to sign up for them ("como faço para me cadastrar nos alertas", "como faz pra
        # receber os avisos no celular", "tem como receber as atualizações por sms?").
        "(como|o que) (faço|eu faço|posso fazer|faz|se faz|preciso fazer|preciso de fazer|tenho que fazer|tenho de fazer|devo fazer) (para|pra) (me cadastrar|me inscrever|me registrar|me registar|receber|ter) (nos|nas|os|as|aos|às|seus|suas) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)",
        "(tem como|dá pra|da pra|dá para|é possível|e possivel|existe forma de|há forma de) receber (os|as|seus|suas) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações) (por sms|por mensagem|no celular|no telemóvel|no telefone)",
        # A new number for the same texts ("por favor cadastrem este número", "podem cadastrar esse
        # número").
        "(cadastrem|cadastre|registrem|registre|registem|registe|adicionem|adicione|incluam|inclua) (este|esse|o meu novo|meu novo|o novo) (número|celular|telefone|telemóvel|contato|contacto|numero)",
        "(podem|pode|poderiam|poderia|dá pra|da pra) (cadastrar|registrar|registar|adicionar|incluir) (este|esse|o meu novo|meu novo|o novo) (número|celular|telefone|telemóvel|contato|contacto|numero)",
        # After a PARAR sent by mistake ("respondi PARAR sem pensar, quero sim os lembretes"), or the
        # texts stopped coming ("quero os cupons de volta", "quero eles de volta").
        "quero sim (os|as|seus|suas|esses|essas) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)",
        "(quero|queria) (eles|elas) de volta",
        "(quero|queria) (os|as|meus|minhas|seus|suas) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações) de volta",
        # From now on by text ("prefiro receber todas as confirmações por mensagem", "daqui pra
        # frente manda as ofertas nesse celular", "podem me avisar por sms em vez de ligar?").
        "prefiro receber (todas as|todos os|as|os|minhas|meus|suas|seus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações) (por mensagem|por sms|por texto|por mensagens|pelo whatsapp)",
        "(manda|mande|mandem|envia|envie|enviem|me manda|me mande|me mandem|me envia|me envie|me enviem) (as|os|suas|seus|todas as|todos os) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações) (nesse|neste|pra esse|para este|para esse|pra este|no meu|pro meu|para o meu) (celular|número|telefone|telemóvel|numero)",
        "(me avisar|me avisem|me avise|me avisa|avisar|me contactar|me contatar) (por sms|por mensagem) (em vez de|ao invés de|invés de) (ligar|me ligar|telefonar|uma ligação)",
        # Formal consent ("aceito receber", "dou o meu consentimento para receber", "confirmo que
        # desejo receber", "autorizo a Câmara Municipal a enviar-me SMS"); "não aceito receber" is an
        # opt-out phrase above.
        "(aceito|aceitamos) receber [(as|os|suas|seus)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)",
        "(dou|damos) (o meu|meu|o nosso|nosso) (consentimento|aval|acordo) (para|pra) receber [(as|os|suas|seus)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)",
        "confirmo que (desejo|quero|gostaria de|aceito) receber [(as|os|suas|seus)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)",
        "autorizo (a|o|os|as) (câmara municipal|câmara|prefeitura|loja|empresa|farmácia|clínica|banco|escola|academia|clube|igreja|paróquia|junta de freguesia|vocês) a (enviar me|mandar me|me enviar|me mandar) (sms|mensagens|notificações|alertas|avisos|lembretes|promoções|ofertas|comunicações|informações)",
        # Slang: "simmm manda todos os descontos pra mim".
        "(manda|mande|mandem|me manda|me mande|me mandem|envia|envie|enviem) (todos os|todas as) (descontos|ofertas|promos|promoções|cupons|novidades)",
        # A family member's number for the same texts ("é possível adicionar o telemóvel da minha
        # filha às notificações?", "adicionem também o número do meu filho para ele receber os avisos").
        "(adicionar|adicionem|adicione|incluir|incluam|inclua|cadastrar|cadastrem|cadastre|colocar|coloquem|coloque|registar|registem) [também] o (número|celular|telefone|telemóvel|contato|contacto|numero) (da minha|do meu) (filha|filho|esposa|esposo|marido|mulher|mãe|pai|irmã|irmão|avó|avô|namorada|namorado|sogra|sogro) [também] (nas|nos|às|aos|as|os|na lista das|na lista dos|para receber os|para receber as|pra receber os|pra receber as|para ele receber os|para ela receber os|para ele receber as|para ela receber as|pra ele receber os|pra ela receber os) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)",
        # "I unsubscribed by mistake".
        "(me descadastrei|me desinscrevi|saí da lista|cancelei a inscrição) (sem querer|por engano|por erro|por acidente)",
        "(sem querer|por engano|por erro|por acidente) (me descadastrei|me desinscrevi|saí da lista|cancelei a inscrição)",
        # The round of opt-in phrases: how to get them ("como eu recebo as ofertas?"), joining the list
        # ("posso entrar na lista de SMS?", "quero entrar no grupo de promoções"), consent in words
        # ("autorizo o recebimento de mensagens", "dou consentimento para receber SMS", "não me
        # importo de receber as ofertas", "não tenho problema em receber as mensagens"), and a STOP
        # sent by mistake ("enviei PARE por engano"). The negations are opt-out phrases above.
        "como (eu recebo|recebo|posso receber|eu posso receber|consigo receber|eu consigo receber|faço para receber|faço pra receber|eu faço pra receber) (as|os|suas|seus) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações|comunicações)",
        "(posso|podemos|quero|queria|gostaria de|eu quero|eu queria|eu gostaria de|como faço para|como faço pra|como posso) (entrar|participar|ficar) (na|no|da|do) (lista|grupo|lista de transmissão) (de|das|dos|do|da|com as|com os) [(sms|whatsapp)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações|comunicações)",
        "(posso|podemos|quero|queria|gostaria de|eu quero|eu queria|eu gostaria de|como faço para|como faço pra|como posso) (entrar|participar|ficar) (na|no|da|do) (lista de sms|grupo de sms|lista do whatsapp|grupo do whatsapp|lista de mensagens|lista vip)",
        "(autorizo|autorizamos|eu autorizo|aceito|aceitamos|eu aceito) o (envio|recebimento) (de|das|dos) [(suas|seus)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações|comunicações)",
        "(dou|damos|eu dou) [(o meu|meu|o nosso|nosso|o|a minha|minha)] (consentimento|autorização|permissão) (para|pra) (receber|o envio de|o recebimento de) [(as|os|suas|seus|essas|esses|minhas|meus|todas as|todos os)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações|comunicações)",
        "não (me importo|me incomodo|ligo) (de|em) receber [(as|os|suas|seus|essas|esses|minhas|meus|todas as|todos os)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações|comunicações)",
        "não (tenho|temos) (problema|nenhum problema|problemas|objeção|nenhuma objeção|nada contra) (em|de|com) receber [(as|os|suas|seus|essas|esses|minhas|meus|todas as|todos os)] (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações|comunicações)",
        "(mandei|enviei|respondi|escrevi|digitei|cliquei em|carreguei em|apertei) (stop|pare|parar|sair) (sem querer|por engano|por erro|por acidente|sem pensar)",
    ),
    help_phrases=(
        "o que é isso", "o que é isto", "quem é", "quem está falando", "quem são vocês",
        "que mensagem é essa", "onde conseguiram meu número",
        "quem está (mandando|enviando) (isso|isto|essas mensagens)",
        "quem (mandou|enviou) (isso|isto|essa mensagem)",
        "com que frequência (vocês|vcs) (vão mandar|vão enviar|mandam|enviam) (mensagens|mensagem|sms)",
        "com que frequência (vocês|vcs) (vão mandar|vão enviar|mandam|enviam)",
        "(mandam|enviam|vão mandar|vão enviar) (mensagem|mensagens|sms) com que frequência",
        "de quanto em quanto tempo (vocês|vcs) (mandam|enviam|vão mandar)",
        "quantas (mensagens|sms) (por|na|no) (semana|dia|mês)",
        "(por que|porque|pq) (estou recebendo|to recebendo|eu recebo|recebo|eu estou recebendo) (essas|estas|esses) (mensagens|sms)",
        # Who is texting.
        "(quem é você|quem é vc|quem é voce|quem fala|quem tá falando|quem ta falando|quem é que está falando)",
        "quem (me mandou|me enviou|está me mandando|tá me mandando|está me enviando|me manda|me envia) (isso|isto|essa mensagem|essas mensagens|esse sms|esses sms)",
        "(de quem é|que número é) (esse|este) número",
        "(qual|que) (empresa|loja|farmácia|banco|clínica|serviço|marca) é (essa|esse|esta|este)",
        "de (qual|que) (empresa|loja|farmácia|banco|clínica|serviço|marca) (é|são|vocês são|é essa mensagem|são essas mensagens|se trata)",
        "(como|onde) (vocês|vcs) (conseguiram|pegaram|arrumaram|têm|tem) meu (número|contato|telefone|celular)",
        "(é|isso é|e isso|isso é um|é um) (golpe|fraude)",
        "(isso|essa mensagem) é (confiável|seguro|verdadeira|real)",
        # Cost.
        "(quanto custa|quanto custam|quanto é) (esse serviço|o serviço|essas mensagens|as mensagens|os sms|receber as mensagens|responder)",
        "(essas|as|suas) (mensagens|sms) (são pagas|são cobradas|custam|têm custo|tem custo|são grátis|são gratuitas|custam alguma coisa)",
        "(vou|vai) (ser cobrado|ser cobrada|pagar|me cobrar) (pelas mensagens|pelos sms|por responder|por receber|pelas msg)",
        "(tem|têm|há) (custo|algum custo|cobrança|alguma cobrança|taxa) (para|pra|por) (receber|responder)",
        "(tem|têm|há) (custo|algum custo|cobrança|alguma cobrança|taxa) (nas|nessas|nas suas) (mensagens|sms)",
        # Reaching a person.
        "(como|onde) (faço|posso|consigo|eu faço|eu posso) [(pra|para)] (falar com|entrar em contato com|contatar|ligar para) (vocês|vcs|o atendimento|um atendente|alguém|uma pessoa|o suporte|o sac)",
        "(qual|tem) (o|um) (número|telefone|contato|whatsapp) (do|de) (atendimento|suporte|sac)",
        "(quero|preciso|posso) falar com (um atendente|uma pessoa|alguém|o atendimento|o suporte|um humano)",
        # Why.
        "(por que|porque|pq|por quê) [(vocês|vcs)] (estão me mandando|tão me mandando|me mandam|me enviam|estão me enviando|me mandaram|ficam me mandando) [(essas|estas|esses|as|os)] (mensagens|sms|mensagem|msg|promoções)",
        "(vou receber|vão chegar|vai chegar|vocês vão mandar|vão mandar) (mensagem|mensagens|sms) (todo dia|toda semana|todos os dias|com que frequência)",
        "quantas (mensagens|sms) (vou receber|vocês vão mandar|vão chegar|vocês mandam|vão me mandar)",
        "com que frequência (vocês|vcs) (vão me mandar|vão me enviar|me mandam|me enviam) [(mensagens|mensagem|sms)]",
    ),
    not_opt_out_phrases=(
        # Negated removal is a wish to keep the texts ("don't remove me", "I'm not
        # unsubscribing"); never a negated send/write, which stays an opt-out.
        "(não|nao|nem|n) (me|nos) (tirem|tire|tira|remova|removam|remove|exclua|excluam|exclui|retire|retirem|descadastre|descadastrem|descadastra|apague|apaguem|apaga|deletem|delete|deleta|desinscreva|desinscrevam) [(da|dessa|desta|de sua|da sua|de vossa)] [(lista|listas|cadastro|lista de transmissão|lista de envios|base|sistema)]",
        "(não|nao) (precisa|precisam|é preciso|e preciso|tem que|têm que|quero|vou) (me|nos) (tirar|remover|excluir|descadastrar|retirar|apagar|deletar|desinscrever) [(da|dessa|desta|de sua|da sua)] [(lista|cadastro|lista de transmissão)]",
        "(não|nao) (quero|vou|pretendo) (sair|me descadastrar|me desinscrever|cancelar a inscrição|cancelar minha inscrição|cancelar o cadastro) [(da|dessa|desta|de sua|da sua)] [(lista|cadastro|lista de transmissão)]",
        "(não|nao) (estou|tô|to|vou) (me descadastrando|saindo da lista|cancelando a inscrição|cancelando o cadastro|me descadastrar)",
        # Refusing to be unsubscribed or asking the texts to go on ("don't unsubscribe me"):
        # a model opt-out reading of such a message is not decided.
        "(não|nao|nem) me (tirem|tire|tira|removam|remova|descadastrem|descadastre|excluam|exclua)",
        "nem pensem em me (tirar|remover|descadastrar|excluir)",
        "(não|nao) (parem|pare) de (mandar|enviar)",
        "(na|a|da|pela|uma) parada (do|de) (ônibus|metrô|trem|van)",
        "não (para|parava|parou|pare|parem) de (chover|falar|rir|trabalhar|ligar|tocar)",
        "sem parar",
        "(meu|minha|o|a) (filho|filha|marido|mulher|esposa|mae|mãe|pai|irmao|irmão|irma|irmã|"
        "chefe|amigo|amiga) (nao|não) para de",
        "(vou|vamos|vai|pode|quero) sair (mais|hoje|agora|cedo|tarde|daqui|de casa|do trabalho)",
        "sair (com|para|pra) (a|o|os|as|você|vocês|ela|ele)",
        "(vou|vamos|vai) parar (no|na|em)",
        # A veto must cover the whole opt-out reading it cancels ("me tira da lista" + "do churrasco").
        "(me|nos) (tire|tirem|tira|remova|removam|exclua|excluam|retire|retirem) (da|dessa|desta) lista (do|da|de) (churrasco|festa|espera|presença|convidados|chamada|compras|casamento|aniversário|natal)",
        "sair da lista (do|da|de) (churrasco|festa|espera|presença|convidados|chamada|compras|casamento|aniversário|natal)",
        # "Me coloca na lista de espera" is no request for the texts.
        "(me|nos) (inscreve|inscreva|inscrevam|cadastra|cadastre|cadastrem|recadastra|recadastre|recadastrem|coloca|coloque|coloquem|bota|bote|botem|adiciona|adicione|adicionem|põe|ponha|ponham|inclui|inclua|incluam) [(de novo|novamente|outra vez|de volta)] (na|de volta na) lista (do|da|de) (churrasco|festa|espera|presença|convidados|chamada|compras|casamento|aniversário|natal|vip)",
        # ... and for the longer requests ("não me remove", "ele não me deixa em paz": a report).
        "(não|nao|nem|n) (me|nos) (remove|remova|removam|exclui|exclua|excluam|descadastra|descadastre|descadastrem|deleta|deletem)",
        "(não|nao|nem|n) (me|nos) (deixa|deixam|deixe|deixem|deixou|deixaram) em paz",
        "(não|nao|nunca) (parem|pare|para) (com|de mandar|de enviar|de me mandar|de me enviar) (as|os|essas|esses|suas|seus|estas|estes|tantas|tantos|tanta|tanto|esse|essa|o|a) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|spam|propagandas|propaganda|publicidade|alertas|torpedos)",
        # The requests above negated ("não tirem meu número da lista", "não deixem de me mandar
        # as ofertas"): Portuguese negates them with the same verb form.
        "(não|nao) (tirem|tire|tira|retire|retirem|apague|apaguem) (meu|o meu|este|esse) (número|contato|telefone) (do|da|dessa|desta|de sua|da sua|do seu|dos|das) (lista|cadastro|sistema|base de dados|banco de dados|contatos|envios|disparos|grupo de vendas|grupo de promoções|grupo de ofertas|grupo de transmissão|lista de transmissão)",
        "(não|nao) (remova|removam|exclua|excluam|deletem|delete|apaga) (meu|o meu|este|esse) (número|contato|telefone) (do|da|dessa|desta|de sua|da sua|do seu|dos|das) (lista|cadastro|sistema|base de dados|banco de dados|contatos|envios|disparos|grupo de vendas|grupo de promoções|grupo de ofertas|grupo de transmissão|lista de transmissão)",
        "(não|nao|nunca|nem|n) (apaguem|excluam|removam|tirem|apague|exclua|remova|deletem) (o meu|meu|este|esse) (número|contato|telefone)",
        "(não|nao|nunca|nem|n) (me|nos) (tire|tirem|tira|remova|removam|exclua|excluam|retire|retirem|descadastra|descadastre|descadastrem) (dos|das|desses|dessas|destes|destas|de suas|de seus|do|da) (avisos|ofertas|promoções|mensagens|sms|envios|notificações|lembretes|cadastro|lista de transmissão|disparos|pesquisas|propagandas|torpedos|alertas)",
        "(não|nao|nunca|nem|n) (me esqueçam|esqueçam me|esqueçam meu número|esqueçam o meu número|esqueçam este número)",
        "(não|nao|nunca|nem|n) (cancelem|cancele|cancela|cancelar|suspendam|suspenda|suspender|interrompam|interrompa|interromper|parem|pare|parar) (o envio|os envios|o disparo|os disparos) (de|das|dos) (mensagens|sms|msg|msgs|promoções|ofertas|propaganda|propagandas|publicidade|notificações|lembretes|avisos|torpedos)",
        "(não|nao|nunca|nem|n) (desativem|desative|desliguem|desligue|cancelem|cancele) (as|os|essas|esses|estas|estes|minhas|meus|suas|seus) (mensagens|sms|notificações|alertas|lembretes|promoções|ofertas|avisos|torpedos)",
        "(não|nao|nunca|nem|n) (deixem|deixe) de (me mandar|me enviar|nos mandar|nos enviar|mandar|enviar) [(as|os|essas|esses|suas|seus|tantas|tantos)] (mensagens|sms|msg|msgs|promoções|ofertas|propaganda|propagandas|notificações|lembretes|avisos|pesquisas)",
        "(não|nao|nunca|nem|n) (deixem|deixe) de (me mandar|me enviar|me escrever|me incomodar|me perturbar)",
        "(não|nao|nunca) (parem|pare|para) de (mandar|enviar|me mandar|me enviar|nos mandar|nos enviar) (as|os|essas|esses|suas|seus|estas|estes|tantas|tantos|tanta|tanto) (mensagens|sms|msg|msgs|promoções|ofertas|pesquisas|notificações|lembretes|avisos|spam|propagandas|propaganda|publicidade|alertas|torpedos)",
        "(podem|pode|poderiam|poderia|vocês podem|vcs podem|já podem|favor|por favor) (me|nos) (tirar|remover|excluir|descadastrar|retirar) (da|dessa|desta) lista (do|da|de) (churrasco|festa|espera|presença|convidados|chamada|compras|casamento|aniversário|natal)",
        "(queria que|gostaria que|favor|por favor) (me|nos) (tirem|removam|excluam|descadastrem|retirem) (da|dessa|desta) lista (do|da|de) (churrasco|festa|espera|presença|convidados|chamada|compras|casamento|aniversário|natal)",
        "(tirem|tire|removam|remova|excluam|exclua|retirem|retire|descadastrem|descadastre) (me|nos) (da|dessa|desta) lista (do|da|de) (churrasco|festa|espera|presença|convidados|chamada|compras|casamento|aniversário|natal)",
        "(tirem|tire|tira|remova|removam|exclua|excluam|retire|retirem|apague|apaguem|apaga|deletem|delete) (meu|o meu|este|esse) (número|contato|telefone) (da|dessa|desta) lista (do|da|de) (churrasco|festa|espera|presença|convidados|chamada|compras|casamento|aniversário|natal)",
        # Someone else left the texts while the writer stays ("mas eu quero continuar na lista").
        "(eu quero|quero|prefiro|gostaria de|vou|eu vou) (continuar|ficar|permanecer) na lista",
        "(me mantenham|me mantém|me mantenha|me deixem|me deixa|me deixe) na lista",
        # "Chega de aumento", "já chega de comida": enough of something else.
        "chega de (aumento|aumentos|desculpa|desculpas|atraso|atrasos|briga|brigas|mentira|mentiras|fila|filas|espera|reajuste|reajustes|preço alto|preços altos|comida|bolo|pão|salgado|salgados|doce|doces|refrigerante|cadeira|cadeiras)",
        # "Não tragam mais": goods, not the texts.
        "(não|nao) (tragam|traga|traz|trazer|precisa trazer|precisam trazer) mais",
        # "Quero continuar recebendo": the writer keeps the texts (often beside someone who left
        # them); "não quero continuar recebendo" is an opt-out phrase.
        "(quero|queria|gostaria de|desejo) continuar (recebendo|a receber) [(os|as|seus|suas|essas|esses) (mensagens|sms|msg|msgs|notificações|ofertas|promo|promos|promoções|alertas|avisos|lembretes|cupons|cupom|descontos|novidades|torpedos|confirmações|atualizações|informações)]",
        # A STOP sent by mistake ("enviei PARE por engano"): the opt-in phrase starts a word earlier,
        # so it outlasts this veto.
        "(stop|pare|parar|sair) (sem querer|por engano|por erro|por acidente|sem pensar)",
    ),
    hint_words=(
        "o", "a", "os", "as", "que", "de", "não", "para", "pra", "com", "uma", "um", "é",
        "meu", "minha", "mais", "obrigado", "obrigada", "você", "vocês", "mensagens", "isso",
    ),
    replies={
        "opt_out_clarify": "Você cancelou a inscrição nas mensagens de {program}. Responda MKT para parar só "
        "as ofertas, TUDO para parar tudo. Ajuda: {support}.",
        "opt_out": "{program}: seu cadastro foi cancelado e você não receberá mais mensagens. "
        "Ajuda: {support}. Responda START para voltar a receber.",
        "opt_out_all": "{program}: você foi removido de todas as nossas mensagens e não receberá "
        "mais mensagens. Ajuda: {support}. Responda START para voltar a receber.",
        "opt_in": "{program}: você voltou a receber nossas mensagens. Podem ser cobradas tarifas "
        "de mensagens e dados. Ajuda: {support}. Responda AJUDA para ajuda, SAIR para cancelar.",
        "help": "{program}: para ajuda, fale com {support}. Podem ser cobradas tarifas de "
        "mensagens e dados. Responda SAIR para cancelar.",
    },
    sources=(
        "https://link.estadao.com.br/noticias/geral,publicidade-via-sms-podera-ser-bloqueada,10000035375 (Anatel: SAIR)",
        "https://sonoticias.com.br/geral/prestadoras-nao-podem-enviar-propagandas-a-usuarios (SAIR to 888/4112/55555/457)",
        "https://www.sent.dm/resources/brazil-sms-guide (PARE, SAIR, AJUDA)",
    ),
    courtesy_words=("por favor", "pf", "pfv", "obrigado", "obrigada", "agora", "já"),
    # PARE is Brazil's keyword (Anatel): alone, an opt-out whatever the message is detected as.
    standalone_keywords=("pare",),
    # Answers to the clarifying question (app/messaging/clarify.py): stop only
    # marketing, or everything.
    clarify_marketing=("mkt", "ofertas"),
    clarify_all=("all", "tudo"),
)
